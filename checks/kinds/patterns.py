"""The ``patterns`` kind: regular expressions, with guards that keep them quiet in context.

Parameters:
    patterns      regexes (Python syntax, case-insensitive unless ``case_sensitive``); a
                  named group ``hit`` narrows the reported span to that group
    unless        regexes that, found in the same sentence, silence the rule (negation,
                  a quoted opinion, a history lesson, …)
    requires      regexes of which one must be found in the same sentence
    suggestions   replacements offered for every hit
    whole_text    match across sentence ends (default false: one sentence at a time)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document, Span


def compile_patterns(rule: Rule, name: str, flags: int) -> tuple[re.Pattern[str], ...]:
    """Compile ``params.<name>``; a broken regex is a PackError naming the rule."""
    compiled = []
    for source in str_list(rule, name, ()):
        try:
            compiled.append(re.compile(source, flags))
        except re.error as exc:
            raise bad_rule(rule, f"has a broken regex in '{name}': {exc} in {source!r}") from None
    return tuple(compiled)


def build_patterns(rule: Rule, resources: Resources) -> Matcher:
    """Flag every match of the rule's patterns that its guards do not silence."""
    flags = re.UNICODE | (0 if param(rule, "case_sensitive", bool, False) else re.IGNORECASE)
    patterns = compile_patterns(rule, "patterns", flags)
    if not patterns:
        raise bad_rule(rule, "needs at least one regex in 'params.patterns'")
    guards = compile_patterns(rule, "unless", flags)
    requires = compile_patterns(rule, "requires", flags)
    suggestions = str_list(rule, "suggestions", ())
    whole_text = param(rule, "whole_text", bool, False)

    def in_context(doc: Document, span: Span) -> bool:
        sentence = doc.text[span.start : span.end]
        if any(guard.search(sentence) for guard in guards):
            return False
        return not requires or any(need.search(sentence) for need in requires)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        spans = (Span(0, len(doc.text)),) if whole_text else doc.sentences
        for span in spans:
            if not in_context(doc, span):
                continue
            for pattern in patterns:
                for found in pattern.finditer(doc.text, span.start, span.end):
                    start, end = _reported_span(found)
                    if end > start and not doc.in_not_prose(start, end):
                        yield Hit(start, end, suggestions)

    return match


def _reported_span(found: re.Match[str]) -> tuple[int, int]:
    if "hit" in found.re.groupindex and found.group("hit") is not None:
        return found.start("hit"), found.end("hit")
    return found.start(), found.end()


KINDS = {"patterns": build_patterns}
