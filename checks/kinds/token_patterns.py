"""The ``token_patterns`` kind: rules written over Dutch words, not strings.

Patterns name words (matched in every form), term lists and named pieces, with bounded gaps
(syntax: :mod:`checks.language.token_pattern`, for ICT: ``resources/rules/README.md``).
A *clause* pattern lists elements that must all stand in one clause, in any order, so one
rule covers "ik sla je", "morgen sla ik je" and "dat ik je ga slaan".

Parameters: those of :mod:`checks.kinds.pattern_set` (patterns, clauses, guards), and
    quoted       inside quotation marks: "lower" (default: one step less severe), "skip"
                 or "keep"
    suggestions  replacements offered for every hit
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.pattern_set import PatternSet
from checks.kinds.terms import matched_case
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

QUOTED_MODES = ("lower", "skip", "keep")


def build_token_patterns(rule: Rule, resources: Resources) -> Matcher:
    """Flag every match of the rule's sequence and clause patterns its guards allow."""
    patterns = PatternSet.read(rule, resources)
    if patterns.empty:
        raise bad_rule(rule, "needs 'params.patterns' or 'params.clauses'")
    quoted = param(rule, "quoted", str, "lower")
    if quoted not in QUOTED_MODES:
        raise bad_rule(rule, f"'params.quoted' must be one of {', '.join(QUOTED_MODES)}")
    suggestions = str_list(rule, "suggestions", ())

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for found in patterns.find(doc):
            if found.quoted and quoted == "skip":
                continue
            shift = found.shift - (1 if found.quoted and quoted == "lower" else 0)
            fixes = suggestions or entry_fixes(doc, found.start, found.end)
            yield Hit(found.start, found.end, fixes, severity_shift=shift)

    return match


def entry_fixes(doc: Document, start: int, end: int) -> tuple[str, ...]:
    """The fixes of a term-list entry the match consists of ("wij als school => ik"),
    in the capitals of what was typed."""
    tokens, annotation = doc.tokens, doc.lexical
    first, _ = doc.token_range(start, end)
    for match in annotation.starting_at(first):
        if tokens[match.last].end == end:
            fixes = annotation.term(match).suggestions
            if fixes:
                original = doc.text[start:end]
                return tuple(matched_case(original, fix) for fix in fixes)
    return ()


KINDS = {"token_patterns": build_token_patterns}
