"""Which spelling findings a protocol finding already covers.

A word the protocol rules flag ("Laterzz" is tone, a pupil's name is confidential) is not
also a typo. But findings about the text as a whole (its length beyond a channel's limit, a
long sentence, a reminder that a post stays findable) cover whole stretches of text: a typo
inside them is still a typo and must be underlined, wherever it stands in the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from checks import Category, Finding

# Categories whose findings judge stretches of text, not the words in them.
WHOLE_TEXT_CATEGORIES = frozenset(
    {
        Category.LENGTH,
        Category.READABILITY,
        Category.PERMANENCE,
        Category.SPELLING,
        Category.GRAMMAR,
        Category.STYLE,
    }
)


def typos_not_covered(spelling: Iterable[Finding], protocol: Iterable[Finding]) -> list[Finding]:
    """``spelling`` less the spelling findings inside a protocol finding about words."""
    spans = [(f.start, f.end) for f in protocol if f.category not in WHOLE_TEXT_CATEGORIES]
    return [
        f
        for f in spelling
        if f.category is not Category.SPELLING
        or not any(start <= f.start and f.end <= end for start, end in spans)
    ]
