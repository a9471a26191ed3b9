"""The registers' hash chain: incidents and photo consent, accountable like the published log.

Each event stores ``seq``, ``prev_hash``, canonical JSON ``content`` and
``hash = sha256(prev_hash + content)``; a head table and triggers make it append-only, as
:mod:`arabesk_desk.store.published_log` does. Personal details (initials, notes, the names in
a consent change) are *not* in the chain: they sit in ``register_details``, and the event
holds ``details_hash = sha256(salt + details)`` with a random salt, so the chain proves the
details were not changed while they exist, yet they can be erased (retention, a request)
without breaking it. An erasure is an event of its own, and the database refuses to delete
details before that event is there.

With a signer (the user's key), each event names it and its hash is signed, as log entries are.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from arabesk_desk.posts import now_utc
from arabesk_desk.store.migrations import (
    GENESIS_HASH,
    REGISTER_DETAILS_TABLE,
    REGISTER_HEAD_TABLE,
    REGISTER_SIGNATURES_TABLE,
    REGISTER_TABLE,
)
from arabesk_desk.store.published_log import LogSigner, canonical_json, chain_hash

ERASED = "erased"


@dataclass(frozen=True, slots=True)
class RegisterEvent:
    """One event as stored, with its details when they still exist (None once erased)."""

    seq: int
    content: Mapping[str, Any]
    hash: str
    details: Mapping[str, Any] | None = None

    @property
    def kind(self) -> str:
        return str(self.content.get("kind", ""))

    @property
    def subject(self) -> str:
        return str(self.content.get("subject", ""))


def register_head(db: sqlite_utils.Database) -> tuple[int, str]:
    row = db.execute(f"SELECT count, hash FROM [{REGISTER_HEAD_TABLE}] WHERE id = 1").fetchone()
    return int(row[0]), str(row[1])


def details_hash(salt: str, details_text: str) -> str:
    return hashlib.sha256((salt + details_text).encode("utf-8")).hexdigest()


def register_payload(event_hash: str) -> bytes:
    """What an event's signature covers: its hash (which covers every event before it)."""
    return f"arabesk-desk register event {event_hash}".encode("ascii")


def append_event(
    db: sqlite_utils.Database,
    content: Mapping[str, Any],
    details: Mapping[str, Any] | None = None,
    signer: LogSigner | None = None,
) -> RegisterEvent:
    """Append one event; call inside a write transaction (the caller holds the lock)."""
    count, prev_hash = register_head(db)
    full = {**content, "seq": count + 1, "recorded_at": now_utc()}
    salt = details_text = ""
    if details:
        salt, details_text = secrets.token_hex(16), canonical_json(dict(details))
        full["details_hash"] = details_hash(salt, details_text)
    if signer is not None:
        full["signer"] = signer.public_key
    text = canonical_json(full)
    event_hash = chain_hash(prev_hash, text)
    db.execute(
        f"INSERT INTO [{REGISTER_TABLE}] (seq, prev_hash, content, hash) VALUES (?, ?, ?, ?)",
        [count + 1, prev_hash, text, event_hash],
    )
    if details:
        db.execute(
            f"INSERT INTO [{REGISTER_DETAILS_TABLE}] (seq, subject, salt, details) "
            "VALUES (?, ?, ?, ?)",
            [count + 1, str(content["subject"]), salt, details_text],
        )
    if signer is not None:
        db.execute(
            f"INSERT INTO [{REGISTER_SIGNATURES_TABLE}] (seq, public_key, signature) "
            "VALUES (?, ?, ?)",
            [count + 1, signer.public_key, signer.sign(register_payload(event_hash))],
        )
    return RegisterEvent(count + 1, full, event_hash, details)


def erase_details(
    db: sqlite_utils.Database,
    register: str,
    subject: str,
    reason: str,
    signer: LogSigner | None = None,
) -> RegisterEvent:
    """Record the erasure of ``subject``'s details, then delete them (inside a transaction)."""
    event = append_event(
        db,
        {"register": register, "kind": ERASED, "subject": subject, "reason": reason},
        None,
        signer,
    )
    db.execute(f"DELETE FROM [{REGISTER_DETAILS_TABLE}] WHERE subject = ?", [subject])
    return event


def events(
    db: sqlite_utils.Database, register: str, subject: str | None = None
) -> Iterator[RegisterEvent]:
    """The register's events in order, each with its details while they exist."""
    where, values = "WHERE l.register = ?", [register]
    if subject is not None:
        where, values = f"{where} AND l.subject = ?", [register, subject]
    rows = db.execute(
        f"SELECT l.seq, l.content, l.hash, d.details FROM [{REGISTER_TABLE}] l "
        f"LEFT JOIN [{REGISTER_DETAILS_TABLE}] d ON d.seq = l.seq {where} ORDER BY l.seq",
        values,
    )
    for seq, content, event_hash, details in rows:
        yield RegisterEvent(
            int(seq), json.loads(content), str(event_hash), json.loads(details) if details else None
        )


def subjects_with(db: sqlite_utils.Database, register: str, kind: str) -> set[str]:
    rows = db.execute(
        f"SELECT DISTINCT subject FROM [{REGISTER_TABLE}] WHERE register = ? AND kind = ?",
        [register, kind],
    )
    return {str(row[0]) for row in rows}


def genesis() -> str:
    return GENESIS_HASH
