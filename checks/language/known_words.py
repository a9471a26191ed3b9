"""Dutch words the shipped OpenTaal dictionary knows, and compounds made of them.

Used where a capitalised word must be told from a name ("Aardrijkskunde in 1 vmbo" is no
pupil) and where a listed word inside a longer word must be told from a word of its own
("longkanker", "vertering"). Read on first use only: about 0.15 s for 170,000 words, paid by
the check that first needs it (in the window, on the checking thread).
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

_FLAGS_RE = re.compile(r"/[^\n]*")
_ENDINGS = ("en", "s", "e", "je", "jes", "tje", "tjes", "'s", "n", "er", "ste", "st")
_LINKS = ("", "s", "e", "en")
_MIN_PART = 3


class KnownWords:
    """A lazily loaded set of the dictionary's common words (stems, without affixes)."""

    def __init__(self, dictionary: Path) -> None:
        self.dictionary = dictionary

    @cached_property
    def words(self) -> frozenset[str]:
        try:
            text = self.dictionary.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return frozenset()
        # OpenTaal writes the digraph ij as one letter (ĳ); posts and tokens have i + j.
        text = text.replace("ĳ", "ij").replace("Ĳ", "IJ")
        # Capitalised entries are names ("Sanne", "Utrecht"): only common words count here.
        return frozenset(w for w in _FLAGS_RE.sub("", text).split("\n") if w[:1].islower())

    def knows(self, word: str) -> bool:
        """The word, or the word without a plural, diminutive or inflection ending."""
        words = self.words
        return word in words or any(
            word.endswith(end) and word[: -len(end)] in words for end in _ENDINGS
        )

    def is_compound(self, word: str, depth: int = 3) -> bool:
        """Known words joined, with or without a linking s/e/en ("privacyles",
        "uitlegvideo", "aardrijkskunde": up to ``depth`` parts)."""
        if len(word) < 2 * _MIN_PART or depth < 2:
            return False
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            if not self.knows(word[cut:]):
                continue
            left = word[:cut]
            for link in _LINKS:
                if not left.endswith(link):
                    continue
                stem = left[: len(left) - len(link)]
                if stem in self.words or self.is_compound(stem, depth - 1):
                    return True
        return False

    def is_common_word(self, word: str) -> bool:
        """A known word or a compound of known words: not taken for a name."""
        lower = word.lower()
        return self.knows(lower) or self.is_compound(lower)
