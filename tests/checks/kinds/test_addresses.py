"""Street addresses and postcodes: Dutch street forms, numbers with additions, false friends."""

from __future__ import annotations

import pytest

from checks import EngineSettings, load_engine
from checks.kinds.addresses import street_finder
from checks.resources import Resources


@pytest.fixture(scope="module")
def finder():
    resources = Resources(EngineSettings())
    return street_finder(resources.term_list("confidential/street_suffixes"))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ze woont op de Kerkstraat 12 in Utrecht.", "Kerkstraat 12"),
        ("Laan van Meerdervoort 5a, 2517 AB Den Haag", "Laan van Meerdervoort 5a, 2517 AB"),
        ("Het feest is op Dorpsstraat 3-1.", "Dorpsstraat 3-1"),
        ("Burgemeester de Withstraat 14 hs", "Burgemeester de Withstraat 14 hs"),
        ("wonend aan de prinsengracht 263", "prinsengracht 263"),
        ("Kerkstr. 4 is verkocht.", "Kerkstr. 4"),
        ("Weg naar Loo 3", "Weg naar Loo 3"),
    ],
)
def test_street_addresses_are_found(finder, text, address):
    assert [text[a.start : a.end] for a in finder.find(text)] == [address]


@pytest.mark.parametrize(
    "text",
    [
        "We waren onderweg 2 uur bezig.",
        "De Kinderboekenweek 2025 was een succes.",
        "Het schoolkamp 3 dagen lang!",
        "We lopen 3 km over de Stationsweg.",
        "Op het schoolplein 2 nieuwe bankjes.",
        "Heidelberglaan 1ab bestaat niet.",
        "De Markt 12 keer bezocht.",
    ],
)
def test_no_address_where_there_is_none(finder, text):
    assert list(finder.find(text)) == []


def test_postcodes_are_checked_and_units_are_not_postcodes(engine):
    def postcodes(text: str) -> list[str]:
        return [text[f.start : f.end] for f in engine.check(text, only=["confidential.postcode"])]

    assert postcodes("Hij woont in 2601 DC.") == ["2601 DC"]
    assert postcodes("Postcode 2517ab graag.") == ["2517ab"]
    assert postcodes("Hij kreeg 1250 mg paracetamol.") == []
    assert postcodes("Code 2611 SS bestaat niet.") == []
    assert postcodes("In 2000 en 2001.") == []


def test_a_postcode_inside_an_address_is_reported_once_as_the_address(engine):
    text = "Adres: Kerkstraat 12, 1234 AB Utrecht"
    rules = [f.rule for f in engine.check(text, only=["confidential"])]
    assert rules == ["confidential.address"]


def test_the_schools_own_address_is_no_finding():
    engine = load_engine(EngineSettings(public_contacts=("Schoolstraat 1, 1234 AB Amsterdam",)))
    text = "Welkom op Schoolstraat 1, 1234 AB Amsterdam!"
    assert engine.check(text, only=["confidential.address", "confidential.postcode"]) == []
    assert engine.check("Hij woont op Schoolstraat 3.", only=["confidential.address"])
