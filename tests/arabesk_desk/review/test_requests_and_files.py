"""Request files: atomic writes, safe names, and bad files skipped with a reason."""

from __future__ import annotations

import json

from arabesk_desk.review.canonical import draft_sha256
from arabesk_desk.review.files import Scan, read_json_object, write_json_atomic
from arabesk_desk.review.requests import (
    REQUESTS_FOLDER,
    make_request,
    scan_requests,
    write_request,
)
from arabesk_desk.review.states import ReviewMode
from tests.arabesk_desk.review.helpers import error_finding, official_draft


def test_a_request_round_trips_through_its_file(tmp_path):
    draft = official_draft()
    request = make_request(draft, [error_finding()], mode=ReviewMode.QUESTION, message=" Mag dit? ")
    path = write_request(tmp_path, request)
    assert path.parent.name == REQUESTS_FOLDER
    assert path.name == path.name.lower() and path.name.startswith("request-")
    scan = scan_requests(tmp_path)
    assert scan.problems == ()
    (loaded,) = scan.items
    assert loaded == request
    assert loaded.message == "Mag dit?" and loaded.mode is ReviewMode.QUESTION
    assert loaded.content_sha256 == draft_sha256(draft)
    assert loaded.finding_objects() == [error_finding()]


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    folder = tmp_path / "review"
    write_json_atomic(folder, "a.json", {"x": "é😀"})
    assert [p.name for p in folder.iterdir()] == ["a.json"]
    assert read_json_object(folder / "a.json") == {"x": "é😀"}


def test_bad_files_are_skipped_with_a_message_and_good_ones_kept(tmp_path):
    good = make_request(official_draft())
    write_request(tmp_path, good)
    folder = tmp_path / REQUESTS_FOLDER
    (folder / "partial.json").write_text('{"kind": "arabesk-desk review req', encoding="utf-8")
    (folder / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "list.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "other.json").write_text('{"kind": "something else"}', encoding="utf-8")
    (folder / ".request-x.json.1234.tmp").write_text("{", encoding="utf-8")
    (folder / "notes.txt").write_text("not ours", encoding="utf-8")
    scan = scan_requests(tmp_path)
    assert scan.items == (good,)
    messages = {p.path.name: p.message for p in scan.problems}
    assert set(messages) == {"partial.json", "binary.json", "list.json", "other.json"}
    assert "gesynchroniseerd" in messages["partial.json"]
    assert "geen JSON-object" in messages["list.json"]


def test_a_request_whose_text_was_edited_in_the_file_is_refused(tmp_path):
    path = write_request(tmp_path, make_request(official_draft()))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["content"]["text"] = "Iets heel anders."
    path.write_text(json.dumps(raw), encoding="utf-8")
    scan = scan_requests(tmp_path)
    assert scan.items == ()
    assert "gewijzigd" in scan.problems[0].message


def test_a_request_with_a_path_in_its_id_is_refused(tmp_path):
    path = write_request(tmp_path, make_request(official_draft()))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["id"] = "../../evil"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert "ongeldig id" in scan_requests(tmp_path).problems[0].message


def test_wrong_field_types_are_named(tmp_path):
    path = write_request(tmp_path, make_request(official_draft()))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["revision"] = "twee"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert "'revision'" in scan_requests(tmp_path).problems[0].message


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path):
    from arabesk_desk.review.folder import ReviewFolder
    from arabesk_desk.review.review_policy import ReviewPolicy

    assert scan_requests(tmp_path / "usb-stick-not-plugged-in") == Scan((), ())
    state = ReviewFolder(tmp_path / "usb-stick-not-plugged-in", ReviewPolicy()).load()
    assert state.cases == () and "niet gevonden" in state.problems[0].message


def test_a_sync_conflict_copy_is_folded_into_one_request(tmp_path):
    request = make_request(official_draft())
    path = write_request(tmp_path, request)
    path.with_name(path.stem + "-LAPTOP-12.json").write_bytes(path.read_bytes())
    assert scan_requests(tmp_path).items == (request,)


def test_the_hash_covers_text_channels_capacity_and_attachments():
    draft = official_draft()
    base = draft_sha256(draft)
    from arabesk_desk.posts import Attachment
    from checks import Capacity

    variants = [
        draft.edited(text=draft.text + " "),
        draft.edited(channels=("x",)),
        draft.edited(capacity=Capacity.PERSONAL),
        draft.edited(attachments=(Attachment("foto.jpg", "ab" * 32, "image"),)),
        draft.edited(author="Iemand anders"),
    ]
    assert all(draft_sha256(v) != base for v in variants)
    assert draft_sha256(draft.edited()) == base  # only the timestamp changed
