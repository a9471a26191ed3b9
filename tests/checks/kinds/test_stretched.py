"""The stretched kind: chat-style stretched letters and their Dutch spelling."""

from __future__ import annotations

import pytest

from checks.kinds.stretched import is_chat_stretch, stretch_regex, suggestions, unstretched

STRETCH = stretch_regex(3)


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("zooo", "zo"),
        ("suuuuper", "super"),
        ("heeeel", "heel"),
        ("jaaaa", "ja"),
        ("neeee", "nee"),
        ("mooooi", "mooi"),
        ("leuuuk", "leuk"),
        ("heeeerlijk", "heerlijk"),
        ("gaaaaf", "gaaf"),
        ("hallllo", "hallo"),
        ("Suuuper", "Super"),
    ],
)
def test_unstretched_follows_dutch_spelling(word, plain):
    assert unstretched(word) == plain


def test_a_second_suggestion_keeps_every_letter_once():
    assert suggestions("toooop", STRETCH, 3) == ("toop", "top")


@pytest.mark.parametrize("word", ["zzz", "III", "XXX", "brrr", "hmmm", "aaa"])
def test_interjections_numerals_and_single_letters_are_not_chat_stretches(word):
    assert not is_chat_stretch(word, STRETCH)


def test_a_stretched_word_is_found_in_a_post(engine):
    (finding,) = engine.check("😀 Het was zooo leuk", only=["tone.stretched"])
    assert (finding.start, finding.end) == (10, 14)
