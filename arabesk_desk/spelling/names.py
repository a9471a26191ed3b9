"""Telling a name from a typo: an unknown capitalised word inside a sentence is a name.

A word the dictionary does not know is a *name* (at most an info, "onbekende naam?") when
it is capitalised inside a sentence ("met Bouali naar Holtenbroek"), has capitals inside it
("McDonald", "iPad"), or opens a sentence but also stands capitalised inside one, or is
followed by another capitalised word ("Hernán Cortés"). A first word that is none of these
("Sexuele voorlichting …") stays a possible typo: a warning.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from checks.text import Document, Word


@dataclass
class NameCues:
    """What one text says about which of its words are names; computed once per check."""

    document: Document

    @cached_property
    def first_word_starts(self) -> frozenset[int]:
        """Where the first word of every sentence (and of every line) starts."""
        words = self.document.words
        starts = [w.start for w in words]
        found = set()
        for sentence in self.document.sentences:
            index = bisect_left(starts, sentence.start)
            if index < len(words):
                found.add(words[index].start)
        text = self.document.text
        position = text.find("\n")
        while position != -1:
            index = bisect_left(starts, position)
            if index < len(words):
                found.add(words[index].start)
            position = text.find("\n", position + 1)
        if words:
            found.add(words[0].start)
        return frozenset(found)

    @cached_property
    def capitalised_inside(self) -> frozenset[str]:
        """Capitalised words that stand inside a sentence somewhere in the text."""
        return frozenset(
            w.text
            for w in self.document.words
            if w.text[:1].isupper() and w.start not in self.first_word_starts
        )

    def is_name(self, word: Word) -> bool:
        text = word.text
        if text.isupper():
            return False
        if any(ch.isupper() for ch in text[1:]):
            return True  # "McDonald", "Parro-App", "iPad" (an inner capital)
        if not text[:1].isupper():
            return False
        if word.start not in self.first_word_starts:
            return True
        return text in self.capitalised_inside or self._followed_by_capital(word)

    def _followed_by_capital(self, word: Word) -> bool:
        words = self.document.words
        index = self.document.word_index_at(word.end)
        if index >= len(words):
            return False
        following = words[index]
        between = self.document.text[word.end : following.start]
        return between in (" ", "-") and following.text[:1].isupper()
