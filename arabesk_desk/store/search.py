"""Reading the log: filters (period, channel, capacity, author, overrides) and FTS5 search."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from arabesk_desk.store.items import LogEntry
from arabesk_desk.store.migrations import LOG_TABLE, SEARCH_COLUMNS
from arabesk_desk.store.published_log import ENTRY_COLUMNS, entry_from_row

FTS_TABLE = f"{LOG_TABLE}_fts"
_TOKEN = re.compile(r"\w[\w'’-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class LogFilter:
    """Which entries to show; ``None`` means "any". Dates are ISO strings or :class:`date`.

    ``since`` is inclusive; ``until`` is inclusive (a bare date covers that whole day).
    """

    since: str | date | None = None
    until: str | date | None = None
    channel: str | None = None
    capacity: str | None = None
    author: str | None = None
    has_overrides: bool | None = None
    kinds: tuple[str, ...] | None = None
    source: str | None = None


def filter_sql(filters: LogFilter | None, alias: str = "l") -> tuple[str, list[Any]]:
    """A WHERE clause (``1`` when empty) and its parameters."""
    if filters is None:
        return "1", []
    clauses: list[str] = []
    args: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause.format(a=alias))
        args.extend(values)

    if filters.since is not None:
        add("{a}.published_at >= ?", _iso(filters.since))
    if filters.until is not None:
        add("{a}.published_at < ?", _after(filters.until))
    if filters.channel:
        add("{a}.channels LIKE ?", f"%{json.dumps(filters.channel)}%")
    if filters.capacity:
        add("{a}.capacity = ?", str(filters.capacity))
    if filters.author:
        add("{a}.author = ? COLLATE NOCASE", filters.author)
    if filters.has_overrides is not None:
        add("{a}.has_overrides = ?", 1 if filters.has_overrides else 0)
    if filters.kinds:
        add(f"{{a}}.kind IN ({', '.join('?' * len(filters.kinds))})", *filters.kinds)
    if filters.source:
        add("{a}.source = ?", filters.source)
    return (" AND ".join(clauses) or "1"), args


def _iso(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _after(until: str | date) -> str:
    """The first moment after ``until``: the next day for a bare date, else just after it."""
    if isinstance(until, datetime):
        return until.isoformat() + "\uffff"
    if isinstance(until, date):
        return (until + timedelta(days=1)).isoformat()
    text = str(until)
    if len(text) == 10:
        return (date.fromisoformat(text) + timedelta(days=1)).isoformat()
    return text + "\uffff"


def entries(
    db: sqlite_utils.Database,
    filters: LogFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = True,
) -> list[LogEntry]:
    """Entries matching ``filters``, by publication time."""
    where, args = filter_sql(filters)
    order = "DESC" if newest_first else "ASC"
    sql = (
        f"SELECT {_qualified('l')} FROM [{LOG_TABLE}] l WHERE {where} "
        f"ORDER BY l.published_at {order}, l.seq {order} LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, [*args, -1 if limit is None else limit, offset]).fetchall()
    return [entry_from_row(row) for row in rows]


def fts_query(text: str) -> str:
    """User words to a safe FTS5 query: every word must occur, as a word or a word's start,
    in the text, the author or the channels."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return ""
    words = " ".join('"' + token.replace('"', "") + '"*' for token in tokens)
    return f"{{{' '.join(SEARCH_COLUMNS)}}} : ({words})"


def search(
    db: sqlite_utils.Database,
    query: str,
    filters: LogFilter | None = None,
    *,
    limit: int = 200,
) -> list[LogEntry]:
    """Entries whose text, author or channels contain every word of ``query``, newest first.

    An empty query (no words) lists entries by the filters alone.
    """
    match = fts_query(query)
    if not match:
        return entries(db, filters, limit=limit)
    match += _column_filters(filters)
    where, args = filter_sql(filters)
    sql = (
        f"SELECT {_qualified('l')} FROM [{FTS_TABLE}] f JOIN [{LOG_TABLE}] l ON l.seq = f.rowid "
        f"WHERE [{FTS_TABLE}] MATCH ? AND {where} ORDER BY f.rowid DESC LIMIT ?"
    )
    rows = db.execute(sql, [match, *args, limit]).fetchall()
    return [entry_from_row(row) for row in rows]


def _column_filters(filters: LogFilter | None) -> str:
    """The filters as FTS5 column filters too: FTS5 intersects its word lists far faster than
    the join can reject rows one by one (the WHERE clause still checks exactly)."""
    if filters is None:
        return ""
    extra = ""
    for column, value in (
        ("author", filters.author),
        ("channels", filters.channel),
        ("facets", filters.capacity),
    ):
        phrase = _phrase(value or "")
        if phrase:
            extra += f" AND {column} : {phrase}"
    if filters.has_overrides is not None:
        extra += f" {'AND' if filters.has_overrides else 'NOT'} facets : overridden"
    kinds = [_phrase(kind) for kind in filters.kinds or () if _phrase(kind)]
    if kinds:
        extra += f" AND facets : ({' OR '.join(kinds)})"
    return extra


def _phrase(value: str) -> str:
    words = _TOKEN.findall(value)
    return '"' + " ".join(words).replace('"', "") + '"' if words else ""


def referring(db: sqlite_utils.Database, entry_id: str) -> list[LogEntry]:
    """Later entries about ``entry_id`` (corrections, withdrawals, URLs), oldest first."""
    rows = db.execute(
        f"SELECT {ENTRY_COLUMNS} FROM [{LOG_TABLE}] WHERE refers_to = ? ORDER BY seq", [entry_id]
    ).fetchall()
    return [entry_from_row(row) for row in rows]


def _qualified(alias: str) -> str:
    return ", ".join(f"{alias}.{column.strip()}" for column in ENTRY_COLUMNS.split(","))


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """Posts in one month on one channel in one capacity, and how many had overrides."""

    month: str  # "2026-03"
    channel: str
    capacity: str
    posts: int
    with_overrides: int


def overview(db: sqlite_utils.Database, year: int) -> list[OverviewRow]:
    """The yearly overview behind the charts: published and imported posts per month,
    channel and capacity (a post on two channels counts on each)."""
    sql = (
        "SELECT substr(l.published_at, 1, 7), c.value, l.capacity, count(*), "
        f"sum(l.has_overrides) FROM [{LOG_TABLE}] l, json_each(l.channels) c "
        "WHERE l.published_at >= ? AND l.published_at < ? AND l.kind IN ('published', 'imported') "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    rows = db.execute(sql, [f"{year:04d}", f"{year + 1:04d}"]).fetchall()
    return [OverviewRow(str(m), str(ch), str(cap), int(n), int(o)) for m, ch, cap, n, o in rows]
