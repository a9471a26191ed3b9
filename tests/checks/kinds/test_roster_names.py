"""Pupils' names from the roster: full names in any case, first names with care."""

from __future__ import annotations

import pytest

from checks import EngineSettings, Severity, load_engine
from checks.roster import RosterEntry

ROSTER = (
    RosterEntry("Roos", "Vries", "de", "6"),
    RosterEntry("Daan", "Visser", "", "5"),
    RosterEntry("Anne-Sophie", "Jansen", "van", "7"),
    RosterEntry("Mohammed", "El Amrani", "", "8"),
)


@pytest.fixture(scope="module")
def roster_engine():
    return load_engine(EngineSettings(roster=ROSTER))


def names(engine, text: str) -> list[tuple[str, str]]:
    rules = ["confidential.pupil_name", "confidential.pupil_first_name"]
    return [(f.rule.split(".")[1], text[f.start : f.end]) for f in engine.check(text, only=rules)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roos de Vries won de quiz.", [("pupil_name", "Roos de Vries")]),
        ("gefeliciteerd roos de vries!", [("pupil_name", "roos de vries")]),
        ("Roos  Vries won.", [("pupil_name", "Roos  Vries")]),
        ("Anne-Sophie van Jansen las voor.", [("pupil_name", "Anne-Sophie van Jansen")]),
        ("Mohammed El Amrani scoorde.", [("pupil_name", "Mohammed El Amrani")]),
        ("Wat knap, Daan!", [("pupil_first_name", "Daan")]),
        ("Daan's fiets staat buiten.", [("pupil_first_name", "Daan")]),
        ("Anne-Sophie las voor.", [("pupil_first_name", "Anne-Sophie")]),
    ],
)
def test_roster_names_are_found(roster_engine, text, expected):
    assert names(roster_engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De roos in de schooltuin bloeit.",  # a name that is also a word, in lower case
        "Rozen en een Roos: de tuin bloeit.",  # capitalised but no person in sight
        "daan zei niets",  # a first name alone needs its capital
        "Anne las voor.",  # part of a double name is not the name
        "Daanvos is een spel.",  # inside a longer word
    ],
)
def test_no_roster_name_where_there_is_none(roster_engine, text):
    assert names(roster_engine, text) == []


def test_a_name_that_is_a_word_counts_with_a_person_cue(roster_engine):
    assert names(roster_engine, "Roos is jarig vandaag!") == [("pupil_first_name", "Roos")]
    text = "Gisteren vertelde Roos uit groep 5 een verhaal."
    assert names(roster_engine, text) == [("pupil_first_name", "Roos")]


def test_full_names_are_errors_and_first_names_warnings(roster_engine):
    assert roster_engine.rule("confidential.pupil_name").severity is Severity.ERROR
    assert roster_engine.rule("confidential.pupil_first_name").severity is Severity.WARNING


def test_without_a_roster_only_the_protected_names_list_counts(engine):
    assert names(engine, "Roos de Vries won de quiz.") == []


def test_a_large_roster_loads_and_matches(tmp_path):
    roster = tuple(RosterEntry(f"Kind{i}", f"Achternaam{i}") for i in range(3000))
    engine = load_engine(EngineSettings(roster=roster))
    assert names(engine, "Kind2999 Achternaam2999 won.") == [
        ("pupil_name", "Kind2999 Achternaam2999")
    ]
