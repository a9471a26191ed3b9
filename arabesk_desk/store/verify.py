"""Checking the hash chain and naming the first bad entry.

What it detects, by anyone who changes the file without recomputing the chain to its end:
an edited entry (content, hash or link), a deleted entry, an inserted entry, two entries
swapped, entries cut off the end (the head table disagrees), entries added behind the app's
back, and a changed definition of the log table (its searchable columns are generated from
the hashed content, so they cannot be edited on their own). That holds with the append-only
triggers dropped too; their absence is reported as a warning.

What it cannot detect on its own: someone who rewrites every entry from the tampered one to
the end *and* the head with the public algorithm (there is no secret in the chain). Against a
rewrite, note the head hash (``log verify`` prints it; JSON exports carry it) elsewhere and
pass it later as ``anchor``. The search index is derived data outside the chain; it is
checked against the log too (``index_problem``) and rebuilt with ``log repair-index``.

The common case is fast: one pass hashing each entry, no JSON parsing. Only after a break is
the content read to say what happened.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from arabesk_desk.store.log_witness import (
    ChainLink,
    Checkpoint,
    WitnessProblem,
    check_checkpoints,
    check_signatures,
    signer_named_in,
)
from arabesk_desk.store.migrations import GENESIS_HASH, LOG_TABLE, LOG_TABLE_SQL
from arabesk_desk.store.published_log import chain_hash, head
from arabesk_desk.store.search_index import index_problem

_TRIGGERS = ("no_update", "no_delete", "chain", "advance_head")


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """``ok``, or the first bad entry: ``first_bad_seq`` and its id when it still exists.

    ``reason`` is Dutch, ``reason_en`` English. ``first_bad_seq`` is None when the problem is
    the table itself rather than an entry.
    """

    ok: bool
    checked: int
    head_count: int
    head_hash: str
    first_bad_seq: int | None = None
    first_bad_id: str | None = None
    reason: str = ""
    reason_en: str = ""
    warnings: tuple[str, ...] = field(default=())
    index_problem: str = ""  # the search index against the log: "" when it matches
    signed: int = 0  # entries signed with the author's key
    checkpoints: int = 0  # witnessed checkpoints checked
    witnessed: Checkpoint | None = None  # the newest witnessed position


class _Bad(Exception):
    def __init__(self, seq: int | None, reason: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.seq, self.reason, self.reason_en = seq, reason, reason_en


def verify_log(
    db: sqlite_utils.Database,
    anchor: str | None = None,
    *,
    owner_key: str | None = None,
    checkpoints: Sequence[Checkpoint] = (),
) -> VerifyResult:
    """Recompute the chain from the first entry, then check signatures (``owner_key``: the
    author's own public key, when known) and every witnessed checkpoint; see the module
    docstring and :mod:`arabesk_desk.store.log_witness` for the guarantees."""
    warnings = _warnings(db)
    try:
        _check_table_definition(db)
        count, head_hash = _head_or_bad(db)
    except _Bad as bad:
        return VerifyResult(False, 0, 0, "", None, None, bad.reason, bad.reason_en, warnings)
    checked = 0
    try:
        chain = _walk_chain(db)
        checked, last_hash = len(chain), chain[-1].hash if chain else GENESIS_HASH
        _check_head(checked, last_hash, count, head_hash)
        _check_anchor(db, anchor)
        signed, witnessed = _check_witnesses(db, chain, owner_key, checkpoints)
    except _Bad as bad:
        entry_id = _id_at(db, bad.seq)
        return VerifyResult(
            False,
            checked,
            count,
            head_hash,
            bad.seq,
            entry_id,
            bad.reason,
            bad.reason_en,
            warnings,
        )
    return VerifyResult(
        True,
        checked,
        count,
        head_hash,
        warnings=warnings,
        index_problem=index_problem(db) or "",
        signed=signed,
        checkpoints=len(checkpoints),
        witnessed=witnessed,
    )


def _check_witnesses(
    db: sqlite_utils.Database,
    chain: Sequence[ChainLink],
    owner_key: str | None,
    checkpoints: Sequence[Checkpoint],
) -> tuple[int, Checkpoint | None]:
    try:
        signed = check_signatures(db, chain, owner_key)
        return signed, check_checkpoints(db, len(chain), checkpoints)
    except WitnessProblem as problem:
        raise _Bad(problem.seq, problem.reason, problem.reason_en) from None


def _walk_chain(db: sqlite_utils.Database) -> list[ChainLink]:
    """The fast pass: every entry's place, hash and signer, or raises at the first break."""
    expected, prev = 1, GENESIS_HASH
    chain: list[ChainLink] = []
    rows = db.execute(f"SELECT seq, prev_hash, content, hash FROM [{LOG_TABLE}] ORDER BY seq")
    for seq, prev_hash, content, entry_hash in rows:
        if (
            seq != expected
            or prev_hash != prev
            or not isinstance(content, str)
            or chain_hash(prev_hash, content) != entry_hash
        ):
            raise _diagnose(db, expected, (seq, prev_hash, content, entry_hash), prev)
        chain.append(ChainLink(seq, entry_hash, signer_named_in(content)))
        expected, prev = seq + 1, entry_hash
    return chain


def _diagnose(db: sqlite_utils.Database, expected: int, row: tuple[Any, ...], prev: str) -> _Bad:
    """Say which entry is first out of line, given the first row where the chain broke."""
    seq, prev_hash, content_text, entry_hash = row
    earlier = _first_misnumbered(db, expected)
    if earlier is not None:
        return earlier
    if seq != expected:
        return _Bad(
            expected, f"item {expected} ontbreekt (verwijderd)", f"entry {expected} is missing"
        )
    content = _parse(content_text)
    if content is None or chain_hash(prev_hash, content_text) != entry_hash:
        return _Bad(seq, "inhoud of hash gewijzigd", "its content or hash was changed")
    linked = _seq_with_hash(db, prev_hash)
    if (linked is not None and linked < seq - 1) or (prev_hash == GENESIS_HASH and seq > 1):
        inserted = (linked or 0) + 1
        return _Bad(inserted, "ingevoegd na het vastleggen", "it was inserted into the log later")
    if content.get("seq") == seq and seq > 1:
        return _Bad(
            seq - 1,
            "gewijzigd (hash herberekend) na het volgende item",
            "it was changed (its hash recomputed) after the next entry was logged",
        )
    return _out_of_place(seq, content)


def _first_misnumbered(db: sqlite_utils.Database, before: int) -> _Bad | None:
    """An entry before the break whose content names another place (a rebuilt start)."""
    rows = db.execute(
        f"SELECT seq, content FROM [{LOG_TABLE}] WHERE seq < ? ORDER BY seq", [before]
    )
    for seq, content_text in rows:
        content = _parse(content_text)
        if content is None or content.get("seq") != seq:
            return _out_of_place(seq, content or {})
    return None


def _out_of_place(seq: int, content: dict[str, Any]) -> _Bad:
    claimed = content.get("seq")
    return _Bad(
        seq,
        f"staat op de verkeerde plaats (het zegt item {claimed} te zijn)",
        f"it is out of place (it says it is entry {claimed}): entries were removed or reordered",
    )


def _parse(content_text: Any) -> dict[str, Any] | None:
    try:
        content = json.loads(content_text)
    except (TypeError, ValueError):
        return None
    return content if isinstance(content, dict) else None


def _seq_with_hash(db: sqlite_utils.Database, entry_hash: str) -> int | None:
    row = db.execute(f"SELECT min(seq) FROM [{LOG_TABLE}] WHERE hash = ?", [entry_hash]).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def _id_at(db: sqlite_utils.Database, seq: int | None) -> str | None:
    if seq is None:
        return None
    row = db.execute(f"SELECT id FROM [{LOG_TABLE}] WHERE seq = ?", [seq]).fetchone()
    return None if row is None else row[0]


def _check_table_definition(db: sqlite_utils.Database) -> None:
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [LOG_TABLE]
    ).fetchone()
    if row is None or row[0] != LOG_TABLE_SQL:
        raise _Bad(
            None,
            "de definitie van de logtabel is gewijzigd",
            "the definition of the log table was changed",
        )


def _head_or_bad(db: sqlite_utils.Database) -> tuple[int, str]:
    try:
        return head(db)
    except (sqlite3.OperationalError, TypeError):
        raise _Bad(
            None, "de kop van de log ontbreekt", "the head of the log (count and hash) is missing"
        ) from None


def _check_head(last: int, last_hash: str, count: int, head_hash: str) -> None:
    if count > last:
        raise _Bad(
            last + 1,
            f"items {last + 1}–{count} ontbreken aan het eind (afgekapt)",
            f"entries {last + 1}–{count} are missing at the end (the log was cut off)",
        )
    if count < last:
        raise _Bad(
            count + 1,
            "buiten de app toegevoegd",
            "it was added outside the app (the head was not advanced)",
        )
    if head_hash != last_hash:
        raise _Bad(last, "laatste item of kop gewijzigd", "the last entry or the head was changed")


def _check_anchor(db: sqlite_utils.Database, anchor: str | None) -> None:
    if anchor and anchor != GENESIS_HASH and _seq_with_hash(db, anchor.strip()) is None:
        raise _Bad(
            None,
            "de eerder genoteerde ankerhash staat niet meer in de keten",
            "the anchor hash noted earlier is no longer in the chain: the log was rewritten",
        )


def _warnings(db: sqlite_utils.Database) -> tuple[str, ...]:
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    missing = [name for name in _TRIGGERS if f"{LOG_TABLE}_{name}" not in present]
    if not missing:
        return ()
    return (f"append-only triggers missing: {', '.join(missing)}",)
