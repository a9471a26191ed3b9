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
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words

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


def readability_scores(text: str | Document) -> ReadabilityScores | None:
    """Flesch-Douma and Brouwer for a whole text; ``None`` when it has no words."""
    doc = text if isinstance(text, Document) else Document(text)
    words = sentences = syllables = 0
    for span in doc.sentences:
        counted = counted_words(doc, span)
        if counted:
            sentences += 1
            words += len(counted)
            syllables += sum(count_syllables(word.text) for word in counted)
    return scores_from_counts(words, sentences, syllables)


def sentence_scores(doc: Document, span: Span) -> ReadabilityScores | None:
    """The scores of one sentence on its own."""
    counted = counted_words(doc, span)
    return scores_from_counts(len(counted), 1, sum(count_syllables(word.text) for word in counted))


def counted_words(doc: Document, span: Span) -> list[Word]:
    """The words of ``span`` a reader reads as words: with a letter, not in a URL or handle."""
    words = doc.words
    found: list[Word] = []
    for index in range(doc.word_index_at(span.start), len(words)):
        word = words[index]
        if word.start >= span.end:
            break
        if _has_letter(word.text) and not doc.in_not_prose(word.start, word.end):
            found.append(word)
    return found


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
