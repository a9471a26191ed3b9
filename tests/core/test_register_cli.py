"""``arabesk-desk incident`` and ``consent`` from the command line, with bad input."""

from __future__ import annotations

import json
from datetime import date, timedelta

from arabesk_desk.cli import main

ADD = ["incident", "add", "--group", "pupil", "--type", "bedreiging", "--channel", "whatsapp"]


def add(capsys, when="2026-10-02", measure="schorsing", *extra):
    code = main([*ADD, "--date", when, "--measure", measure, *extra])
    return code, capsys.readouterr()


def test_a_leader_records_an_incident_and_gets_its_id(capsys):
    code, out = add(capsys, "2026-10-02", "schorsing", "--persons", "S.V.", "--note", "dreigapp")
    assert code == 0 and out.out.strip() == "2026-001"
    assert main(["incident", "list", "--format", "json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["type"] == "bedreiging" and listed["details"]["persons"] == ["S.V."]


def test_the_yearly_overview_as_csv_and_json_has_counts_only(capsys):
    add(capsys, "2026-10-02", "schorsing", "--persons", "S.V.", "--note", "geheim")
    add(capsys, "2026-03-02", "aangifte")
    assert main(["incident", "report", "--year", "2026", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "type,bedreiging,bedreiging,2" in out and "total,,totaal,2" in out
    assert "S.V." not in out and "geheim" not in out
    assert main(["incident", "report", "--year", "2026", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["by_measure"] == {"schorsing": 1, "aangifte": 1}


def test_update_and_erase_are_events(capsys):
    add(capsys)
    assert main(["incident", "update", "2026-001", "--status", "closed"]) == 0
    assert main(["incident", "erase", "2026-001"]) == 0
    capsys.readouterr()
    main(["incident", "list", "--format", "json"])
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["status"] == "closed" and listed["erased"] and listed["events"] == 3


def test_bad_input_is_one_clear_line_and_nothing_is_recorded(capsys):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    cases = [
        ([*ADD, "--date", tomorrow, "--measure", "schorsing"], "in the future"),
        ([*ADD, "--date", "2026-13-01", "--measure", "schorsing"], "not a date"),
        ([*ADD, "--date", "2026-10-01", "--measure", "strafwerk"], "Unknown measure"),
        (
            [*ADD, "--date", "2026-10-01", "--measure", "schorsing", "--persons", "Sanne Jansen"],
            "looks like a full name",
        ),
        (["incident", "update", "2026-999", "--status", "closed"], "no incident 2026-999"),
        (["incident", "update", "2026-001"], "nothing to change"),
    ]
    for args, problem in cases:
        assert main(args) == 2
        err = capsys.readouterr().err
        assert problem in err and "Traceback" not in err, (args, err)
    main(["incident", "list", "--format", "json"])
    assert json.loads(capsys.readouterr().out) == []


def test_a_screenshot_is_kept_as_a_hash_unless_asked(tmp_path, capsys):
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"png bytes")
    add(capsys, "2026-10-02", "schorsing", "--screenshot", str(shot))
    main(["incident", "list", "--format", "json"])
    [listed] = json.loads(capsys.readouterr().out)
    assert len(listed["details"]["screenshot_sha256"]) == 64
    assert "screenshot_file" not in listed["details"]


def test_consent_import_and_show(tmp_path, capsys):
    export = tmp_path / "privacy.csv"
    export.write_text(
        "Roepnaam;Tussenvoegsel;Achternaam;Groep;Website;Sociale media\n"
        "Sanne;de;Vries;5A;ja;nee\nBram;;Smit;5A;ja;ja\n",
        encoding="cp1252",
    )
    assert main(["consent", "import", str(export)]) == 0
    assert "2 pupils imported" in capsys.readouterr().out
    assert main(["consent", "show", "sanne de vries"]) == 0
    assert capsys.readouterr().out.strip() == "Sanne de Vries (5A): social_media: nee, website: ja"
    assert main(["consent", "show", "Nobody"]) == 1


def test_a_bad_consent_export_changes_nothing(tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_text("Naam;Website\nSanne de Vries;ja\n", encoding="utf-8")
    main(["consent", "import", str(good)])
    bad = tmp_path / "bad.csv"
    bad.write_text("Naam;Website\nSanne de Vries;nee\nSanne de Vries;ja\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["consent", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "twice" in err and "Nothing was changed" in err
    main(["consent", "show", "Sanne de Vries", "--format", "json"])
    assert json.loads(capsys.readouterr().out)[0]["uses"] == {"website": True}


def test_log_verify_covers_the_registers(capsys):
    add(capsys)
    assert main(["log", "verify"]) == 0
    assert "register" in capsys.readouterr().out
