"""The ``repeated_marks`` kind: runs of "!!!" or "???" (or "?!?!"), with one mark suggested.

Parameters:
    min_run   the shortest run that is flagged; default 3
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

_MARK_RUN_RE = re.compile(r"[!?¡¿‼⁉❗❓]+(?:1+[!?]+)*")


def single_mark(run: str) -> str:
    """The one mark a run stands for: a question stays a question."""
    return "?" if any(ch in "?¿⁉❓" for ch in run) else "!"


def mark_runs(text: str, min_run: int) -> Iterator[Hit]:
    """Every run of at least ``min_run`` marks, "‼" counting as two."""
    for found in _MARK_RUN_RE.finditer(text):
        run = found.group()
        weight = len(run) + run.count("‼") + run.count("⁉")
        if weight >= min_run:
            yield Hit(found.start(), found.end(), (single_mark(run),))


def build_repeated_marks(rule: Rule, resources: Resources) -> Matcher:
    """Flag runs of exclamation or question marks."""
    min_run = param(rule, "min_run", int, 3)
    if min_run < 2:
        raise bad_rule(rule, "needs 'params.min_run' of at least 2")

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for hit in mark_runs(doc.text, min_run):
            if not doc.in_not_prose(hit.start, hit.end):
                yield hit

    return match


KINDS = {"repeated_marks": build_repeated_marks}
