"""Roster CSV import: the exports of ParnasSys, Magister and Somtoday, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabesk_desk.policy import PolicyError, load_policy
from arabesk_desk.roster_import import import_roster, parse_roster
from checks import PackError, load_engine
from checks.roster import RosterEntry


def write_bytes(tmp_path: Path, data: bytes, name: str = "leerlingen.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_parnassys_export_with_bom_and_semicolons(tmp_path):
    csv = "Roepnaam;Tussenvoegsel;Achternaam;Groep\r\nSanne;de;Vries;6\r\nDaan;;Bakker;4\r\n"
    path = write_bytes(tmp_path, b"\xef\xbb\xbf" + csv.encode("utf-8"))
    assert import_roster(path) == (
        RosterEntry("Sanne", "Vries", "de", "6"),
        RosterEntry("Daan", "Bakker", "", "4"),
    )


def test_magister_export_in_windows_1252_with_commas(tmp_path):
    csv = 'roepnaam,Tussenvoegsels,ACHTERNAAM,Klas\n"Zoë",van der,Berg,2B\nJoël,,Öztürk,1A\n'
    path = write_bytes(tmp_path, csv.encode("cp1252"))
    entries = import_roster(path)
    assert entries[0] == RosterEntry("Zoë", "Berg", "van der", "2B")
    assert entries[1].last_name == "Öztürk"


def test_somtoday_export_with_voorvoegsel_and_stamgroep(tmp_path):
    csv = "Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Stamgroep\n123;Emma;;Jansen;4H2\n"
    (entry,) = import_roster(write_bytes(tmp_path, csv.encode("utf-8")))
    assert entry == RosterEntry("Emma", "Jansen", "", "4H2")


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    csv = "Voornaam\tAchternaam\tGroep\nMohammed\tEl Amrani\t7\n"
    (entry,) = import_roster(write_bytes(tmp_path, csv.encode("utf-16")))
    assert entry == RosterEntry("Mohammed", "El Amrani", "", "7")


def test_excel_separator_line_is_honoured(tmp_path):
    csv = "sep=,\nRoepnaam,Achternaam\nBas,Smit\n"
    assert import_roster(write_bytes(tmp_path, csv.encode())) == (RosterEntry("Bas", "Smit"),)


def test_a_voornamen_column_gives_the_first_given_name():
    entries = parse_roster("Voornamen;Achternaam\nJohannes Petrus;Visser\n", "x.csv")
    assert entries == (RosterEntry("Johannes", "Visser"),)


def test_roepnaam_wins_over_voornamen():
    entries = parse_roster("Voornamen;Roepnaam;Achternaam\nJohannes Petrus;Hans;Visser\n", "x")
    assert entries[0].first_name == "Hans"


def test_infix_written_after_the_last_name_is_split():
    (entry,) = parse_roster("Roepnaam;Achternaam\nSanne;Vries, de\n", "x.csv")
    assert entry == RosterEntry("Sanne", "Vries", "de")


def test_blank_rows_and_duplicates_are_skipped():
    text = "Roepnaam;Achternaam\nSanne;Vries\n;;\n\nSanne;Vries\n"
    assert parse_roster(text, "x.csv") == (RosterEntry("Sanne", "Vries"),)


def test_short_rows_do_not_crash():
    assert parse_roster("Roepnaam;Achternaam;Groep\nSanne\n", "x.csv") == (
        RosterEntry("Sanne", ""),
    )


def test_one_column_with_the_whole_name():
    text = 'Naam;Groep\nSanne de Vries;6\n"Berg, Zoë van den";7\nMohammed El Amrani;8\nNoor;1\n'
    assert parse_roster(text, "x.csv") == (
        RosterEntry("Sanne", "Vries", "de", "6"),
        RosterEntry("Zoë", "Berg", "van den", "7"),
        RosterEntry("Mohammed", "El Amrani", "", "8"),
        RosterEntry("Noor", "", "", "1"),
    )


def test_a_header_only_file_is_an_empty_roster():
    assert parse_roster("Roepnaam;Achternaam\n", "x.csv") == ()


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        (b"", None, "empty"),
        (b"Leerlingnummer;Klas\n12;6\n", 1, "first name"),
        (b"Roepnaam;Klas\nSanne;6\n", 1, "last name"),
        (b"Roepnaam;Achternaam\nSanne;Vries\n\x00\x01\x02", 3, "NUL"),
        (b'Roepnaam;Achternaam\nSanne;"Vries\n', 2, "CSV"),
    ],
)
def test_bad_files_name_the_file_and_line(tmp_path, content, line, fragment):
    path = write_bytes(tmp_path, content)
    with pytest.raises(PackError) as caught:
        import_roster(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert fragment in caught.value.problem


def test_a_missing_file_or_a_folder_is_a_clear_error(tmp_path):
    with pytest.raises(PackError, match="does not exist"):
        import_roster(tmp_path / "nope.csv")
    with pytest.raises(PackError, match="folder"):
        import_roster(tmp_path)


def test_the_policy_loads_the_roster_and_the_engine_finds_the_names(tmp_path):
    write_bytes(tmp_path, b"Roepnaam;Tussenvoegsel;Achternaam;Groep\nSanne;de;Vries;6\n")
    policy_path = tmp_path / "policy.toml"
    policy_path.write_text('[roster]\nfile = "leerlingen.csv"\n', encoding="utf-8")
    policy = load_policy(policy_path)
    assert policy.roster == (RosterEntry("Sanne", "Vries", "de", "6"),)
    engine = load_engine(policy.engine_settings())
    text = "Gefeliciteerd Sanne de Vries!"
    (finding,) = engine.check(text, only=["confidential.pupil_name"])
    assert text[finding.start : finding.end] == "Sanne de Vries"


def test_a_bad_roster_makes_a_policy_error_naming_the_csv(tmp_path):
    write_bytes(tmp_path, b"Leerling-ID\n12\n")
    policy_path = tmp_path / "policy.toml"
    policy_path.write_text('[roster]\nfile = "leerlingen.csv"\n', encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(policy_path)
    assert caught.value.path.endswith("leerlingen.csv") and caught.value.line == 1
