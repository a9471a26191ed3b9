"""A rule is a declaration: id, category, guideline, severity, message, kind, examples.

The logic lives in reusable kinds (``checks.kinds``); rules and their term lists are data in
``resources/`` that a school can adapt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from checks.context import Capacity, CheckContext, ReplyTo, Role
from checks.finding import Category, Severity
from checks.fixes.spec import DEFAULT_FIX, FixSpec
from checks.text import Document


@dataclass(frozen=True, slots=True)
class Conditions:
    """When a rule applies; ``None`` means "any"."""

    capacities: frozenset[Capacity] | None = None
    roles: frozenset[Role] | None = None
    channels: frozenset[str] | None = None
    official: bool | None = None
    reply_to: frozenset[ReplyTo | None] | None = None  # None inside: "the author did not say"

    def allow(self, ctx: CheckContext) -> bool:
        return (
            (self.capacities is None or ctx.capacity in self.capacities)
            and (self.roles is None or ctx.role in self.roles)
            and (self.channels is None or ctx.channel in self.channels)
            and (self.official is None or ctx.counts_as_official == self.official)
            and (self.reply_to is None or ctx.reply_to in self.reply_to)
        )


@dataclass(frozen=True, slots=True)
class Example:
    """A text a rule must fire on (or stay quiet on), in an optional context."""

    text: str
    context: CheckContext = field(default_factory=CheckContext)


@dataclass(frozen=True, slots=True)
class Rule:
    """One declared rule, as read from a rule pack."""

    id: str
    category: Category
    guideline: int | None
    severity: Severity
    kind: str
    message: str
    message_en: str
    params: Mapping[str, Any] = field(default_factory=dict)
    when: Conditions = field(default_factory=Conditions)
    fires_on: tuple[Example, ...] = ()
    quiet_on: tuple[Example, ...] = ()
    enabled: bool = True
    origin: str = ""
    fix: FixSpec = DEFAULT_FIX
    fixed_examples: tuple[tuple[str, str], ...] = ()  # text, and the text after the first fix

    def with_override(self, *, enabled: bool | None, severity: Severity | None) -> Rule:
        return replace(
            self,
            enabled=self.enabled if enabled is None else enabled,
            severity=self.severity if severity is None else severity,
        )


@dataclass(frozen=True, slots=True)
class Hit:
    """What a kind reports: a span, its fixes, and optionally a message of its own."""

    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    message: str | None = None
    message_en: str | None = None
    data: tuple[tuple[str, str], ...] = ()  # figures for the UI (readability scores, …)
    severity_shift: int = 0  # -1: less sure than the rule (a quoted threat); +1: surer


class Matcher(Protocol):
    """A compiled rule: a pure function from a document and its context to hits."""

    def __call__(self, doc: Document, ctx: CheckContext) -> Iterable[Hit]: ...
