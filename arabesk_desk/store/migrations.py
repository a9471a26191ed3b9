"""The schema, as named, append-only migrations: never edit or reorder one, only add new ones.

Each migration runs in its own transaction together with the record of its name and the new
``PRAGMA user_version``, so a crash leaves the schema at a known step. A database that knows a
migration this version does not is from a newer Arabesk Desk and is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from arabesk_desk.store.database import write_transaction

MIGRATIONS_TABLE = "_arabesk_migrations"
LOG_TABLE = "published_log"
HEAD_TABLE = "published_log_head"
DRAFTS_TABLE = "drafts"
GENESIS_HASH = "0" * 64


def _derived(name: str, expression: str, constraint: str = "NOT NULL") -> str:
    return f"{name} TEXT GENERATED ALWAYS AS ({expression}) STORED {constraint}".strip()


# Only seq, prev_hash, content and hash are written; every searchable column is generated from
# the hashed content, so it cannot be changed on its own. verify compares this text with the
# table's definition in the file: a migration that changes the log table must update it.
LOG_TABLE_SQL = f"""CREATE TABLE [{LOG_TABLE}] (
    seq INTEGER PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    hash TEXT NOT NULL,
    {_derived("id", "json_extract(content, '$.id')")},
    {_derived("kind", "json_extract(content, '$.kind')")},
    {_derived("published_at", "json_extract(content, '$.published_at')")},
    {_derived("draft_id", "json_extract(content, '$.draft_id')", "")},
    {_derived("refers_to", "json_extract(content, '$.refers_to')", "")},
    {_derived("text", "json_extract(content, '$.text')")},
    {_derived("author", "json_extract(content, '$.author')")},
    {_derived("channels", "json_extract(content, '$.channels')")},
    {_derived("capacity", "json_extract(content, '$.capacity')")},
    {_derived("role", "json_extract(content, '$.role')")},
    {_derived("source", "json_extract(content, '$.source')")},
    has_overrides INTEGER GENERATED ALWAYS AS
        (json_array_length(content, '$.overrides') > 0) STORED NOT NULL,
    facets TEXT GENERATED ALWAYS AS (
        json_extract(content, '$.capacity') || ' ' || json_extract(content, '$.kind')
        || CASE WHEN json_array_length(content, '$.overrides') > 0 THEN ' overridden' ELSE '' END
    ) STORED NOT NULL
)"""
# Full-text columns. "facets" holds capacity, kind and "overridden" as words, so filters
# narrow the match inside FTS5 instead of rejecting joined rows one by one.
SEARCH_COLUMNS = ("text", "author", "channels")
FTS_COLUMNS = (*SEARCH_COLUMNS, "facets")


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[sqlite_utils.Database], None]


MIGRATIONS: list[Migration] = []


def migration(function: Callable[[sqlite_utils.Database], None]) -> None:
    """Register ``function`` under its own name, after every migration before it."""
    MIGRATIONS.append(Migration(function.__name__, function))


def schema_version() -> int:
    """The schema version this code writes: the number of migrations it knows."""
    return len(MIGRATIONS)


def known_names() -> tuple[str, ...]:
    return tuple(m.name for m in MIGRATIONS)


def pending(applied: tuple[str, ...]) -> list[Migration]:
    """Migrations not yet applied; ``applied`` must be a prefix of what this code knows."""
    return MIGRATIONS[len(applied) :]


def is_newer(applied: tuple[str, ...], user_version: int) -> bool:
    """True when the database has migrations (or a version) this code does not know."""
    known = known_names()
    return user_version > len(known) or applied != known[: len(applied)]


def migrate(db: sqlite_utils.Database) -> None:
    """Apply every pending migration, each in one write transaction with its bookkeeping.

    What is pending is read again under the write lock, so two programs opening the same new
    database at once apply each migration exactly once. An up-to-date database is only read.
    """
    while applied_names(db) != known_names():
        with write_transaction(db):
            db.execute(
                f"CREATE TABLE IF NOT EXISTS [{MIGRATIONS_TABLE}] "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
            )
            applied = applied_names(db)
            todo = pending(applied)
            if not todo or is_newer(applied, 0):
                return  # up to date, or newer: Store.open refuses a newer file before this
            todo[0].apply(db)
            db.execute(f"INSERT INTO [{MIGRATIONS_TABLE}] (name) VALUES (?)", [todo[0].name])
            db.execute(f"PRAGMA user_version = {len(applied) + 1}")


def applied_names(db: sqlite_utils.Database) -> tuple[str, ...]:
    if not db[MIGRATIONS_TABLE].exists():
        return ()
    rows = db.execute(f"SELECT name FROM [{MIGRATIONS_TABLE}] ORDER BY rowid")
    return tuple(row[0] for row in rows)


@migration
def m001_drafts(db: sqlite_utils.Database) -> None:
    db[DRAFTS_TABLE].create(  # type: ignore[union-attr]
        {
            "id": str,
            "text": str,
            "channels": str,
            "capacity": str,
            "author": str,
            "role": str,
            "attachments": str,
            "ignored": str,
            "status": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        not_null={"text", "channels", "capacity", "status", "created", "updated"},
    )
    db[DRAFTS_TABLE].create_index(["updated"])  # type: ignore[union-attr]


@migration
def m002_published_log(db: sqlite_utils.Database) -> None:
    """The hash-chained log, its head (count and last hash) and the append-only triggers."""
    db.execute(LOG_TABLE_SQL)
    db.execute(f"CREATE UNIQUE INDEX [idx_{LOG_TABLE}_id] ON [{LOG_TABLE}] (id)")
    for column in ("published_at", "refers_to", "author"):
        db.execute(f"CREATE INDEX [idx_{LOG_TABLE}_{column}] ON [{LOG_TABLE}] ({column})")
    db.execute(
        f"""CREATE TABLE [{HEAD_TABLE}] (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            count INTEGER NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    db.execute(f"INSERT INTO [{HEAD_TABLE}] (id, count, hash) VALUES (1, 0, ?)", [GENESIS_HASH])
    _create_log_triggers(db)


def _create_log_triggers(db: sqlite_utils.Database) -> None:
    """Append-only by construction; verify still catches tampering that drops these."""
    db.executescript(
        f"""
        CREATE TRIGGER [{LOG_TABLE}_no_update] BEFORE UPDATE ON [{LOG_TABLE}]
        BEGIN SELECT RAISE(ABORT, 'published_log is append-only: add a correction entry'); END;
        CREATE TRIGGER [{LOG_TABLE}_no_delete] BEFORE DELETE ON [{LOG_TABLE}]
        BEGIN SELECT RAISE(ABORT, 'published_log is append-only: add a withdrawal entry'); END;
        CREATE TRIGGER [{LOG_TABLE}_chain] BEFORE INSERT ON [{LOG_TABLE}]
        WHEN NEW.seq IS NOT (SELECT count + 1 FROM [{HEAD_TABLE}] WHERE id = 1)
          OR NEW.prev_hash IS NOT (SELECT hash FROM [{HEAD_TABLE}] WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, 'published_log: entry does not extend the chain head'); END;
        CREATE TRIGGER [{LOG_TABLE}_advance_head] AFTER INSERT ON [{LOG_TABLE}]
        BEGIN UPDATE [{HEAD_TABLE}] SET count = NEW.seq, hash = NEW.hash WHERE id = 1; END;
        CREATE TRIGGER [{HEAD_TABLE}_no_delete] BEFORE DELETE ON [{HEAD_TABLE}]
        BEGIN SELECT RAISE(ABORT, 'published_log_head cannot be deleted'); END;
        CREATE TRIGGER [{HEAD_TABLE}_only_forward] BEFORE UPDATE ON [{HEAD_TABLE}]
        WHEN NEW.count IS NOT OLD.count + 1
        BEGIN SELECT RAISE(ABORT, 'published_log_head only moves one entry forward'); END;
        """
    )


@migration
def m003_log_search(db: sqlite_utils.Database) -> None:
    """FTS5 over text, author, channels and facets, kept current by triggers."""
    db[LOG_TABLE].enable_fts(  # type: ignore[union-attr]
        list(FTS_COLUMNS),
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


SIGNATURES_TABLE = "published_log_signatures"
DECISIONS_TABLE = "review_decisions"


@migration
def m004_log_signatures(db: sqlite_utils.Database) -> None:
    """The author's signature over each entry's hash; entries name their signer in the
    hashed content, so a signature cannot be dropped unseen. Append-only, like the log."""
    db.execute(
        f"""CREATE TABLE [{SIGNATURES_TABLE}] (
            seq INTEGER PRIMARY KEY REFERENCES [{LOG_TABLE}] (seq),
            public_key TEXT NOT NULL,
            signature TEXT NOT NULL
        )"""
    )
    _refuse_changes(db, SIGNATURES_TABLE, "log signatures are append-only")


@migration
def m005_review_decisions(db: sqlite_utils.Database) -> None:
    """Every reviewer's decision the author's app verified, kept whatever happens to the
    shared review folder; each carries the log head the reviewer countersigned."""
    db.execute(
        f"""CREATE TABLE [{DECISIONS_TABLE}] (
            id TEXT PRIMARY KEY,
            request_id TEXT NOT NULL,
            signed_at TEXT NOT NULL,
            log_count INTEGER,
            log_hash TEXT,
            decision TEXT NOT NULL,
            kept_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        )"""
    )
    db.execute(f"CREATE INDEX [idx_{DECISIONS_TABLE}_request] ON [{DECISIONS_TABLE}] (request_id)")
    _refuse_changes(db, DECISIONS_TABLE, "kept review decisions are never changed")


def _refuse_changes(db: sqlite_utils.Database, table: str, message: str) -> None:
    """Triggers that make ``table`` append-only (one statement each: no implicit commit)."""
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER [{table}_no_{action.lower()}] BEFORE {action} ON [{table}] "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


@migration
def m006_draft_reply_to(db: sqlite_utils.Database) -> None:
    """Whom a draft answers (guideline 4); empty for drafts written before, as they said."""
    db.execute(f"ALTER TABLE [{DRAFTS_TABLE}] ADD COLUMN reply_to TEXT")


REGISTER_TABLE = "register_log"
REGISTER_HEAD_TABLE = "register_log_head"
REGISTER_DETAILS_TABLE = "register_details"
REGISTER_SIGNATURES_TABLE = "register_signatures"
CONSENT_TABLE = "consent_pupils"

# The registers' chain (incidents and photo consent): as the published log, only seq,
# prev_hash, content and hash are written; what is searched is generated from the content.
REGISTER_TABLE_SQL = f"""CREATE TABLE [{REGISTER_TABLE}] (
    seq INTEGER PRIMARY KEY,
    prev_hash TEXT NOT NULL,
    content TEXT NOT NULL,
    hash TEXT NOT NULL,
    {_derived("register", "json_extract(content, '$.register')")},
    {_derived("kind", "json_extract(content, '$.kind')")},
    {_derived("subject", "json_extract(content, '$.subject')")}
)"""


@migration
def m007_registers(db: sqlite_utils.Database) -> None:
    """The registers' hash chain (guidelines 9 and 10, photo consent), its head, and the
    erasable personal details each event commits to by a salted hash.

    Details may only be deleted once the chain holds an ``erased`` event for their subject
    (retention or a request): the erasure is itself accountable, the counts stay.
    """
    db.execute(REGISTER_TABLE_SQL)
    db.execute(f"CREATE INDEX [idx_{REGISTER_TABLE}_subject] ON [{REGISTER_TABLE}] (subject)")
    db.execute(
        f"""CREATE TABLE [{REGISTER_HEAD_TABLE}] (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            count INTEGER NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    db.execute(
        f"INSERT INTO [{REGISTER_HEAD_TABLE}] (id, count, hash) VALUES (1, 0, ?)", [GENESIS_HASH]
    )
    db.execute(
        f"""CREATE TABLE [{REGISTER_DETAILS_TABLE}] (
            seq INTEGER PRIMARY KEY REFERENCES [{REGISTER_TABLE}] (seq),
            subject TEXT NOT NULL,
            salt TEXT NOT NULL,
            details TEXT NOT NULL
        )"""
    )
    db.execute(
        f"""CREATE TABLE [{REGISTER_SIGNATURES_TABLE}] (
            seq INTEGER PRIMARY KEY REFERENCES [{REGISTER_TABLE}] (seq),
            public_key TEXT NOT NULL,
            signature TEXT NOT NULL
        )"""
    )
    _create_register_triggers(db)


def _create_register_triggers(db: sqlite_utils.Database) -> None:
    log, head, details = REGISTER_TABLE, REGISTER_HEAD_TABLE, REGISTER_DETAILS_TABLE
    db.executescript(
        f"""
        CREATE TRIGGER [{log}_no_update] BEFORE UPDATE ON [{log}]
        BEGIN SELECT RAISE(ABORT, 'register_log is append-only: add an event'); END;
        CREATE TRIGGER [{log}_no_delete] BEFORE DELETE ON [{log}]
        BEGIN SELECT RAISE(ABORT, 'register_log is append-only: add an event'); END;
        CREATE TRIGGER [{log}_chain] BEFORE INSERT ON [{log}]
        WHEN NEW.seq IS NOT (SELECT count + 1 FROM [{head}] WHERE id = 1)
          OR NEW.prev_hash IS NOT (SELECT hash FROM [{head}] WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, 'register_log: event does not extend the chain head'); END;
        CREATE TRIGGER [{log}_advance_head] AFTER INSERT ON [{log}]
        BEGIN UPDATE [{head}] SET count = NEW.seq, hash = NEW.hash WHERE id = 1; END;
        CREATE TRIGGER [{head}_no_delete] BEFORE DELETE ON [{head}]
        BEGIN SELECT RAISE(ABORT, 'register_log_head cannot be deleted'); END;
        CREATE TRIGGER [{head}_only_forward] BEFORE UPDATE ON [{head}]
        WHEN NEW.count IS NOT OLD.count + 1
        BEGIN SELECT RAISE(ABORT, 'register_log_head only moves one event forward'); END;
        CREATE TRIGGER [{details}_no_update] BEFORE UPDATE ON [{details}]
        BEGIN SELECT RAISE(ABORT, 'register details are never changed, only erased'); END;
        CREATE TRIGGER [{details}_erased_first] BEFORE DELETE ON [{details}]
        WHEN NOT EXISTS (SELECT 1 FROM [{log}] WHERE subject = OLD.subject AND kind = 'erased')
        BEGIN SELECT RAISE(ABORT, 'register details are erased only after an erasure event'); END;
        """
    )
    _refuse_changes(db, REGISTER_SIGNATURES_TABLE, "register signatures are append-only")


@migration
def m008_consent(db: sqlite_utils.Database) -> None:
    """The photo-consent register as last imported: one row per pupil with a yes/no per use.
    Each import replaces it whole and records the snapshot's hash on the registers' chain."""
    db[CONSENT_TABLE].create(  # type: ignore[union-attr]
        {
            "key": str,
            "number": str,
            "first_name": str,
            "infix": str,
            "last_name": str,
            "group_name": str,
            "uses": str,
        },
        pk="key",
        not_null={"first_name", "last_name", "uses"},
    )
