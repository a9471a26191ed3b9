"""The Dutch syllable counter: vowel nuclei, diphthongs, hiatus and the diaeresis."""

from __future__ import annotations

import pytest

from checks.dutch_syllables import count_syllables

KNOWN = {
    # hyphenation undercounts these; syllables do not
    "open": 2,
    "eten": 2,
    "opa": 2,
    "school": 1,
    "leerlingen": 3,
    # diphthongs and long vowels are one syllable
    "ijs": 1,
    "bijzonder": 3,
    "moeilijk": 2,
    "ouders": 2,
    "onderwijs": 3,
    "leraar": 2,
    "meester": 2,
    "huis": 1,
    "deur": 1,
    "koe": 1,
    "vuur": 1,
    "pauw": 1,
    # triphthongs
    "nieuw": 1,
    "nieuwe": 2,
    "leeuw": 1,
    "eeuwig": 2,
    "groei": 1,
    "groeien": 2,
    "haai": 1,
    "haaien": 2,
    "mooi": 1,
    "mooie": 2,
    # hiatus: vowels that form no nucleus are separate syllables
    "piano": 3,
    "ideaal": 3,
    "theater": 3,
    "januari": 4,
    "radio": 3,
    "video": 3,
    "oceaan": 3,
    "creatief": 3,
    "bioscoop": 3,
    "realiseren": 5,
    # the diaeresis starts a new syllable
    "beëindigen": 4,
    "ruïne": 3,
    "reünie": 3,
    "coëfficiënt": 5,
    "België": 3,
    "Italië": 4,
    "ideeën": 3,
    "zeeën": 2,
    "knieën": 2,
    "geïnteresseerd": 5,
    # longer words
    "informatie": 4,
    "organisatie": 5,
    "medezeggenschapsraad": 6,
    "uitnodiging": 4,
    "vergadering": 4,
    "teneinde": 3,
    "aangaande": 3,
    # loanwords, q, y, hyphens and apostrophes
    "bureau": 2,
    "aquarium": 4,
    "yoga": 2,
    "baby": 2,
    "website": 2,
    "e-mail": 2,
    "trainen": 2,
    "z'n": 1,
    "'s-Hertogenbosch": 4,
}


@pytest.mark.parametrize(("word", "syllables"), KNOWN.items())
def test_known_words(word, syllables):
    assert count_syllables(word) == syllables


def test_capitals_do_not_matter():
    assert count_syllables("SCHOOLREIS") == count_syllables("schoolreis") == 2


def test_a_number_has_no_syllables_and_a_word_at_least_one():
    assert count_syllables("2026") == 0
    assert count_syllables("t") == 1


def test_decomposed_diaeresis_counts_like_the_composed_one():
    assert count_syllables("bee\u0308indigen") == count_syllables("beëindigen")
