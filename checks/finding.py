"""The one result type of every check: a frozen, plain-data Finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    """The fixed vocabulary of what a finding is about (docs/architecture.md)."""

    TONE = "tone"
    CONFIDENTIAL = "confidential"
    PERMANENCE = "permanence"
    CAPACITY = "capacity"
    DISCUSSION = "discussion"
    SAFETY = "safety"
    READABILITY = "readability"
    LENGTH = "length"
    SPELLING = "spelling"
    GRAMMAR = "grammar"
    STYLE = "style"


class Severity(StrEnum):
    """How strongly a finding asks for action; compare with :attr:`rank`."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class FixKind(StrEnum):
    """What a fix does to the words: put others in their place, or take them out."""

    REPLACE = "replace"
    REMOVE = "remove"  # "weghalen": the words go, the sentence stays
    REMOVE_SENTENCE = "remove_sentence"  # the whole sentence goes


@dataclass(frozen=True, slots=True)
class Fix:
    """An edit that resolves a finding, built with the sentence around it.

    ``text[start:end]`` (which reads ``original``) becomes ``replacement``; the span may be
    wider than the finding's ("Bel haar moeder op 06-…" rather than the number alone).
    ``before``/``after`` are the sentence as it reads now and after the edit, and
    ``after[after_start:after_end]`` the new words in it (for the card and the tooltip).
    """

    start: int
    end: int
    original: str
    replacement: str
    kind: FixKind = FixKind.REPLACE
    before: str = ""
    after: str = ""
    after_start: int = 0
    after_end: int = 0

    def applied_to(self, text: str) -> str:
        """``text`` with this edit made (``text`` must be the checked text)."""
        return text[: self.start] + self.replacement + text[self.end :]

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "kind": str(self.kind),
            "sentence_after": self.after,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of advice on a span of the checked text.

    ``start``/``end`` are Python code-point offsets into the checked text. ``message`` is
    Dutch; ``message_en`` is the English source used for the English interface.
    """

    rule: str
    category: Category
    guideline: int | None
    severity: Severity
    start: int
    end: int
    message: str
    message_en: str = ""
    suggestions: tuple[str, ...] = ()
    source: str = "arabesk"
    data: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    fixes: tuple[Fix, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the CLI and of exports."""
        return {
            "rule": self.rule,
            "category": str(self.category),
            "guideline": self.guideline,
            "severity": str(self.severity),
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Finding:
        """Rebuild a finding from :meth:`to_dict` output (drafts, logs)."""
        return cls(
            rule=str(raw["rule"]),
            category=Category(raw["category"]),
            guideline=raw.get("guideline"),
            severity=Severity(raw["severity"]),
            start=int(raw["start"]),
            end=int(raw["end"]),
            message=str(raw.get("message", "")),
            message_en=str(raw.get("message_en", "")),
            suggestions=tuple(raw.get("suggestions", ())),
            source=str(raw.get("source", "arabesk")),
        )


def summarize(findings: list[Finding] | tuple[Finding, ...]) -> dict[str, int]:
    """Count findings per severity, every severity present."""
    counts = {str(s): 0 for s in Severity}
    for finding in findings:
        counts[str(finding.severity)] += 1
    return counts


def sort_key(finding: Finding) -> tuple[int, int, int, str]:
    """Reading order: by position, the most severe first at the same place."""
    return (finding.start, -finding.severity.rank, finding.end, finding.rule)
