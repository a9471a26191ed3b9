"""The ``mention_audience`` kind (guideline 4): an @mention of someone addressed as parent or pupil.

A post that mentions an @handle and speaks to a parent or pupil ("uw kind", "je huiswerk",
"beste ouder") is a public conversation with that parent or pupil. Each mention is flagged,
at most ``max_hits`` a post; ``audience`` names the term lists of addressing words.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param
from checks.kinds.capacity import prose_matches
from checks.kinds.lexical import require_lists
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document


def build_mention_audience(rule: Rule, resources: Resources) -> Matcher:
    """Flag @mentions in a post that addresses a parent or a pupil."""
    audience = require_lists(rule, resources, "audience", required=True)
    max_hits = param(rule, "max_hits", int, 3)
    if max_hits < 1:
        raise bad_rule(rule, "needs 'params.max_hits' of at least 1")

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        handles = doc.handles
        if not handles or not prose_matches(audience, doc):
            return
        for handle in handles[:max_hits]:
            yield Hit(handle.start, handle.end)

    return match


KINDS = {"mention_audience": build_mention_audience}
