"""A post's text analysed once and shared by every rule: lower-cased text, words, sentences.

Everything here keeps code-point offsets into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

WORD_RE = re.compile(r"[^\W_]\w*(?:['’\-][^\W_]\w*)*", re.UNICODE)
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n\s*\n|\n(?=\s*[-•*])")
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
    """The checked text with lazily computed, shared views of it. Not thread-shared."""

    def __init__(self, text: str) -> None:
        self.text = text

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
        """Sentence spans, stripped of surrounding white space; empty ones left out."""
        spans: list[Span] = []
        start = 0
        for match in SENTENCE_END_RE.finditer(self.text):
            spans.extend(_stripped(self.text, start, match.start()))
            start = match.end()
        spans.extend(_stripped(self.text, start, len(self.text)))
        return tuple(spans)

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
        return any(s.start <= start and end <= s.end for s in self.not_prose)

    @cached_property
    def folded(self) -> tuple[str, tuple[int, ...] | None]:
        """Lower-cased text with every run of white space as one space and ’ as '.

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

    def sentence_at(self, offset: int) -> Span:
        """The sentence that holds ``offset`` (binary search: rules ask it for every hit), or
        the whole text when the offset lies between sentences."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0:
            span = self.sentences[index]
            if span.start <= offset < span.end:
                return span
        return Span(0, len(self.text))


_WHITESPACE_RUN_RE = re.compile(r"\s+")


def _spans(regex: re.Pattern[str], text: str) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end()) for m in regex.finditer(text))


def _stripped(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if end > start else []
