"""The ``terms`` kind: words and phrases from term lists, compounds and disguises included.

Uses an Aho-Corasick automaton over the folded text, then checks word boundaries, the
``*`` compound markers and the list's exceptions. With ``variants = true`` it also sees
through disguises: letters for digits ("k4nker"), stretched letters ("kuuut") and spaced
letters ("k u t").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.lexical import require_lists, term_hits
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.termlist import Term, TermList
from checks.text import Document

LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "€": "e",
    }
)
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")
_SPACED_RE = re.compile(r"(?<![\w])(?:[^\W\d_][ .]){2,}[^\W\d_](?![\w])")
# A token of word characters and look-alike symbols; it is a disguise when it mixes letters
# with digits or symbols (checked in Python: a single regex for that backtracks quadratically).
_LEET_TOKEN_RE = re.compile(r"[\w@$€]+")
_LEET_SYMBOL_RE = re.compile(r"[\d@$€]")
_LETTER_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class TermMatch:
    start: int
    end: int
    term: Term
    exact: bool


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


class TermIndex:
    """A compiled term list: find its entries in a document."""

    def __init__(self, terms: TermList) -> None:
        self.terms = terms
        self.automaton = ahocorasick.Automaton()
        grouped: dict[str, list[Term]] = {}
        for term in terms.terms:
            grouped.setdefault(term.text, []).append(term)
        for key, entries in grouped.items():
            self.automaton.add_word(key, (key, tuple(entries)))
        if grouped:
            self.automaton.make_automaton()
        self.empty = not grouped

    def find(self, doc: Document, *, variants: bool = False) -> list[TermMatch]:
        """Matches in reading order; a match inside a longer match is dropped."""
        if self.empty:
            return []
        folded, offsets = doc.folded
        found = list(self._scan(folded))
        if offsets is not None:
            found = [
                TermMatch(offsets[m.start], offsets[m.end - 1] + 1, m.term, m.exact) for m in found
            ]
        if variants:
            found.extend(self._variants(doc))
        return _outermost(found)

    def _scan(self, text: str) -> Iterator[TermMatch]:
        for last, (key, entries) in self.automaton.iter(text):
            start, end = last - len(key) + 1, last + 1
            for term in entries:
                match = self._accept(text, start, end, term)
                if match:
                    yield match
                    break

    def _accept(self, text: str, start: int, end: int, term: Term) -> TermMatch | None:
        left_open = start > 0 and _is_word_char(text[start - 1])
        right_open = end < len(text) and _is_word_char(text[end])
        if (left_open and not term.suffix) or (right_open and not term.prefix):
            return None
        word_start, word_end = start, end
        while word_start > 0 and _is_word_char(text[word_start - 1]):
            word_start -= 1
        while word_end < len(text) and _is_word_char(text[word_end]):
            word_end += 1
        if self.terms.is_exception(text[word_start:word_end]):
            return None
        return TermMatch(word_start, word_end, term, exact=(word_start, word_end) == (start, end))

    def _variants(self, doc: Document) -> Iterator[TermMatch]:
        for start, end, variant in _shared_disguised_words(doc):
            for match in self._scan(variant):
                if match.start == 0 and match.end == len(variant):
                    yield TermMatch(start, end, match.term, exact=False)


def _shared_disguised_words(doc: Document) -> tuple[tuple[int, int, str], ...]:
    """:func:`_disguised_words`, worked out once per document for every terms rule."""
    cached = doc.__dict__.get("_terms_disguised_words")
    if cached is None:
        cached = doc.__dict__["_terms_disguised_words"] = tuple(_disguised_words(doc))
    return cached


def _disguised_words(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Undisguised forms of words written with digits, stretched or spaced letters."""
    lower = doc.lower
    for m in _LEET_TOKEN_RE.finditer(lower):
        token = m.group()
        if _LEET_SYMBOL_RE.search(token) and _LETTER_RE.search(token):
            yield m.start(), m.end(), token.translate(LEET)
    stretched = {doc.word_index_at(m.start()) for m in _STRETCH_RE.finditer(lower)}
    for index in sorted(stretched):
        if index < len(doc.words):
            word = doc.words[index]
            yield word.start, word.end, _STRETCH_RE.sub(r"\1\1", word.lower)
            yield word.start, word.end, _STRETCH_RE.sub(r"\1", word.lower)
    for m in _SPACED_RE.finditer(lower):
        yield m.start(), m.end(), re.sub(r"[ .]", "", m.group())


def _outermost(matches: list[TermMatch]) -> list[TermMatch]:
    matches.sort(key=lambda m: (m.start, -m.end, not m.exact))  # an exact entry wins a tie
    kept: list[TermMatch] = []
    for match in matches:
        if kept and match.end <= kept[-1].end:
            continue
        kept.append(match)
    return kept


def matched_case(original: str, suggestion: str) -> str:
    """Give a suggestion the capitalisation of the words it replaces."""
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def term_index(rule: Rule, resources: Resources, name: str = "terms") -> TermIndex:
    """The merged term lists named by a rule's ``params.<name>``."""
    lists = [resources.term_list(list_name) for list_name in str_list(rule, name)]
    merged = lists[0]
    for extra in lists[1:]:
        merged = TermList(
            merged.name,
            merged.terms + extra.terms,
            merged.exceptions | extra.exceptions,
            merged.exception_prefixes + extra.exception_prefixes,
        )
    return TermIndex(merged)


def build_terms(rule: Rule, resources: Resources) -> Matcher:
    """Flag every entry of the rule's term lists, in every form its list allows; offer an
    entry's fixes where it was written as listed."""
    names = require_lists(rule, resources)
    if not names:
        raise bad_rule(rule, "needs at least one term list in 'params.terms'")
    variants = param(rule, "variants", bool, False)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for found in term_hits(doc, names, disguised=variants):
            original = doc.text[found.start : found.end]
            fixes = found.term.suggestions if found.exact else ()
            yield Hit(found.start, found.end, tuple(matched_case(original, s) for s in fixes))

    return match


KINDS = {"terms": build_terms}
