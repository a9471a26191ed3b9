"""Phone numbers: phonenumbers-valid numbers, phone-shaped numbers, the school's own left alone."""

from __future__ import annotations

import pytest

from checks import EngineSettings, load_engine
from checks.kinds.phones import phone_spans


def phones(text: str, loose: bool = True) -> list[str]:
    return [text[s:e] for s, e, _ in phone_spans(text, loose=loose)]


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 12 34 56 78",
        "0612345678",
        "+31 6 12345678",
        "0031 6 12345678",
        "+31 20 123 4567",
        "020 - 123 45 67",
        "(06)12345678",
        "010-1234567",
    ],
)
def test_valid_numbers_are_found(number):
    assert phones(f"Bel {number} voor info.", loose=False) == [number]


def test_phone_shapes_are_found_only_when_loose():
    text = "Bel 0474 555555 voor info."
    assert phones(text, loose=False) == []
    assert phones(text) == ["0474 555555"]


@pytest.mark.parametrize(
    "text",
    [
        "Op 01-02-2024 is er een studiedag.",
        "Het schooljaar 2023-2024 begint.",
        "Het BSN 111222333 hoort hier niet.",
        "We haalden 12345678 euro op.",
        "Start om 08:30-12:00 uur.",
        "Groep 8 telde 1.250 bezoekers.",
    ],
)
def test_no_phone_number_where_there_is_none(text):
    assert phones(text) == []


def test_the_schools_own_number_is_not_a_finding_in_any_written_form():
    engine = load_engine(EngineSettings(public_contacts=("020 123 45 67",)))
    for written in ("020 123 45 67", "020-1234567", "+31 20 123 4567"):
        assert engine.check(f"Bel ons op {written}.", only=["confidential.phone"]) == []
    assert engine.check("Bel mij op 06-12345678.", only=["confidential.phone"])


def test_service_lines_belong_to_organisations():
    assert phones("De Kindertelefoon: 0800 0432, gratis.") == []
    assert phones("Bel 0900-8844 als het geen spoed is.") == []
