"""Capacity kinds (guidelines 2 and 5): opinions on a topic, and the personal-title line.

``terms_on_topic``  entries of ``terms`` that count only near an entry of ``topic``: within
                    ``sentence_window`` sentences (0 = the same sentence; -1 = anywhere in
                    the post). At most ``max_hits`` findings a post.
``disclosure``      a post about a ``topic`` (and, with ``requires``, holding one of those
                    too) that has none of the ``disclosed`` phrases: offer ``line``, the
                    sentence that says it is personal, as a fix on the last sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param
from checks.kinds.lexical import TermHit, require_lists, term_hits
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document


def prose_matches(names: tuple[str, ...], doc: Document) -> list[TermHit]:
    """Entries of the named lists in the text (links, e-mail addresses and @handles hold
    no words for the language layer)."""
    return term_hits(doc, names)


_NOT_PROSE_KEY = "_arabesk_not_prose_test"


def not_prose_test(doc: Document) -> Callable[[int, int], bool]:
    """A fast ``doc.in_not_prose`` (binary search), built once per document and kept on it.

    A long post can hold thousands of links and handles; a linear scan per match would make
    checking it quadratic.
    """
    cached: Callable[[int, int], bool] | None = vars(doc).get(_NOT_PROSE_KEY)
    if cached is None:
        cached = _not_prose_test(doc)
        vars(doc)[_NOT_PROSE_KEY] = cached
    return cached


def _not_prose_test(doc: Document) -> Callable[[int, int], bool]:
    spans = sorted((span.start, span.end) for span in doc.not_prose)
    starts = [start for start, _ in spans]
    # furthest[i]: the furthest end among the first i + 1 spans, so nested spans count too.
    furthest = list(accumulate((end for _, end in spans), max))

    def inside(start: int, end: int) -> bool:
        index = bisect_right(starts, start) - 1
        return index >= 0 and furthest[index] >= end

    return inside


def _sentence_numbers(doc: Document, offsets: list[int]) -> list[int]:
    """The index of the sentence each offset falls in (or before)."""
    ends = [span.end for span in doc.sentences]
    return [bisect_right(ends, offset) for offset in offsets]


def build_terms_on_topic(rule: Rule, resources: Resources) -> Matcher:
    """Flag entries of ``terms`` that stand near a ``topic`` entry."""
    markers = require_lists(rule, resources, required=True)
    topic = require_lists(rule, resources, "topic", required=True)
    window = param(rule, "sentence_window", int, 1)
    max_hits = param(rule, "max_hits", int, 3)
    if max_hits < 1:
        raise bad_rule(rule, "needs 'params.max_hits' of at least 1")

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        topics = prose_matches(topic, doc)
        if not topics:
            return
        found = prose_matches(markers, doc)
        if window >= 0 and found:
            near = _sentence_numbers(doc, [t.start for t in topics])
            allowed = {n + step for n in near for step in range(-window, window + 1)}
            numbers = _sentence_numbers(doc, [m.start for m in found])
            found = [m for m, n in zip(found, numbers, strict=True) if n in allowed]
        for marker in found[:max_hits]:
            yield Hit(marker.start, marker.end)

    return match


def build_disclosure(rule: Rule, resources: Resources) -> Matcher:
    """Offer the personal-title line for a post on the topic that does not say it yet."""
    topic = require_lists(rule, resources, "topic", required=True)
    disclosed = require_lists(rule, resources, "disclosed", required=True)
    requires = require_lists(rule, resources, "requires") if "requires" in rule.params else None
    line = param(rule, "line", str).strip()
    if not line:
        raise bad_rule(rule, "needs a non-empty 'params.line'")

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        if not doc.sentences or prose_matches(disclosed, doc):
            return
        if not prose_matches(topic, doc):
            return
        if requires is not None and not prose_matches(requires, doc):
            return
        last = doc.sentences[-1]
        sentence = doc.text[last.start : last.end]
        yield Hit(last.start, last.end, (f"{sentence}\n\n{line}",))

    return match


KINDS = {"terms_on_topic": build_terms_on_topic, "disclosure": build_disclosure}
