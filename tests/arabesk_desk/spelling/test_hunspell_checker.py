"""Hunspell with OpenTaal: what it flags, what it leaves alone, and its suggestions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabesk_desk.spelling.hunspell_checker import RULE_ID, SOURCE
from arabesk_desk.spelling.words import NameList
from checks import Category

NO_NAMES = NameList()


def flagged(checker, text, names=NO_NAMES):
    return [text[f.start : f.end] for f in checker.check(text, names)]


def test_a_misspelling_is_flagged_with_suggestions(shared_hunspell):
    hunspell = shared_hunspell
    text = "Ik heb het boek gelezzen."
    [finding] = hunspell.check(text, with_suggestions=True)
    assert text[finding.start : finding.end] == "gelezzen"
    assert "gelezen" in finding.suggestions
    assert (finding.rule, finding.category, finding.source) == (
        RULE_ID,
        Category.SPELLING,
        SOURCE,
    )
    assert finding.guideline is None


def test_suggestions_are_left_out_unless_asked(shared_hunspell):
    hunspell = shared_hunspell
    [finding] = hunspell.check("Ik heb het boek gelezzen.")
    assert finding.suggestions == ()
    assert "gelezen" in hunspell.suggest("gelezzen")


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb het boek gelezen.",
        "Schoolplein en leerlingenraad: de ouderavond is morgen.",  # capital start, compounds
        "Morgen begint de Kinderboekenweek op school.",
        "Een oud-leerling en een meester-leerling kwamen langs.",  # hyphenated compounds
        "Neem pen, papier, enz. mee.",  # abbreviation with its full stop
        "Zo’n mooie dag, ’s middags naar het café.",
    ],
)
def test_correct_dutch_gives_no_finding(shared_hunspell, text):
    hunspell = shared_hunspell
    assert flagged(hunspell, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lees meer op https://www.dearabesk.nl/nieuwzz en mail naar infozz@dearabesk.nl",
        "Dank je @juffrouwzz voor #kinderboekenweekzz",
        "Het is 12 uur, lokaal B12a, groep 7b.",
        "De GMR en de MR vergaderen.",
    ],
)
def test_links_handles_hashtags_numbers_and_acronyms_are_not_words(shared_hunspell, text):
    hunspell = shared_hunspell
    assert flagged(hunspell, text) == []


def test_roster_names_are_not_judged(shared_hunspell):
    hunspell = shared_hunspell
    text = "Gisteren deden Bakkerzz en Noor-Fleurzz mee."
    assert flagged(hunspell, text) == ["Bakkerzz", "Noor-Fleurzz"]
    names = NameList.from_names(["Yassir el Bakkerzz", "Noor-Fleurzz Jansen"])
    assert flagged(hunspell, text, names) == []


def test_non_latin_words_are_left_alone(shared_hunspell):
    hunspell = shared_hunspell
    assert flagged(hunspell, "Een groet: رمضان مبارك en Слава") == []


def test_offsets_are_code_points_after_emoji(shared_hunspell):
    hunspell = shared_hunspell
    text = "😀🎉👩‍👩‍👧 gelezzen"
    [finding] = hunspell.check(text)
    assert text[finding.start : finding.end] == "gelezzen"


def test_a_personal_word_is_accepted_and_remembered(hunspell, personal):
    assert flagged(hunspell, "Welkom bij Arabeskzz!") == ["Arabeskzz"]
    personal.add("Arabeskzz")
    hunspell.add_word("Arabeskzz")
    assert flagged(hunspell, "Welkom bij Arabeskzz!") == []
    assert "Arabeskzz" in personal.path.read_text(encoding="utf-8")


def test_empty_and_odd_text(shared_hunspell):
    hunspell = shared_hunspell
    assert hunspell.check("") == []
    assert hunspell.check("\x00\n\n   ") == []
    assert flagged(hunspell, "gelezzen\u00ad") == ["gelezzen"]


def test_a_text_full_of_unknown_words_gets_suggestions_for_the_first_ones_only(hunspell):
    from arabesk_desk.spelling.hunspell_checker import MAX_SUGGESTED_WORDS

    asked: list[str] = []
    hunspell._suggest_uncached = lambda speller, word: asked.append(word) or ("x",)
    words = [f"woordzz{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(40)]
    findings = hunspell.check(" ".join(words + words), with_suggestions=True)
    assert len(findings) == 80
    assert asked == words[:MAX_SUGGESTED_WORDS]
    assert sum(bool(f.suggestions) for f in findings) == 2 * MAX_SUGGESTED_WORDS


def test_a_very_long_word_gets_no_suggestions(shared_hunspell):
    assert shared_hunspell.suggest("z" * 300) == ()


PIECES = [
    *"abcdefghzz éëÉ-'’.#@/:0123ß\n\u200d\u0301",
    "😀",
    "👩\u200d👩\u200d👧",
    "🇳🇱",
    "gelezzen",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_every_span_is_the_word_it_names(shared_hunspell, text):
    for finding in shared_hunspell.check(text):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == dict(finding.data)["word"]
