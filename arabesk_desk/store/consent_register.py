"""The photo-consent register in the store: the last import, replaced whole on each import.

Every import is an event on the registers' chain with the snapshot's hash (so an edit of the
table outside the app is caught by ``log verify``) and the counts of what changed; the names
of pupils whose consent changed are details of that event, erasable like incident details.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from arabesk_desk.posts import new_id
from arabesk_desk.store.migrations import CONSENT_TABLE
from arabesk_desk.store.published_log import LogSigner, canonical_json
from arabesk_desk.store.registers import RegisterEvent, append_event, events
from checks.consent import ConsentRecord, name_key

REGISTER = "consent"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What one import changed: counts for the chain, names for the details."""

    pupils: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]  # "Sanne de Vries: social_media ja → nee"
    event: RegisterEvent | None = None


def record_key(record: ConsentRecord) -> str:
    """The pupil's number when the export has one, else the full name and group."""
    if record.number:
        return f"#{record.number.strip()}"
    return f"{name_key(record.full_name)}|{name_key(record.group)}"


def snapshot_hash(records: Iterable[ConsentRecord]) -> str:
    rows = sorted(canonical_json(_row(record)) for record in records)
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def _row(record: ConsentRecord) -> dict[str, str]:
    return {
        "key": record_key(record),
        "number": record.number,
        "first_name": record.first_name,
        "infix": record.infix,
        "last_name": record.last_name,
        "group_name": record.group,
        "uses": canonical_json(dict(record.uses)),
    }


def stored_records(db: sqlite_utils.Database) -> tuple[ConsentRecord, ...]:
    rows = db.execute(
        f"SELECT number, first_name, infix, last_name, group_name, uses FROM [{CONSENT_TABLE}] "
        "ORDER BY group_name, last_name, first_name"
    )
    return tuple(
        ConsentRecord(
            first_name=str(first),
            last_name=str(last),
            infix=str(infix or ""),
            group=str(group or ""),
            number=str(number or ""),
            uses=tuple(sorted((str(k), bool(v)) for k, v in json.loads(uses).items())),
        )
        for number, first, infix, last, group, uses in rows
    )


def replace_all(
    db: sqlite_utils.Database,
    records: Sequence[ConsentRecord],
    source: str,
    signer: LogSigner | None = None,
) -> ImportSummary:
    """Make ``records`` the register (inside the caller's write transaction)."""
    before = {record_key(r): r for r in stored_records(db)}
    after = {record_key(r): r for r in records}
    summary = ImportSummary(
        pupils=len(after),
        added=tuple(after[k].full_name for k in after.keys() - before.keys()),
        removed=tuple(before[k].full_name for k in before.keys() - after.keys()),
        changed=tuple(
            _change(before[k], after[k])
            for k in after.keys() & before.keys()
            if before[k] != after[k]
        ),
    )
    db.execute(f"DELETE FROM [{CONSENT_TABLE}]")
    db[CONSENT_TABLE].insert_all(_row(r) for r in after.values())  # type: ignore[union-attr]
    content = {
        "register": REGISTER,
        "kind": "imported",
        "subject": new_id(),
        "source": source,
        "pupils": summary.pupils,
        "added": len(summary.added),
        "removed": len(summary.removed),
        "changed": len(summary.changed),
        "snapshot": snapshot_hash(after.values()),
    }
    details = {"added": sorted(summary.added), "removed": sorted(summary.removed)}
    details["changed"] = sorted(summary.changed)
    has_names = any(details.values())
    event = append_event(db, content, details if has_names else None, signer)
    return ImportSummary(summary.pupils, summary.added, summary.removed, summary.changed, event)


def _change(old: ConsentRecord, new: ConsentRecord) -> str:
    was, now = dict(old.uses), dict(new.uses)
    parts = [
        f"{use} {_yes(was.get(use))} → {_yes(now.get(use))}"
        for use in sorted(was.keys() | now.keys())
        if was.get(use) != now.get(use)
    ]
    return f"{new.full_name}: {', '.join(parts) or 'naam of groep'}"


def _yes(value: bool | None) -> str:
    return "-" if value is None else ("ja" if value else "nee")


def imports(db: sqlite_utils.Database) -> list[RegisterEvent]:
    return [e for e in events(db, REGISTER) if e.kind == "imported"]
