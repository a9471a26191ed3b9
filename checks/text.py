"""A post's text analysed once and shared by every rule: sentences, tokens, word forms.

The Dutch language layer (:mod:`checks.language`) computes its views here, lazily and once
per check: sentences and paragraphs that know Dutch abbreviations, tokens with normalised
forms, and the term-list entries found in them. Everything keeps code-point offsets into the
original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

from checks.language.clauses import split_clauses
from checks.language.quotes import mentioned_tokens, quoted_spans
from checks.language.sentences import split_paragraphs, split_sentences
from checks.language.tokens import Token, tokenize

if TYPE_CHECKING:
    from checks.language.language_data import LanguageData
    from checks.language.lexicon import Annotation

WORD_RE = re.compile(r"[^\W_]\w*(?:['’\-][^\W_]\w*)*", re.UNICODE)
URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
EMAIL_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])", re.UNICODE
)
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:@[\w.-]+)?")
HASHTAG_RE = re.compile(r"(?<![\w#])#[^\W_][\w]*", re.UNICODE)


class Word(NamedTuple):
    """A word of the text with its code-point span; ``lower`` is its lower-cased form.

    A named tuple, not a dataclass: a long post has thousands and they are made on every check.
    """

    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping every offset: characters that grow stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)


class Document:
    """The checked text with lazily computed, shared views of it. Not thread-shared.

    ``language`` is the engine's language data (with the lexicon of its term lists); without
    it, the packaged data gives sentences and tokens but finds no terms.
    """

    def __init__(self, text: str, language: LanguageData | None = None) -> None:
        self.text = text
        self._language = language

    @cached_property
    def language(self) -> LanguageData:
        if self._language is not None:
            return self._language
        from checks.language.language_data import packaged_language
        from checks.resources import packaged_resources_dir

        return packaged_language(packaged_resources_dir())

    @cached_property
    def lower(self) -> str:
        return lower_same_length(self.text)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        # The hot path of every check on a long post: spans first, tuples made directly.
        text, lower, make = self.text, self.lower, tuple.__new__
        words = []
        for match in WORD_RE.finditer(text):
            start, end = match.span()
            words.append(make(Word, (text[start:end], lower[start:end], start, end)))
        return tuple(words)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans, stripped of surrounding white space; empty ones left out.

        Dutch abbreviations and initials ("Mw. J. de Vries", "o.a.") do not end a sentence.
        """
        found = split_sentences(self.text, self.language.abbreviations)
        return tuple(Span(start, end) for start, end in found)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        return tuple(Span(start, end) for start, end in split_paragraphs(self.text))

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Words, numbers, links, handles, hashtags, emoji and punctuation, in order."""
        language = self.language
        return language.undisguised(tokenize(self.text, language.look_alikes))

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.start for token in self.tokens]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The tokens that start in ``start``..``end``, as a range ``(first, end)``."""
        starts = self._token_starts
        return bisect_left(starts, start), bisect_left(starts, end)

    @cached_property
    def token_sentences(self) -> tuple[int, ...]:
        """For every token, the index of its sentence (a token between sentences counts
        for the one before it)."""
        starts = self._sentence_starts
        return tuple(max(0, bisect_right(starts, token.start) - 1) for token in self.tokens)

    @cached_property
    def sentence_tokens(self) -> tuple[tuple[int, int], ...]:
        """For every sentence, its tokens as a range ``(first, end)``."""
        ranges = [[len(self.tokens), 0] for _ in self.sentences]
        for index, sentence in enumerate(self.token_sentences):
            if ranges:
                span = ranges[sentence]
                span[0] = min(span[0], index)
                span[1] = index + 1
        return tuple((first, max(first, end)) for first, end in ranges)

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Indexes of the first token of every sentence."""
        return frozenset(first for first, end in self.sentence_tokens if end > first)

    @cached_property
    def clauses(self) -> tuple[tuple[int, int], ...]:
        """Token ranges ``(first, end)`` of every clause, sentence by sentence."""
        words = self.language.clause_words
        found: list[tuple[int, int]] = []
        for first, end in self.sentence_tokens:
            found.extend(split_clauses(self.tokens, first, end, words))
        return tuple(found)

    @cached_property
    def quotes(self) -> tuple[Span, ...]:
        """Stretches inside quotation marks, the marks included."""
        return tuple(Span(start, end) for start, end in quoted_spans(self.text))

    @cached_property
    def lexical(self) -> Annotation:
        """The entries of the engine's term lists found in the tokens; words only mentioned
        in a short quote ("het woord 'neger'") are left out."""
        quotes = [(q.start, q.end) for q in self.quotes]
        return self.language.lexicon.annotate(
            self.text,
            self.tokens,
            self.token_sentences,
            self.sentence_starts,
            mentioned_tokens(self.tokens, quotes),
        )

    @cached_property
    def urls(self) -> tuple[Span, ...]:
        return _spans(URL_RE, self.text)

    @cached_property
    def emails(self) -> tuple[Span, ...]:
        return _spans(EMAIL_RE, self.text)

    @cached_property
    def handles(self) -> tuple[Span, ...]:
        """@mentions, Mastodon's @user@server included."""
        return _spans(HANDLE_RE, self.text)

    @cached_property
    def hashtags(self) -> tuple[Span, ...]:
        return _spans(HASHTAG_RE, self.text)

    @cached_property
    def not_prose(self) -> tuple[Span, ...]:
        """URLs, e-mail addresses and @handles: no words to judge inside them."""
        return tuple(sorted(self.urls + self.emails + self.handles, key=lambda s: s.start))

    def in_not_prose(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies inside a link, e-mail address or handle (binary
        search: a long post can hold thousands of them)."""
        spans = self._not_prose_index
        index = bisect_right(spans[0], start) - 1
        return index >= 0 and spans[1][index] >= end

    @cached_property
    def _not_prose_index(self) -> tuple[list[int], list[int]]:
        spans = sorted((span.start, span.end) for span in self.not_prose)
        # furthest[i]: the furthest end among the first i + 1 spans, so nested spans count too.
        return [start for start, _ in spans], list(accumulate((end for _, end in spans), max))

    @cached_property
    def folded(self) -> tuple[str, tuple[int, ...] | None]:
        """Lower-cased text with every run of white space as one space and ’ as '.

        Terms and names are folded for matching against it by :func:`checks.termlist.fold_key`.

        Returns the folded text and, when its length differs, the original offset of each
        folded character (plus one for the end); ``None`` means offsets are unchanged.
        """
        lower = self.lower.replace("’", "'")
        folded = _WHITESPACE_RUN_RE.sub(" ", lower)
        if len(folded) == len(lower):
            return folded, None
        offsets: list[int] = []
        pieces: list[str] = []
        position = 0
        for match in _WHITESPACE_RUN_RE.finditer(lower):
            pieces.append(lower[position : match.start()])
            offsets.extend(range(position, match.start()))
            pieces.append(" ")
            offsets.append(match.start())
            position = match.end()
        pieces.append(lower[position:])
        offsets.extend(range(position, len(lower) + 1))
        return "".join(pieces), tuple(offsets)

    def word_index_at(self, offset: int) -> int:
        """Index of the first word that ends after ``offset`` (binary search)."""
        words = self.words
        lo, hi = 0, len(words)
        while lo < hi:
            mid = (lo + hi) // 2
            if words[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [span.start for span in self.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """The index in ``sentences`` of the sentence that holds ``offset``, if any."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def sentence_at(self, offset: int) -> Span:
        """The sentence that holds ``offset`` (binary search: rules ask it for every hit), or
        the whole text when the offset lies between sentences."""
        index = self.sentence_index(offset)
        return self.sentences[index] if index is not None else Span(0, len(self.text))


_WHITESPACE_RUN_RE = re.compile(r"\s+")


def _spans(regex: re.Pattern[str], text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in regex.finditer(text))
