"""``check --attachment`` (and ``--pictured``): photo consent from the command line."""

from __future__ import annotations

import io
import json

import pytest

from arabesk_desk.attachment_kinds import AttachmentProblem, media_kind
from arabesk_desk.cli import main

EXPORT = "Roepnaam;Tussenvoegsel;Achternaam;Groep;Website;Sociale media\nSanne;de;Vries;5A;ja;nee\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00"


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "plein.jpg"
    path.write_bytes(JPEG)
    return path


@pytest.fixture
def register(tmp_path):
    export = tmp_path / "privacy.csv"
    export.write_text(EXPORT, encoding="cp1252")
    assert main(["consent", "import", str(export)]) == 0


def check(monkeypatch, capsys, text, *args):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code = main(["check", "--no-spelling", "--format", "json", *args])
    out = capsys.readouterr()
    found = (
        [f for f in json.loads(out.out)["findings"] if f["rule"] == "confidential.photo_consent"]
        if out.out
        else []
    )
    return code, found, out.err


def test_a_named_pupil_without_consent_blocks_the_post(register, photo, monkeypatch, capsys):
    code, found, _ = check(
        monkeypatch, capsys, "Sanne de Vries op het plein", "--attachment", str(photo)
    )
    assert code == 1 and found[0]["severity"] == "error"
    assert "Sanne de Vries (5A)" in found[0]["message"]


def test_without_the_photo_the_rule_is_quiet(register, monkeypatch, capsys):
    _code, found, _ = check(monkeypatch, capsys, "Sanne de Vries op het plein")
    assert found == []


def test_a_marked_pupil_counts_too(register, photo, monkeypatch, capsys):
    code, found, _ = check(
        monkeypatch,
        capsys,
        "De sportdag!",
        "--attachment",
        str(photo),
        "--pictured",
        "Sanne de Vries",
    )
    assert code == 1 and len(found) == 1


def test_without_a_register_it_says_consent_was_not_checked(photo, monkeypatch, capsys):
    code, found, err = check(monkeypatch, capsys, "Sanne de Vries", "--attachment", str(photo))
    assert code == 0 and found == [] and "not checked" in err


def test_a_missing_or_unknown_attachment_is_bad_usage(tmp_path, monkeypatch, capsys):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("geen foto")
    for path, problem in (
        (tmp_path / "weg.jpg", "does not exist"),
        (text_file, "no photo or video"),
    ):
        code, _found, err = check(monkeypatch, capsys, "Hallo", "--attachment", str(path))
        assert code == 2 and problem in err


def test_media_kinds_come_from_the_first_bytes(tmp_path):
    video = tmp_path / "clip.bin"
    video.write_bytes(MP4)
    assert media_kind(video) == "video"
    named = tmp_path / "film.mov"
    named.write_bytes(b"unknown bytes")
    assert media_kind(named) == "video"
    with pytest.raises(AttachmentProblem, match="folder"):
        media_kind(tmp_path)
