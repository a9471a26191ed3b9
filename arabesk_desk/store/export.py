"""Exporting log entries to CSV (for a spreadsheet) or JSON (complete, with the chain)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from arabesk_desk.posts import now_utc
from arabesk_desk.store.items import LogEntry

CSV_COLUMNS = (
    "seq",
    "id",
    "kind",
    "published_at",
    "recorded_at",
    "author",
    "role",
    "capacity",
    "channels",
    "text",
    "url",
    "refers_to",
    "note",
    "source",
    "findings",
    "errors",
    "overrides",
    "reviewer",
    "decision",
    "attachment_hashes",
    "hash",
)
# A cell starting with one of these runs as a formula in spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def entry_json(entry: LogEntry) -> dict[str, Any]:
    """An entry's full record, with its place in the chain."""
    return {
        "seq": entry.seq,
        "hash": entry.hash,
        "prev_hash": entry.prev_hash,
        "recorded_at": entry.recorded_at,
        **entry.item.to_content(),
    }


def write_json(entries: Iterable[LogEntry], out: IO[str], head: tuple[int, str]) -> int:
    """One JSON document; ``head`` (count, hash) anchors the chain for a later ``verify``."""
    records = [entry_json(e) for e in entries]
    document = {
        "format": "arabesk-desk-log/1",
        "exported_at": now_utc(),
        "head": {"count": head[0], "hash": head[1]},
        "entries": records,
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(records)


def write_csv(entries: Iterable[LogEntry], out: IO[str]) -> int:
    """One row per entry; lists are joined with "; " and formula-like cells are defused."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for entry in entries:
        writer.writerow([_safe_cell(value) for value in csv_row(entry)])
        written += 1
    return written


def csv_row(entry: LogEntry) -> list[Any]:
    item = entry.item
    review = item.review or {}
    return [
        entry.seq,
        item.id,
        item.kind,
        item.published_at,
        entry.recorded_at,
        item.author,
        item.role,
        item.capacity,
        "; ".join(item.channels),
        item.text,
        item.url or "",
        item.refers_to or "",
        item.note,
        item.source,
        len(item.findings),
        sum(1 for f in item.findings if f.get("severity") == "error"),
        "; ".join(f"{o.rule}: {o.reason}" for o in item.overrides),
        str(review.get("reviewer", "")),
        str(review.get("decision", "")),
        "; ".join(item.attachment_hashes),
        entry.hash,
    ]


def _safe_cell(value: Any) -> Any:
    """Prefix a quote so a spreadsheet shows "=SUM(…)" as text instead of running it."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
