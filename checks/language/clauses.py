"""Clauses inside a sentence: where a clause pattern looks for its elements, and negation for
its scope.

"Als je dat nog eens doet, sla ik je" holds two clauses; the threat is in the second, and a
"niet" in the first ("als je niet luistert, ...") does not negate it. A clause ends at hard
punctuation (; : — ( ) and quotation marks), before a subordinating word ("omdat", "zodat"),
and at a comma when the next word opens a clause or the clause began with "als", "wanneer".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checks.language.tokens import PUNCT, Token

_HARD_BREAKS = frozenset((";", ":", "—", "–", "(", ")", '"', "“", "”", "„", "«", "»"))


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The words that open clauses (``resources/language/clause_words.toml``)."""

    always: frozenset[str] = frozenset()
    after_comma: frozenset[str] = frozenset()
    opening: frozenset[str] = frozenset()
    before_subject: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Iterable[str]]) -> ClauseWords:
        def words(key: str) -> frozenset[str]:
            return frozenset(data.get(key, ()))

        return cls(
            words("always"),
            words("after_comma"),
            words("opening"),
            words("before_subject"),
            words("subjects"),
        )


def split_clauses(
    tokens: Sequence[Token], first: int, end: int, words: ClauseWords
) -> list[tuple[int, int]]:
    """Token ranges ``(first, end)`` of the clauses of the sentence ``first``..``end``."""
    clauses: list[tuple[int, int]] = []
    start, opener = first, ""
    for index in range(first, end):
        token = tokens[index]
        if token.kind == PUNCT:
            if token.norm in _HARD_BREAKS or (
                token.norm == "," and (opener in words.opening or _opens(tokens, index, end, words))
            ):
                _close(clauses, start, index)
                start, opener = index + 1, ""
            continue
        if index > start and opener and _opens_here(tokens, index, end, words):
            _close(clauses, start, index)
            start, opener = index, ""
        if not opener:
            opener = token.norm
    _close(clauses, start, end)
    return clauses


def _opens_here(tokens: Sequence[Token], index: int, end: int, words: ClauseWords) -> bool:
    """A subordinating word, or "dat"/"of" with a subject after it, opens a clause here."""
    norm = tokens[index].norm
    if norm in words.always:
        return True
    if norm not in words.before_subject:
        return False
    following = index + 1
    return following < end and tokens[following].norm in words.subjects


def _opens(tokens: Sequence[Token], comma: int, end: int, words: ClauseWords) -> bool:
    following = comma + 1
    while following < end and tokens[following].kind == PUNCT:
        following += 1
    return following < end and tokens[following].norm in words.after_comma


def _close(clauses: list[tuple[int, int]], start: int, end: int) -> None:
    if end > start:
        clauses.append((start, end))
