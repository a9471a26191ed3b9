"""Corrupt, truncated, foreign and newer databases are refused and left byte-identical."""

from __future__ import annotations

import sqlite3

import pytest

from arabesk_desk.store import Store, StoreError
from arabesk_desk.store.migrations import MIGRATIONS_TABLE, schema_version
from tests.arabesk_desk.store.factories import make_item


def filled_database(path, entries: int = 300):
    with Store.open(path) as store:
        store.append_many([make_item(n, text=f"Bericht {n} " + "x" * 200) for n in range(entries)])
    return path.read_bytes()


def refuse(path, reason: str) -> StoreError:
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert path.read_bytes() == before
    assert caught.value.reason == reason
    assert str(path) in caught.value.message and str(path) in caught.value.message_en
    return caught.value


def test_garbage_bytes_are_refused(store_path):
    store_path.write_bytes(b"dit is geen database\n" * 500)
    error = refuse(store_path, "corrupt")
    assert "beschadigd" in error.message and "damaged" in error.message_en


def test_garbage_after_a_valid_header_is_refused(store_path):
    filled_database(store_path)
    data = bytearray(store_path.read_bytes())
    data[4096:12288] = b"\xa5" * 8192
    store_path.write_bytes(bytes(data))
    refuse(store_path, "corrupt")


@pytest.mark.parametrize("keep", [50, 4096, 0.5])
def test_truncated_file_is_refused(store_path, keep):
    data = filled_database(store_path)
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    store_path.write_bytes(data[:size])
    refuse(store_path, "corrupt")


def test_newer_schema_version_is_refused(store_path):
    filled_database(store_path, entries=3)
    conn = sqlite3.connect(store_path)
    conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name) VALUES ('m999_from_the_future')")
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    error = refuse(store_path, "newer")
    assert "nieuwere versie" in error.message and "newer version" in error.message_en


def test_newer_user_version_alone_is_refused(store_path):
    filled_database(store_path, entries=1)
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    conn.close()
    refuse(store_path, "newer")


def test_another_programs_database_is_refused(store_path):
    conn = sqlite3.connect(store_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    refuse(store_path, "foreign")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path)
    assert caught.value.reason == "unreadable"


def test_an_empty_file_becomes_a_database(store_path):
    store_path.write_bytes(b"")
    with Store.open(store_path) as store:
        assert store.count() == 0


def test_an_older_database_is_migrated(store_path):
    from arabesk_desk.store import migrations

    conn = sqlite3.connect(store_path, isolation_level=None)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db.execute(f"CREATE TABLE [{MIGRATIONS_TABLE}] (name TEXT PRIMARY KEY, applied_at TEXT)")
    first = migrations.MIGRATIONS[0]
    first.apply(db)
    db.execute(f"INSERT INTO [{MIGRATIONS_TABLE}] (name) VALUES (?)", [first.name])
    db.execute("PRAGMA user_version = 1")
    conn.close()
    with Store.open(store_path) as store:
        store.append_published(make_item())
        assert store.verify().ok
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_wal_and_full_sync_are_on(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_programs_opening_a_new_database_at_once_migrate_it_once(store_path):
    import threading

    barrier = threading.Barrier(4)
    problems: list[BaseException] = []

    def open_and_append(number: int) -> None:
        barrier.wait()
        try:
            with Store.open(store_path) as store:
                store.append_published(make_item(number))
        except BaseException as exc:
            problems.append(exc)

    threads = [threading.Thread(target=open_and_append, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    with Store.open(store_path) as store:
        assert store.count() == 4 and store.verify().ok
