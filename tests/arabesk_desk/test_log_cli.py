"""``arabesk-desk log``: verify, search, export and import as a script would use them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from arabesk_desk.cli import main
from arabesk_desk.paths import data_paths
from arabesk_desk.store import Store
from arabesk_desk.store.migrations import LOG_TABLE
from tests.arabesk_desk.store.factories import make_item
from tests.arabesk_desk.store.timeline_samples import LINKEDIN_SHARES, MASTODON_OUTBOX, X_ARCHIVE


@pytest.fixture
def database(arabesk_home):
    path = data_paths().ensure().database
    with Store.open(path) as store:
        store.append_published(make_item(1, text="Ouderavond op dinsdag", channels=("linkedin",)))
        store.append_published(make_item(2, text="Sportdag", published_at="2026-06-01T10:00:00Z"))
        store.append_published(make_item(3, text="Ouders welkom", author="Piet"))
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["log", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_verify_ok_prints_the_head(database, capsys):
    code, out, _ = run(capsys, "verify")
    with Store.open(database) as store:
        head = store.head_hash()
    assert code == 0
    assert "OK: 3 entries" in out and head in out


def test_verify_names_the_first_bad_entry(database, capsys):
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute(f"DROP TRIGGER {LOG_TABLE}_no_update")
    conn.execute(f"UPDATE {LOG_TABLE} SET content = replace(content, 'Sportdag', 'Feest')")
    conn.close()
    code, out, err = run(capsys, "verify")
    assert code == 1
    assert "BAD: entry 2 (id " in out and "FOUT: item 2" in out
    assert "triggers missing" in err


def test_verify_with_a_foreign_anchor_fails(database, capsys):
    code, out, _ = run(capsys, "verify", "--anchor", "ab" * 32)
    assert code == 1 and "anchor" in out


def test_read_commands_do_not_create_a_database(arabesk_home, capsys):
    code, _, err = run(capsys, "verify")
    assert code == 2 and "no log" in err
    assert not data_paths().database.exists()


def test_corrupt_database_is_refused_and_kept(arabesk_home, capsys):
    path = data_paths().ensure().database
    path.write_bytes(b"\x00garbage" * 100)
    code, _, err = run(capsys, "verify")
    assert code == 2 and "damaged" in err
    assert path.read_bytes() == b"\x00garbage" * 100


def test_search_with_filters(database, capsys):
    code, out, _ = run(capsys, "search", "ouder")
    assert code == 0
    assert "Ouderavond op dinsdag" in out and "Ouders welkom" in out
    _, out, _ = run(capsys, "search", "ouder", "--author", "Piet", "--format", "json")
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["Ouders welkom"]


def test_export_csv_since_to_file(database, tmp_path, capsys):
    target = tmp_path / "log.csv"
    code, _, err = run(
        capsys, "export", "--format", "csv", "--since", "2026-05-01", "-o", str(target)
    )
    assert code == 0 and "written" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["text"] for r in rows] == ["Sportdag"]


def test_export_json_to_stdout(database, capsys):
    code, out, _ = run(capsys, "export", "--format", "json")
    document = json.loads(out)
    assert code == 0 and document["head"]["count"] == 3 and len(document["entries"]) == 3


def test_export_bad_date_is_a_usage_error(database, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["log", "export", "--format", "csv", "--since", "vorige week"])
    assert exited.value.code == 2


def test_export_to_an_unwritable_place(database, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--format", "json", "-o", str(tmp_path))
    assert code == 2 and "cannot write" in err


@pytest.mark.parametrize(
    ("name", "content", "source", "count"),
    [
        ("tweets.js", X_ARCHIVE, "import:x", 2),
        ("outbox.json", MASTODON_OUTBOX, "import:mastodon", 1),
        ("Shares.csv", LINKEDIN_SHARES, "import:linkedin", 1),
    ],
)
def test_import_each_format_once(arabesk_home, tmp_path, capsys, name, content, source, count):
    timeline = tmp_path / name
    timeline.write_text(content, encoding="utf-8")
    code, out, _ = run(capsys, "import", str(timeline), "--author", "De Arabesk")
    assert code == 0 and f"{count} added" in out
    code, out, _ = run(capsys, "import", str(timeline))
    assert code == 0 and "0 added" in out
    with Store.open(data_paths().database) as store:
        entries = store.entries()
        assert len(entries) == count and store.verify().ok
    assert {e.item.kind for e in entries} == {"imported"}
    assert {e.item.source for e in entries} == {source}


def test_import_a_bad_file(arabesk_home, tmp_path, capsys):
    bad = tmp_path / "tweets.js"
    bad.write_text("window.YTD.tweets.part0 = [", encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad))
    assert code == 2 and "not valid JSON" in err
