"""Issue 11, point 8: an edited search index is caught by ``log verify`` and rebuilt on request."""

from __future__ import annotations

import pytest

from arabesk_desk.cli import main
from arabesk_desk.store import PublishedItem, Store


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "log.db"
    with Store.open(path) as store:
        for number in range(5):
            store.append_published(
                PublishedItem(f"Open dag nummer{number}", ("x",), "official", "A", "staff")
            )
    return path


def _drop_entry_3_from_the_index(store: Store) -> None:
    row = store.db.execute(
        "SELECT seq, text, author, channels, facets FROM published_log WHERE seq = 3"
    ).fetchone()
    store.db.execute(
        "INSERT INTO published_log_fts (published_log_fts, rowid, text, author, channels, facets) "
        "VALUES ('delete', ?, ?, ?, ?, ?)",
        list(row),
    )


def _tamper(database, how) -> None:
    with Store.open(database) as store:
        how(store)


@pytest.mark.parametrize(
    "how",
    [
        _drop_entry_3_from_the_index,
        lambda store: store.db.execute("DROP TRIGGER published_log_ai"),
        lambda store: store.db.execute("DROP TABLE published_log_fts"),
        lambda store: store.db.execute(
            "INSERT INTO published_log_fts (rowid, text, author, channels, facets) "
            "VALUES (99, 'nep', 'nep', 'x', 'official')"
        ),
    ],
)
def test_log_verify_catches_an_edited_index_and_repair_index_rebuilds_it(database, how, capsys):
    _tamper(database, how)
    assert main(["log", "--database", str(database), "verify"]) == 1
    out = capsys.readouterr().out
    assert "search index" in out and "repair-index" in out and "chain is intact" in out

    assert main(["log", "--database", str(database), "repair-index"]) == 0
    assert main(["log", "--database", str(database), "verify"]) == 0
    assert "matches the log" in capsys.readouterr().out
    with Store.open(database) as store:
        assert len(store.search("nummer2")) == 1
        store.append_published(PublishedItem("Nieuw woordje", ("x",), "official", "A", "staff"))
        assert len(store.search("woordje")) == 1 and store.verify().index_problem == ""


def test_search_misses_an_entry_only_until_the_repair(database):
    _tamper(database, _drop_entry_3_from_the_index)
    with Store.open(database) as store:
        assert store.search("nummer2") == []
        store.repair_index()
        assert [e.seq for e in store.search("nummer2")] == [3]
