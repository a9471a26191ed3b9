"""Opening the log database safely: WAL, synchronous=FULL, and refusing what is not ours.

A database that is corrupt, from a newer Arabesk Desk, or of another program is refused with
:class:`StoreError` and left byte-identical: it is inspected through a read-only connection
before anything is written to it.

A connection belongs to the thread that opened it (sqlite3's ``check_same_thread``); the app's
store lane opens the store inside its worker thread and uses it only there.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from arabesk_desk.store.storage_errors import (
    StoreError,
    corrupt_error,
    explain_sqlite_error,
    foreign_error,
    missing_error,
    newer_error,
    runtime_error,
    unreadable_error,
)

__all__ = [
    "StoreError",
    "corrupt_error",
    "foreign_error",
    "missing_error",
    "newer_error",
    "runtime_error",
    "unreadable_error",
]

SQLITE_MAGIC = b"SQLite format 3\x00"
# "ArDk" as a 32-bit integer: marks a file as an Arabesk Desk database (PRAGMA application_id).
APPLICATION_ID = 0x4172446B
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class FileState:
    """What a read-only look at an existing database file found."""

    application_id: int
    user_version: int
    migrations: tuple[str, ...]
    has_tables: bool


def check_header(path: Path) -> None:
    """Refuse a non-empty file that does not start like an SQLite database."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise unreadable_error(path, exc.strerror or str(exc)) from None
    if header and not header.startswith(SQLITE_MAGIC):
        raise corrupt_error(path, "geen SQLite-kop / no SQLite header")
    if 0 < len(header) < 100:
        raise corrupt_error(path, "bestand afgekapt / file truncated")


def inspect_existing(path: Path, migrations_table: str) -> FileState:
    """Look at an existing file read-only: integrity, identity and schema version."""
    check_header(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise explain_sqlite_error(path, exc) from None
    try:
        return _read_state(conn, path, migrations_table)
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(path, exc) from None
    finally:
        conn.close()


def _read_state(conn: sqlite3.Connection, path: Path, migrations_table: str) -> FileState:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise corrupt_error(path, "; ".join(str(p) for p in problems))
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    names: tuple[str, ...] = ()
    if migrations_table in tables:
        names = tuple(
            row[0] for row in conn.execute(f"SELECT name FROM [{migrations_table}] ORDER BY rowid")
        )
    return FileState(application_id, user_version, names, bool(tables))


def connect(path: Path, busy_timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite_utils.Database:
    """A read-write connection in WAL mode with ``synchronous=FULL`` (survives power loss).

    ``isolation_level=None``: we issue BEGIN/COMMIT ourselves (through ``db.atomic()`` or
    :func:`write_transaction`), so sqlite3 never opens a transaction behind our back.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=busy_timeout)
        mode = _switch_to_wal(conn, busy_timeout)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise explain_sqlite_error(path, exc) from None
    if str(mode).lower() != "wal":
        conn.close()
        raise unreadable_error(path, f"WAL niet beschikbaar / WAL unavailable (mode {mode})")
    return sqlite_utils.Database(conn, execute_plugins=False)


def _switch_to_wal(conn: sqlite3.Connection, timeout: float) -> str:
    """``PRAGMA journal_mode = WAL``, retried until ``timeout``: while another connection turns
    a new file into a WAL database, SQLite answers "locked" at once, without its busy wait
    (two first starts at the same moment: the app and a CLI import)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def integrity_problems(db: sqlite_utils.Database, limit: int = 10) -> list[str]:
    """``PRAGMA integrity_check``: an empty list when the file is sound."""
    rows = [str(row[0]) for row in db.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if rows == ["ok"] else rows


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """``BEGIN IMMEDIATE``: take the write lock before reading, so two writers (the app and a
    CLI import, or two first starts) queue instead of acting on a stale snapshot."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
