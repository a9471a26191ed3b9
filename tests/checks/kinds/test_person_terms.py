"""Care, health, grades, discipline, staff and family terms count only about a person."""

from __future__ import annotations

import pytest

from checks import EngineSettings, Severity, load_engine
from checks.roster import RosterEntry


def rules_on(engine, text: str) -> set[str]:
    return {f.rule.split(".")[1] for f in engine.check(text, only=["confidential"])}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Een leerling in mijn klas heeft ADHD.", "health"),
        ("Zij heeft een pinda-allergie.", "health"),
        ("Hij slikt medicijnen.", "health"),
        ("Haar Cito-score was laag.", "grades"),
        ("Hij had een 4,5 voor aardrijkskunde.", "grades"),
        ("Een leerling uit groep 8 is geschorst.", "discipline"),
        ("Collega Mark heeft een burn-out.", "staff_matters"),
        ("Zijn ouders zitten in scheiding.", "family"),
        ("Een leerling is uit huis geplaatst.", "family"),
    ],
)
def test_a_term_about_a_person_is_a_warning(engine, text, rule):
    assert rule in rules_on(engine, text)
    assert engine.rule(f"confidential.{rule}").severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "In de Week van de Allergie letten we op gezonde traktaties.",
        "We besteden deze maand aandacht aan dyslexie.",
        "Elk kind met dyslexie verdient extra tijd.",
        "Veel kinderen zijn ziek deze week.",
        "Ben je ziek? Meld je dan voor half negen af.",
        "Volgens de meldcode schakelen we Veilig Thuis in.",
        "De Cito-toets is volgende week.",
        "Tijdens de gastles over epilepsie leerden de kinderen wat te doen.",
        "Dit schooljaar kregen 12 leerlingen met dyslexie extra ondersteuning.",
    ],
)
def test_general_announcements_stay_quiet(engine, text):
    assert rules_on(engine, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Daan heeft ADHD.",
        "Vandaag is Sanne ziek.",
        "Juf Anna zit thuis met een burn-out.",
        "Sanne de Vries uit groep 6 is geschorst.",
        "Daan had een 3 voor rekenen.",
    ],
)
def test_a_named_person_with_care_data_is_a_warning(engine, text):
    """Severity discipline: a name found by its first name or title may be someone else."""
    found = engine.check(text, only=["confidential.named_sensitive"])
    assert found and all(f.severity is Severity.WARNING for f in found)


def test_a_pupil_on_the_roster_with_care_data_is_an_error():
    roster = (RosterEntry("Quirijn", "Voorbeeldhoven", "van"),)
    engine = load_engine(EngineSettings(roster=roster))
    (found,) = engine.check("Quirijn heeft ADHD.", only=["confidential.named_sensitive"])
    assert found.severity is Severity.ERROR


def test_a_term_that_is_part_of_a_name_does_not_name_itself(engine):
    text = "Veilig Thuis is bereikbaar voor iedereen."
    assert engine.check(text, only=["confidential.named_sensitive"]) == []


def test_marked_confidential_needs_no_person(engine):
    assert "marked" in rules_on(engine, "Niet verder vertellen hoor!")
    assert "marked" not in rules_on(engine, "We gaan vertrouwelijk om met uw gegevens.")


@pytest.mark.parametrize(
    "text",
    [
        "Nederland heeft veel kinderen met dyslexie.",
        "Balans is een vereniging voor ouders van kinderen met ADHD.",
        "Amsterdam heeft een nieuwe campagne over allergieën.",
    ],
)
def test_a_capitalised_word_before_a_verb_is_no_name_unless_it_is_a_first_name(engine, text):
    assert rules_on(engine, text) == set()


def test_a_school_can_teach_the_engine_its_pupils_first_names():
    plain = load_engine()
    assert rules_on(plain, "Qwendolien heeft ADHD.") == set()
    taught = load_engine(EngineSettings(extra_terms={"confidential/first_names": ("qwendolien",)}))
    assert "named_sensitive" in rules_on(taught, "Qwendolien heeft ADHD.")
