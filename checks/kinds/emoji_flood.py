"""The ``emoji_flood`` kind: many emoji in a row, or a post that is mostly emoji.

An emoji is counted as the reader sees it: a ZWJ family, a flag, a keycap or a thumb with
a skin tone is one emoji. Offsets are code points.

Parameters:
    min_run     emoji in a row (only white space between) that make a flood; default 4
    min_total   with at least this many emoji in the post ...; default 8
    max_share   ... and emoji making up more than this share of words plus emoji; default 0.5
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from checks.context import CheckContext
from checks.kinds.base import param
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

_MODIFIERS = r"(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|[\U000E0020-\U000E007F])*"
_BASE = r"(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)"
EMOJI_RE = regex.compile(
    r"\p{Regional_Indicator}{2}"
    r"|[0-9#*]\uFE0F?\u20E3"
    rf"|{_BASE}{_MODIFIERS}(?:\u200D\p{{Extended_Pictographic}}{_MODIFIERS})*"
    rf"|\p{{Extended_Pictographic}}{_MODIFIERS}(?:\u200D\p{{Extended_Pictographic}}{_MODIFIERS})+"
)


@dataclass(frozen=True, slots=True)
class Emoji:
    start: int
    end: int


def find_emoji(text: str) -> list[Emoji]:
    """Every emoji in ``text``, a multi-code-point sequence as one."""
    return [Emoji(m.start(), m.end()) for m in EMOJI_RE.finditer(text)]


def emoji_runs(text: str, emoji: list[Emoji]) -> Iterator[list[Emoji]]:
    """Groups of emoji with nothing but white space between them."""
    run: list[Emoji] = []
    for item in emoji:
        if run and text[run[-1].end : item.start].strip():
            yield run
            run = []
        run.append(item)
    if run:
        yield run


def build_emoji_flood(rule: Rule, resources: Resources) -> Matcher:
    """Flag runs of emoji, or the emoji of a post that is mostly emoji."""
    min_run = param(rule, "min_run", int, 4)
    min_total = param(rule, "min_total", int, 8)
    max_share = param(rule, "max_share", (float, int), 0.5)
    dense = (
        "Dit bericht bestaat vooral uit emoji; een paar is genoeg.",
        "This post is mostly emoji; a few are enough.",
    )

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        emoji = find_emoji(doc.text)
        if not emoji:
            return
        runs = [run for run in emoji_runs(doc.text, emoji) if len(run) >= min_run]
        for run in runs:
            yield Hit(run[0].start, run[-1].end, (doc.text[run[0].start : run[0].end],))
        share = len(emoji) / (len(emoji) + len(doc.words))
        if not runs and len(emoji) >= min_total and share > max_share:
            yield Hit(emoji[0].start, emoji[-1].end, (), dense[0], dense[1])

    return match


KINDS = {"emoji_flood": build_emoji_flood}
