"""Every single tampering with the log file is detected and the first bad entry is named.

The tampering is done with raw SQL after dropping the append-only triggers, as someone with
the file and a SQLite tool could.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arabesk_desk.review.canonical import canonical_text
from arabesk_desk.store import Store
from arabesk_desk.store.migrations import HEAD_TABLE, LOG_TABLE
from arabesk_desk.store.published_log import chain_hash
from tests.arabesk_desk.store.factories import make_item

ENTRIES = 12
EDITABLE_COLUMNS = ("content", "hash", "prev_hash")
GENERATED_COLUMNS = ("id", "text", "author", "channels", "capacity", "kind", "has_overrides")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "log.sqlite3"
    with Store.open(path) as store:
        for number in range(ENTRIES):
            store.append_published(make_item(number, channels=("x", "linkedin")))
    return path


def copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "log.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(template) + suffix)
        if source.exists():
            shutil.copyfile(source, str(target) + suffix)
    return target


def raw(path: Path) -> sqlite3.Connection:
    """A plain connection with our triggers dropped, in one transaction (see :func:`done`)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        ours = name.startswith(LOG_TABLE) and not name.startswith(f"{LOG_TABLE}_fts")
        if ours or name.startswith(HEAD_TABLE):
            conn.execute(f"DROP TRIGGER [{name}]")
    return conn


def done(conn: sqlite3.Connection) -> None:
    conn.execute("COMMIT")
    conn.close()


def row(conn, seq: int) -> dict:
    conn.row_factory = sqlite3.Row
    found = conn.execute(f"SELECT * FROM {LOG_TABLE} WHERE seq = ?", [seq]).fetchone()
    conn.row_factory = None
    return dict(found)


def edit_field(conn, seq: int, column: str) -> int:
    old = row(conn, seq)[column]
    if column == "content":
        content = json.loads(old)
        content["text"] += " (aangepast)"
        new = canonical_text(content)
    else:
        new = ("f" if old[0] != "f" else "e") + old[1:]
    conn.execute(f"UPDATE {LOG_TABLE} SET [{column}] = ? WHERE seq = ?", [new, seq])
    return seq


def edit_and_rehash(conn, seq: int) -> int:
    entry = row(conn, seq)
    content = json.loads(entry["content"])
    content["author"] = "Iemand Anders"
    text = canonical_text(content)
    conn.execute(
        f"UPDATE {LOG_TABLE} SET content = ?, hash = ? WHERE seq = ?",
        [text, chain_hash(entry["prev_hash"], text), seq],
    )
    return seq


def delete(conn, seq: int, renumber: bool) -> int:
    conn.execute(f"DELETE FROM {LOG_TABLE} WHERE seq = ?", [seq])
    if renumber:
        shift(conn, seq + 1, -1)
    return seq


def shift(conn, start: int, by: int) -> None:
    conn.execute(f"UPDATE {LOG_TABLE} SET seq = -(seq + ?) WHERE seq >= ?", [by, start])
    conn.execute(f"UPDATE {LOG_TABLE} SET seq = -seq WHERE seq < 0")


def insert_forged(conn, seq: int) -> int:
    """A well-formed entry with a correct own hash, slipped in at ``seq``."""
    count = conn.execute(f"SELECT max(seq) FROM {LOG_TABLE}").fetchone()[0]
    prev_hash = row(conn, seq - 1)["hash"] if seq > 1 else "0" * 64
    shift(conn, seq, 1)
    template = row(conn, seq + 1 if seq <= count else count)
    content = json.loads(template["content"])
    content.update(id=f"forged{seq}", seq=seq, text="Vervalst bericht")
    text = canonical_text(content)
    values = {"seq": seq, "content": text, "prev_hash": prev_hash}
    values["hash"] = chain_hash(prev_hash, text)
    names = ", ".join(values)
    conn.execute(
        f"INSERT INTO {LOG_TABLE} ({names}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )
    return seq


def swap(conn, first: int, second: int) -> int:
    low, high = sorted((first, second))
    conn.execute(f"UPDATE {LOG_TABLE} SET seq = -1 WHERE seq = ?", [low])
    conn.execute(f"UPDATE {LOG_TABLE} SET seq = ? WHERE seq = ?", [low, high])
    conn.execute(f"UPDATE {LOG_TABLE} SET seq = ? WHERE seq = -1", [high])
    return low


def truncate(conn, keep: int) -> int:
    conn.execute(f"DELETE FROM {LOG_TABLE} WHERE seq > ?", [keep])
    return keep + 1


positions = st.integers(min_value=1, max_value=ENTRIES)
tamperings = st.one_of(
    st.tuples(st.just("edit"), positions, st.sampled_from(EDITABLE_COLUMNS)),
    st.tuples(st.just("rehash"), positions, st.none()),
    st.tuples(st.just("delete"), positions, st.booleans()),
    st.tuples(st.just("insert"), st.integers(min_value=1, max_value=ENTRIES + 1), st.none()),
    st.tuples(st.just("swap"), positions, positions),
    st.tuples(st.just("truncate"), st.integers(min_value=0, max_value=ENTRIES - 1), st.none()),
)


def tamper(conn, action: str, position: int, extra) -> int:
    """Do one tampering; returns the seq of the first entry verify must name."""
    if action == "edit":
        return edit_field(conn, position, extra)
    if action == "rehash":
        return edit_and_rehash(conn, position)
    if action == "delete":
        return delete(conn, position, extra)
    if action == "insert":
        return insert_forged(conn, position)
    if action == "swap":
        return swap(conn, position, extra)
    return truncate(conn, position)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(tampering=tamperings, case=st.uuids())
def test_every_tampering_is_detected(template, tmp_path, tampering, case):
    action, position, extra = tampering
    if action == "swap" and position == extra:
        extra = position % ENTRIES + 1
    path = copy_of(template, tmp_path / case.hex)
    conn = raw(path)
    expected = tamper(conn, action, position, extra)
    done(conn)
    with Store.open(path) as store:
        result = store.verify()
    assert not result.ok, tampering
    assert result.first_bad_seq == expected, (tampering, result)
    assert result.reason and result.reason_en
    assert result.warnings  # the append-only triggers were dropped


def test_untouched_copy_verifies(template, tmp_path):
    with Store.open(copy_of(template, tmp_path)) as store:
        result = store.verify()
    assert result.ok and result.checked == ENTRIES and not result.warnings


def test_triggers_refuse_update_and_delete(template, tmp_path):
    conn = sqlite3.connect(copy_of(template, tmp_path), isolation_level=None)
    for statement in (
        f"UPDATE {LOG_TABLE} SET content = content WHERE seq = 1",
        f"DELETE FROM {LOG_TABLE} WHERE seq = 3",
        f"DELETE FROM {HEAD_TABLE}",
        f"UPDATE {HEAD_TABLE} SET count = 2",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(statement)
    conn.close()


def test_anchor_detects_a_rewritten_chain(template, tmp_path):
    path = copy_of(template, tmp_path)
    with Store.open(path) as store:
        anchor = store.head_hash()
    conn = raw(path)
    edit_and_rehash(conn, ENTRIES)
    new_hash = row(conn, ENTRIES)["hash"]
    conn.execute(f"UPDATE {HEAD_TABLE} SET hash = ?", [new_hash])
    done(conn)
    with Store.open(path) as store:
        assert store.verify().ok  # a full rewrite is consistent on its own...
        assert not store.verify(anchor=anchor).ok  # ...but the noted anchor is gone


@pytest.mark.parametrize("column", GENERATED_COLUMNS)
def test_search_columns_cannot_be_edited_on_their_own(template, tmp_path, column):
    conn = raw(copy_of(template, tmp_path))
    with pytest.raises(sqlite3.OperationalError, match="generated column"):
        conn.execute(f"UPDATE {LOG_TABLE} SET [{column}] = 'x' WHERE seq = 2")
    done(conn)


def test_a_changed_table_definition_is_detected(template, tmp_path):
    path = copy_of(template, tmp_path)
    conn = raw(path)
    conn.execute(f"ALTER TABLE {LOG_TABLE} ADD COLUMN shadow_author TEXT")
    done(conn)
    with Store.open(path) as store:
        result = store.verify()
    assert not result.ok and result.first_bad_seq is None
    assert "definition" in result.reason_en


def test_an_unreadable_entry_gives_a_clear_error_when_listed(template, tmp_path):
    from arabesk_desk.store import StoreError

    path = copy_of(template, tmp_path)
    conn = raw(path)
    conn.execute(
        f"UPDATE {LOG_TABLE} SET content = replace(content, ?, ?) WHERE seq = 4",
        ['"kind":"published"', '"kind":"hacked"'],
    )
    done(conn)
    with Store.open(path) as store, pytest.raises(StoreError) as caught:
        store.entries()
    assert caught.value.reason == "tampered" and "log verify" in caught.value.message_en


@pytest.mark.parametrize("table", [HEAD_TABLE, LOG_TABLE])
def test_a_dropped_table_fails_verify_without_crashing(template, tmp_path, table):
    path = copy_of(template, tmp_path)
    conn = raw(path)
    conn.execute(f"DROP TABLE [{table}]")
    done(conn)
    with Store.open(path) as store:
        result = store.verify()
    assert not result.ok and result.first_bad_seq is None and result.reason_en
