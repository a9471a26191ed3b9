"""Undisguised views: letters for digits, spaced and stretched letters, with offsets."""

from __future__ import annotations

from checks.kinds.disguise import disguised_views, find_disguises
from checks.text import Document


def views(text):
    doc = Document(text)
    return disguised_views(doc.lower, doc.words, margin=100)


def test_no_disguise_no_views():
    assert views("Gewoon een zin met 8.30 uur, groep 6 en 020-1234567.") == []


def test_digits_for_letters_are_undone_with_offsets_into_the_original():
    text = "ik h44t m0sl1ms"
    first = views(text)[0]
    assert first.text == "ik haat moslims"
    start = first.text.index("moslims")
    assert first.original(start, start + 7) == (8, 15)


def test_spaced_letters_are_joined():
    text = "dat is k u t."
    assert any("is kut" in view.text for view in views(text))


def test_stretched_letters_are_kept_double_and_single():
    texts = [view.text for view in views("haaaat moooslims")]
    assert texts == ["haat mooslims", "hat moslims"]


def test_symbols_in_a_word_count_but_not_in_mail_addresses_of_plain_text():
    doc = Document("k@nker")
    assert find_disguises(doc.lower, doc.words) == [(0, 6)]
