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

SQLITE_MAGIC = b"SQLite format 3\x00"
# "ArDk" as a 32-bit integer: marks a file as an Arabesk Desk database (PRAGMA application_id).
APPLICATION_ID = 0x4172446B
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The store cannot do what was asked; ``message`` is Dutch, ``message_en`` English.

    ``reason`` is a short machine-readable code: ``corrupt``, ``newer``, ``foreign``,
    ``missing``, ``unreadable``, ``busy``, ``unwritable``, ``conflict``,
    ``invalid`` or ``tampered``.
    """

    def __init__(self, reason: str, message: str, message_en: str) -> None:
        super().__init__(f"{message}\n{message_en}")
        self.reason = reason
        self.message = message
        self.message_en = message_en


@dataclass(frozen=True, slots=True)
class FileState:
    """What a read-only look at an existing database file found."""

    application_id: int
    user_version: int
    migrations: tuple[str, ...]
    has_tables: bool


def corrupt_error(path: Path, detail: str) -> StoreError:
    return StoreError(
        "corrupt",
        f"De database '{path}' is beschadigd ({detail}). Arabesk Desk heeft het bestand niet "
        "gewijzigd; zet een reservekopie terug of vraag ICT-beheer om hulp.",
        f"The database '{path}' is damaged ({detail}). Arabesk Desk left the file unchanged; "
        "restore a backup or ask IT support for help.",
    )


def unreadable_error(path: Path, detail: str) -> StoreError:
    return StoreError(
        "unreadable",
        f"De database '{path}' kan niet worden geopend ({detail}).",
        f"The database '{path}' cannot be opened ({detail}).",
    )


def missing_error(path: Path) -> StoreError:
    return StoreError(
        "missing",
        f"Er is nog geen log op '{path}'.",
        f"There is no log at '{path}' yet.",
    )


def newer_error(path: Path, found: int, known: int) -> StoreError:
    return StoreError(
        "newer",
        f"De database '{path}' is gemaakt door een nieuwere versie van Arabesk Desk "
        f"(schemaversie {found}, deze versie kent t/m {known}). Installeer de nieuwste versie; "
        "het bestand is niet gewijzigd.",
        f"The database '{path}' was made by a newer version of Arabesk Desk (schema version "
        f"{found}, this version knows up to {known}). Install the latest version; the file "
        "was left unchanged.",
    )


def foreign_error(path: Path) -> StoreError:
    return StoreError(
        "foreign",
        f"'{path}' is een SQLite-database van een ander programma, geen Arabesk Desk-log. "
        "Het bestand is niet gewijzigd.",
        f"'{path}' is an SQLite database of another program, not an Arabesk Desk log. "
        "The file was left unchanged.",
    )


def runtime_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """A clear error for what SQLite reports while the store is in use."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(
            "busy",
            f"De database '{path}' is bezet door een ander programma; probeer het zo opnieuw.",
            f"The database '{path}' is busy in another program; try again shortly.",
        )
    if "full" in text or "I/O" in text or "readonly" in text:
        return StoreError(
            "unwritable",
            f"Er kan niet naar de database '{path}' worden geschreven ({text}). Er is niets "
            "verloren; maak ruimte vrij of controleer de rechten en probeer het opnieuw.",
            f"The database '{path}' cannot be written ({text}). Nothing was lost; free some "
            "space or check the permissions and try again.",
        )
    if "malformed" in text or "not a database" in text:
        return corrupt_error(path, text)
    return unreadable_error(path, text)


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
        raise unreadable_error(path, str(exc)) from None
    try:
        return _read_state(conn, path, migrations_table)
    except sqlite3.DatabaseError as exc:
        raise corrupt_error(path, str(exc)) from None
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
        raise unreadable_error(path, str(exc)) from None
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
