"""Without a roster: a capitalised name beside a group or class points at a pupil."""

from __future__ import annotations

import pytest


def names(engine, text: str) -> list[str]:
    found = engine.check(text, only=["confidential.name_with_group"])
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sanne de Vries uit groep 6 won.", "Sanne de Vries"),
        ("Mohammed (klas 2b) scoorde.", "Mohammed"),
        ("Proficiat aan leerling Emma uit 4 havo!", "Emma"),
        ("Daan, groep 7, las voor.", "Daan"),
        ("Groep 6-leerling Sanne las voor.", "Sanne"),
        ("Lotte van groep acht hielp mee.", "Lotte"),
        ("Femke uit vwo-3 won de prijs.", "Femke"),
        ("Onze leerling Kees ter Horst ging mee.", "Kees ter Horst"),
    ],
)
def test_a_name_beside_a_group_is_found(engine, text, name):
    assert names(engine, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Juf Anna uit groep 3 is jarig.",
        "Meester Tom van groep 8 neemt afscheid.",
        "Vandaag uit groep 6 naar de kinderboerderij.",
        "Alle leerlingen uit groep 6 kregen een diploma.",
        "Gisteren bezocht groep 7 het museum.",
        "Kinderen van groep 5 zongen een lied.",
        "De leerlingen van 4 havo gingen naar Parijs.",
    ],
)
def test_no_pupil_name_where_there_is_none(engine, text):
    assert names(engine, text) == []
