"""Which words of a post a spelling checker judges: prose words, not handles, links or names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from checks.text import Document, Span, Word

# Letters a word may carry that are not part of its spelling (soft hyphen, zero-width joiners).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"), None)


@dataclass(frozen=True, slots=True)
class NameList:
    """Names never judged as words (the pupil roster, staff): compared lower-cased."""

    names: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()  # a list of common first names, lower case

    @classmethod
    def from_names(cls, names: Iterable[str], first_names: Iterable[str] = ()) -> NameList:
        parts = {part.lower() for name in names for part in name.replace("-", " ").split()}
        return cls(frozenset(p for p in parts if p), frozenset(first_names))

    def __contains__(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.names or all(p in self.names for p in lower.split("-")):
            return True
        # A first name counts written as one ("Zeynep"), never in lower case ("roos").
        return word[:1].isupper() and lower in self.first_names


def checkable_words(document: Document, names: NameList) -> Iterator[Word]:
    """The words of ``document`` worth a spelling check, in reading order."""
    skipped = _skipped_spans(document)
    for word in document.words:
        if not is_judgeable(word.text):
            continue
        if skipped and _inside(skipped, word.start, word.end):
            continue
        if (names.names or names.first_names) and word.text in names:
            continue
        yield word


def is_judgeable(word: str) -> bool:
    """False for numbers, words with digits, all-caps acronyms and single letters."""
    if len(word) < 2:
        return False
    if word.isalpha():  # the common case, answered without a loop in Python
        return not word.isupper()
    if any(ch.isdigit() for ch in word):
        return False
    letters = [ch for ch in word if ch.isalpha()]
    return not (len(letters) >= 2 and all(ch.isupper() for ch in letters))


def clean(word: str) -> str:
    """The word as a dictionary spells it: invisible characters out, ’ as '."""
    return word.translate(_INVISIBLE).replace("’", "'")


def _skipped_spans(document: Document) -> tuple[Span, ...]:
    return document.not_prose + document.hashtags


def _inside(spans: tuple[Span, ...], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)
