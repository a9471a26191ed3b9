"""The ``stretched`` kind: words with stretched letters ("zooo", "suuuuper"), un-stretched.

A letter written three or more times in a row is chat language. The suggestion guesses the
ordinary spelling with Dutch spelling rules (a long vowel in a closed syllable is written
double: "heeeel" → "heel"; in an open syllable single: "suuuper" → "super"), and offers
every letter once as a second choice.

Parameters:
    min_repeat   how often a letter must repeat; default 3
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

VOWELS = frozenset("aeiouy")
_ROMAN_RE = re.compile(r"^[ivxlcdm]+$")
_DOUBLED_AT_END = frozenset("e")


def unstretched(word: str, min_repeat: int = 3) -> str:
    """``word`` with each stretched run shortened the way Dutch would spell it."""
    runs = re.compile(rf"([^\W\d_])\1{{{min_repeat - 1},}}")
    pieces: list[str] = []
    position = 0
    for found in runs.finditer(word):
        pieces.append(word[position : found.start()])
        pieces.append(found.group(1) * _kept(word, found.start(), found.end()))
        position = found.end()
    pieces.append(word[position:])
    return "".join(pieces)


def _kept(word: str, start: int, end: int) -> int:
    """How many of a stretched letter to keep: 1 or 2."""
    letter = word[start].lower()
    after = word[end:].lower()
    before = word[:start].lower()
    if letter not in VOWELS:
        return 2 if after[:1] in VOWELS and before[-1:] in VOWELS else 1
    if before[-1:] in VOWELS and before[-1:] != letter:
        return 1
    if not after:
        return 2 if letter in _DOUBLED_AT_END else 1
    if after[0] in VOWELS:
        return 2 if after[0] in "ij" or (letter in "ao" and after[0] == "i") else 1
    closed = len(after) == 1 or after[1] not in VOWELS
    return 2 if closed else 1


def stretch_regex(min_repeat: int) -> re.Pattern[str]:
    return re.compile(rf"([^\W\d_])\1{{{min_repeat - 1},}}")


def is_chat_stretch(word: str, stretch: re.Pattern[str]) -> bool:
    """A stretched word with a vowel, not a Roman numeral, not one letter repeated."""
    lower = word.lower()
    if len(set(lower)) < 2 or _ROMAN_RE.match(lower) or not VOWELS & set(lower):
        return False
    return stretch.search(lower) is not None


def suggestions(word: str, stretch: re.Pattern[str], min_repeat: int) -> tuple[str, ...]:
    first = unstretched(word, min_repeat)
    single = stretch.sub(r"\1", word)
    return (first,) if single == first else (first, single)


def build_stretched(rule: Rule, resources: Resources) -> Matcher:
    """Flag stretched words and offer the ordinary spelling."""
    min_repeat = param(rule, "min_repeat", int, 3)
    if min_repeat < 2:
        raise bad_rule(rule, "needs 'params.min_repeat' of at least 2")

    stretch = stretch_regex(min_repeat)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        indices = sorted({doc.word_index_at(m.start()) for m in stretch.finditer(doc.lower)})
        for index in indices:
            if index >= len(doc.words):
                continue
            word = doc.words[index]
            if is_chat_stretch(word.text, stretch) and not doc.in_not_prose(word.start, word.end):
                yield Hit(word.start, word.end, suggestions(word.text, stretch, min_repeat))

    return match


KINDS = {"stretched": build_stretched}
