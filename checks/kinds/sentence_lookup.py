"""The sentence around an offset in logarithmic time, for rules that ask it for every hit.

``Document.sentence_at`` walks the sentences from the start; on a long text with many
hits that adds up, so the sentence starts are kept per document and searched by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary

from checks.text import Document, Span

_STARTS: WeakKeyDictionary[Document, list[int]] = WeakKeyDictionary()


def sentence_of(doc: Document, offset: int) -> Span:
    """The sentence that holds ``offset``, or the whole text when it lies between sentences."""
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS.setdefault(doc, [span.start for span in doc.sentences])
    index = bisect_right(starts, offset) - 1
    if index >= 0:
        span = doc.sentences[index]
        if span.start <= offset < span.end:
            return span
    return Span(0, len(doc.text))
