"""The school's digital rules and measures (guidelines 9 and 10), as policy data.

The app ships them in ``resources/measures.toml``; a policy's ``[measures]`` section replaces
any top-level key of it (``violations``, ``actions``, ``devices``, ``retention_years``, …).
Every problem is a :class:`arabesk_desk.policy.PolicyError`-style error naming the file and
line, raised through the ``error`` callback the policy parser hands in.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from checks import PackError
from checks.packs import line_of, read_toml
from checks.resources import packaged_resources_dir

AUDIENCES = ("staff", "pupils", "parents")
# An incident's group (CLI --group) and the audience whose measures apply to it.
GROUPS = {"staff": "staff", "pupil": "pupils", "parent": "parents"}
POLICE_CHOICES = ("always", "serious", "never")
TOP_KEYS = frozenset(
    {
        "retention_years",
        "register_keepers",
        "report_to",
        "victims",
        "press",
        "devices",
        "actions",
        "violations",
    }
)
VIOLATION_KEYS = frozenset({"name", "explain", "inform_parents", "inform_police", *AUDIENCES})
TEXT_KEYS = ("register_keepers", "report_to", "victims", "press")
ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_TEXT = 1000  # a measure or an explanation is a phrase or a few sentences
MAX_ENTRIES = 100
MAX_RETENTION_YEARS = 50

ErrorFactory = Callable[[str, str], Exception]


@dataclass(frozen=True)
class Violation:
    """One kind of digital violation and what the school does about it, per audience."""

    id: str
    name: str
    explain: str
    inform_parents: bool
    inform_police: str  # "always", "serious" or "never"
    measures: Mapping[str, tuple[str, ...]]  # audience -> action ids, mildest first


@dataclass(frozen=True)
class Measures:
    """The whole ``[measures]`` data, validated; plain values, safe to share."""

    retention_years: int = 2
    register_keepers: str = ""
    report_to: str = ""
    victims: str = ""
    press: str = ""
    devices: Mapping[str, str] = field(default_factory=dict)
    actions: Mapping[str, str] = field(default_factory=dict)
    violations: Mapping[str, Violation] = field(default_factory=dict)

    def violation(self, violation_id: str) -> Violation | None:
        return self.violations.get(violation_id)

    def to_table(self) -> dict[str, Any]:
        """The TOML table this was read from (for the policy window to save)."""
        return {
            "retention_years": self.retention_years,
            **{key: getattr(self, key) for key in TEXT_KEYS},
            "devices": dict(self.devices),
            "actions": dict(self.actions),
            "violations": {
                v.id: {
                    "name": v.name,
                    "explain": v.explain,
                    "inform_parents": v.inform_parents,
                    "inform_police": v.inform_police,
                    **{audience: list(v.measures.get(audience, ())) for audience in AUDIENCES},
                }
                for v in self.violations.values()
            },
        }


MEASURES_FILE = "measures.toml"


@cache
def default_table() -> Mapping[str, Any]:
    """The shipped ``resources/measures.toml`` as read (a read-only view)."""
    data, _text = read_toml(packaged_resources_dir() / MEASURES_FILE)
    return MappingProxyType(data)


@cache
def default_measures() -> Measures:
    """The shipped measures, validated; a broken file is a :class:`PackError`."""
    path = packaged_resources_dir() / MEASURES_FILE
    _data, text = read_toml(path)

    def error(needle: str, problem: str) -> Exception:
        return PackError(path, line_of(text, needle), problem)

    return parse_measures(dict(default_table()), error)


def merged_table(policy_table: Mapping[str, Any]) -> dict[str, Any]:
    """The shipped table with every top-level key the policy gives replaced by the policy's."""
    return {**default_table(), **policy_table}


def parse_measures(table: Mapping[str, Any], error: ErrorFactory) -> Measures:
    """Validate a whole (merged) ``[measures]`` table; ``error(needle, problem)`` makes the
    exception, ``needle`` being text to find the line by."""
    return _Reader(error).measures(table)


class _Reader:
    def __init__(self, error: ErrorFactory) -> None:
        self.error = error

    def measures(self, table: Mapping[str, Any]) -> Measures:
        self.known(table, TOP_KEYS, "[measures]")
        actions = self.actions(self.table(table, "actions"))
        return Measures(
            retention_years=self.retention(table.get("retention_years", 2)),
            **{key: self.text(table, key, f"[measures] '{key}'") for key in TEXT_KEYS},
            devices=self.devices(self.table(table, "devices")),
            actions=actions,
            violations=self.violations(self.table(table, "violations"), actions),
        )

    def known(self, table: Mapping[str, Any], known: frozenset[str], where: str) -> None:
        unknown = sorted(set(table) - known)
        if unknown:
            raise self.error(
                unknown[0],
                f"{where} does not know '{unknown[0]}'{did_you_mean(unknown[0], known)} "
                f"(known: {', '.join(sorted(known))})",
            )

    def table(self, table: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = table.get(key, {})
        if not isinstance(value, dict):
            raise self.error(key, f"[measures.{key}] must be a table")
        if len(value) > MAX_ENTRIES:
            raise self.error(key, f"[measures.{key}] has more than {MAX_ENTRIES} entries")
        return value

    def text(self, table: Mapping[str, Any], key: str, where: str) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            raise self.error(key, f"{where} must be text")
        value = " ".join(value.split())
        if len(value) > MAX_TEXT:
            raise self.error(key, f"{where} is {len(value):,} characters (at most {MAX_TEXT})")
        return value

    def retention(self, value: Any) -> int:
        if type(value) is not int or not 1 <= value <= MAX_RETENTION_YEARS:
            raise self.error(
                "retention_years",
                f"[measures] 'retention_years' must be a whole number of years, 1 to "
                f"{MAX_RETENTION_YEARS}",
            )
        return value

    def devices(self, devices: Mapping[str, Any]) -> dict[str, str]:
        self.known(devices, frozenset(AUDIENCES), "[measures.devices]")
        return {
            audience: self.text(devices, audience, f"[measures.devices] '{audience}'")
            for audience in AUDIENCES
            if audience in devices
        }

    def actions(self, actions: Mapping[str, Any]) -> dict[str, str]:
        if not actions:
            raise self.error("actions", "[measures.actions] must name at least one measure")
        checked = {}
        for action_id in actions:
            self.identifier(action_id, "[measures.actions]")
            text = self.text(actions, action_id, f"[measures.actions] '{action_id}'")
            if not text:
                raise self.error(action_id, f"[measures.actions] '{action_id}' needs a text")
            checked[action_id] = text
        return checked

    def identifier(self, name: str, where: str) -> None:
        if not ID_RE.match(name):
            raise self.error(
                name,
                f"{where} '{name}': an id is lower-case letters, digits and _, starting with a "
                "letter (like 'schuttingtaal')",
            )

    def violations(
        self, violations: Mapping[str, Any], actions: Mapping[str, str]
    ) -> dict[str, Violation]:
        if not violations:
            raise self.error("violations", "[measures.violations] must name at least one type")
        return {
            violation_id: self.violation(violation_id, entry, actions)
            for violation_id, entry in violations.items()
        }

    def violation(self, violation_id: str, entry: Any, actions: Mapping[str, str]) -> Violation:
        where = f"[measures.violations.{violation_id}]"
        self.identifier(violation_id, "[measures.violations]")
        if not isinstance(entry, dict):
            raise self.error(violation_id, f"{where} must be a table")
        self.known(entry, VIOLATION_KEYS, where)
        name = self.text(entry, "name", f"{where} 'name'") or violation_id.replace("_", " ")
        police = entry.get("inform_police", "serious")
        if police not in POLICE_CHOICES:
            raise self.error(
                violation_id,
                f"{where} 'inform_police' must be one of {', '.join(POLICE_CHOICES)}",
            )
        parents = entry.get("inform_parents", True)
        if not isinstance(parents, bool):
            raise self.error(violation_id, f"{where} 'inform_parents' must be true or false")
        return Violation(
            id=violation_id,
            name=name,
            explain=self.text(entry, "explain", f"{where} 'explain'"),
            inform_parents=parents,
            inform_police=police,
            measures={
                audience: self.measure_list(entry, audience, where, actions)
                for audience in AUDIENCES
            },
        )

    def measure_list(
        self, entry: Mapping[str, Any], audience: str, where: str, actions: Mapping[str, str]
    ) -> tuple[str, ...]:
        value = entry.get(audience, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(audience, f"{where} '{audience}' must be a list of measure ids")
        for action_id in value:
            if action_id not in actions:
                raise self.error(
                    action_id,
                    f"{where} '{audience}' names the unknown measure '{action_id}'"
                    f"{did_you_mean(action_id, frozenset(actions))} (measures are listed in "
                    "[measures.actions])",
                )
        return tuple(dict.fromkeys(value))


def did_you_mean(name: str, known: frozenset[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
