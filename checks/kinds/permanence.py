"""The ``one_reminder`` kind (guideline 7): at most one permanence reminder a post.

A reminder that "this stays findable" helps where the risk is real and is noise everywhere
else, so the rule lists topics (party, alcohol, holiday, swimwear, late night, anger, news
that is not public yet, an incident), each with term lists and/or token patterns and its own
message, and reports only the topic found first in the text. Topic fields::

    name           a short name (shown in errors)
    terms          term list name(s)                         } at least one of the two
    patterns       token patterns (see resources/rules/README.md) }
    message        Dutch message of this topic
    message_en     English message
    personal_only  true: only in a post that is not official (a holiday, a party)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from checks.context import CheckContext
from checks.kinds.base import bad_rule
from checks.kinds.lexical import require_named, term_hits
from checks.kinds.pattern_set import PatternSet
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

_TOPIC_KEYS = {"name", "terms", "patterns", "message", "message_en", "personal_only"}


@dataclass(frozen=True, slots=True)
class _Topic:
    name: str
    lists: tuple[str, ...]
    patterns: PatternSet | None
    message: str
    message_en: str
    personal_only: bool

    def first(self, doc: Document) -> tuple[int, int] | None:
        """The earliest occurrence of this topic (links, addresses and handles never hold
        one: the language layer finds no words there)."""
        spans = [(hit.start, hit.end) for hit in term_hits(doc, self.lists)]
        if self.patterns is not None:
            spans.extend((hit.start, hit.end) for hit in self.patterns.find(doc))
        return min(spans) if spans else None


def _strings(rule: Rule, topic: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = topic.get(key, ())
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise bad_rule(rule, f"topic '{topic.get('name')}': '{key}' must be a list of strings")
    return tuple(items)


def _topic(rule: Rule, raw: Any, resources: Resources) -> _Topic:
    if not isinstance(raw, dict):
        raise bad_rule(rule, "each entry of 'params.topics' must be a table")
    name = raw.get("name")
    unknown = set(raw) - _TOPIC_KEYS
    if not isinstance(name, str) or unknown:
        problem = f"unknown key '{sorted(unknown)[0]}'" if unknown else "needs a 'name'"
        raise bad_rule(rule, f"has a topic that {problem}")
    message, message_en = raw.get("message"), raw.get("message_en", "")
    if not isinstance(message, str) or not message.strip() or not isinstance(message_en, str):
        raise bad_rule(rule, f"topic '{name}' needs a Dutch 'message' and an English 'message_en'")
    lists = _strings(rule, raw, "terms")
    require_named(rule, resources, lists)
    patterns = None
    if _strings(rule, raw, "patterns"):
        patterns = PatternSet.read(rule, resources, {"patterns": raw["patterns"]})
    if not lists and patterns is None:
        raise bad_rule(rule, f"topic '{name}' needs 'terms' or 'patterns'")
    return _Topic(
        name=name,
        lists=lists,
        patterns=patterns,
        message=message,
        message_en=message_en,
        personal_only=bool(raw.get("personal_only", False)),
    )


def build_one_reminder(rule: Rule, resources: Resources) -> Matcher:
    """Report the first risky topic in the post, and only that one."""
    raw_topics = rule.params.get("topics")
    if not isinstance(raw_topics, list) or not raw_topics:
        raise bad_rule(rule, "needs a non-empty list 'params.topics'")
    topics = tuple(_topic(rule, raw, resources) for raw in raw_topics)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        allowed = [t for t in topics if not (t.personal_only and ctx.counts_as_official)]
        found = [(span, order, t) for order, t in enumerate(allowed) if (span := t.first(doc))]
        if not found:
            return
        (start, end), _, topic = min(found, key=lambda item: (item[0], item[1]))
        yield Hit(start, end, message=topic.message, message_en=topic.message_en or None)

    return match


KINDS = {"one_reminder": build_one_reminder}
