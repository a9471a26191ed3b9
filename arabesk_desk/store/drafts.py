"""Drafts in the database: every :class:`~arabesk_desk.posts.Draft` field round-trips."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from arabesk_desk.posts import Attachment, Draft, DraftStatus
from arabesk_desk.store.database import write_transaction
from arabesk_desk.store.migrations import DRAFTS_TABLE
from checks import Capacity, ReplyTo, Role

# Draft fields this codec stores; a test fails when Draft gains a field not listed here.
DRAFT_FIELDS = (
    "id",
    "text",
    "channels",
    "capacity",
    "author",
    "role",
    "attachments",
    "ignored",
    "reply_to",
    "status",
    "created",
    "updated",
)


def draft_to_row(draft: Draft) -> dict[str, Any]:
    return {
        "id": draft.id,
        "text": draft.text,
        "channels": json.dumps(list(draft.channels)),
        "capacity": str(draft.capacity),
        "author": draft.author,
        "role": str(draft.role),
        "attachments": json.dumps(
            [{"path": a.path, "sha256": a.sha256, "kind": a.kind} for a in draft.attachments],
            ensure_ascii=False,
        ),
        "ignored": json.dumps(list(draft.ignored), ensure_ascii=False),
        "reply_to": str(draft.reply_to) if draft.reply_to else None,
        "status": str(draft.status),
        "created": draft.created,
        "updated": draft.updated,
    }


def draft_from_row(row: dict[str, Any]) -> Draft:
    return Draft(
        id=row["id"],
        text=row["text"],
        channels=tuple(json.loads(row["channels"])),
        capacity=Capacity(row["capacity"]),
        author=row["author"] or "",
        role=Role(row["role"]),
        attachments=tuple(Attachment(**a) for a in json.loads(row["attachments"] or "[]")),
        ignored=tuple(json.loads(row["ignored"] or "[]")),
        reply_to=ReplyTo(row["reply_to"]) if row.get("reply_to") else None,
        status=DraftStatus(row["status"]),
        created=row["created"],
        updated=row["updated"],
    )


def save_draft(db: sqlite_utils.Database, draft: Draft) -> None:
    # BEGIN IMMEDIATE, not sqlite-utils' deferred BEGIN: the upsert reads the table's schema
    # first, and a deferred transaction that then wants to write after another connection
    # committed (a CLI, the test's own Store.open, a second first start migrating) fails at
    # once with "database is locked": SQLite cannot wait on a stale snapshot.
    with write_transaction(db):
        db[DRAFTS_TABLE].upsert(draft_to_row(draft), pk="id")  # type: ignore[union-attr]


def load_draft(db: sqlite_utils.Database, draft_id: str) -> Draft | None:
    rows = list(db[DRAFTS_TABLE].rows_where("id = ?", [draft_id]))
    return draft_from_row(rows[0]) if rows else None


def list_drafts(db: sqlite_utils.Database, *, include_published: bool = False) -> list[Draft]:
    """Most recently updated first; published drafts only when asked."""
    where = None if include_published else "status != ?"
    args = None if include_published else [str(DraftStatus.PUBLISHED)]
    rows = db[DRAFTS_TABLE].rows_where(where, args, order_by="updated DESC, rowid DESC")
    return [draft_from_row(row) for row in rows]


def delete_draft(db: sqlite_utils.Database, draft_id: str) -> None:
    with write_transaction(db):
        db.execute(f"DELETE FROM [{DRAFTS_TABLE}] WHERE id = ?", [draft_id])
