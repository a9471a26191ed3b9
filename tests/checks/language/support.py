"""Small hand-made language data for the language-layer tests.

Term lists are written in the real term-list format (headers included) and parsed with
:func:`checks.termlist.parse_terms`; everything else (abbreviations, look-alikes, irregular
forms, clause words, pieces) is the packaged data. One :class:`LanguageData` is kept per set
of lists and pattern words, so a test file compiles each lexicon once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from checks.language.language_data import WORDS_LIST, LanguageData
from checks.language.lexicon import HOW_NAMES
from checks.language.token_pattern import Compiler, Found, ListRef, Pattern, Sentence
from checks.resources import packaged_resources_dir
from checks.termlist import parse_terms
from checks.text import Document

ROOT = packaged_resources_dir()


@cache
def _language(lists: tuple[tuple[str, str], ...], words: frozenset[str]) -> LanguageData:
    parsed = {name: parse_terms(name, body.splitlines(), f"{name}.txt") for name, body in lists}
    data = LanguageData(ROOT, parsed.__getitem__)
    data.require(*parsed)
    data.add_words(sorted(words))
    return data


def language(lists: Mapping[str, str], words: Iterable[str] = ()) -> LanguageData:
    """Language data with these term lists (name → file text) and pattern words."""
    return _language(tuple(sorted(lists.items())), frozenset(words))


def document(text: str, lists: Mapping[str, str] | None = None, words: Iterable[str] = ()):
    return Document(text, language(lists or {}, words))


def found(text: str, lists: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """``(list, entry, text found, how)`` for every lexicon match, in token order."""
    doc = document(text, lists)
    annotation, tokens = doc.lexical, doc.tokens
    return [
        (
            annotation.entries[m.entry].list_name,
            annotation.entries[m.entry].term.text,
            text[tokens[m.first].start : tokens[m.last].end],
            HOW_NAMES[m.how],
        )
        for m in annotation.matches
    ]


def entries_in(text: str, lists: Mapping[str, str]) -> set[str]:
    """The entries found anywhere in ``text``."""
    return {entry for _, entry, _, _ in found(text, lists)}


class Patterns:
    """Patterns compiled against a hand-made lexicon, the way the pattern kinds do it: a dry
    run collects the words and lists they name, then the lexicon is built with those words."""

    def __init__(
        self,
        sources: Iterable[str],
        lists: Mapping[str, str] | None = None,
        pieces: Mapping[str, str] | None = None,
    ) -> None:
        self.sources = tuple(sources)
        self.lists = dict(lists or {})
        self.pieces = dict(pieces or {})
        words: set[str] = set()

        def on_word(word: str) -> ListRef:
            words.add(word)
            return ListRef(0, word)

        dry = Compiler(lambda name: ListRef(0), on_word, self.pieces)
        for source in self.sources:
            dry.compile(source)
        self.language = language(self.lists, words)
        lexicon = self.language.lexicon
        compiler = Compiler(
            lambda name: ListRef(lexicon.list_ids[name]),
            lambda word: ListRef(lexicon.list_ids[WORDS_LIST], word),
            self.pieces,
        )
        self.compiled: tuple[Pattern, ...] = tuple(compiler.compile(s) for s in self.sources)

    def document(self, text: str) -> Document:
        return Document(text, self.language)

    def sentences(self, doc: Document) -> list[Sentence]:
        return [Sentence.of(doc.tokens, a, b, doc.lexical) for a, b in doc.sentence_tokens]

    def clauses(self, doc: Document) -> list[Sentence]:
        return [Sentence.of(doc.tokens, a, b, doc.lexical) for a, b in doc.clauses]


def spans(doc: Document, matches: Iterable[Found]) -> list[str]:
    """The text of each match, from its first to its last token."""
    return [doc.text[doc.tokens[f.first].start : doc.tokens[f.last].end] for f in matches]
