"""Checking the registers' chain as ``log verify`` checks the log, and a little more.

Caught, by anyone changing the file without the app: an edited, deleted, inserted or
reordered event; events cut off the end or added behind the head; a changed definition of
the chain table; personal details changed (their salted hash no longer matches the event),
details deleted without an erasure event, details added afterwards; a signature that does not
match its event; and a consent register edited after its last import (its snapshot hash).
As with the log, someone who rewrites the whole chain with the public algorithm is caught
only by a signature or an anchor noted elsewhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from arabesk_desk.review.signing import signature_is_valid
from arabesk_desk.store.consent_register import snapshot_hash
from arabesk_desk.store.migrations import (
    GENESIS_HASH,
    REGISTER_DETAILS_TABLE,
    REGISTER_SIGNATURES_TABLE,
    REGISTER_TABLE,
    REGISTER_TABLE_SQL,
)
from arabesk_desk.store.published_log import chain_hash
from arabesk_desk.store.registers import ERASED, details_hash, register_head, register_payload


@dataclass(frozen=True, slots=True)
class RegisterVerifyResult:
    ok: bool
    checked: int
    head_hash: str
    first_bad_seq: int | None = None
    reason: str = ""
    reason_en: str = ""
    details: int = 0  # details rows checked against their events
    erased: int = 0  # subjects whose details were erased (retention or a request)
    signed: int = 0


class _Bad(Exception):
    def __init__(self, seq: int | None, reason: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.seq, self.reason, self.reason_en = seq, reason, reason_en


def verify_registers(db: sqlite_utils.Database) -> RegisterVerifyResult:
    """The chain, the head, every details row, the signatures and the consent snapshot."""
    checked = 0
    try:
        _check_definition(db)
        checked, contents = _walk(db)
        count, head_hash = register_head(db)
        _check_head(checked, contents, count, head_hash)
        details = _check_details(db, contents)
        signed = _check_signatures(db, contents)
        _check_consent(db, contents)
    except _Bad as bad:
        return RegisterVerifyResult(False, checked, "", bad.seq, bad.reason, bad.reason_en)
    erased = sum(1 for c in contents.values() if c[0].get("kind") == ERASED)
    return RegisterVerifyResult(True, checked, head_hash, None, "", "", details, erased, signed)


# seq -> (parsed content, hash)
_Contents = dict[int, tuple[dict, str]]


def _check_definition(db: sqlite_utils.Database) -> None:
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [REGISTER_TABLE]
    ).fetchone()
    if row is None or row[0] != REGISTER_TABLE_SQL:
        raise _Bad(
            None,
            "de definitie van de registertabel is gewijzigd",
            "the definition of the register table was changed",
        )


def _walk(db: sqlite_utils.Database) -> tuple[int, _Contents]:
    expected, prev = 1, GENESIS_HASH
    contents: _Contents = {}
    rows = db.execute(f"SELECT seq, prev_hash, content, hash FROM [{REGISTER_TABLE}] ORDER BY seq")
    for seq, prev_hash, content, event_hash in rows:
        if seq != expected:
            raise _Bad(
                expected, f"gebeurtenis {expected} ontbreekt", f"event {expected} is missing"
            )
        if prev_hash != prev or chain_hash(prev_hash, content) != event_hash:
            raise _Bad(
                seq,
                "inhoud, hash of schakel gewijzigd",
                "its content, hash or link was changed",
            )
        parsed = _parsed(content)
        if parsed is None or parsed.get("seq") != seq:
            raise _Bad(seq, "staat op de verkeerde plaats", "it is out of place")
        contents[seq] = (parsed, event_hash)
        expected, prev = seq + 1, event_hash
    return expected - 1, contents


def _parsed(content: str) -> dict | None:
    try:
        value = json.loads(content)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _check_head(checked: int, contents: _Contents, count: int, head_hash: str) -> None:
    last = contents[checked][1] if checked else GENESIS_HASH
    if count > checked:
        raise _Bad(
            checked + 1,
            f"gebeurtenissen {checked + 1}–{count} ontbreken aan het eind",
            f"events {checked + 1}–{count} are missing at the end (the register was cut off)",
        )
    if count < checked:
        raise _Bad(count + 1, "buiten de app toegevoegd", "it was added outside the app")
    if head_hash != last:
        raise _Bad(
            checked, "laatste gebeurtenis of kop gewijzigd", "the last event or the head changed"
        )


def _check_details(db: sqlite_utils.Database, contents: _Contents) -> int:
    erased = {c.get("subject") for c, _ in contents.values() if c.get("kind") == ERASED}
    rows = db.execute(f"SELECT seq, subject, salt, details FROM [{REGISTER_DETAILS_TABLE}]")
    present = set()
    for seq, subject, salt, details in rows:
        content = contents.get(seq, ({}, ""))[0]
        if content.get("subject") != subject or content.get("details_hash") != details_hash(
            salt, details
        ):
            raise _Bad(
                seq,
                "de persoonlijke gegevens bij deze gebeurtenis zijn gewijzigd",
                "the personal details of this event were changed or added later",
            )
        present.add(seq)
    for seq, (content, _hash) in contents.items():
        if "details_hash" in content and seq not in present and content["subject"] not in erased:
            raise _Bad(
                seq,
                "de persoonlijke gegevens zijn verwijderd zonder dat het register dat vastlegde",
                "its personal details were deleted without an erasure in the register",
            )
    return len(present)


def _check_signatures(db: sqlite_utils.Database, contents: _Contents) -> int:
    signatures = {
        int(seq): (str(key), str(signature))
        for seq, key, signature in db.execute(
            f"SELECT seq, public_key, signature FROM [{REGISTER_SIGNATURES_TABLE}]"
        )
    }
    for seq, (content, event_hash) in contents.items():
        signer = content.get("signer")
        found = signatures.pop(seq, None)
        if signer is None and found is None:
            continue
        if (
            found is None
            or found[0] != signer
            or not signature_is_valid(found[0], register_payload(event_hash), found[1])
        ):
            raise _Bad(
                seq,
                "de handtekening hoort niet bij deze gebeurtenis",
                "its signature is missing or does not match the event",
            )
    if signatures:
        seq = min(signatures)
        raise _Bad(seq, "een handtekening zonder gebeurtenis", "a signature without its event")
    return sum(1 for content, _ in contents.values() if "signer" in content)


def _check_consent(db: sqlite_utils.Database, contents: _Contents) -> None:
    imports = [
        (seq, c)
        for seq, (c, _) in contents.items()
        if c.get("register") == "consent" and "snapshot" in c
    ]
    expected = imports[-1][1]["snapshot"] if imports else snapshot_hash(())
    if snapshot_hash_of(db) != expected:
        raise _Bad(
            imports[-1][0] if imports else None,
            "het toestemmingsregister is gewijzigd na de laatste import",
            "the photo-consent register was changed after its last import",
        )


def snapshot_hash_of(db: sqlite_utils.Database) -> str:
    from arabesk_desk.store.consent_register import stored_records

    return snapshot_hash(stored_records(db))
