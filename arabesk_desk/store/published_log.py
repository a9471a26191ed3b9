"""The append-only, hash-chained log of what was published.

Each entry stores ``seq``, ``prev_hash``, the canonical JSON ``content`` (the item plus its
``seq``, ``recorded_at`` and its ``signer``'s public key) and
``hash = sha256(prev_hash + content)``. The head table keeps the count and the last hash; a
trigger advances it in the same transaction as the insert, so cutting entries off the end is
detectable too (see :mod:`arabesk_desk.store.verify`).

With a signer (the author's key from the keyring), each entry's hash is signed in the same
transaction; as the hash covers every entry before it, an entry appended or rewritten
without the key is caught. Once a log has signed entries, an unsigned append is refused.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import sqlite_utils

from arabesk_desk.posts import now_utc
from arabesk_desk.review.canonical import canonical_text
from arabesk_desk.store.database import StoreError, write_transaction
from arabesk_desk.store.items import LogEntry, PublishedItem
from arabesk_desk.store.migrations import FTS_COLUMNS, HEAD_TABLE, LOG_TABLE, SIGNATURES_TABLE

ENTRY_COLUMNS = "seq, id, prev_hash, content, hash"
# sqlite-utils names the FTS triggers <table>_ai / _ad / _au.
FTS_INSERT_TRIGGER = f"{LOG_TABLE}_ai"
_INSERT_SQL = f"INSERT INTO [{LOG_TABLE}] (seq, prev_hash, content, hash) VALUES (?, ?, ?, ?)"
_SIGN_SQL = f"INSERT INTO [{SIGNATURES_TABLE}] (seq, public_key, signature) VALUES (?, ?, ?)"


class LogSigner(Protocol):
    """The author's key: :class:`arabesk_desk.review.signing.ReviewerSigner` fits."""

    @property
    def public_key(self) -> str: ...

    def sign(self, payload: bytes) -> str: ...


def signed_payload(entry_hash: str) -> bytes:
    """What an entry's signature covers: its hash (which covers every entry before it)."""
    return f"arabesk-desk log entry {entry_hash}".encode("ascii")


def chain_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def head(db: sqlite_utils.Database) -> tuple[int, str]:
    """(count, last hash) as the head table records them."""
    row = db.execute(f"SELECT count, hash FROM [{HEAD_TABLE}] WHERE id = 1").fetchone()
    return int(row[0]), str(row[1])


def find_entry(db: sqlite_utils.Database, entry_id: str) -> LogEntry | None:
    row = db.execute(
        f"SELECT {ENTRY_COLUMNS} FROM [{LOG_TABLE}] WHERE id = ?", [entry_id]
    ).fetchone()
    return entry_from_row(row) if row else None


def entry_from_row(row: tuple[Any, ...]) -> LogEntry:
    seq, _entry_id, prev_hash, content_text, entry_hash = row[:5]
    try:
        content = json.loads(content_text)
        item = PublishedItem.from_content(content)
    except (TypeError, ValueError, KeyError) as exc:
        raise StoreError(
            "tampered",
            f"Logitem {seq} is onleesbaar ({exc}); controleer de log met 'log verify'.",
            f"Log entry {seq} is unreadable ({exc}); check the log with 'log verify'.",
        ) from None
    return LogEntry(
        seq=int(seq),
        item=item,
        prev_hash=str(prev_hash),
        hash=str(entry_hash),
        recorded_at=str(content.get("recorded_at", "")),
    )


def append(
    db: sqlite_utils.Database, item: PublishedItem, signer: LogSigner | None = None
) -> LogEntry:
    """Append ``item`` in one write transaction; idempotent on ``item.id``.

    A retry after a crash (the commit may have happened unseen) returns the existing entry.
    The same id with different content is refused: an entry is never rewritten.
    """
    with write_transaction(db):
        _check_refers_to_known(db, item)
        _check_can_sign(db, signer)
        return _append_locked(db, item, signer)


def append_many(
    db: sqlite_utils.Database,
    items: Iterable[PublishedItem],
    *,
    skip_existing: bool = False,
    signer: LogSigner | None = None,
) -> list[LogEntry]:
    """Append many items in one transaction (imports, benchmarks); idempotent per item.

    With ``skip_existing`` an id already in the log is left as it is even when the new item
    differs (a re-import whose findings changed with newer rules); it is not returned.
    """
    entries = []
    with write_transaction(db), _search_index_deferred(db):
        _check_can_sign(db, signer)
        for item in items:
            if skip_existing and find_entry(db, item.id) is not None:
                continue
            _check_refers_to_known(db, item)
            entries.append(_append_locked(db, item, signer))
    return entries


def _check_can_sign(db: sqlite_utils.Database, signer: LogSigner | None) -> None:
    """Once the log is signed, every new entry must be: an unsigned one would look forged."""
    if signer is not None:
        return
    if db.execute(f"SELECT 1 FROM [{SIGNATURES_TABLE}] LIMIT 1").fetchone() is not None:
        raise StoreError(
            "unsigned",
            "Dit logboek is ondertekend, maar je sleutel is niet beschikbaar (geen sleutelbos?). "
            "Er is niets toegevoegd en niets verloren; zorg dat de sleutelbos werkt.",
            "This log is signed but your key is not available (no keyring?). Nothing was "
            "added and nothing was lost; make the keyring available and try again.",
        )


@contextmanager
def _search_index_deferred(db: sqlite_utils.Database) -> Iterator[None]:
    """Index the new entries for search in one statement at the end instead of per row.

    FTS5 flushes its pending terms at every trigger's statement savepoint, which makes a
    per-row trigger about ten times slower for bulk inserts. Inside the caller's write
    transaction the trigger is dropped, the rows indexed at once and the identical trigger
    recreated, so a crash or an error rolls all of it back together.
    """
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [FTS_INSERT_TRIGGER]
    ).fetchone()
    if row is None:
        yield
        return
    first_new = head(db)[0] + 1
    db.execute(f"DROP TRIGGER [{FTS_INSERT_TRIGGER}]")
    yield
    columns = ", ".join(FTS_COLUMNS)
    db.execute(
        f"INSERT INTO [{LOG_TABLE}_fts] (rowid, {columns}) "
        f"SELECT seq, {columns} FROM [{LOG_TABLE}] WHERE seq >= ?",
        [first_new],
    )
    db.execute(row[0])


def _append_locked(
    db: sqlite_utils.Database, item: PublishedItem, signer: LogSigner | None
) -> LogEntry:
    existing = find_entry(db, item.id)
    if existing is not None:
        return _same_or_conflict(existing, item)
    count, prev_hash = head(db)
    recorded_at = now_utc()
    content = {**item.to_content(), "seq": count + 1, "recorded_at": recorded_at}
    if signer is not None:
        content["signer"] = signer.public_key
    try:
        content_text = canonical_text(content)
    except (TypeError, ValueError) as exc:
        raise _invalid(f"not JSON data: {exc}") from None
    entry_hash = chain_hash(prev_hash, content_text)
    try:
        db.execute(
            _INSERT_SQL,
            [count + 1, prev_hash, content_text, entry_hash],
        )
    except sqlite3.IntegrityError as exc:
        raise _invalid(str(exc)) from None
    if signer is not None:
        signature = signer.sign(signed_payload(entry_hash))
        db.execute(_SIGN_SQL, [count + 1, signer.public_key, signature])
    stored = PublishedItem.from_content(json.loads(content_text))
    return LogEntry(count + 1, stored, prev_hash, entry_hash, recorded_at)


def _same_or_conflict(existing: LogEntry, item: PublishedItem) -> LogEntry:
    if canonical_text(existing.item.to_content()) == canonical_text(item.to_content()):
        return existing
    raise StoreError(
        "conflict",
        f"Er staat al een ander logitem met id {item.id}; een logitem wordt nooit overschreven.",
        f"A different log entry with id {item.id} already exists; entries are never rewritten.",
    )


def _check_refers_to_known(db: sqlite_utils.Database, item: PublishedItem) -> None:
    if item.refers_to and find_entry(db, item.refers_to) is None:
        raise _invalid(f"refers_to {item.refers_to!r} is not in the log")


def _invalid(detail: str) -> StoreError:
    return StoreError(
        "invalid",
        f"Dit logitem kan niet worden toegevoegd ({detail}).",
        f"This log entry cannot be added ({detail}).",
    )
