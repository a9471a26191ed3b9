"""Undisguised views of a text for pattern rules: "h44t" → "haat", "h a a t" → "haat".

Each view is the lower-cased text with an offset map back to the original, so hits found
in a view are reported at the right code points of the text the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from checks.text import Word

LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
_SYMBOL_WORD_RE = re.compile(r"(?<![\w@$])[\w@$]*[@$][\w@$]*")
_SPACED_GAP = frozenset(" .*_-")
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")
_RUN_RE = re.compile(r"(.)\1*")


@dataclass(frozen=True, slots=True)
class View:
    """A rewritten text; ``offsets[i]`` is the original index of character ``i``.

    ``changed`` holds the positions (in this view) where a disguise was undone.
    """

    text: str
    offsets: tuple[int, ...] | None = None
    changed: tuple[int, ...] = ()

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


def disguised_views(text: str, words: Sequence[Word], margin: int = 100) -> list[View]:
    """Stretches of ``text`` (lower case) around each disguise, with the disguise undone.

    ``words`` are the text's words. Each disguise is undone twice: stretched letters kept
    double ("haaat" → "haat") and single ("mooooslims" → "moslims"). Only the stretches are
    returned, since elsewhere the views equal the plain text; ``margin`` characters of
    context stay on either side.
    """
    chunks = find_disguises(text, words)
    if not chunks:
        return []
    views: list[View] = []
    for low, high, inside in _windows(chunks, len(text), margin):
        views.extend(_rewrite(text, low, high, inside, keep) for keep in (2, 1))
    return views


def find_disguises(text: str, words: Sequence[Word]) -> list[tuple[int, int]]:
    """Spans of disguised words: letters and digits mixed, stretched or spaced letters."""
    spans = [(w.start, w.end) for w in words if _leet_word(w.lower)]
    if "@" in text or "$" in text:
        spans.extend(
            (m.start(), m.end()) for m in _SYMBOL_WORD_RE.finditer(text) if _letters(m.group())
        )
    spans.extend(m.span() for m in _STRETCH_RE.finditer(text))
    spans.extend(_spaced_runs(text, words))
    return _merged(spans)


def _leet_word(word: str) -> bool:
    """A word of letters with digits among them ("h44t"), not a number ("020-1234567")."""
    if word.isalpha() or not _has_digit(word) or not any(ch.isalpha() for ch in word):
        return False
    return _letters(word)


def _letters(chunk: str) -> bool:
    return sum(ch.isalpha() for ch in chunk.translate(LEET)) >= 2


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _spaced_runs(text: str, words: Sequence[Word]) -> list[tuple[int, int]]:
    """Three or more single letters with one space, dot or dash between: "k u t"."""
    runs: list[tuple[int, int]] = []
    first = last = None
    count = 0
    for word in words:
        single = word.end - word.start == 1 and word.lower.isalpha()
        joined = last is not None and word.start - last.end == 1 and text[last.end] in _SPACED_GAP
        if single and joined and first is not None:
            last, count = word, count + 1
            continue
        if count >= 3 and first is not None and last is not None:
            runs.append((first.start, last.end))
        first, last, count = (word, word, 1) if single else (None, None, 0)
    if count >= 3 and first is not None and last is not None:
        runs.append((first.start, last.end))
    return runs


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _windows(
    chunks: list[tuple[int, int]], size: int, margin: int
) -> list[tuple[int, int, list[tuple[int, int]]]]:
    windows: list[tuple[int, int, list[tuple[int, int]]]] = []
    for chunk in chunks:
        low, high = max(0, chunk[0] - margin), min(size, chunk[1] + margin)
        if windows and low <= windows[-1][1]:
            windows[-1][2].append(chunk)
            windows[-1] = (windows[-1][0], high, windows[-1][2])
        else:
            windows.append((low, high, [chunk]))
    return windows


def _rewrite(text: str, low: int, high: int, chunks: list[tuple[int, int]], keep: int) -> View:
    pieces: list[str] = []
    offsets: list[int] = []
    changed: list[int] = []
    position = low
    for start, end in chunks:
        pieces.append(text[position:start])
        offsets.extend(range(position, start))
        changed.append(len(offsets))
        _undo(text[start:end], start, keep, pieces, offsets)
        position = end
    pieces.append(text[position:high])
    offsets.extend(range(position, high))
    return View("".join(pieces), tuple(offsets), tuple(changed))


def _undo(chunk: str, base: int, keep: int, pieces: list[str], offsets: list[int]) -> None:
    """Append the undisguised form of one disguised stretch with its offsets."""
    chunk = chunk.translate(LEET)
    for run in _RUN_RE.finditer(chunk):
        letter = run.group(1)
        if not letter.isalpha():
            continue
        length = len(run.group()) if len(run.group()) < 3 else keep
        pieces.append(letter * length)
        offsets.extend(base + run.start() + i for i in range(length))
