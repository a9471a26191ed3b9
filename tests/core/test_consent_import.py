"""Reading the pupil administration's photo-consent export, and refusing a bad one clearly."""

from __future__ import annotations

import pytest

from arabesk_desk.consent_import import import_consent, parse_consent
from checks import PackError

PARNASSYS = (
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;Foto's op de website;"
    "Foto's op sociale media;Nieuwsbrief\n"
    "101;Sanne;de;Vries;5A;Ja;Nee;Ja\n"
    "102;Bram;;Smit;5A;ja;ja;\n"
)


def test_a_parnassys_export_gives_every_pupil_a_yes_or_no_per_use():
    sanne, bram = parse_consent(PARNASSYS, "export.csv")
    assert (sanne.full_name, sanne.group, sanne.number) == ("Sanne de Vries", "5A", "101")
    assert dict(sanne.uses) == {"website": True, "social_media": False, "newsletter": True}
    assert dict(bram.uses)["newsletter"] is False  # an empty cell is no consent


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("cp1252", ","), ("utf-16", "\t"), ("utf-8", ",")],
)
def test_encodings_and_delimiters_of_the_three_administrations(tmp_path, encoding, delimiter):
    text = (
        f"Naam{delimiter}Klas{delimiter}Toestemming sociale media{delimiter}Website\n"
        f'"Ünal, Zoë"{delimiter}3B{delimiter}x{delimiter}\n'
        f"Daan Jansen{delimiter}3B{delimiter}{delimiter}1\n"
    )
    path = tmp_path / "toestemming.csv"
    path.write_bytes(text.encode(encoding))
    zoe, daan = import_consent(path)
    assert zoe.full_name == "Zoë Ünal" and zoe.allows("social_media") and not zoe.allows("website")
    assert daan.allows("website") and not daan.allows("social_media")


def test_an_excel_separator_line_is_honoured():
    text = "sep=;\nVoornaam;Achternaam;Klas;Website\nNoor;Bakker;1A;nee\n"
    assert not parse_consent(text, "x.csv")[0].allows("website")


@pytest.mark.parametrize(
    ("text", "problem", "line"),
    [
        ("", "empty", None),
        ("Naam;Website\n", "no pupils", None),
        ("Klas;Website\n5A;ja\n", "no column with the first name", 1),
        ("Naam;Klas;Opmerking\nSanne de Vries;5A;x\n", "no consent column", 1),
        ("Naam;Klas;Website\nSanne de Vries;5A;misschien\n", "'misschien' is not yes or no", 2),
        (
            "Naam;Klas;Website\nSanne de Vries;5A;ja\nBram Smit;5A;ja\nsanne de vries;5A;nee\n",
            "'sanne de vries' is in the export twice (lines 2 and 4)",
            4,
        ),
        (
            "Leerlingnummer;Naam;Website\n7;Sanne de Vries;ja\n7;Sanne Vries;nee\n",
            "pupil number 7 is in the export twice",
            3,
        ),
        ("Naam,Klas,Website\nVries, Sanne de,5A,ja\n", "4 fields where the header has 3", 2),
        ("Naam;Website;Foto's website\nSanne de Vries;ja;ja\n", "same use 'website'", 1),
        ('Naam;Website\n"Sanne;ja\n', "not readable as CSV", None),
        ("Naam;Website\n;ja\n", "without the pupil's name", 2),
    ],
)
def test_a_bad_export_is_refused_with_its_line(text, problem, line):
    with pytest.raises(PackError) as caught:
        parse_consent(text, "export.csv")
    assert problem in str(caught.value)
    if line is not None:
        assert caught.value.line == line


def test_a_folder_a_missing_file_and_a_binary_file_are_refused(tmp_path):
    for path, problem in (
        (tmp_path, "folder"),
        (tmp_path / "nope.csv", "does not exist"),
    ):
        with pytest.raises(PackError, match=problem):
            import_consent(path)
    binary = tmp_path / "export.xlsx"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(PackError, match="NUL bytes"):
        import_consent(binary)


def test_a_thousand_pupils(tmp_path):
    rows = [f"{n};Kind{n};;Achternaam{n};{n % 8 + 1}A;ja;nee" for n in range(1000)]
    path = tmp_path / "groot.csv"
    path.write_text(
        "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;Website;Social media\n"
        + "\n".join(rows),
        encoding="cp1252",
    )
    assert len(import_consent(path)) == 1000
