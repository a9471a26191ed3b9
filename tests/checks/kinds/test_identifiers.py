"""BSN, onderwijsnummer and IBAN: found in their written forms, only with a valid checksum."""

from __future__ import annotations

import pytest
from stdnum.nl import bsn

from checks.kinds.identifiers import has_digits, iban_numbers, nine_digit_numbers


def bsns(text: str) -> list[str]:
    return [text[s:e] for s, e in nine_digit_numbers(text, bsn.is_valid)]


@pytest.mark.parametrize(
    "written", ["111222333", "1112.22.333", "111 222 333", "111-222-333", "1112 22 333"]
)
def test_a_valid_bsn_is_found_in_every_written_form(written):
    assert bsns(f"Het BSN is {written}, zie het dossier.") == [written]


@pytest.mark.parametrize(
    "text",
    [
        "Het nummer 1112.52.333 heeft een foute controle.",  # eleven test fails
        "Bel 06-12345678.",  # part of a longer number
        "Nummer 1111222333 heeft tien cijfers.",
        "Bedrag: 111.222.333,50 euro",  # decimals follow
        "Code X111222333",  # glued to letters
    ],
)
def test_no_bsn_where_there_is_none(text):
    assert bsns(text) == []


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("Stort op NL91 ABNA 0417 1643 00 graag.", "NL91 ABNA 0417 1643 00"),
        ("rekening nl91abna0417164300.", "nl91abna0417164300"),
        ("IBAN: NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("Belgisch: BE71 0961 2345 6769 ok", "BE71 0961 2345 6769"),
        ("Duits: DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00"),
    ],
)
def test_a_valid_iban_is_found_grouped_or_not_in_any_case(text, iban):
    assert [text[s:e] for s, e in iban_numbers(text)] == [iban]


def test_an_iban_with_a_wrong_check_is_not_an_iban():
    assert list(iban_numbers("Stort op NL56 3003 0A17 1643 00.")) == []
    assert list(iban_numbers("NL92 ABNA 0417 1643 00")) == []


def test_two_ibans_in_one_text():
    text = "NL91 ABNA 0417 1643 00 en NL91ABNA0417164300"
    assert len(list(iban_numbers(text))) == 2


def test_has_digits_counts_up_to_the_least_number():
    assert has_digits("a1b2c3", 3) and not has_digits("a1b2", 3)


def test_the_engine_never_calls_an_invalid_number_a_bsn(engine):
    findings = engine.check("Nummers: 1112.52.333 en 123456789.", only=["confidential.bsn"])
    assert findings == []


def test_an_rsin_is_left_alone_by_the_bsn_rule(engine):
    assert engine.check("Ons RSIN is 111222333.", only=["confidential.bsn"]) == []
