"""The shouting kind: runs of capitalised words, acronyms excepted."""

from __future__ import annotations

from checks.kinds.shouting import shouted_runs
from checks.text import Document

ACRONYMS = frozenset({"NPO", "AVG", "HAVO", "VWO", "MR", "ICT"})


def shouts(text, min_words=3):
    return [
        (text[h.start : h.end], h.suggestions)
        for h in shouted_runs(Document(text), ACRONYMS, min_words)
    ]


def test_three_shouted_words_are_a_shout():
    assert shouts("ik zeg: DIT IS BELACHELIJK") == [("DIT IS BELACHELIJK", ("dit is belachelijk",))]


def test_acronyms_do_not_count_but_stay_capitals_in_the_suggestion():
    assert shouts("HAVO VWO MR ICT") == []
    assert shouts("DE HAVO IS GESLOTEN VANDAAG") == [
        ("DE HAVO IS GESLOTEN VANDAAG", ("De HAVO is gesloten vandaag",))
    ]


def test_two_words_are_not_enough_and_single_letters_do_not_count():
    assert shouts("HEEL GOED gedaan") == []
    assert shouts("A B C D") == []


def test_a_paragraph_break_ends_a_run():
    assert shouts("WELKOM TERUG\n\nSTUDIEDAG MORGEN") == []


def test_words_with_digits_are_names_not_shouting():
    assert shouts("MP3 MP4 USB3 AAA1") == []


def test_offsets_after_emoji():
    text = "👨‍👩‍👧‍👦 WAT EEN DAG"
    assert shouts(text)[0][0] == "WAT EEN DAG"
