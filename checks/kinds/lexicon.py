"""Term lists marked in a text: each found entry becomes one placeholder letter.

Pattern rules that name term lists ("{safety/groups} zijn {safety/dehumanising}") would be
slow to compile and to run if every list became a regex alternation. Instead the text is
scanned once with Aho-Corasick, and every list entry found is replaced by a single marker
character that encodes which lists it belongs to; a list in a pattern is then just a
character class. Markers are Yi syllables: word characters (so ``\\b`` works) that Dutch
posts do not contain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from checks.termlist import TermList

MARKER_BASE = 0xA000
MAX_LISTS = 10
_MARKER_RE = re.compile("[\ua000-\ua48f]")
_SPACE_RUN_RE = re.compile(r"\s+")


def marker(bits: int) -> str:
    return chr(MARKER_BASE + bits)


@dataclass(frozen=True, slots=True)
class _Entry:
    bits: int
    prefix: bool
    suffix: bool


@dataclass(frozen=True, slots=True)
class Marked:
    """A text with list entries as markers, mapped back to the original text.

    ``starts[i]`` is the original offset of character ``i``; a marker's original end is in
    ``marker_ends``, any other character ends one further. ``markers`` lists each marker's
    index and list bits.
    """

    text: str
    starts: list[int]
    marker_ends: dict[int, int]
    markers: tuple[tuple[int, int], ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        last = end - 1
        return self.starts[start], self.marker_ends.get(last, self.starts[last] + 1)


class Lexicon:
    """The term lists one rule names, compiled into one automaton."""

    def __init__(self, lists: dict[str, TermList]) -> None:
        if len(lists) > MAX_LISTS:
            raise ValueError(f"a rule may name at most {MAX_LISTS} term lists")
        self.bits = {name: 1 << index for index, name in enumerate(sorted(lists))}
        self.lists = lists
        self.automaton = ahocorasick.Automaton()
        grouped: dict[str, list[_Entry]] = {}
        for name, terms in lists.items():
            for term in terms.terms:
                grouped.setdefault(term.text, []).append(
                    _Entry(self.bits[name], term.prefix, term.suffix)
                )
        for key, entries in grouped.items():
            self.automaton.add_word(key, (key, tuple(entries)))
        self.empty = not grouped
        if grouped:
            self.automaton.make_automaton()

    def char_class(self, name: str) -> str:
        """A regex character class matching every marker that includes list ``name``."""
        bit = self.bits[name]
        chars = "".join(marker(b) for b in range(1, 1 << len(self.bits)) if b & bit)
        return f"[{chars}]"

    def mark(self, text: str, offsets: tuple[int, ...] | None) -> Marked:
        """``text`` (lower case) with every list entry found replaced by its marker.

        ``offsets`` maps ``text`` to the original (``None``: the same positions).
        """
        clean = _MARKER_RE.sub("?", text)
        folded, fold_map = _fold_spaces(clean)
        found = [] if self.empty else self._longest(folded)
        return _build(folded, fold_map, offsets, found)

    def _longest(self, text: str) -> list[tuple[int, int, int]]:
        best: dict[int, tuple[int, int]] = {}
        for last, (key, entries) in self.automaton.iter(text):
            start = last - len(key) + 1
            for span_start, span_end, bits in self._accepted(text, start, last + 1, entries):
                old = best.get(span_start)
                if old is None or span_end > old[0]:
                    best[span_start] = (span_end, bits)
                elif span_end == old[0]:
                    best[span_start] = (span_end, old[1] | bits)
        chosen: list[tuple[int, int, int]] = []
        edge = -1
        for start in sorted(best):
            end, bits = best[start]
            if start >= edge:
                chosen.append((start, end, bits))
                edge = end
        return chosen

    def _accepted(
        self, text: str, start: int, end: int, entries: Iterable[_Entry]
    ) -> list[tuple[int, int, int]]:
        left_open = start > 0 and text[start - 1].isalnum()
        right_open = end < len(text) and text[end].isalnum()
        word_start, word_end = start, end
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        while word_end < len(text) and text[word_end].isalnum():
            word_end += 1
        accepted = []
        for entry in entries:
            if (left_open and not entry.suffix) or (right_open and not entry.prefix):
                continue
            if self._excepted(text[word_start:word_end], entry.bits):
                continue
            accepted.append((word_start, word_end, entry.bits))
        return accepted

    def _excepted(self, word: str, bits: int) -> bool:
        return any(
            bits & self.bits[name] and terms.is_exception(word)
            for name, terms in self.lists.items()
        )


def _fold_spaces(text: str) -> tuple[str, tuple[int, ...] | None]:
    if "  " not in text and not any(ch in text for ch in "\t\n\r\f\v\u00a0"):
        return text, None
    pieces: list[str] = []
    positions: list[int] = []
    position = 0
    for run in _SPACE_RUN_RE.finditer(text):
        pieces.append(text[position : run.start()])
        positions.extend(range(position, run.start()))
        pieces.append(" ")
        positions.append(run.start())
        position = run.end()
    pieces.append(text[position:])
    positions.extend(range(position, len(text)))
    return "".join(pieces), tuple(positions)


def _build(
    folded: str,
    fold_map: tuple[int, ...] | None,
    offsets: tuple[int, ...] | None,
    found: list[tuple[int, int, int]],
) -> Marked:
    base: list[int] | range
    if fold_map is None:
        base = list(offsets[: len(folded)]) if offsets is not None else range(len(folded))
    else:
        base = [offsets[i] for i in fold_map] if offsets is not None else list(fold_map)
    if not found:
        return Marked(folded, list(base), {}, ())
    pieces: list[str] = []
    starts: list[int] = []
    marker_ends: dict[int, int] = {}
    markers: list[tuple[int, int]] = []
    position = 0
    for start, end, bits in found:
        pieces.append(folded[position:start])
        starts.extend(base[position:start])
        markers.append((len(starts), bits))
        marker_ends[len(starts)] = base[end - 1] + 1
        starts.append(base[start])
        pieces.append(marker(bits))
        position = end
    pieces.append(folded[position:])
    starts.extend(base[position:])
    return Marked("".join(pieces), starts, marker_ends, tuple(markers))
