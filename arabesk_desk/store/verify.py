"""Checking the hash chain and naming the first bad entry.

What it detects, by anyone who changes the file without recomputing the chain to its end:
an edited field (content, hash, link or a searchable column), a deleted entry, an inserted
entry, two entries swapped, entries cut off the end (the head table disagrees), and entries
added behind the app's back. That holds with the append-only triggers dropped too.

What it cannot detect on its own: someone who rewrites every entry from the tampered one to
the end *and* the head with the public algorithm (there is no secret in the chain). Against
that, note the head hash (``log verify`` prints it; exports carry it) somewhere else and pass
it as ``anchor`` later: an anchor that is no longer in the chain shows the rewrite.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from arabesk_desk.store.migrations import GENESIS_HASH, LOG_TABLE
from arabesk_desk.store.published_log import INDEX_COLUMNS, chain_hash, head, index_values

_COLUMNS = f"seq, id, prev_hash, content, hash, {', '.join(INDEX_COLUMNS)}"
_TRIGGERS = ("no_update", "no_delete", "chain", "advance_head")


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """``ok`` or the first bad entry (``first_bad_seq``; its id when it still exists)."""

    ok: bool
    checked: int
    head_count: int
    head_hash: str
    first_bad_seq: int | None = None
    first_bad_id: str | None = None
    reason: str = ""
    reason_en: str = ""
    warnings: tuple[str, ...] = field(default=())


class _Bad(Exception):
    def __init__(self, seq: int, entry_id: str | None, reason: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.seq, self.entry_id, self.reason, self.reason_en = seq, entry_id, reason, reason_en


@dataclass
class _Walk:
    """The state carried from one entry to the next."""

    expected_seq: int = 1
    prev_hash: str = GENESIS_HASH
    prev_id: str | None = None
    seen: dict[str, int] = field(default_factory=dict)
    ids: dict[int, str] = field(default_factory=dict)


def verify_log(db: sqlite_utils.Database, anchor: str | None = None) -> VerifyResult:
    """Recompute the chain from the first entry; see the module docstring for the guarantees."""
    count, head_hash = head(db)
    walk = _Walk()
    try:
        for row in db.execute(f"SELECT {_COLUMNS} FROM [{LOG_TABLE}] ORDER BY seq"):
            _check_row(walk, row)
        _check_head(walk, count, head_hash)
        _check_anchor(walk, anchor)
    except _Bad as bad:
        return VerifyResult(
            False,
            walk.expected_seq - 1,
            count,
            head_hash,
            bad.seq,
            bad.entry_id,
            bad.reason,
            bad.reason_en,
            _warnings(db),
        )
    return VerifyResult(True, walk.expected_seq - 1, count, head_hash, warnings=_warnings(db))


def _check_row(walk: _Walk, row: tuple[Any, ...]) -> None:
    seq, entry_id, prev_hash, content_text, entry_hash = row[:5]
    if seq != walk.expected_seq:
        raise _missing(walk.expected_seq)
    content = _parse(seq, entry_id, content_text)
    if chain_hash(prev_hash, content_text) != entry_hash:
        raise _Bad(seq, entry_id, "inhoud of hash gewijzigd", "its content or hash was changed")
    if content.get("id") != entry_id or _index_mismatch(content, row[5:]):
        raise _Bad(
            seq,
            entry_id,
            "zoekkolommen wijken af van de inhoud",
            "its searchable columns differ from its content",
        )
    if prev_hash != walk.prev_hash:
        raise _broken_link(walk, seq, entry_id, prev_hash, content)
    if content.get("seq") != seq:
        raise _out_of_place(seq, entry_id, content)
    walk.seen[entry_hash] = seq
    walk.ids[seq] = entry_id
    walk.expected_seq, walk.prev_hash, walk.prev_id = seq + 1, entry_hash, entry_id


def _parse(seq: int, entry_id: str, content_text: str) -> dict[str, Any]:
    try:
        content = json.loads(content_text)
    except (TypeError, ValueError):
        content = None
    if not isinstance(content, dict):
        raise _Bad(seq, entry_id, "inhoud onleesbaar", "its content is unreadable")
    return content


def _index_mismatch(content: dict[str, Any], stored: tuple[Any, ...]) -> bool:
    try:
        return tuple(index_values(content)) != tuple(stored)
    except (KeyError, TypeError):
        return True


def _broken_link(
    walk: _Walk, seq: int, entry_id: str, prev_hash: str, content: dict[str, Any]
) -> _Bad:
    """The entry is intact but does not follow its predecessor: say which one is out of line."""
    earlier = walk.seen.get(prev_hash)
    if earlier is not None or (prev_hash == GENESIS_HASH and seq > 1):
        first_inserted = (earlier or 0) + 1
        return _Bad(
            first_inserted,
            walk.ids.get(first_inserted),
            "ingevoegd na het vastleggen",
            "it was inserted into the log afterwards",
        )
    if content.get("seq") == seq and seq > 1:
        return _Bad(
            seq - 1,
            walk.prev_id,
            "gewijzigd (hash herberekend) na het volgende item",
            "it was changed (hash recomputed) after the next entry was logged",
        )
    return _out_of_place(seq, entry_id, content)


def _out_of_place(seq: int, entry_id: str, content: dict[str, Any]) -> _Bad:
    claimed = content.get("seq")
    return _Bad(
        seq,
        entry_id,
        f"staat op de verkeerde plaats (het zegt item {claimed} te zijn)",
        f"it is out of place (it says it is entry {claimed}): entries were removed or reordered",
    )


def _missing(seq: int) -> _Bad:
    return _Bad(seq, None, f"item {seq} ontbreekt (verwijderd)", f"entry {seq} is missing")


def _check_head(walk: _Walk, count: int, head_hash: str) -> None:
    last = walk.expected_seq - 1
    if count > last:
        raise _Bad(
            last + 1,
            None,
            f"items {last + 1}–{count} ontbreken aan het eind (afgekapt)",
            f"entries {last + 1}–{count} are missing at the end (the log was cut off)",
        )
    if count < last:
        raise _Bad(
            count + 1,
            walk.ids.get(count + 1),
            "buiten de app toegevoegd",
            "it was added outside the app (the head was not advanced)",
        )
    if head_hash != walk.prev_hash:
        raise _Bad(
            last,
            walk.prev_id,
            "laatste item of kop gewijzigd",
            "the last entry or the head was changed",
        )


def _check_anchor(walk: _Walk, anchor: str | None) -> None:
    if anchor and anchor != GENESIS_HASH and anchor not in walk.seen:
        raise _Bad(
            1,
            walk.ids.get(1),
            "het eerder genoteerde ankerhash staat niet meer in de keten",
            "the anchor hash noted earlier is no longer in the chain: the log was rewritten",
        )


def _warnings(db: sqlite_utils.Database) -> tuple[str, ...]:
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    missing = [name for name in _TRIGGERS if f"{LOG_TABLE}_{name}" not in present]
    if not missing:
        return ()
    return (f"append-only triggers missing: {', '.join(missing)}",)
