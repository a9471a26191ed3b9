"""Paragraphs of a post and a cache of findings per paragraph text, so only changes are sent."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace

from checks import Finding

_PARAGRAPH_RE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int


def paragraphs(text: str) -> list[Paragraph]:
    """Each non-blank line with its code-point offset (posts use single newlines as breaks)."""
    return [
        Paragraph(m.group(), m.start())
        for m in _PARAGRAPH_RE.finditer(text)
        if not m.group().isspace()
    ]


def shifted(findings: tuple[Finding, ...], offset: int) -> list[Finding]:
    """Findings of a paragraph moved to their place in the whole text."""
    if offset == 0:
        return list(findings)
    return [replace(f, start=f.start + offset, end=f.end + offset) for f in findings]


class ParagraphCache:
    """Least-recently-used findings per paragraph text, offsets relative to the paragraph."""

    def __init__(self, capacity: int = 500) -> None:
        self.capacity = capacity
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()

    def get(self, paragraph: str) -> tuple[Finding, ...] | None:
        with self._lock:
            found = self._entries.get(paragraph)
            if found is not None:
                self._entries.move_to_end(paragraph)
            return found

    def put(self, paragraph: str, findings: list[Finding]) -> None:
        with self._lock:
            self._entries[paragraph] = tuple(findings)
            self._entries.move_to_end(paragraph)
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
