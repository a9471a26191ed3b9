"""Undisguised views of a text for pattern rules: "h44t" → "haat", "h a a t" → "haat".

Each view is the lower-cased text with an offset map back to the original, so hits found
in a view are reported at the right code points of the text the user typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
_LEET_WORD_RE = re.compile(
    r"(?<![\w@$])[\w@$]*(?:[^\W\d_][\w@$]*[\d@$]|[\d@$][\w@$]*[^\W\d_])[\w@$]*"
)
_SPACED_RE = re.compile(r"(?<![\w])(?:[^\W\d_][ .*_-]){2,}[^\W\d_](?![\w])")
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")
_DISGUISE_RE = re.compile(f"{_LEET_WORD_RE.pattern}|{_SPACED_RE.pattern}|{_STRETCH_RE.pattern}")


@dataclass(frozen=True, slots=True)
class View:
    """A rewritten text; ``offsets[i]`` is the original index of character ``i``."""

    text: str
    offsets: tuple[int, ...] | None = None

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


def plain_view(lower: str) -> View:
    """The lower-cased text with typographic apostrophes made straight (same length)."""
    return View(lower.replace("’", "'"))


def disguised_views(lower: str) -> list[View]:
    """Views with disguises undone, or none when the text shows no disguise."""
    text = lower.replace("’", "'")
    if not _DISGUISE_RE.search(text):
        return []
    return [_rewrite(text, keep) for keep in (2, 1)]


def _rewrite(text: str, keep: int) -> View:
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for found in _DISGUISE_RE.finditer(text):
        pieces.append(text[position : found.start()])
        offsets.extend(range(position, found.start()))
        _undo(found, keep, pieces, offsets)
        position = found.end()
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    return View("".join(pieces), tuple(offsets))


def _undo(found: re.Match[str], keep: int, pieces: list[str], offsets: list[int]) -> None:
    """Append the undisguised form of one disguised stretch with its offsets."""
    chunk, base = found.group(), found.start()
    if _SPACED_RE.fullmatch(chunk):
        for index, ch in enumerate(chunk):
            if ch.isalpha():
                pieces.append(ch)
                offsets.append(base + index)
        return
    chunk = chunk.translate(LEET)
    for run in re.finditer(r"(.)\1*", chunk):
        length = len(run.group()) if len(run.group()) < 3 else keep
        pieces.append(run.group(1) * length)
        offsets.extend(base + run.start() + i for i in range(length))
