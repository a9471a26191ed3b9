"""Spelling that does not cry wolf: names are at most an info, good compounds pass, and real
typos (also near a compound) are still warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arabesk_desk.spelling.hunspell_checker import NAME_RULE_ID, RULE_ID
from arabesk_desk.spelling.service import first_name_list
from arabesk_desk.spelling.words import NameList

PROSE = Path(__file__).resolve().parents[3] / "quality" / "prose" / "dev.jsonl"
NAMES = NameList.from_names(("Quirijn van Voorbeeldhoven", "De Arabesk"), first_name_list())


def verdicts(checker, text, names=NAMES):
    return [(text[f.start : f.end], f.rule, str(f.severity)) for f in checker.check(text, names)]


@pytest.mark.parametrize(
    "text",
    [
        "Download de schoolapp voor het rooster.",
        "Een koffietip voor de vrijwilligers: neem een thermoskan mee.",
        "Het burgerschapsproject van groep 8 is af.",
        "De MMA-vechter gaf een gastles, net als onze bhv'ers.",
        "Dat is níet de bedoeling. Eén ding is zeker.",
        "Vr. 12 mei is er geen school.",
        "Moslims en christenen vierden samen het feest.",
        "Gisteren zag ik Zeynep en Quirijn bij De Arabesk.",
    ],
)
def test_good_dutch_gets_no_warning(shared_hunspell, text):
    assert [v for v in verdicts(shared_hunspell, text) if v[2] == "warning"] == []


def test_an_unknown_name_inside_a_sentence_is_at_most_an_info(shared_hunspell):
    text = "Vandaag ging groep 5 met meester Bouali naar Holtenbroek."
    found = verdicts(shared_hunspell, text)
    assert ("Bouali", NAME_RULE_ID, "info") in found
    assert all(severity == "info" for _, _, severity in found)


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Onze vergaderring begint om acht uur.", "vergaderring"),  # vergader + ring
        ("De jufrouw las voor.", "jufrouw"),  # juf + rouw
        ("Alle kinderren mogen meedoen.", "kinderren"),
        ("De burgemeeester opende het plein.", "burgemeeester"),
        ("Sexuele voorlichting staat op het rooster.", "Sexuele"),  # opens the sentence
        ("Ik heb het boek gelezzen.", "gelezzen"),
    ],
)
def test_a_typo_stays_a_warning(shared_hunspell, text, typo):
    assert (typo, RULE_ID, "warning") in verdicts(shared_hunspell, text)


def test_at_most_five_percent_of_edited_prose_gets_a_warning(shared_hunspell):
    posts = [json.loads(line)["text"] for line in PROSE.read_text("utf-8").splitlines() if line]
    warned = [
        text
        for text in posts
        if any(str(f.severity) == "warning" for f in shared_hunspell.check(text, NAMES))
    ]
    assert len(warned) <= 0.05 * len(posts), warned


def test_an_acronym_dutch_writes_in_lower_case_is_a_typo_in_a_compound(shared_hunspell):
    found = verdicts(shared_hunspell, "Zij volgt een HBO-opleiding en doet een GGD-cursus.")
    assert ("HBO-opleiding", RULE_ID, "warning") in found
    assert not [v for v in found if v[0] == "GGD-cursus"]  # GGD is written in capitals


def test_the_policy_names_the_school_its_people_and_its_places():
    from arabesk_desk.policy import SchoolPolicy
    from arabesk_desk.policy_names import names_for_spelling
    from arabesk_desk.review.review_policy import Reviewer, ReviewPolicy
    from checks.roster import RosterEntry

    policy = SchoolPolicy(
        school_name="Basisschool De Wielewaal",
        accounts={"x": "@wielewaal", "facebook": "Wielewaal Zwolle-Zuid"},
        public_contacts=("info@wielewaal.nl", "Holtenbroekerdijk 7, 8031 AB Zwolle"),
        roster=(RosterEntry("Ayoub", "Bouali", group="5"),),
        review=ReviewPolicy(reviewers=(Reviewer("Meester Kuipers-Tjoa", "key"),)),
    )
    names = names_for_spelling(policy)
    assert "Ayoub Bouali" in names and "Basisschool De Wielewaal" in names
    assert {"Holtenbroekerdijk", "Zwolle", "Meester Kuipers-Tjoa"} <= set(names)
    assert not [n for n in names if "@" in n]


def test_policy_names_are_no_typos_even_where_they_open_a_sentence(shared_hunspell):
    names = NameList.from_names(("Holtenbroekerdijk", "Wielewaal", "Kuipers-Tjoa"))
    text = "Wielewaal viert feest. Holtenbroekerdijk is dicht, zegt Kuipers-Tjoa."
    assert verdicts(shared_hunspell, text, names) == []
