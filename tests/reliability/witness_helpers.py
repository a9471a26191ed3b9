"""A signed, witnessed log to attack, and the attacks: done with raw SQL after dropping the
append-only triggers, with the project's own hashing, as someone with the file could."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from arabesk_desk.policy import load_policy
from arabesk_desk.review.canonical import canonical_text
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.signing import ReviewerSigner, load_or_create_signer
from arabesk_desk.review.states import Outcome
from arabesk_desk.store import Store
from arabesk_desk.store.migrations import HEAD_TABLE, LOG_TABLE, SIGNATURES_TABLE
from arabesk_desk.store.published_log import chain_hash, signed_payload
from arabesk_desk.store.review_ledger import StoreReviewLedger
from arabesk_desk.user_settings import UserSettings, save_settings
from tests.arabesk_desk.review.helpers import official_draft
from tests.arabesk_desk.store.factories import make_item

AUTHOR = "Sanne Jansen"
LEADER = "Mw. J. de Vries"
WITNESSED = 15
TOTAL = 20


@dataclass
class WitnessedLog:
    database: Path
    folder: Path
    author: ReviewerSigner
    leader: ReviewerSigner


def build(home: Path) -> WitnessedLog:
    """20 signed entries; a leader approved a request made when there were 15 (a checkpoint),
    and the author's app saw the approval (kept in its store)."""
    author, leader = load_or_create_signer(AUTHOR), load_or_create_signer(LEADER)
    policy_file = home / "beleid.toml"
    policy_file.write_text(
        f'[[review.reviewers]]\nname = "{LEADER}"\npublic_key = "{leader.public_key}"\n',
        encoding="utf-8",
    )
    folder_path = home / "reviewmap"
    save_settings(
        home / "settings.toml",
        UserSettings(name=AUTHOR, policy_file=str(policy_file), review_folder=str(folder_path)),
    )
    database = home / "arabesk-desk.sqlite3"
    with Store.open(database) as store:
        store.signer = author
        for number in range(WITNESSED):
            store.append_published(make_item(number))
    folder = ReviewFolder(
        folder_path,
        load_policy(policy_file).review,
        owner=AUTHOR,
        ledger=StoreReviewLedger(database),
    )
    request = folder.submit(official_draft(author=AUTHOR))
    folder.record(decide(request, Outcome.APPROVED, "", leader))
    folder.load()  # the author's app sees the approval and keeps it
    with Store.open(database) as store:
        store.signer = author
        for number in range(WITNESSED, TOTAL):
            store.append_published(make_item(number))
    return WitnessedLog(database, folder_path, author, leader)


def raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        if name.startswith((LOG_TABLE, HEAD_TABLE, "review_decisions")):
            conn.execute(f"DROP TRIGGER [{name}]")
    return conn


def done(conn: sqlite3.Connection) -> None:
    conn.execute("COMMIT")
    conn.close()


def _contents(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(f"SELECT content FROM {LOG_TABLE} ORDER BY seq").fetchall()
    return [json.loads(r[0]) for r in rows]


def _write_chain(
    conn: sqlite3.Connection,
    contents: list[dict],
    start: int,
    *,
    keep_signatures: bool = True,
    signer: ReviewerSigner | None = None,
) -> None:
    """Replace entries from ``start`` (1-based) with ``contents[start-1:]``, chained correctly."""
    conn.execute(f"DELETE FROM {LOG_TABLE} WHERE seq >= ?", [start])
    if not keep_signatures:
        conn.execute(f"DELETE FROM {SIGNATURES_TABLE} WHERE seq >= ?", [start])
    prev = conn.execute(f"SELECT hash FROM {LOG_TABLE} WHERE seq = ?", [start - 1]).fetchone()
    prev_hash = prev[0] if prev else "0" * 64
    for seq, content in enumerate(contents[start - 1 :], start=start):
        content["seq"] = seq
        if signer is not None:
            content["signer"] = signer.public_key
        text = canonical_text(content)
        entry_hash = chain_hash(prev_hash, text)
        conn.execute(
            f"INSERT INTO {LOG_TABLE} (seq, prev_hash, content, hash) VALUES (?, ?, ?, ?)",
            [seq, prev_hash, text, entry_hash],
        )
        if signer is not None:
            conn.execute(
                f"INSERT OR REPLACE INTO {SIGNATURES_TABLE} VALUES (?, ?, ?)",
                [seq, signer.public_key, signer.sign(signed_payload(entry_hash))],
            )
        prev_hash = entry_hash
    conn.execute(f"UPDATE {HEAD_TABLE} SET count = ?, hash = ? WHERE id = 1", [seq, prev_hash])


def rewrite_from(path: Path, start: int, *, keep_signer_fields: bool) -> None:
    """Change entry ``start`` and re-chain to the end with the project's own hashing."""
    conn = raw(path)
    contents = _contents(conn)
    contents[start - 1]["text"] += " (herschreven)"
    if not keep_signer_fields:
        for content in contents[start - 1 :]:
            content.pop("signer", None)
    _write_chain(conn, contents, start, keep_signatures=keep_signer_fields)
    done(conn)


def rewrite_everything_unsigned(path: Path) -> None:
    conn = raw(path)
    contents = _contents(conn)
    for content in contents:
        content.pop("signer", None)
    contents[3]["text"] += " (herschreven)"
    _write_chain(conn, contents, 1, keep_signatures=False)
    done(conn)


def delete_middle(path: Path, seq: int) -> None:
    conn = raw(path)
    contents = _contents(conn)
    del contents[seq - 1]
    _write_chain(conn, contents, seq, keep_signatures=True)
    conn.execute(f"DELETE FROM {SIGNATURES_TABLE} WHERE seq > ?", [len(contents)])
    done(conn)


def cut_tail(path: Path, keep: int) -> None:
    conn = raw(path)
    conn.execute(f"DELETE FROM {LOG_TABLE} WHERE seq > ?", [keep])
    conn.execute(f"DELETE FROM {SIGNATURES_TABLE} WHERE seq > ?", [keep])
    last = conn.execute(f"SELECT hash FROM {LOG_TABLE} WHERE seq = ?", [keep]).fetchone()[0]
    conn.execute(f"UPDATE {HEAD_TABLE} SET count = ?, hash = ? WHERE id = 1", [keep, last])
    done(conn)


def append_forged(path: Path, signer: ReviewerSigner | None) -> None:
    conn = raw(path)
    contents = _contents(conn)
    forged = dict(contents[-1], id="forged-entry", text="Een vervalst bericht")
    forged.pop("signer", None)
    contents.append(forged)
    _write_chain(conn, contents, len(contents), signer=signer)
    done(conn)


def forget_kept_decisions(path: Path) -> None:
    conn = raw(path)
    conn.execute("DELETE FROM review_decisions")
    done(conn)
