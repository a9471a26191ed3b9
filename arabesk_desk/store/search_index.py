"""The full-text index of the log: checked against the log, and rebuilt from it on request.

The index (``published_log_fts``) is derived data outside the hash chain: someone who edits
it makes ``log search`` miss entries without touching the chain. FTS5's own
``integrity-check`` (with rank 1) compares the index with the log it indexes; ``rebuild``
makes it again from the log, which is the only source of truth.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from arabesk_desk.store.migrations import FTS_COLUMNS, LOG_TABLE

FTS_TABLE = f"{LOG_TABLE}_fts"
INDEX_MISMATCH = "the search index does not match the log (it was edited or damaged)"
FTS_TRIGGERS = tuple(f"{LOG_TABLE}_{suffix}" for suffix in ("ai", "ad", "au"))


def index_problem(db: sqlite_utils.Database) -> str | None:
    """Why the search index does not match the log (English), or None when it does."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if FTS_TABLE not in tables:
        return "the search index is missing"
    triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    missing = [name for name in FTS_TRIGGERS if name not in triggers]
    if missing:
        return f"the search index is no longer kept up to date (trigger {missing[0]} is missing)"
    try:
        db.execute(f"INSERT INTO [{FTS_TABLE}] ([{FTS_TABLE}], rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return INDEX_MISMATCH
    return None


def rebuild_index(db: sqlite_utils.Database) -> None:
    """Make the index again from the log; recreates the index table and its triggers if gone."""
    if index_problem(db) in (None, INDEX_MISMATCH):
        db.execute(f"INSERT INTO [{FTS_TABLE}] ([{FTS_TABLE}]) VALUES ('rebuild')")
        return
    for trigger in FTS_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    db.execute(f"DROP TABLE IF EXISTS [{FTS_TABLE}]")  # the index only; the log is its own table
    db[LOG_TABLE].enable_fts(  # type: ignore[union-attr]
        list(FTS_COLUMNS),
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    db.execute(f"INSERT INTO [{FTS_TABLE}] ([{FTS_TABLE}]) VALUES ('rebuild')")
