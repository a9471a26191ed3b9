"""Guards judged once per sentence: rules that ask "is this sentence silenced?" for every hit."""

from __future__ import annotations

import re

from checks.text import Document


def sentence_guarded(doc: Document, offset: int, guards: tuple[re.Pattern[str], ...]) -> bool:
    """One of ``guards`` is found in the sentence at ``offset``; memoised on the document, so
    a long unpunctuated text with many hits is not searched again for each of them."""
    if not guards:
        return False
    sentence = doc.sentence_at(offset)
    memo: dict[tuple[int, int], bool] = doc.__dict__.setdefault("_sentence_guards", {})
    key = (id(guards), sentence.start)
    if key not in memo:
        memo[key] = any(g.search(doc.text, sentence.start, sentence.end) for g in guards)
    return memo[key]
