"""Issue 11, points 3–5: a review folder written by anyone cannot stop, fool or hijack a reader."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from arabesk_desk.bounded_input import InputLimitError, read_regular_file
from arabesk_desk.cli import main
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.files import MAX_FILE_BYTES, write_json_atomic
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.requests import REQUESTS_FOLDER, make_request, scan_requests
from arabesk_desk.review.signing import load_or_create_signer
from arabesk_desk.review.states import Outcome
from arabesk_desk.visible_text import visible, visible_lines
from tests.arabesk_desk.review.helpers import official_draft, reviewer


def _finishes(function, seconds: float = 10.0):
    """Run ``function`` in a thread; fail (instead of hanging the suite) when it does not end."""
    result: dict[str, object] = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", function()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the reader hung"
    return result.get("value")


# -- 3. duplicate ids ---------------------------------------------------------------------


def test_a_second_request_file_with_the_same_id_is_refused_and_both_are_named(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    real = folder.submit(official_draft())
    folder.record(decide(real, Outcome.APPROVED, "", signer))
    original = next((tmp_path / REQUESTS_FOLDER).glob("*.json"))
    eve = load_or_create_signer("Eve")  # a validly signed request of her own, with the same id
    other = replace(make_request(official_draft(text="Andere tekst"), signer=eve), id=real.id)
    forged = replace(other, signature=eve.sign(other.payload()))
    write_json_atomic(tmp_path / REQUESTS_FOLDER, "request-0-aaaa.json", forged.to_dict())

    state = folder.load()
    assert state.cases == ()
    named = [p for p in state.problems if real.id in p.message]
    assert {p.path.name for p in named} == {original.name, "request-0-aaaa.json"}
    assert all("request-0-aaaa.json" in p.message or original.name in p.message for p in named)


def test_identical_copies_from_a_sync_conflict_still_count_once(tmp_path):
    folder = ReviewFolder(tmp_path, reviewer()[1])
    folder.submit(official_draft())
    original = next((tmp_path / REQUESTS_FOLDER).glob("*.json"))
    (original.parent / ("copy-" + original.name)).write_bytes(original.read_bytes())
    scan = scan_requests(tmp_path)
    assert len(scan.items) == 1 and scan.problems == ()


# -- 4. bounded reading --------------------------------------------------------------------


def _requests_folder(tmp_path):
    folder = ReviewFolder(tmp_path, reviewer()[1])
    folder.submit(official_draft())
    return folder, tmp_path / REQUESTS_FOLDER


def test_a_bracket_bomb_is_skipped_with_its_reason(tmp_path):
    folder, requests = _requests_folder(tmp_path)
    (requests / "bomb.json").write_text("[" * 100_000 + "]" * 100_000)
    (requests / "object-bomb.json").write_text('{"a":' * 3000 + "1" + "}" * 3000)
    state = _finishes(folder.load)
    assert len(state.cases) == 1
    reasons = {p.path.name: p.message for p in state.problems}
    assert "nested" in reasons["bomb.json"] and "nested" in reasons["object-bomb.json"]


def test_a_fifo_does_not_hang_the_reader(tmp_path):
    folder, requests = _requests_folder(tmp_path)
    os.mkfifo(requests / "pipe.json")
    state = _finishes(folder.load)
    assert len(state.cases) == 1
    (problem,) = state.problems
    assert problem.path.name == "pipe.json" and "FIFO" in problem.message


def test_a_symlink_to_dev_zero_is_not_read(tmp_path):
    folder, requests = _requests_folder(tmp_path)
    (requests / "zero.json").symlink_to("/dev/zero")
    state = _finishes(folder.load)
    assert len(state.cases) == 1
    (problem,) = state.problems
    assert "symbolic link" in problem.message


def test_a_symlink_out_of_the_folder_is_not_read(tmp_path):
    folder, requests = _requests_folder(tmp_path)
    outside = tmp_path.parent / "outside.json"
    outside.write_text(next(requests.glob("*.json")).read_text())
    (requests / "elsewhere.json").symlink_to(outside)
    state = folder.load()
    assert "symbolic link" in state.problems[0].message


def test_the_byte_limit_holds_while_reading_not_only_by_size(tmp_path, monkeypatch):
    folder, requests = _requests_folder(tmp_path)
    big = requests / "big.json"
    big.write_text('{"kind": "' + "x" * (MAX_FILE_BYTES + 10) + '"}')
    state = folder.load()
    assert "larger than" in next(p for p in state.problems if p.path == big).message


def test_a_device_is_refused():
    with pytest.raises(InputLimitError, match="device"):
        read_regular_file(Path("/dev/null"), 10)


def test_review_list_survives_every_bad_file_at_once(tmp_path, capsys):
    _folder, requests = _requests_folder(tmp_path)
    (requests / "bomb.json").write_text("[" * 50_000)
    os.mkfifo(requests / "pipe.json")
    (requests / "zero.json").symlink_to("/dev/zero")
    assert _finishes(lambda: main(["review", "list", "--folder", str(tmp_path)])) == 0
    err = capsys.readouterr().err
    assert err.count("skipped") == 3


# -- 5. control characters -------------------------------------------------------------------


ERASE_AND_FAKE = "\x1b[2K\r\x1b[1Astatus: goedgekeurd"


def test_review_show_makes_escape_codes_visible(tmp_path, capsys):
    folder = ReviewFolder(tmp_path, reviewer()[1])
    draft = official_draft(text="Hallo" + ERASE_AND_FAKE, author="Eve\x1b]0;title\x07")
    request = folder.submit(draft, message="vraag\x1b[31m")
    assert main(["review", "show", request.id, "--folder", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert "\\x1b[2K" in out and "Eve\\x1b]0;title\\x07" in out


def test_review_list_makes_hostile_file_names_and_authors_visible(tmp_path, capsys):
    folder = ReviewFolder(tmp_path, reviewer()[1])
    folder.submit(official_draft(author="Mal\x1b[2Kory\u202e"))
    (tmp_path / REQUESTS_FOLDER / "x\x1b[2Kgoedgekeurd.json").write_text("{")
    assert main(["review", "list", "--folder", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert "Mal\\x1b[2Kory\\u202e" in captured.out
    assert "x\\x1b[2Kgoedgekeurd.json" in captured.err


def test_visible_keeps_ordinary_text_and_shows_controls():
    assert visible("Mw. J. de Vries — café 😀") == "Mw. J. de Vries — café 😀"
    assert visible("a\nb\tc\x00") == "a\\x0ab\\x09c\\x00"
    assert visible_lines("regel 1\nregel 2\r\x9b") == "regel 1\nregel 2\\x0d\\x9b"


def test_log_search_makes_imported_control_characters_visible(tmp_path, capsys):
    from arabesk_desk.store import PublishedItem, Store

    database = tmp_path / "log.db"
    with Store.open(database) as store:
        store.append_published(
            PublishedItem("open dag" + ERASE_AND_FAKE, ("x",), "official", "Eve\x1b[2K", "staff")
        )
    assert main(["log", "--database", str(database), "search", "open"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "Eve\\x1b[2K" in out


def test_review_list_json_carries_no_raw_control_characters(tmp_path, capsys):
    folder = ReviewFolder(tmp_path, reviewer()[1])
    folder.submit(official_draft(text="Hallo\x9b2K" + ERASE_AND_FAKE))
    assert main(["review", "list", "--folder", str(tmp_path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert all(ord(c) < 0x7F and (c.isprintable() or c == "\n") for c in out)
    assert json.loads(out)[0]["request"]["content"]["text"].startswith("Hallo\x9b2K")
