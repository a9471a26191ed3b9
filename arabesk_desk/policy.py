"""The school policy: a TOML file ICT staff write once (school contacts, rules, roster).

Example (every section optional)::

    [school]
    name = "De Arabesk"
    email = "info@dearabesk.nl"
    phone = "020 123 45 67"
    address = "Schoolstraat 1, 1234 AB Amsterdam"
    website = "https://www.dearabesk.nl"

    [school.accounts]            # the names the school's posts go out under, per channel
    x = "@dearabesk"             # (official posts' preview shows them; else the school's name)
    mastodon = "@dearabesk@onderwijs.social"

    [rules."tone.laughter"]
    enabled = false              # switch a rule off
    [rules."tone.swearing"]
    severity = "error"           # or change how strongly it counts

    [terms]
    "tone/swearing" = ["kolere*"]   # lines in term-list format, added to that list

    [roster]
    file = "leerlingen.csv"      # relative to this file; a ParnasSys/Magister/Somtoday export

    [channels]
    x = 280                      # a number: the channel's length limit
    [channels.mastodon]          # or a table: its limit and the school's own share page
    limit = 1000                 # this school's Mastodon server allows 1000 characters
    share_url = "https://onderwijs.social/share?text={text}"   # opened when publishing

    [review]                     # reviewers' public keys and which posts need review:
                                 # see arabesk_desk/review/review_policy.py

    [measures]                   # digital rules and measures (guidelines 9 and 10):
                                 # see arabesk_desk/measures.py and resources/measures.toml
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from arabesk_desk.measures import Measures, default_measures, merged_table, parse_measures
from arabesk_desk.policy_reading import read_policy_toml
from arabesk_desk.review.review_policy import ReviewPolicy, parse_review_section
from checks import EngineSettings, PackError, Severity
from checks.packs import line_of
from checks.resources import packaged_resources_dir
from checks.roster import RosterEntry
from checks.settings import RuleOverride

KNOWN_SECTIONS = frozenset({"school", "rules", "terms", "roster", "channels", "review", "measures"})
SCHOOL_KEYS = frozenset(
    {"name", "email", "phone", "address", "website", "other_contacts", "accounts"}
)
ROSTER_KEYS = frozenset({"file"})
# A channel's table: its length limit and the school's share page there. ``account`` is still
# read (the machine-wide policy of issue 12 named accounts there) but [school.accounts] is the
# documented place.
CHANNEL_KEYS = frozenset({"limit", "share_url", "account"})
DEFAULT_SCHOOL_NAME = "De Arabesk"
MAX_TERM_CHARS = 200  # a term is a word or a phrase; a 40,000-character one slows every check
MAX_TERMS_PER_LIST = 5000


class PolicyError(PackError):
    """A policy file that cannot be used; names the file and, where known, the line."""


@dataclass(frozen=True)
class SchoolPolicy:
    """The parsed policy; ``raw`` keeps every section for the parts that read their own."""

    path: Path | None = None
    school_name: str = DEFAULT_SCHOOL_NAME
    accounts: dict[str, str] = field(default_factory=dict)  # channel -> the school's account
    public_contacts: tuple[str, ...] = ()
    rule_overrides: dict[str, RuleOverride] = field(default_factory=dict)
    extra_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roster: tuple[RosterEntry, ...] = ()
    channel_limits: dict[str, int] = field(default_factory=dict)
    share_urls: dict[str, str] = field(default_factory=dict)  # channel -> share page, {text}
    review: ReviewPolicy = field(default_factory=ReviewPolicy)
    measures: Measures = field(default_factory=default_measures)
    raw: dict[str, Any] = field(default_factory=dict)
    terms_origin: str = ""  # the file(s) the extra terms came from, for error messages

    def engine_settings(self, resources_dir: Path | None = None) -> EngineSettings:
        return EngineSettings(
            resources_dir=resources_dir,
            rule_overrides=self.rule_overrides,
            extra_terms=self.extra_terms,
            extra_terms_origin=self.terms_origin or (str(self.path) if self.path else "policy"),
            roster=self.roster,
            public_contacts=self.public_contacts,
            channel_limits=self.channel_limits,
        )

    def section(self, name: str) -> dict[str, Any]:
        value = self.raw.get(name, {})
        return value if isinstance(value, dict) else {}


def load_policy(path: Path) -> SchoolPolicy:
    """Read and validate a policy file; raises :class:`PolicyError` naming file and line."""
    try:
        data, text = read_policy_toml(path)
    except PackError as exc:
        raise PolicyError(exc.path, exc.line, exc.problem) from None
    parser = _PolicyParser(path, text)
    unknown = sorted(set(data) - KNOWN_SECTIONS)
    if unknown:
        raise parser.error(
            unknown[0],
            f"unknown section [{unknown[0]}] (known: {', '.join(sorted(KNOWN_SECTIONS))})",
        )
    school = parser.known_keys(parser.table(data, "school"), "school", SCHOOL_KEYS)
    channels = parser.channels(parser.table(data, "channels"))
    return SchoolPolicy(
        path=path,
        school_name=str(school.get("name", DEFAULT_SCHOOL_NAME)),
        accounts=parser.accounts(school, channels),
        public_contacts=tuple(
            str(school[key]) for key in ("email", "phone", "address", "website") if key in school
        )
        + parser.strings(school, "other_contacts"),
        rule_overrides=parser.rule_overrides(parser.table(data, "rules")),
        extra_terms=parser.terms(parser.table(data, "terms")),
        roster=parser.roster(
            parser.known_keys(parser.table(data, "roster"), "roster", ROSTER_KEYS)
        ),
        channel_limits=channels.limits,
        share_urls=channels.share_urls,
        review=parse_review_section(parser.table(data, "review"), parser.error),
        measures=parse_measures(merged_table(parser.table(data, "measures")), parser.error),
        raw=data,
    )


def checked_terms(path: Path, text: str, terms: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """``[terms]`` of a policy file, checked as :func:`load_policy` checks them: term lists
    that exist, lines of a sensible length."""
    return _PolicyParser(path, text).terms(terms)


class _PolicyParser:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.text = path, text

    def error(self, needle: str, problem: str) -> PolicyError:
        return PolicyError(self.path, line_of(self.text, needle), problem)

    def known_keys(
        self, table: dict[str, Any], section: str, known: frozenset[str]
    ) -> dict[str, Any]:
        unknown = sorted(set(table) - known)
        if unknown:
            raise self.error(
                unknown[0],
                f"[{section}] does not know '{unknown[0]}'{_did_you_mean(unknown[0], known)} "
                f"(known: {', '.join(sorted(known))})",
            )
        return table

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise self.error(key, f"[{key}] must be a table")
        return value

    def strings(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, f"'{key}' must be a list of strings")
        return tuple(value)

    def rule_overrides(self, rules: dict[str, Any]) -> dict[str, RuleOverride]:
        overrides = {}
        for rule_id, entry in rules.items():
            if not isinstance(entry, dict) or set(entry) - {"enabled", "severity"}:
                raise self.error(
                    rule_id, f"[rules.\"{rule_id}\"] takes only 'enabled' and 'severity'"
                )
            enabled = entry.get("enabled")
            if enabled is not None and not isinstance(enabled, bool):
                raise self.error(rule_id, f"rule '{rule_id}': 'enabled' must be true or false")
            severity = entry.get("severity")
            if severity is not None and severity not in {str(s) for s in Severity}:
                raise self.error(
                    rule_id, f"rule '{rule_id}': severity must be info, warning or error"
                )
            overrides[rule_id] = RuleOverride(enabled, Severity(severity) if severity else None)
        return overrides

    def terms(self, terms: dict[str, Any]) -> dict[str, tuple[str, ...]]:
        """Added term lines, for term lists that exist, each line of a sensible length."""
        known = term_list_names()
        added = {}
        for name in terms:
            if name not in known:
                raise self.error(
                    name,
                    f"[terms] there is no term list '{name}'{_did_you_mean(name, known)}",
                )
            lines = self.strings(terms, name)
            if len(lines) > MAX_TERMS_PER_LIST:
                raise self.error(name, f"[terms] '{name}': more than {MAX_TERMS_PER_LIST} lines")
            for line in lines:
                if len(line) > MAX_TERM_CHARS:
                    raise self.error(
                        line[:40],
                        f"[terms] '{name}': a line of {len(line):,} characters (at most "
                        f"{MAX_TERM_CHARS})",
                    )
            added[name] = lines
        return added

    def roster(self, roster: dict[str, Any]) -> tuple[RosterEntry, ...]:
        file = roster.get("file")
        if file is None:
            return ()
        if not isinstance(file, str):
            raise self.error("file", "[roster] 'file' must be a path")
        from arabesk_desk.roster_import import import_roster

        csv_path = (self.path.parent / file).expanduser()
        try:
            return import_roster(csv_path)
        except PackError as exc:
            raise PolicyError(exc.path, exc.line, exc.problem) from None

    def accounts(self, school: dict[str, Any], channels: ChannelSettings) -> dict[str, str]:
        """``[school.accounts]``: channel name -> the account the school posts from.

        An ``account`` in a ``[channels.<name>]`` table (the older way) counts the same; one
        channel with two different accounts is refused.
        """
        accounts = self.table(school, "accounts")
        named: dict[str, str] = {}
        for channel, name in accounts.items():
            self.known_channel(channel, "[school.accounts]")
            if not isinstance(name, str) or not name.strip():
                raise self.error(channel, f"[school.accounts] '{channel}' must be a name (text)")
            named[channel] = name.strip()
        for channel, name in channels.accounts.items():
            if named.get(channel, name) != name:
                raise self.error(
                    f"[channels.{channel}]",
                    f"[channels.{channel}] 'account' is '{name}' but [school.accounts] names "
                    f"'{named[channel]}' for {channel}: keep one (in [school.accounts])",
                )
            named[channel] = name
        return named

    def channels(self, channels: dict[str, Any]) -> ChannelSettings:
        """``[channels]``: per channel a number (its length limit) or a table."""
        settings = ChannelSettings()
        for name, entry in channels.items():
            self.known_channel(name, "[channels]")
            table = entry if isinstance(entry, dict) else {"limit": entry}
            unknown = sorted(set(table) - CHANNEL_KEYS)
            if unknown:
                raise self.error(
                    unknown[0],
                    f"[channels.{name}] does not know '{unknown[0]}'"
                    f"{_did_you_mean(unknown[0], CHANNEL_KEYS)} "
                    f"(known: {', '.join(sorted(CHANNEL_KEYS))})",
                )
            if "limit" in table:
                settings.limits[name] = self.channel_limit(name, table["limit"])
            if "account" in table:
                settings.accounts[name] = self.words(name, "account", table["account"])
            if "share_url" in table:
                settings.share_urls[name] = self.web_address(name, table["share_url"])
        return settings

    def known_channel(self, name: str, section: str) -> None:
        known = channel_names()
        if known and name not in known:
            raise self.error(
                name,
                f"{section} unknown channel '{name}'{_did_you_mean(name, known)} "
                f"(valid channels: {', '.join(sorted(known))})",
            )

    def channel_limit(self, channel: str, value: Any) -> int:
        if type(value) is not int or not 0 < value <= 1_000_000:
            raise self.error(
                channel, f"[channels] '{channel}' must be a positive number, at most 1000000"
            )
        return value

    def words(self, channel: str, key: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"[channels.{channel}] '{key}' must be text")
        return value.strip()

    def web_address(self, channel: str, value: Any) -> str:
        address = self.words(channel, "share_url", value)
        if urlsplit(address).scheme not in {"http", "https"} or not urlsplit(address).netloc:
            raise self.error(
                "share_url",
                f"[channels.{channel}] 'share_url' must be a web address (https://…); "
                "{text} in it is replaced by the post",
            )
        return address


@dataclass
class ChannelSettings:
    """What ``[channels]`` sets per channel: its limit, its share page (and an account)."""

    limits: dict[str, int] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)
    share_urls: dict[str, str] = field(default_factory=dict)


@cache
def term_list_names() -> frozenset[str]:
    """Every term list shipped with the app, by the name a policy uses (``tone/swearing``)."""
    folder = packaged_resources_dir() / "terms"
    return frozenset(
        p.relative_to(folder).with_suffix("").as_posix() for p in folder.rglob("*.txt")
    )


@cache
def channel_names() -> frozenset[str]:
    """The channels in the shipped channel table (empty if it cannot be read here)."""
    try:
        raw = tomllib.loads((packaged_resources_dir() / "channels.toml").read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset()
    return frozenset(raw)


def _did_you_mean(name: str, known: frozenset[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
