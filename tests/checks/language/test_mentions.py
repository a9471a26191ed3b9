"""Names in a sentence: first names, initials, titles, surname prefixes; Roman numerals are not."""

from __future__ import annotations

import pytest

from checks.language.mentions import NameWords, name_spans
from tests.checks.language.support import document

WORDS = NameWords(
    first_names=frozenset({"lotte", "mehmet", "zeynep", "willem", "karel", "roos", "sanne", "jan"}),
    also_words=frozenset({"roos"}),
)


def names(text: str, words: NameWords = WORDS) -> list[str]:
    tokens = document(text).tokens
    return [
        text[tokens[first].start : tokens[last].end]
        for first, last in name_spans(tokens, 0, len(tokens), words)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J. de Groot komt.", ["J. de Groot"]),
        ("J. P. van der Berg belt.", ["J. P. van der Berg"]),
        ("Lotte B. is ziek.", ["Lotte B."]),
        ("Mehmet Ö. was er.", ["Mehmet Ö."]),
        ("Dhr. Aydın belt.", ["Dhr. Aydın"]),
        ("mw. Jansen belt.", ["mw. Jansen"]),
        ("juf Anneke zegt het.", ["juf Anneke"]),
        ("Zeynep lacht.", ["Zeynep"]),
        ("Sanne de Vries uit groep 6", ["Sanne de Vries"]),
        ("Jan van Dijk en Lotte", ["Jan van Dijk", "Lotte"]),
        ("Sanne, kom je?", ["Sanne"]),
    ],
)
def test_names(text, expected):
    assert names(text) == expected


def test_a_first_name_that_is_also_a_word_needs_a_title_or_an_initial():
    assert names("Roos lacht.") == []
    assert names("Roos B. lacht.") == ["Roos B."]
    assert names("juf Roos lacht.") == ["juf Roos"]


@pytest.mark.parametrize("text", ["Willem II won.", "Karel V regeerde.", "Willem IV was koning."])
def test_a_first_name_before_a_roman_numeral_is_a_club_or_a_king(text):
    assert names(text) == []


def test_a_title_needs_a_capitalised_word_after_it():
    assert names("de juf zegt het") == []
    assert names("juf ANNEKE zegt het") == []  # all capitals: no name


def test_a_first_name_must_be_capitalised_and_listed():
    assert names("ik zag jan") == []
    assert names("SANNE lacht") == []
    assert names("Anneke lacht") == []  # not in the lists
    assert names("Anneke lacht", NameWords(frozenset({"anneke"}), frozenset())) == ["Anneke"]


def test_an_initial_needs_a_surname():
    assert names("Vitamine C. is gezond") == []
    assert names("Plan B. werkt") == []
    assert names("Groep A. de Bruin") == ["A. de Bruin"]


def test_names_are_found_only_inside_the_given_range():
    tokens = document("Zeynep en Lotte lachen").tokens
    assert list(name_spans(tokens, 1, len(tokens), WORDS)) == [(2, 2)]
    assert list(name_spans(tokens, 0, 1, WORDS)) == [(0, 0)]
