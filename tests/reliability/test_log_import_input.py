"""Issue 12: ``log import`` streams, bounds memory, skips a bad item with its reason, shows
progress, and never prints a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from arabesk_desk.cli import log_import, main
from arabesk_desk.store import Store
from arabesk_desk.store.timeline_import import read_timeline


def _tweet(number: int, **changes: object) -> dict[str, object]:
    tweet: dict[str, object] = {
        "id_str": str(1000 + number),
        "full_text": f"Bericht {number} over de open dag.",
        "created_at": "Wed Oct 05 14:03:00 +0000 2022",
    }
    tweet.update(changes)
    return {"tweet": tweet}


def _x_archive(items: list[str]) -> str:
    return "window.YTD.tweets.part0 = [" + ",\n".join(items) + "]"


def _import(path: Path, database: Path, capsys) -> tuple[int, str, str]:
    code = main(["log", "--database", str(database), "import", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_bad_tweets_are_skipped_with_their_reason_and_the_rest_is_imported(tmp_path, capsys):
    items = [
        json.dumps(_tweet(1)),
        json.dumps(_tweet(2)).replace("Bericht 2", "Bericht \\ud800 twee"),  # lone surrogate
        json.dumps(_tweet(3, created_at="Mon Jan 01 00:00:00 +2359 0001")),  # before year 1 UTC
        json.dumps(_tweet(4, created_at="Fri Dec 31 23:59:59 -2359 9999")),  # after 9999 UTC
        "[" * 5000 + "]" * 5000,  # nesting bomb as an item
        '{"tweet": {"nested": ' + "[" * 70 + "1" + "]" * 70 + "}}",  # deep, parseable
        json.dumps(_tweet(7)),
    ]
    path = tmp_path / "tweets.js"
    path.write_text(_x_archive(items), encoding="utf-8")
    code, out, err = _import(path, tmp_path / "log.db", capsys)
    assert code == 0 and "Traceback" not in err
    assert "2 posts read, 2 added" in out
    assert "Skipped 5 bad item(s)" in out
    assert "tweet 2: its text holds a lone surrogate" in out
    assert "tweet 3: has an unreadable date" in out and "tweet 4: has an unreadable date" in out
    assert "tweet 5: nested too deeply" in out
    with Store.open(tmp_path / "log.db") as store:
        assert store.count() == 2 and store.verify().ok


def test_a_mastodon_item_with_a_date_out_of_range_is_skipped(tmp_path):
    outbox = {
        "orderedItems": [
            {
                "type": "Create",
                "published": "9999-12-31T23:59:59-05:00",
                "object": {"id": "a", "content": "<p>a</p>"},
            },
            {
                "type": "Create",
                "published": "2023-01-01T10:00:00Z",
                "object": {"id": "b", "content": "<p>b</p>"},
            },
        ]
    }
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox), encoding="utf-8")
    timeline = read_timeline(path)
    assert [p.text for p in timeline.posts] == ["b"]
    assert "unreadable date" in timeline.problems[0].reason


def test_a_linkedin_field_of_131072_and_more_characters_is_skipped(tmp_path, capsys):
    huge = "x" * 131_073
    rows = ["Date,ShareLink,ShareCommentary", f'2024-01-15 09:30:00,,"{huge}"']
    rows += ["2024-01-16 09:30:00,,Gewoon een bericht", f"2024-01-17 09:30:00,,{'y' * 400_000}"]
    path = tmp_path / "Shares.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = _import(path, tmp_path / "log.db", capsys)
    assert code == 0 and "Traceback" not in err
    assert "1 posts read, 1 added" in out
    assert "Skipped 2 bad item(s)" in out
    assert "131,073 characters" in out


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path, capsys):
    bomb = tmp_path / "twitter-archive.zip"
    with (
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("data/tweets.js", "w", force_zip64=True) as member,
    ):
        member.write(b"window.YTD.tweets.part0 = [")
        block = b" " * (1 << 20)
        for _ in range(300):  # 300 MB of spaces, about 300 kB packed
            member.write(block)
        member.write(b"]")
    assert bomb.stat().st_size < 2_000_000
    code, _, err = _import(bomb, tmp_path / "log.db", capsys)
    assert code == 2 and "zip bomb" in err and "Traceback" not in err


def test_import_memory_stays_bounded_on_a_large_archive(tmp_path):
    """200,000 tweets (about 30 MB): the importer's peak memory grows far less than the file."""
    path = tmp_path / "tweets.js"
    with path.open("w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [")
        for number in range(200_000):
            out.write(("," if number else "") + json.dumps(_tweet(number, full_text="x" * 100)))
        out.write("]")
    script = (
        "import resource, sys\n"
        "from contextlib import ExitStack\n"
        "from pathlib import Path\n"
        "from arabesk_desk.store.timeline_import import stream_timeline\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "with ExitStack() as stack:\n"
        "    n = sum(1 for _ in stream_timeline(Path(sys.argv[1]), stack).items)\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base\n"
        "print(n, grown)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120
    )
    count, grown_kb = (int(v) for v in result.stdout.split())
    assert count == 200_000
    assert grown_kb * 1024 < path.stat().st_size / 2, f"grew {grown_kb} kB"


def test_progress_is_shown_while_importing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(log_import, "BATCH_SIZE", 2)
    monkeypatch.setattr(log_import, "PROGRESS_SECONDS", 0.0)
    path = tmp_path / "tweets.js"
    path.write_text(_x_archive([json.dumps(_tweet(n)) for n in range(6)]), encoding="utf-8")
    code, out, err = _import(path, tmp_path / "log.db", capsys)
    assert code == 0 and "6 posts read, 6 added" in out
    assert "posts read," in err and err.count("…") >= 2


@pytest.mark.parametrize(
    "content",
    [
        b'window.YTD.tweets.part0 = [{"tweet": ',  # cut off
        b"window.YTD.tweets.part0 = [" + b"[" * 100_000,
        b"\xff\xfe\x00\x00garbage",
        b"PK\x03\x04 not really a zip",
    ],
)
def test_broken_files_end_in_one_line_without_a_traceback(tmp_path, capsys, content):
    path = tmp_path / "tweets.js"
    path.write_bytes(content)
    code, _, err = _import(path, tmp_path / "log.db", capsys)
    assert code == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_archive_that_breaks_off_keeps_what_came_before(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(log_import, "BATCH_SIZE", 2)
    items = [json.dumps(_tweet(n)) for n in range(5)]
    path = tmp_path / "tweets.js"
    path.write_text(_x_archive(items)[:-1] + ', {"tweet": ', encoding="utf-8")
    code, _, err = _import(path, tmp_path / "log.db", capsys)
    assert code == 2 and "5 posts were added before the problem" in err and "Traceback" not in err
    with Store.open(tmp_path / "log.db") as store:
        assert store.count() == 5 and store.verify().ok
