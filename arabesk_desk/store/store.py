"""The store facade the app and the CLI use: drafts and the published log in one database.

A :class:`Store` wraps one SQLite connection, which belongs to the thread that opened it:
the app's store lane calls :meth:`Store.open` in its worker thread and uses the store only
there (sqlite3 raises ``ProgrammingError`` on use from another thread).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

import sqlite_utils

from arabesk_desk.incidents import Incident, IncidentDetails, IncidentFields
from arabesk_desk.posts import Draft
from arabesk_desk.store import (
    consent_register,
    drafts,
    incident_register,
    published_log,
    register_verify,
    review_ledger,
    search,
    search_index,
    verify,
)
from arabesk_desk.store.database import (
    APPLICATION_ID,
    connect,
    foreign_error,
    inspect_existing,
    integrity_problems,
    missing_error,
    newer_error,
    runtime_error,
    unreadable_error,
    write_transaction,
)
from arabesk_desk.store.items import LogEntry, PublishedItem
from arabesk_desk.store.log_witness import Checkpoint
from arabesk_desk.store.migrations import (
    MIGRATIONS_TABLE,
    is_newer,
    migrate,
    schema_version,
)
from arabesk_desk.store.published_log import LogSigner
from arabesk_desk.store.register_verify import RegisterVerifyResult
from arabesk_desk.store.registers import RegisterEvent
from arabesk_desk.store.search import LogFilter, OverviewRow
from arabesk_desk.store.verify import VerifyResult
from checks.consent import ConsentBook, ConsentRecord

P = ParamSpec("P")
R = TypeVar("R")


def _clear_errors(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """SQLite errors in use (busy, disk full, damage found late) become a clear StoreError."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise runtime_error(self.path, exc) from exc

    return wrapper


class Store:
    """Drafts and the append-only published log. Use from one thread; close when done."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        # The author's key: signs every new log entry. Set it after opening (the app's store
        # lane and the CLI load it from the keyring); without it, a signed log refuses appends.
        self.signer: LogSigner | None = None

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, busy_timeout: float = 5.0) -> Store:
        """Open (creating or migrating) the database at ``path``.

        Raises :class:`StoreError` for a corrupt, newer, foreign or unreadable file and leaves
        such a file untouched; with ``create=False`` also for a missing one (reason
        ``missing``), so read-only commands never leave an empty database behind.
        ``busy_timeout``: seconds to wait for another program's write before ``busy``.
        """
        path = Path(path)
        if not create and not path.exists():
            raise missing_error(path)
        _refuse_unusable(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise unreadable_error(path, exc.strerror or str(exc)) from None
        db = connect(path, busy_timeout)
        try:
            migrate(db)
            if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except sqlite3.DatabaseError as exc:
            db.close()
            raise runtime_error(path, exc) from exc
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Drafts

    @_clear_errors
    def save_draft(self, draft: Draft) -> None:
        """Insert or replace the draft with ``draft.id``."""
        drafts.save_draft(self.db, draft)

    @_clear_errors
    def load_draft(self, draft_id: str) -> Draft | None:
        return drafts.load_draft(self.db, draft_id)

    @_clear_errors
    def list_drafts(self, *, include_published: bool = False) -> list[Draft]:
        """Most recently updated first; published drafts only with ``include_published``."""
        return drafts.list_drafts(self.db, include_published=include_published)

    @_clear_errors
    def delete_draft(self, draft_id: str) -> None:
        drafts.delete_draft(self.db, draft_id)

    # The published log

    @_clear_errors
    def append_published(self, item: PublishedItem) -> LogEntry:
        """Log ``item``; appending the same item again returns the existing entry."""
        return published_log.append(self.db, item, self.signer)

    @_clear_errors
    def append_many(
        self, items: list[PublishedItem], *, skip_existing: bool = False
    ) -> list[LogEntry]:
        """Log many items in one transaction (imports); idempotent per item.

        ``skip_existing``: leave ids already logged alone instead of refusing a changed one.
        """
        return published_log.append_many(
            self.db, items, skip_existing=skip_existing, signer=self.signer
        )

    @_clear_errors
    def entry(self, entry_id: str) -> LogEntry | None:
        return published_log.find_entry(self.db, entry_id)

    @_clear_errors
    def entries(
        self,
        filters: LogFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[LogEntry]:
        """Entries matching ``filters``, ordered by publication time."""
        return search.entries(
            self.db, filters, limit=limit, offset=offset, newest_first=newest_first
        )

    @_clear_errors
    def search(
        self, query: str, filters: LogFilter | None = None, *, limit: int = 200
    ) -> list[LogEntry]:
        """Full-text search over text, author and channels (every word, prefixes match)."""
        return search.search(self.db, query, filters, limit=limit)

    @_clear_errors
    def referring(self, entry_id: str) -> list[LogEntry]:
        """Corrections, withdrawals and URLs added later for ``entry_id``, oldest first."""
        return search.referring(self.db, entry_id)

    @_clear_errors
    def overview(self, year: int) -> list[OverviewRow]:
        """Posts per month, channel and capacity in ``year``, with override counts (charts)."""
        return search.overview(self.db, year)

    @_clear_errors
    def count(self) -> int:
        return published_log.head(self.db)[0]

    @_clear_errors
    def head_hash(self) -> str:
        """The hash of the last entry: note it elsewhere to anchor the chain."""
        return published_log.head(self.db)[1]

    @_clear_errors
    def verify(
        self,
        anchor: str | None = None,
        *,
        owner_key: str | None = None,
        checkpoints: Sequence[Checkpoint] = (),
    ) -> VerifyResult:
        """Recompute the chain, check signatures and witnessed checkpoints; see
        :mod:`arabesk_desk.store.verify` and :mod:`arabesk_desk.store.log_witness`."""
        return verify.verify_log(self.db, anchor, owner_key=owner_key, checkpoints=checkpoints)

    @_clear_errors
    def kept_decisions(self) -> list[dict[str, Any]]:
        """Every review decision this app verified and kept (they carry checkpoints)."""
        return review_ledger.kept_decisions(self.db)

    @_clear_errors
    def repair_index(self) -> None:
        """Rebuild the search index from the log (the log itself is never touched)."""
        search_index.rebuild_index(self.db)

    # The registers (guidelines 9 and 10, photo consent): one hash chain beside the log

    @_clear_errors
    def record_incident(
        self, fields: IncidentFields, details: IncidentDetails, recorded_by: str = ""
    ) -> Incident:
        with write_transaction(self.db):
            return incident_register.record(self.db, fields, details, self.signer, recorded_by)

    @_clear_errors
    def update_incident(
        self,
        incident_id: str,
        changes: Mapping[str, str],
        details: IncidentDetails,
        recorded_by: str = "",
    ) -> Incident:
        with write_transaction(self.db):
            return incident_register.update(
                self.db, incident_id, changes, details, self.signer, recorded_by
            )

    @_clear_errors
    def erase_incident(self, incident_id: str, reason: str) -> Incident:
        with write_transaction(self.db):
            return incident_register.erase(self.db, incident_id, reason, self.signer)

    @_clear_errors
    def incident(self, incident_id: str) -> Incident:
        return incident_register.find(self.db, incident_id)

    @_clear_errors
    def incidents(self) -> list[Incident]:
        """Every incident as it stands now, oldest recorded first."""
        return incident_register.all_incidents(self.db)

    @_clear_errors
    def apply_incident_retention(self, years: int, today: date | None = None) -> list[str]:
        """Erase the details of incidents older than ``years``; returns their ids."""
        with write_transaction(self.db):
            return incident_register.apply_retention(
                self.db, years, today or date.today(), self.signer
            )

    @_clear_errors
    def import_consent(
        self, records: Sequence[ConsentRecord], source: str
    ) -> consent_register.ImportSummary:
        """Make ``records`` the photo-consent register, as one event on the chain."""
        with write_transaction(self.db):
            return consent_register.replace_all(self.db, records, source, self.signer)

    @_clear_errors
    def consent_book(self) -> ConsentBook:
        records = consent_register.stored_records(self.db)
        last = consent_register.imports(self.db)[-1:] if records else []
        source = str(last[0].content.get("recorded_at", ""))[:10] if last else ""
        return ConsentBook(records, source)

    @_clear_errors
    def consent_imports(self) -> list[RegisterEvent]:
        return consent_register.imports(self.db)

    @_clear_errors
    def verify_registers(self) -> RegisterVerifyResult:
        """The registers' chain, their details, signatures and the consent snapshot."""
        return register_verify.verify_registers(self.db)

    @_clear_errors
    def integrity_problems(self) -> list[str]:
        """SQLite's own ``PRAGMA integrity_check``; empty when the file is sound."""
        return integrity_problems(self.db)


def _refuse_unusable(path: Path) -> None:
    """Look at an existing file read-only and refuse it before anything writes to it."""
    if path.is_dir():
        raise unreadable_error(path, "dit is een map / this is a folder")
    if not path.exists() or path.stat().st_size == 0:
        return
    state = inspect_existing(path, MIGRATIONS_TABLE)
    if state.application_id not in (0, APPLICATION_ID) or (
        state.has_tables and state.application_id == 0 and not state.migrations
    ):
        raise foreign_error(path)
    if is_newer(state.migrations, state.user_version):
        raise newer_error(path, max(state.user_version, len(state.migrations)), schema_version())
