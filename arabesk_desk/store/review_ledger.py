"""The author's review ledger in the store: the log head for requests, and every verified
decision kept for good (see :class:`arabesk_desk.review.ledger.ReviewLedger`).

Review runs off the store lane (a folder on a share may be slow), so the ledger opens its own
short connection per call instead of sharing the lane's: SQLite in WAL mode lets it read and
write beside the lane, each write in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from arabesk_desk.review.canonical import canonical_text
from arabesk_desk.store.database import connect, write_transaction
from arabesk_desk.store.migrations import DECISIONS_TABLE
from arabesk_desk.store.published_log import head


class StoreReviewLedger:
    """The :class:`~arabesk_desk.review.ledger.ReviewLedger` on the database at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False

    @contextmanager
    def _db(self) -> Iterator[sqlite_utils.Database]:
        if not self._ready:  # the first use creates or migrates it, refusing what is not ours
            from arabesk_desk.store.store import Store

            Store.open(self.path).close()
            self._ready = True
        db = connect(self.path)
        try:
            yield db
        finally:
            db.close()

    def log_head(self) -> tuple[int, str]:
        with self._db() as db:
            return head(db)

    def remember(self, decisions: Sequence[dict[str, Any]]) -> None:
        with self._db() as db, write_transaction(db):
            remember(db, decisions)

    def remembered(self, request_ids: Sequence[str]) -> list[dict[str, Any]]:
        with self._db() as db:
            return remembered(db, request_ids)


def remember(db: sqlite_utils.Database, decisions: Sequence[dict[str, Any]]) -> None:
    """Keep decisions by id; one already kept is left as it is (kept rows never change)."""
    for decision in decisions:
        db.execute(
            f"INSERT OR IGNORE INTO [{DECISIONS_TABLE}] "
            "(id, request_id, signed_at, log_count, log_hash, decision) VALUES (?, ?, ?, ?, ?, ?)",
            [
                str(decision.get("id", "")),
                str(decision.get("request_id", "")),
                str(decision.get("signed_at", "")),
                decision.get("log_count"),
                decision.get("log_hash"),
                canonical_text(decision),
            ],
        )


def remembered(db: sqlite_utils.Database, request_ids: Sequence[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    ids = list(request_ids)
    for start in range(0, len(ids), 500):  # SQLite's limit on parameters
        part = ids[start : start + 500]
        rows = db.execute(
            f"SELECT decision FROM [{DECISIONS_TABLE}] WHERE request_id IN "
            f"({', '.join('?' * len(part))}) ORDER BY signed_at, id",
            part,
        )
        found.extend(_parsed(row[0]) for row in rows)
    return [d for d in found if d]


def kept_decisions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    rows = db.execute(f"SELECT decision FROM [{DECISIONS_TABLE}] ORDER BY signed_at, id")
    return [d for d in (_parsed(row[0]) for row in rows) if d]


def _parsed(text: Any) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
