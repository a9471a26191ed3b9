"""Pupils' names from the school's roster, found with one Aho-Corasick scan of a post.

A full name ("Sanne de Vries", also without the tussenvoegsel) matches in any case. A first
name on its own ("Sanne") matches only when capitalised; a first name that is also an
ordinary word ("Roos", "Bas") needs more, decided by the caller (see
:mod:`checks.kinds.persons`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from checks.roster import RosterEntry
from checks.termlist import fold_key
from checks.text import Document

FULL, FIRST = "full", "first"


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    form: str  # FULL or FIRST


def _is_name_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-'’"


class RosterIndex:
    """The roster's names compiled into one automaton; immutable once built."""

    def __init__(self, roster: tuple[RosterEntry, ...]) -> None:
        forms: dict[str, str] = {}
        for entry in roster:
            for full in _full_forms(entry):
                forms[fold_key(full)] = FULL
            if entry.first_name:
                forms.setdefault(fold_key(entry.first_name), FIRST)
        self.empty = not forms
        self._automaton = ahocorasick.Automaton()
        for key, form in forms.items():
            self._automaton.add_word(key, (key, form))
        if forms:
            self._automaton.make_automaton()

    def find(self, doc: Document) -> list[NameMatch]:
        """Whole-word roster names in ``doc``, the longest where names overlap."""
        if self.empty:
            return []
        folded, offsets = doc.folded
        found: list[NameMatch] = []
        for last, (key, form) in self._automaton.iter(folded):
            start, end = last - len(key) + 1, last + 1
            if (start > 0 and _is_name_char(folded[start - 1])) or (
                end < len(folded) and _is_name_char(folded[end]) and folded[end] not in "'’"
            ):
                continue
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
            found.append(NameMatch(start, end, form))
        return _outermost(found)


def _full_forms(entry: RosterEntry) -> Iterator[str]:
    if not (entry.first_name and entry.last_name):
        return
    yield entry.full_name
    if entry.infix:
        yield f"{entry.first_name} {entry.last_name}"


def _outermost(matches: list[NameMatch]) -> list[NameMatch]:
    matches.sort(key=lambda m: (m.start, -m.end))
    kept: list[NameMatch] = []
    for match in matches:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


@lru_cache(maxsize=8)
def roster_index(roster: tuple[RosterEntry, ...]) -> RosterIndex:
    """One index per distinct roster, shared by every rule that needs it."""
    return RosterIndex(roster)


def first_name_counts(
    doc: Document,
    match: NameMatch,
    ambiguous: frozenset[str],
    ambiguous_counts: Callable[[Document, NameMatch], bool],
) -> bool:
    """Whether a first name on its own is meant as a name here (see the module docstring)."""
    word = doc.text[match.start : match.end]
    if not word[:1].isupper():
        return False
    return fold_key(word) not in ambiguous or ambiguous_counts(doc, match)
