"""Term lists marked in a text: each found entry becomes one placeholder letter.

Pattern rules that name term lists ("{safety/groups} zijn {safety/dehumanising}") would be
slow to compile and to run if every list became a regex alternation. Instead the text is
scanned once with Aho-Corasick, and every list entry found is replaced by a single marker
character that encodes which lists it belongs to; a list in a pattern is then just a
character class. Markers are Yi syllables: word characters (so ``\\b`` works) that Dutch
posts do not contain.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

from checks.termlist import TermList

MARKER_BASE = 0xA000
MAX_MARKERS = 1100
_MARKER_RE = re.compile("[\ua000-\ua48f]")
_SPACE_RUN_RE = re.compile(r"\s{2,}|[^\S ]")


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
    index and list bits; ``anchors`` the positions of anchor words (found, not replaced).
    """

    text: str
    starts: Sequence[int]
    marker_ends: dict[int, int]
    markers: tuple[tuple[int, int], ...]
    anchors: tuple[int, ...] = ()

    def original(self, start: int, end: int) -> tuple[int, int]:
        last = end - 1
        return self.starts[start], self.marker_ends.get(last, self.starts[last] + 1)


class Lexicon:
    """The term lists one rule names, compiled into one automaton."""

    def __init__(self, lists: dict[str, TermList], anchors: Iterable[str] = ()) -> None:
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
        self.anchor_keys = frozenset(" ".join(a.lower().split()) for a in anchors) - {""}
        for key in self.anchor_keys - set(grouped):
            self.automaton.add_word(key, (key, ()))
            grouped[key] = []
        # One marker per combination of lists an entry can belong to.
        self.combos = {
            b: i for i, b in enumerate(sorted({_bits(e) for e in grouped.values()} - {0}))
        }
        if len(self.combos) > MAX_MARKERS:
            raise ValueError("the term lists of this rule overlap in too many ways")
        self.empty = not grouped
        if grouped:
            self.automaton.make_automaton()

    def marker(self, bits: int) -> str:
        """The placeholder letter for an entry of the lists in ``bits``."""
        index = self.combos.get(bits)
        if index is None:  # entries of several keys on one span: keep one list
            index = self.combos[1 << (bits.bit_length() - 1)]
        return chr(MARKER_BASE + index)

    def char_class(self, name: str) -> str:
        """A regex character class matching every marker that includes list ``name``."""
        bit = self.bits[name]
        chars = "".join(self.marker(b) for b in self.combos if b & bit)
        return f"[{chars}]"

    def mark(self, text: str, offsets: Sequence[int] | None) -> Marked:
        """``text`` (lower case, from :func:`prepare`) with every list entry found replaced
        by its marker. ``offsets`` maps ``text`` to the original (``None``: the same)."""
        anchors: list[int] = []
        found = [] if self.empty else self._longest(text, anchors)
        marked = _build(text, offsets, found, self.marker)
        if not anchors:
            return marked
        to_marked = _Positions(found)
        anchored = tuple(to_marked.folded(a) for a in sorted(anchors))
        return Marked(marked.text, marked.starts, marked.marker_ends, marked.markers, anchored)

    def _longest(self, text: str, anchors: list[int]) -> list[tuple[int, int, int]]:
        best: dict[int, tuple[int, int]] = {}
        for last, (key, entries) in self.automaton.iter(text):
            start = last - len(key) + 1
            if key in self.anchor_keys and (start == 0 or not text[start - 1].isalnum()):
                anchors.append(start)
            if not entries:
                continue
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


def _bits(entries: list[_Entry]) -> int:
    bits = 0
    for entry in entries:
        bits |= entry.bits
    return bits


class _Positions:
    """Maps positions of the folded, unmarked text into the marked text."""

    def __init__(self, found: list[tuple[int, int, int]]):
        self.starts = [start for start, _, _ in found]
        self.found = found
        shrink = 0
        self.shrink_before: list[int] = []
        for start, end, _ in found:
            self.shrink_before.append(shrink)
            shrink += end - start - 1

    def folded(self, position: int) -> int:
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return position
        start, end, _ = self.found[index]
        if position < end:
            return start - self.shrink_before[index]
        return position - self.shrink_before[index] - (end - start - 1)


def prepare(text: str, offsets: Sequence[int] | None) -> tuple[str, Sequence[int] | None]:
    """A text ready for :meth:`Lexicon.mark`: white space runs as one space (list phrases
    have single spaces) and no stray marker characters; offsets composed to the original."""
    if max(text, default=" ") >= "\ua000":
        text = _MARKER_RE.sub("?", text)
    if not ("  " in text or any(ch in text for ch in "\t\n\r\f\v\xa0\u2028")):
        return text, offsets
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
    if offsets is not None:
        positions = [offsets[i] for i in positions]
    return "".join(pieces), positions


def _build(
    text: str,
    offsets: Sequence[int] | None,
    found: list[tuple[int, int, int]],
    marker: Callable[[int], str],
) -> Marked:
    base: Sequence[int] = offsets if offsets is not None else range(len(text))
    if not found:
        return Marked(text, base, {}, ())
    pieces: list[str] = []
    starts: list[int] = []
    marker_ends: dict[int, int] = {}
    markers: list[tuple[int, int]] = []
    position = 0
    for start, end, bits in found:
        pieces.append(text[position:start])
        starts.extend(base[position:start])
        markers.append((len(starts), bits))
        marker_ends[len(starts)] = base[end - 1] + 1
        starts.append(base[start])
        pieces.append(marker(bits))
        position = end
    pieces.append(text[position:])
    starts.extend(base[position:])
    return Marked("".join(pieces), starts, marker_ends, tuple(markers))
