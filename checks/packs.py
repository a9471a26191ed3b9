"""Reading rule packs (TOML) from ``resources/rules`` into :class:`checks.rules.Rule` values.

Every mistake in a pack is a :class:`PackError` naming the file and the line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from checks.consent import ConsentBook, ConsentRecord
from checks.context import Capacity, CheckContext, ReplyTo, Role
from checks.finding import Category, Severity
from checks.fixes.spec import read_fix_examples, read_fix_spec
from checks.pack_error import PackError
from checks.rules import Conditions, Example, Rule

RULE_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
_TOML_POSITION_RE = re.compile(r"\(at line (\d+), column \d+\)")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file, turning every failure into a :class:`PackError`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PackError(path, line, "not valid UTF-8 text") from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION_RE.search(str(exc))
        problem = _TOML_POSITION_RE.sub("", str(exc)).strip()
        raise PackError(
            path, int(match.group(1)) if match else None, f"not valid TOML: {problem}"
        ) from exc


def line_of(text: str, needle: str, default: int | None = None) -> int | None:
    """The 1-based line on which ``needle`` first occurs in ``text``."""
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else default


def load_pack(path: Path) -> list[Rule]:
    """All rules of one pack file, validated."""
    data, text = read_toml(path)
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise PackError(path, line_of(text, "rule"), "'rule' must be an array of tables")
    unknown = set(data) - {"pack", "rule"}
    if unknown:
        key = sorted(unknown)[0]
        raise PackError(path, line_of(text, key), f"unknown top-level key '{key}'")
    return [_rule_from(raw, path, text, index) for index, raw in enumerate(raw_rules)]


def _rule_line(text: str, raw: Mapping[str, Any], index: int) -> int | None:
    rule_id = raw.get("id")
    if isinstance(rule_id, str):
        found = line_of(text, f'"{rule_id}"')
        if found:
            return found
    headers = [m.start() for m in re.finditer(r"^\s*\[\[rule\]\]", text, re.MULTILINE)]
    return text.count("\n", 0, headers[index]) + 1 if index < len(headers) else None


_RULE_KEYS = {
    "id",
    "category",
    "guideline",
    "severity",
    "kind",
    "message",
    "message_en",
    "params",
    "when",
    "examples",
    "enabled",
    "fix",
}


def _rule_from(raw: Any, path: Path, text: str, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise PackError(path, None, f"rule #{index + 1} is not a table")
    line = _rule_line(text, raw, index)

    def fail(problem: str) -> PackError:
        return PackError(path, line, problem)

    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise fail(f"unknown key '{sorted(unknown)[0]}' in rule")
    rule_id = _required_str(raw, "id", fail)
    if not RULE_ID_RE.match(rule_id):
        raise fail(f"rule id '{rule_id}' must be dotted lower-case, like 'tone.swearing'")
    guideline = raw.get("guideline")
    if guideline is not None and (type(guideline) is not int or not 1 <= guideline <= 10):
        raise fail(f"rule '{rule_id}': guideline must be a number from 1 to 10")
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise fail(f"rule '{rule_id}': 'params' must be a table")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail(f"rule '{rule_id}': 'enabled' must be true or false")
    examples = raw.get("examples", {})
    if not isinstance(examples, dict):
        raise fail(f"rule '{rule_id}': 'examples' must be a table with 'fire' and 'quiet'")
    return Rule(
        id=rule_id,
        category=_enum(Category, raw.get("category"), "category", fail),
        guideline=guideline,
        severity=_enum(Severity, raw.get("severity"), "severity", fail),
        kind=_required_str(raw, "kind", fail),
        message=_required_str(raw, "message", fail),
        message_en=str(raw.get("message_en", "")),
        params=params,
        when=_conditions(raw.get("when", {}), fail),
        fires_on=_examples(examples.get("fire", []), fail),
        quiet_on=_examples(examples.get("quiet", []), fail),
        enabled=enabled,
        origin=f"{path}:{line}" if line else str(path),
        fix=read_fix_spec(raw.get("fix"), fail),
        fixed_examples=read_fix_examples(examples.get("fix", []), fail),
    )


def _required_str(raw: Mapping[str, Any], key: str, fail: Any) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(f"missing or empty '{key}'")
    return value


def _enum(enum: Any, value: Any, key: str, fail: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(str(member) for member in enum)
        raise fail(f"'{key}' is '{value}', expected one of: {choices}") from None


def _str_set(raw: Mapping[str, Any], key: str, fail: Any) -> frozenset[str] | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"'when.{key}' must be a string or a list of strings")
    return frozenset(value)


def _conditions(raw: Any, fail: Any) -> Conditions:
    if not isinstance(raw, dict):
        raise fail("'when' must be a table")
    unknown = set(raw) - {"capacity", "role", "channels", "official", "reply_to"}
    if unknown:
        raise fail(f"unknown condition 'when.{sorted(unknown)[0]}'")
    capacities = _str_set(raw, "capacity", fail)
    roles = _str_set(raw, "role", fail)
    official = raw.get("official")
    if official is not None and not isinstance(official, bool):
        raise fail("'when.official' must be true or false")
    return Conditions(
        capacities=None
        if capacities is None
        else frozenset(_enum(Capacity, c, "when.capacity", fail) for c in capacities),
        roles=None
        if roles is None
        else frozenset(_enum(Role, r, "when.role", fail) for r in roles),
        channels=_str_set(raw, "channels", fail),
        official=official,
        reply_to=_reply_to_set(raw, fail),
    )


def _reply_to_set(raw: Mapping[str, Any], fail: Any) -> frozenset[ReplyTo | None] | None:
    """``when.reply_to``: parent, pupil, colleague, other, or "unknown" (not said)."""
    values = _str_set(raw, "reply_to", fail)
    if values is None:
        return None
    return frozenset(
        None if v == "unknown" else _enum(ReplyTo, v, "when.reply_to", fail) for v in values
    )


def _examples(raw: Any, fail: Any) -> tuple[Example, ...]:
    if not isinstance(raw, list):
        raise fail("examples must be a list")
    return tuple(_example(item, fail) for item in raw)


def _example(item: Any, fail: Any) -> Example:
    if isinstance(item, str):
        return Example(item)
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise fail("an example is a string or a table with 'text'")
    reply_to = item.get("reply_to")
    context = CheckContext(
        channel=str(item.get("channel", "x")),
        capacity=_enum(Capacity, item.get("capacity", "personal"), "capacity", fail),
        role=_enum(Role, item.get("role", "staff"), "role", fail),
        reply_to=None if reply_to is None else _enum(ReplyTo, reply_to, "reply_to", fail),
        media=_strings(item, "media", fail),
        pictured=_strings(item, "pictured", fail),
        consent=_example_consent(item.get("consent"), fail),
    )
    return Example(item["text"], context)


def _strings(item: Mapping[str, Any], key: str, fail: Any) -> tuple[str, ...]:
    value = item.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"an example's '{key}' must be a list of strings")
    return tuple(value)


def _example_consent(raw: Any, fail: Any) -> ConsentBook | None:
    """``consent = {"Sanne de Vries" = ["website"]}``: the uses each pupil consented to."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise fail("an example's 'consent' must be a table: pupil name = [uses]")
    records = []
    for name, uses in raw.items():
        words = name.split()
        if len(words) < 2 or not isinstance(uses, list):
            raise fail(f"example consent '{name}': a full name and a list of uses")
        agreed = tuple((use, True) for use in sorted(uses))
        records.append(ConsentRecord(words[0], words[-1], " ".join(words[1:-1]), uses=agreed))
    return ConsentBook(tuple(records), "example")


def load_packs(paths: Sequence[Path]) -> list[Rule]:
    """Rules of several packs; a duplicate id anywhere is an error."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        for rule in load_pack(path):
            if rule.id in seen:
                raise PackError(
                    path,
                    _line_from_origin(rule.origin),
                    f"rule id '{rule.id}' is already used at {seen[rule.id]}",
                )
            seen[rule.id] = rule.origin
            rules.append(rule)
    return rules


def _line_from_origin(origin: str) -> int | None:
    tail = origin.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None
