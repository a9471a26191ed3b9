"""Whose number it is: an organisation's (no finding), or a person's (surer than the rule).

A bank account "t.n.v. Stichting Ouderraad" for the ouderbijdrage, or "ons algemene nummer"
for sick reports, is the school's own and public; "het 06-nummer van de moeder van Sem" ties
a number to a person. Both are token patterns (:mod:`checks.kinds.pattern_set`) in a table
of the rule's parameters:

    [rule.params.organisation]      found in the number's paragraph: no finding
    patterns = ["t.n.v. (stichting | ouderraad | school)", ...]
    [rule.params.personal]          found in the number's sentence: one step more severe
    patterns = ["(moeder | vader) van", ...]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from checks.kinds.base import bad_rule
from checks.kinds.pattern_set import PatternSet
from checks.resources import Resources
from checks.rules import Rule
from checks.text import Document, Span


class NumberContext:
    """The organisation and person cues of one rule."""

    def __init__(self, organisation: PatternSet | None, personal: PatternSet | None) -> None:
        self.organisation = organisation
        self.personal = personal

    @classmethod
    def read(cls, rule: Rule, resources: Resources) -> NumberContext:
        return cls(_table(rule, resources, "organisation"), _table(rule, resources, "personal"))

    def judge(self, doc: Document, start: int) -> int | None:
        """``None``: an organisation's number, no finding; otherwise the severity shift."""
        if self.organisation is not None and _paragraph(doc, start) in _places(
            doc, self.organisation, _paragraph
        ):
            return None
        if self.personal is not None and doc.sentence_at(start) in _places(
            doc, self.personal, Document.sentence_at
        ):
            return 1
        return 0


def _table(rule: Rule, resources: Resources, name: str) -> PatternSet | None:
    table = rule.params.get(name)
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise bad_rule(rule, f"'params.{name}' must be a table with 'patterns'")
    patterns = PatternSet.read(rule, resources, table)
    return None if patterns.empty else patterns


def _places(doc: Document, patterns: PatternSet, place: Any) -> set[Span]:
    key = f"_number_context_{id(patterns)}"
    cached: set[Span] | None = doc.__dict__.get(key)
    if cached is None:
        cached = doc.__dict__[key] = {place(doc, hit.start) for hit in patterns.find(doc)}
    return cached


def _paragraph(doc: Document, offset: int) -> Span:
    for paragraph in doc.paragraphs:
        if paragraph.start <= offset < paragraph.end:
            return paragraph
    return Span(0, len(doc.text))
