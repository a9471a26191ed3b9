"""Quotation marks in a post: quoted speech, titles, and words only mentioned.

A short quote of one to three words ("het woord 'neger'", "'mongool', 'kankerlijer': woorden
die we op het plein horen") mentions words rather than uses them: the lexicon leaves their
entries out. Longer quotes are speech or titles; rules decide what those mean.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checks.language.tokens import PUNCT, Token

QUOTE_RE = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|„[^”“\n]{1,300}[”“]|«[^»\n]{1,300}»"
    r"|‘[^’\n]{1,300}’|(?<![\w'])'(?!s\b|t\b|n\b)[^'\n]{1,300}?(?<![\s])'(?![\w])"
)
MENTION_WORDS = 3


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every stretch inside quotation marks, the marks included."""
    return tuple(m.span() for m in QUOTE_RE.finditer(text))


def mentioned_tokens(tokens: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indexes of the word tokens inside quotes of at most ``MENTION_WORDS`` words."""
    mentioned: set[int] = set()
    index = 0
    for start, end in quotes:
        while index < len(tokens) and tokens[index].end <= start:
            index += 1
        inside = []
        position = index
        while position < len(tokens) and tokens[position].start < end:
            if tokens[position].kind != PUNCT:
                inside.append(position)
            position += 1
        if 0 < len(inside) <= MENTION_WORDS:
            mentioned.update(inside)
    return frozenset(mentioned)
