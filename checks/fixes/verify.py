"""Judge a fix by applying it and checking again: it must not make the post worse.

Used by the tests over every rule's examples and the development posts, and by
``quality/score_fixes.py``. A fix is a problem when, after it,

- a finding appears that was not there before (``new finding``);
- a sentence lost its capital, a word is doubled ("een een") or marks are left dangling
  (", ,", " .") where they were not before (``broken sentence``);
- the rule it fixes still fires on the edited words (``not fixed``), or it leaves the
  finding's words partly standing (``partial``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from checks.context import CheckContext
from checks.engine import Engine
from checks.finding import Finding, Fix
from checks.text import Document

_DOUBLED_RE = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_DANGLING_RE = re.compile(r"[ \t][,.;:!?](?![\w.])|,\s*[,.;:!?]|^\s*[,;:]|[(]\s*[)]", re.MULTILINE)
_KEPT_DOUBLES = frozenset(("dat", "die", "had", "haha"))


@dataclass(frozen=True, slots=True)
class FixProblem:
    text: str
    rule: str
    fix: Fix
    fixed_text: str
    problem: str  # "new finding: tone.swearing 'x'", "broken sentence: …", "not fixed"

    def describe(self) -> str:
        return (
            f"{self.rule}: {self.problem}\n    before: {self.text}\n    after:  {self.fixed_text}"
        )


def fix_problems(engine: Engine, text: str, context: CheckContext) -> Iterator[FixProblem]:
    """Every problem of every fix of every finding on ``text``."""
    before = engine.check(text, context)
    for finding in before:
        for fix in finding.fixes:
            after_text = fix.applied_to(text)
            after = engine.check(after_text, context)
            for problem in _problems(text, before, finding, fix, after_text, after):
                yield FixProblem(text, finding.rule, fix, after_text, problem)


def applied_fixes(engine: Engine, text: str, context: CheckContext) -> Iterator[tuple[str, str]]:
    """(rule, text after the fix) for every fix on ``text``."""
    for finding in engine.check(text, context):
        for fix in finding.fixes:
            yield finding.rule, fix.applied_to(text)


def _problems(
    text: str,
    before: list[Finding],
    fixed: Finding,
    fix: Fix,
    after_text: str,
    after: list[Finding],
) -> Iterator[str]:
    delta = len(fix.replacement) - (fix.end - fix.start)
    if not (fix.start <= fixed.start and fixed.end <= fix.end):
        yield "partial: the fix leaves part of the finding's words"
    region = (fix.start, fix.start + len(fix.replacement))
    for finding in after:
        if finding.rule == fixed.rule and _overlaps((finding.start, finding.end), region):
            if after_text[finding.start : finding.end] != fix.replacement or fix.replacement:
                yield f"not fixed: {finding.rule} still fires on '{_excerpt(after_text, finding)}'"
        elif not any(_same(old, finding, fix, delta) for old in before) and (
            finding.rule,
            _excerpt(after_text, finding),
        ) not in {(old.rule, _excerpt(text, old)) for old in before}:
            yield f"new finding: {finding.rule} on '{_excerpt(after_text, finding)}'"
    yield from _broken(text, after_text)


def _same(old: Finding, new: Finding, fix: Fix, delta: int) -> bool:
    if old.rule != new.rule:
        return False
    start, end = _moved(old.start, fix, delta), _moved(old.end, fix, delta)
    if start == end:
        end += 1
    return _overlaps((start, end), (new.start, max(new.end, new.start + 1))) or (
        old.start <= fix.start and fix.end <= old.end
    )


def _moved(offset: int, fix: Fix, delta: int) -> int:
    if offset <= fix.start:
        return offset
    if offset >= fix.end:
        return offset + delta
    return fix.start


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] < b[1] and b[0] < a[1]) or a == b


def _excerpt(text: str, finding: Finding) -> str:
    return " ".join(text[finding.start : finding.end].split())[:60]


def _broken(text: str, after_text: str) -> Iterator[str]:
    if _lower_starts(after_text) > _lower_starts(text):
        yield "broken sentence: a sentence lost its capital"
    doubled = _doubles(after_text) - _doubles(text)
    if doubled:
        yield f"broken sentence: doubled '{sorted(doubled)[0]}'"
    if len(_DANGLING_RE.findall(after_text)) > len(_DANGLING_RE.findall(text)):
        yield "broken sentence: a dangling mark"


def _lower_starts(text: str) -> int:
    doc = Document(text)
    count = 0
    for span in doc.sentences:
        first = next((ch for ch in text[span.start : span.end] if ch.isalnum()), "")
        count += first.isalpha() and first.islower()
    return count


def _doubles(text: str) -> Counter[str]:
    return Counter(
        m.group(1).lower()
        for m in _DOUBLED_RE.finditer(text)
        if m.group(1).lower() not in _KEPT_DOUBLES
    )
