"""What the hash chain alone cannot show: who wrote the entries, and what outside witnesses saw.

The chain is public arithmetic: anyone may rewrite it from some entry to the end, cut off the
tail, or append an entry with correct links. Two things catch that:

- **Signatures.** Each entry names its signer (the author's public key) in its hashed content
  and has a signature over its hash. A signature covers every entry before it through the
  chain, so checking the newest one proves them all; only when it fails is the first bad
  one searched for (by bisection, O(log n) checks). An unsigned entry after signed ones, a
  named signer without its signature, or a change to a key that is not the owner's is an
  entry added or rewritten without the author's key.
- **Witnessed checkpoints.** Every review request carries the author's log head, and the
  reviewer's signed decision countersigns it. Each such checkpoint (count, hash) must still
  be in the log: a log now shorter than a checkpoint was cut; a different hash at that
  position means it was rewritten before that checkpoint.

A rewrite with no witness after it and no signatures (a log from before signing, or a laptop
without a keyring) remains invisible; ``log verify`` then says how many entries are signed
and how far the newest witness reaches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from arabesk_desk.review.signing import fingerprint, signature_is_valid
from arabesk_desk.store.migrations import LOG_TABLE, SIGNATURES_TABLE
from arabesk_desk.store.published_log import signed_payload


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A log position a reviewer countersigned: ``count`` entries, the last with ``hash``."""

    count: int
    hash: str
    witness: str  # the reviewer's name, for people
    when: str  # when the reviewer signed
    source: str  # where it was found: "this computer" or the review folder


class WitnessProblem(Exception):
    """The first entry (``seq``) where signatures or checkpoints show tampering."""

    def __init__(self, seq: int | None, reason: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.seq, self.reason, self.reason_en = seq, reason, reason_en


@dataclass(frozen=True, slots=True)
class ChainLink:
    """An entry as the chain walk saw it: its place, its hash and the signer it names."""

    seq: int
    hash: str
    signer: str | None


@dataclass(frozen=True, slots=True)
class _SignedRow:
    seq: int
    hash: str
    signer: str | None
    key: str | None
    signature: str | None


_SIGNER_KEY = '"signer":"'


def signer_named_in(content: str) -> str | None:
    """The ``signer`` an entry's content names, without parsing the JSON.

    In canonical JSON a string's own quotes are escaped, so ``"signer":"`` occurs only as a
    key; the top-level one sorts after every nested object, so it is the last. Crafted
    content can only make this find a signer where there is none: that entry then needs a
    valid signature, which is stricter, never looser.
    """
    at = content.rfind(_SIGNER_KEY)
    if at < 0:
        return None
    start = at + len(_SIGNER_KEY)
    end = content.find('"', start)
    return content[start:end] if end >= 0 else ""


def check_signatures(
    db: sqlite_utils.Database, chain: Sequence[ChainLink], owner_key: str | None
) -> int:
    """The number of signed entries; :class:`WitnessProblem` at the first bad one."""
    stored = {
        seq: (key, signature)
        for seq, key, signature in db.execute(
            f"SELECT seq, public_key, signature FROM [{SIGNATURES_TABLE}]"
        )
    }
    rows = [
        _SignedRow(link.seq, link.hash, link.signer, *stored.get(link.seq, (None, None)))
        for link in chain
    ]
    signed = [row for row in rows if row.signer is not None]
    _check_every_entry(rows, owner_key)
    if signed and not _valid(signed[-1]):
        raise _forged(_first_invalid(signed))
    return len(signed)


def _check_every_entry(rows: Sequence[_SignedRow], owner_key: str | None) -> None:
    previous_key: str | None = None
    for row in rows:
        if row.signer is None:
            if previous_key is not None or row.key is not None:
                raise WitnessProblem(
                    row.seq,
                    "niet ondertekend, na ondertekende items: zonder de sleutel van de auteur "
                    "toegevoegd of herschreven",
                    "it is not signed, after signed entries: it was added or rewritten "
                    "without the author's key",
                )
            continue
        if row.key != row.signer or not row.signature:
            raise WitnessProblem(
                row.seq,
                "de handtekening ontbreekt of hoort bij een andere sleutel",
                "its signature is missing or belongs to another key",
            )
        if previous_key not in (None, row.signer) and row.signer != owner_key:
            raise WitnessProblem(
                row.seq,
                f"ondertekend met een andere sleutel ({fingerprint(row.signer)}) dan de items "
                "ervoor",
                f"it is signed with another key ({fingerprint(row.signer)}) than the entries "
                "before it, and not with yours",
            )
        previous_key = row.signer


def _valid(row: _SignedRow) -> bool:
    return signature_is_valid(row.signer or "", signed_payload(row.hash), row.signature or "")


def _first_invalid(signed: Sequence[_SignedRow]) -> _SignedRow:
    """The first entry whose signature fails; a rewrite fails every signature from there on."""
    low, high = 0, len(signed) - 1  # signed[high] is known to fail
    while low < high:
        middle = (low + high) // 2
        if _valid(signed[middle]):
            low = middle + 1
        else:
            high = middle
    return signed[low]


def _forged(row: _SignedRow) -> WitnessProblem:
    return WitnessProblem(
        row.seq,
        "de handtekening klopt niet: dit item (of een item ervoor) is herschreven zonder de "
        "sleutel van de auteur",
        "its signature does not match: this entry (or one before it) was rewritten without "
        "the author's key",
    )


def check_checkpoints(
    db: sqlite_utils.Database, count: int, checkpoints: Sequence[Checkpoint]
) -> Checkpoint | None:
    """The newest witnessed checkpoint; :class:`WitnessProblem` when one is no longer in the log."""
    newest: Checkpoint | None = None
    for checkpoint in sorted(checkpoints, key=lambda c: (c.count, c.when)):
        if checkpoint.count > count:
            raise WitnessProblem(
                count + 1,
                f"de log is afgekapt: {checkpoint.witness} bevestigde op {checkpoint.when} "
                f"{checkpoint.count} items ({checkpoint.source}), nu zijn er {count}",
                f"the log was cut off: {checkpoint.witness} countersigned {checkpoint.count} "
                f"entries on {checkpoint.when} ({checkpoint.source}); it now has {count}",
            )
        if checkpoint.count and _hash_at(db, checkpoint.count) != checkpoint.hash:
            raise WitnessProblem(
                checkpoint.count,
                f"herschreven vóór een bevestigd punt: {checkpoint.witness} bevestigde op "
                f"{checkpoint.when} een andere log tot hier ({checkpoint.source})",
                f"the log was rewritten before a witnessed checkpoint: {checkpoint.witness} "
                f"countersigned a different log up to here on {checkpoint.when} "
                f"({checkpoint.source})",
            )
        newest = checkpoint
    return newest


def _hash_at(db: sqlite_utils.Database, seq: int) -> str | None:
    row = db.execute(f"SELECT hash FROM [{LOG_TABLE}] WHERE seq = ?", [seq]).fetchone()
    return None if row is None else str(row[0])
