"""What a school's policy tells the engine: rule switches, extra terms, roster, contacts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from checks.finding import Severity
from checks.roster import RosterEntry


@dataclass(frozen=True, slots=True)
class RuleOverride:
    """A school's change to one rule: switch it off, or give it another severity."""

    enabled: bool | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """Everything configurable about the engine, as plain data.

    ``resources_dir`` is the folder with ``rules/`` and ``terms/``; ``None`` means the
    packaged one. ``extra_terms`` maps a term-list name (``"tone/swearing"``) to lines in
    term-list format. ``public_contacts`` are the school's own published e-mail addresses,
    phone numbers and addresses, which are never confidential. ``channel_limits`` overrides
    a channel's character limit (a Mastodon server with another limit, say).
    """

    resources_dir: Path | None = None
    rule_overrides: Mapping[str, RuleOverride] = field(default_factory=dict)
    extra_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    extra_terms_origin: str = "policy"
    roster: tuple[RosterEntry, ...] = ()
    public_contacts: tuple[str, ...] = ()
    channel_limits: Mapping[str, int] = field(default_factory=dict)
