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


def is_chat_stretch(word: str, min_repeat: int) -> bool:
    """A stretched word with a vowel, not a Roman numeral, not one letter repeated."""
    lower = word.lower()
    if len(set(lower)) < 2 or _ROMAN_RE.match(lower) or not VOWELS & set(lower):
        return False
    return re.search(rf"([^\W\d_])\1{{{min_repeat - 1},}}", lower) is not None


def suggestions(word: str, min_repeat: int) -> tuple[str, ...]:
    first = unstretched(word, min_repeat)
    single = re.sub(rf"([^\W\d_])\1{{{min_repeat - 1},}}", r"\1", word)
    return (first,) if single == first else (first, single)


def build_stretched(rule: Rule, resources: Resources) -> Matcher:
    """Flag stretched words and offer the ordinary spelling."""
    min_repeat = param(rule, "min_repeat", int, 3)
    if min_repeat < 2:
        raise bad_rule(rule, "needs 'params.min_repeat' of at least 2")

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for word in doc.words:
            if is_chat_stretch(word.text, min_repeat) and not doc.in_not_prose(
                word.start, word.end
            ):
                yield Hit(word.start, word.end, suggestions(word.text, min_repeat))

    return match


KINDS = {"stretched": build_stretched}
