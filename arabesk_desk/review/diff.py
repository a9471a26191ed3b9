"""What changed between two versions of a post, word by word (difflib)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


class Change(StrEnum):
    EQUAL = "equal"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text that is unchanged, new in the newer version, or gone from it."""

    change: Change
    text: str


def tokens(text: str) -> list[str]:
    """Words, runs of whitespace, and single punctuation marks; joined they give ``text``."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Segment]:
    """Segments that, read in order, show ``old`` turning into ``new``.

    Joining the EQUAL and INSERTED segments gives ``new``; EQUAL and DELETED give ``old``.
    """
    before, after = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    segments: list[Segment] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            _add(segments, Change.EQUAL, "".join(before[a1:a2]))
            continue
        _add(segments, Change.DELETED, "".join(before[a1:a2]))
        _add(segments, Change.INSERTED, "".join(after[b1:b2]))
    return segments


def _add(segments: list[Segment], change: Change, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].change is change:
        segments[-1] = Segment(change, segments[-1].text + text)
    else:
        segments.append(Segment(change, text))


def has_changes(segments: list[Segment]) -> bool:
    return any(s.change is not Change.EQUAL for s in segments)


def unified_diff(old: str, new: str, old_label: str = "vorige", new_label: str = "nu") -> str:
    """A line diff for the terminal (``arabesk-desk review show``)."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), old_label, new_label, lineterm=""
    )
    return "\n".join(lines)
