"""Undisguised readings: digits for letters, stretched, dotted and spelled-out letters, masks."""

from __future__ import annotations

import pytest

from checks.language.disguise import mask_pattern, readings, spaced_runs, vowel_readings
from checks.language.tokens import Token, tokenize
from tests.checks.language.support import language

LOOK_ALIKES = language({}).look_alikes


def token(text: str) -> Token:
    (found,) = tokenize(text, LOOK_ALIKES)
    return found


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("h44t", "haat"),
        ("k4nker", "kanker"),
        ("sh1t", "shit"),
        ("l1ef", "lief"),  # 1 as i
        ("1ul", "lul"),  # 1 as l
        ("h0m0", "homo"),
        ("kl0t3", "klote"),
        ("kuuut", "kut"),  # a stretch read as one letter ...
        ("kuuut", "kuut"),  # ... or as two
        ("kaaankerrr", "kanker"),
        ("k.u.t", "kut"),
        ("h-a-a-t", "haat"),
        ("h44444t", "hat"),  # digits read first, then the stretch undone
    ],
)
def test_readings(text, reading):
    assert reading in readings(token(text))


def test_the_first_reading_of_leet_reads_every_digit_as_its_letter():
    assert readings(token("h44t"))[0] == "haat"
    assert readings(token("k.u.t"))[0] == "kut"


def test_readings_are_plain_words_other_than_the_form():
    for text in ("h44t", "kuuut", "k.u.t", "sh!t", "kl0t3"):
        found = readings(token(text))
        assert found, text
        assert len(found) == len(set(found))
        assert all(r.isalpha() and r != token(text).norm for r in found)


def test_a_plain_word_has_no_readings():
    assert readings(token("kut")) == []
    assert readings(token("o.a.")) == ["oa"]


@pytest.mark.parametrize(
    ("text", "matches", "misses"),
    [
        ("k*t", ["kut", "kont", "kat"], ["kt", "kaaat", "put"]),
        ("f**k", ["fuck", "fiek"], ["fk", "fck"]),  # two masks: two or three letters
        ("k***r", ["kanker", "kakr"], ["kr", "kaaaaaar"]),  # three or more: 1 to size + 2
        ("t*ten", ["tieten", "taten"], ["tten"]),
        ("k#t", ["kut"], []),
    ],
)
def test_a_mask_becomes_a_pattern_of_letters(text, matches, misses):
    pattern = mask_pattern(token(text))
    assert pattern is not None
    for word in matches:
        assert pattern.fullmatch(word), word
    for word in misses:
        assert not pattern.fullmatch(word), word


def test_a_mask_that_hides_too_much_gives_no_pattern():
    assert mask_pattern(token("k**")) is None  # one letter
    assert mask_pattern(token("kut")) is None  # no mask at all


def test_vowel_readings_fill_each_mask_with_a_vowel():
    found = list(vowel_readings("k*twijf"))
    assert found == [f"k{v}twijf" for v in "aeiouy"]
    assert len(list(vowel_readings("f**k"))) == 36
    assert list(vowel_readings("f***k")) == []  # more than two masks
    assert list(vowel_readings("fuck")) == []


def spelled(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text, LOOK_ALIKES)
    return [
        (text[tokens[first].start : tokens[last].end], letters)
        for first, last, letters in spaced_runs(tokens, text)
    ]


def test_three_or_more_spaced_letters_are_a_run():
    assert spelled("wat een k u t weer") == [("k u t", "kut")]
    assert spelled("K.U.T.") == []  # one dotted token, not spaced letters
    assert spelled("k*u*t") == []  # masked: one token
    assert spelled("k u t en h a a t") == [("k u t", "kut"), ("h a a t", "haat")]


def test_two_letters_or_wider_gaps_are_no_run():
    assert spelled("a b") == []
    assert spelled("k  u  t") == []
    assert spelled("k, u, t") == []


def test_a_run_ends_at_a_longer_word():
    assert spelled("k u t weer") == [("k u t", "kut")]
    assert spelled("x k u t") == [("x k u t", "xkut")]
