"""The engine: rule packs compiled once, then ``check(text, context)`` on every pause in typing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from checks.channels import Channel, load_channels
from checks.context import CheckContext
from checks.finding import Finding, Severity, sort_key
from checks.fixes.build import build_fixes
from checks.kinds.base import bad_rule
from checks.kinds.persons import person_cues
from checks.kinds.registry import all_kinds
from checks.packs import PackError, load_packs
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.settings import EngineSettings
from checks.text import Document


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    matcher: Matcher


class Engine:
    """Compiled rules; immutable after loading, so worker threads may share one engine."""

    def __init__(
        self, rules: Sequence[CompiledRule], resources: Resources, channels: dict[str, Channel]
    ) -> None:
        self._compiled = tuple(rules)
        self.resources = resources
        self.channels = channels

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every loaded rule, switched-off ones included."""
        return tuple(c.rule for c in self._compiled)

    def rule(self, rule_id: str) -> Rule | None:
        return next((c.rule for c in self._compiled if c.rule.id == rule_id), None)

    def check(
        self, text: str, context: CheckContext | None = None, *, only: Iterable[str] | None = None
    ) -> list[Finding]:
        """All findings on ``text``, in reading order. A pure function of its inputs.

        ``only`` limits the run to the named rules or families (``"tone"``, ``"tone.swearing"``).
        """
        ctx = context or CheckContext()
        doc = Document(text, self.resources.language)
        prefixes = tuple(only) if only is not None else None
        findings: dict[tuple[str, int, int], Finding] = {}
        for compiled in self._compiled:
            rule = compiled.rule
            if not rule.enabled or not rule.when.allow(ctx):
                continue
            if prefixes is not None and not _selected(rule.id, prefixes):
                continue
            for hit in compiled.matcher(doc, ctx):
                key = (rule.id, hit.start, hit.end)
                if key not in findings:
                    findings[key] = self._with_fixes(doc, rule, hit, _finding(rule, hit))
        return sorted(findings.values(), key=sort_key)

    def _with_fixes(self, doc: Document, rule: Rule, hit: Hit, finding: Finding) -> Finding:
        """The finding with its fixes built in its sentence, and its message naming the
        words they write ("een leerling uit groep 3")."""
        built = build_fixes(
            doc,
            rule.fix,
            hit.start,
            hit.end,
            hit.suggestions,
            lambda: person_cues(self.resources),
        )
        if not built.fixes and not built.words:
            return finding
        message, message_en = finding.message, finding.message_en
        for key, value in built.words.items():
            message = message.replace("{" + key + "}", value)
            message_en = message_en.replace("{" + key + "}", value)
        return replace(
            finding,
            message=message,
            message_en=message_en,
            fixes=built.fixes,
            suggestions=tuple(fix.replacement for fix in built.fixes),
        )


def _selected(rule_id: str, names: tuple[str, ...]) -> bool:
    return any(rule_id == name or rule_id.startswith(name + ".") for name in names)


def _finding(rule: Rule, hit: Hit) -> Finding:
    return Finding(
        rule=rule.id,
        category=rule.category,
        guideline=rule.guideline,
        severity=_shifted(rule.severity, hit.severity_shift),
        start=hit.start,
        end=hit.end,
        message=hit.message or rule.message,
        message_en=hit.message_en or rule.message_en,
        suggestions=hit.suggestions,
        data=hit.data,
    )


_BY_RANK = sorted(Severity, key=lambda s: s.rank)


def _shifted(severity: Severity, shift: int) -> Severity:
    """The rule's severity moved by a hit's certainty, within info..error."""
    if not shift:
        return severity
    return _BY_RANK[max(0, min(len(_BY_RANK) - 1, severity.rank + shift))]


def load_engine(settings: EngineSettings | None = None) -> Engine:
    """Read and compile every rule pack; raises :class:`checks.packs.PackError` on bad data."""
    settings = settings or EngineSettings()
    resources = Resources(settings)
    channels = load_channels(resources)
    rules = load_packs(resources.rule_pack_paths())
    _check_overrides(rules, settings)
    compiled = []
    for rule in rules:
        override = settings.rule_overrides.get(rule.id)
        if override is not None:
            rule = rule.with_override(enabled=override.enabled, severity=override.severity)
        factory = all_kinds().get(rule.kind)
        if factory is None:
            raise bad_rule(
                rule,
                f"names the unknown kind '{rule.kind}' (known: {', '.join(sorted(all_kinds()))})",
            )
        compiled.append(CompiledRule(rule, factory(rule, resources)))
    return Engine(compiled, resources, channels)


def _check_overrides(rules: Sequence[Rule], settings: EngineSettings) -> None:
    known = {rule.id for rule in rules}
    unknown = sorted(set(settings.rule_overrides) - known)
    if unknown:
        raise PackError(
            settings.extra_terms_origin, None, f"the policy names an unknown rule '{unknown[0]}'"
        )
