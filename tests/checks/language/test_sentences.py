"""Sentences and paragraphs: abbreviations, initials, numbers, emoji and line breaks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.language.sentences import Abbreviations, split_paragraphs, split_sentences
from checks.pack_error import PackError
from tests.checks.language.support import language

ABBREVIATIONS = language({}).abbreviations


def sentences(text: str, abbreviations: Abbreviations = ABBREVIATIONS) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, abbreviations)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and forms of address from abbreviations.txt
        ("Mw. Jansen komt morgen. Daarna niet.", ["Mw. Jansen komt morgen.", "Daarna niet."]),
        ("Dhr. Aydın belt terug. Fijn.", ["Dhr. Aydın belt terug.", "Fijn."]),
        ("Wij zoeken bijv. een tas. Graag!", ["Wij zoeken bijv. een tas.", "Graag!"]),
        # dotted single letters, in any case, need no line of their own
        ("Er is o.a. gym. Morgen", ["Er is o.a. gym.", "Morgen"]),
        ("Dicht i.v.m. de staking. Morgen open.", ["Dicht i.v.m. de staking.", "Morgen open."]),
        ("Dat komt t.z.t. Goed?", ["Dat komt t.z.t. Goed?"]),
        # initials
        ("Mw. J. de Vries is er. Goed zo.", ["Mw. J. de Vries is er.", "Goed zo."]),
        ("Leerling S. uit 3B was er. Goed.", ["Leerling S. uit 3B was er.", "Goed."]),
        ("J. P. van Dam belt. Ja.", ["J. P. van Dam belt.", "Ja."]),
    ],
)
def test_abbreviations_and_initials_stay_inside_their_sentence(text, expected):
    assert sentences(text) == expected


def test_a_lower_case_single_letter_is_no_initial():
    assert sentences("Dat is plan b. Daarna c.") == ["Dat is plan b.", "Daarna c."]


def test_a_may_end_abbreviation_ends_a_sentence_only_before_a_capital():
    assert sentences("Pennen, boeken enz. We gaan.") == ["Pennen, boeken enz.", "We gaan."]
    assert sentences("Pennen, boeken enz. en meer.") == ["Pennen, boeken enz. en meer."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op 12. januari komen we. Fijn!", ["Op 12. januari komen we.", "Fijn!"]),
        ("Punt 3. 4 appels erbij.", ["Punt 3. 4 appels erbij."]),
        ("Het antwoord is 12. Goed zo.", ["Het antwoord is 12.", "Goed zo."]),
        ("Het kost 3.50 euro. Ok.", ["Het kost 3.50 euro.", "Ok."]),
    ],
)
def test_a_number_with_a_period_ends_a_sentence_only_before_a_capital(text, expected):
    assert sentences(text) == expected


def test_question_and_exclamation_marks_always_end_a_sentence():
    assert sentences("Wat? Echt!? ja hoor") == ["Wat?", "Echt!?", "ja hoor"]


def test_an_ellipsis_ends_a_sentence_before_a_capital_only():
    assert sentences("Wacht... Nee toch.") == ["Wacht...", "Nee toch."]
    assert sentences("Wacht… Nee toch.") == ["Wacht…", "Nee toch."]
    assert sentences("Wacht... nee toch") == ["Wacht... nee toch"]


def test_closing_quotes_and_brackets_belong_to_the_sentence_they_end():
    assert sentences('Hij zei "Stop." Toen ging hij.') == ['Hij zei "Stop."', "Toen ging hij."]
    assert sentences("Kom (echt.) Nu.") == ["Kom (echt.)", "Nu."]


def test_an_emoji_before_a_capital_ends_a_sentence():
    assert sentences("Wat leuk 🎉 Morgen weer") == ["Wat leuk 🎉", "Morgen weer"]
    assert sentences("Top 👍🏽 Tot zo") == ["Top 👍🏽", "Tot zo"]
    assert sentences("Wat leuk 🎉 morgen weer") == ["Wat leuk 🎉 morgen weer"]


def test_a_line_break_ends_a_sentence_unless_the_next_line_continues_it():
    assert sentences("Eerste regel\nTweede regel") == ["Eerste regel", "Tweede regel"]
    assert sentences("een lange zin die\ndoorloopt hier.") == ["een lange zin die\ndoorloopt hier."]
    # after sentence punctuation a lower-case line is a new sentence (a sentence may start
    # in lower case on social media)
    assert sentences("Klaar!\nen nu verder") == ["Klaar!", "en nu verder"]
    assert sentences("Lijstje:\nmelk") == ["Lijstje:", "melk"]


def test_a_sentence_may_start_in_lower_case():
    assert sentences("klaar. nu verder") == ["klaar.", "nu verder"]


def test_spans_are_stripped_and_never_empty():
    text = "  Hallo daar.   \n\n  Nog een.  "
    spans = split_sentences(text, ABBREVIATIONS)
    assert [text[a:b] for a, b in spans] == ["Hallo daar.", "Nog een."]
    assert split_sentences("   \n \t ", ABBREVIATIONS) == ()
    assert split_sentences("", ABBREVIATIONS) == ()


def test_offsets_are_code_points_after_emoji():
    text = "wat fijn 👩‍👩‍👧 echt. Mw. J. de Vries 😀 Komt morgen."
    assert len("👩‍👩‍👧") == 5  # three people joined by two zero-width joiners
    assert split_sentences(text, ABBREVIATIONS) == ((0, 20), (21, 38), (39, 51))
    assert sentences(text) == ["wat fijn 👩‍👩‍👧 echt.", "Mw. J. de Vries 😀", "Komt morgen."]


texts = st.lists(
    st.sampled_from(
        [
            *("Mw.", "J.", "o.a.", "12.", "enz.", "...", "!", "?", "🎉", "\n", "\n\n", " "),
            *("de", "Vries", "kom", "We", "ja", "3B", '"', ")", "x"),
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_sentences_are_ordered_non_empty_stripped_slices(text):
    spans = split_sentences(text, ABBREVIATIONS)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        previous_end = end
    # nothing but white space is left out
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_paragraphs_are_split_at_blank_lines():
    text = "Eerste alinea\nnog steeds.\n\n  \nTweede.\n \nDerde"
    spans = split_paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["Eerste alinea\nnog steeds.", "Tweede.", "Derde"]
    assert split_paragraphs("\n\n\n") == ()


def test_abbreviation_lines_are_parsed_with_their_end_flag():
    parsed = Abbreviations.parse(
        ["# comment", "", "Mw.", "enz ~end  # often ends a sentence", "PROF"], "abbr.txt"
    )
    assert parsed.always == frozenset({"mw", "prof"})
    assert parsed.may_end == frozenset({"enz"})


def test_a_bad_abbreviation_line_is_a_pack_error_with_its_line():
    with pytest.raises(PackError) as raised:
        Abbreviations.parse(["mw", "enz ~maybe"], "abbr.txt")
    assert raised.value.line == 2
    assert "enz ~maybe" in str(raised.value)


def test_own_abbreviations_are_used():
    own = Abbreviations.parse(["lok"], "own.txt")
    assert sentences("In lok. 12 is het. Ja.", own) == ["In lok. 12 is het.", "Ja."]
    assert sentences("In lok. 12 is het. Ja.", Abbreviations()) == [
        "In lok.",
        "12 is het.",
        "Ja.",
    ]
