"""Readability of a Dutch text for parents: Flesch-Douma and Brouwer with real Dutch syllables.

Flesch-Douma = 206.835 − 77 · (syllables / word) − 0.93 · (words / sentence)
Brouwer      = 195 − 66.7 · (syllables / word) − 2 · (words / sentence)

Both read like the Flesch scale: higher is easier. Words are the text's words that hold a
letter (numbers, URLs, e-mail addresses and @handles are left out); sentences are the
document's sentences that hold such a word. Syllables come from
:func:`checks.dutch_syllables.count_syllables`.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.dutch_syllables import count_syllables
from checks.text import Document, Span, Word

# Douma's bands, as Dutch writing guides quote them; B1 ("taalniveau 1F/2F") texts for a
# broad audience land in "standaard" or easier.
_BANDS = (
    (80.0, "makkelijk", "easy"),
    (60.0, "standaard", "standard"),
    (45.0, "vrij moeilijk", "fairly difficult"),
    (30.0, "moeilijk", "difficult"),
    (float("-inf"), "zeer moeilijk", "very difficult"),
)


@dataclass(frozen=True, slots=True)
class ReadabilityScores:
    """Counts and scores of one text (or one sentence); higher scores read more easily."""

    words: int
    sentences: int
    syllables: int
    flesch_douma: float
    brouwer: float

    @property
    def band(self) -> str:
        """Douma's band in Dutch ("standaard", "vrij moeilijk", …)."""
        return next(nl for floor, nl, _ in _BANDS if self.flesch_douma >= floor)

    @property
    def band_en(self) -> str:
        return next(en for floor, _, en in _BANDS if self.flesch_douma >= floor)

    def as_data(self) -> tuple[tuple[str, str], ...]:
        """The scores as ``Finding.data`` pairs, rounded for display."""
        return (
            ("flesch_douma", f"{self.flesch_douma:.1f}"),
            ("brouwer", f"{self.brouwer:.1f}"),
            ("words", str(self.words)),
            ("sentences", str(self.sentences)),
            ("syllables", str(self.syllables)),
            ("band", self.band),
        )


def scores_from_counts(words: int, sentences: int, syllables: int) -> ReadabilityScores | None:
    """Both scores from raw counts; ``None`` when there is nothing to score."""
    if words <= 0 or sentences <= 0:
        return None
    per_word = syllables / words
    per_sentence = words / sentences
    return ReadabilityScores(
        words=words,
        sentences=sentences,
        syllables=syllables,
        flesch_douma=206.835 - 77 * per_word - 0.93 * per_sentence,
        brouwer=195 - 66.7 * per_word - 2 * per_sentence,
    )


@dataclass(frozen=True, slots=True)
class SentenceStats:
    """One sentence: its span, the words counted in it and their syllables."""

    span: Span
    words: tuple[Word, ...]
    syllables: int


_CACHE_KEY = "_arabesk_sentence_stats"


def sentence_stats(doc: Document) -> tuple[SentenceStats, ...]:
    """Per-sentence counts, computed once per document and kept on it (like its own views)."""
    cached: tuple[SentenceStats, ...] | None = vars(doc).get(_CACHE_KEY)
    if cached is None:
        cached = tuple(_sentence_stats(doc))
        vars(doc)[_CACHE_KEY] = cached
    return cached


def _sentence_stats(doc: Document) -> list[SentenceStats]:
    """One pass over words, sentences and non-prose spans, all in reading order."""
    stats: list[SentenceStats] = []
    words = doc.words
    skip = [(span.start, span.end) for span in doc.not_prose]
    skip.append((len(doc.text) + 1, len(doc.text) + 1))
    syllables_of = count_syllables
    word_count = len(words)
    word_index = skip_index = 0
    for span in doc.sentences:
        counted: list[Word] = []
        syllables = 0
        while word_index < word_count and words[word_index].start < span.end:
            word = words[word_index]
            word_index += 1
            while skip[skip_index][1] <= word.start:
                skip_index += 1
            if skip[skip_index][0] <= word.start or not _has_letter(word.text):
                continue
            counted.append(word)
            syllables += syllables_of(word.text)
        stats.append(SentenceStats(span, tuple(counted), syllables))
    return stats


def readability_scores(text: str | Document) -> ReadabilityScores | None:
    """Flesch-Douma and Brouwer for a whole text; ``None`` when it has no words."""
    doc = text if isinstance(text, Document) else Document(text)
    counted = [s for s in sentence_stats(doc) if s.words]
    return scores_from_counts(
        sum(len(s.words) for s in counted), len(counted), sum(s.syllables for s in counted)
    )


def scores_of(stats: SentenceStats) -> ReadabilityScores | None:
    """The scores of one sentence on its own."""
    return scores_from_counts(len(stats.words), 1, stats.syllables)


def _has_letter(text: str) -> bool:
    return text[0].isalpha() or any(ch.isalpha() for ch in text)
