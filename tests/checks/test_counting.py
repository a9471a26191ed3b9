"""Counting a post's length per channel: X's weighted counting, graphemes, overflow offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.channels import Channel
from checks.counting import (
    LengthCount,
    count_for_channel,
    count_length,
    grapheme_length,
    mastodon_length,
    x_weighted_length,
)

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
THUMB_DARK = "👍🏿"
FLAG_NL = "🇳🇱"
KEYCAP_ONE = "1\ufe0f\u20e3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Hallo groep 7!", 14),
        ("https://www.arabesk.nl/nieuws/2026/schoolreis-naar-het-dolfinarium", 23),
        ("Lees meer: https://arabesk.nl/a.", 11 + 23 + 1),
        ("Zie arabesk.nl voor de agenda", 4 + 23 + 15),
        ("Mail info@arabesk.nl", 20),
        ("😀", 2),
        (FAMILY, 2),
        (THUMB_DARK, 2),
        (FLAG_NL, 2),
        (KEYCAP_ONE, 2),
        ("❤️", 2),
        ("日本語", 6),
        ("één ideeën", 10),
        ("e\u0301", 1),
        ("regel\r\nregel", 11),
        ("‘citaat’ — klaar…", 18),
    ],
)
def test_x_weighted_length(text, expected):
    assert x_weighted_length(text) == expected


def test_x_counts_decomposed_letters_as_their_nfc_form():
    decomposed = unicodedata.normalize("NFD", "één café")
    assert len(decomposed) > len("één café")
    assert x_weighted_length(decomposed) == x_weighted_length("één café") == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", 3),
        (FAMILY, 1),
        (THUMB_DARK + FLAG_NL, 2),
        ("e\u0301", 1),
        ("a\r\nb", 3),
        ("日本", 2),
    ],
)
def test_grapheme_length(text, expected):
    assert grapheme_length(text) == expected


def test_mastodon_counts_urls_as_23_and_remote_mentions_without_server():
    text = "Hoi @juf@mastodon.example zie https://www.arabesk.nl/een/heel/lang/adres 👍🏿"
    assert mastodon_length(text) == len("Hoi @juf zie ") + 23 + 1 + 1


def test_code_points_count_every_character():
    result = count_length(FAMILY + "ab", "code-points", 5)
    assert result == LengthCount(9, 5, 5)


def test_a_text_within_the_limit_has_no_overflow():
    result = count_length("a" * 280, "x-weighted", 280)
    assert result.overflow_start is None
    assert not result.is_over
    assert result.remaining == 0
    assert result.label == "280 / 280"


def test_overflow_starts_at_the_first_character_past_the_limit():
    result = count_length("a" * 285, "x-weighted", 280)
    assert (result.length, result.overflow_start, result.remaining) == (285, 280, -5)
    assert result.is_over


def test_overflow_offset_is_in_code_points_after_emoji():
    # Each family emoji is 7 code points but weighs 2: 10 of them weigh 20, 70 code points.
    text = FAMILY * 10 + "b" * 270
    result = count_length(text, "x-weighted", 280)
    assert result.length == 290
    assert result.overflow_start == 70 + 260
    assert text[result.overflow_start :] == "b" * 10


def test_an_emoji_that_crosses_the_limit_overflows_whole():
    text = "a" * 279 + THUMB_DARK
    result = count_length(text, "x-weighted", 280)
    assert (result.length, result.overflow_start) == (281, 279)


def test_a_url_that_crosses_the_limit_overflows_from_its_start():
    text = "a" * 270 + " https://www.arabesk.nl"
    result = count_length(text, "x-weighted", 280)
    assert result.length == 271 + 23
    assert result.overflow_start == 271


def test_graphemes_overflow_after_combined_characters():
    text = "e\u0301" * 300 + "x"
    result = count_length(text, "graphemes", 300)
    assert (result.length, result.overflow_start) == (301, 600)


def test_count_for_channel_uses_the_channel_limit_and_counting():
    channel = Channel("bluesky", "Bluesky", 3, "graphemes")
    assert count_for_channel(FAMILY * 4, channel) == LengthCount(4, 3, 21)


def test_an_unknown_counting_names_the_valid_ones():
    with pytest.raises(ValueError, match="x-weighted"):
        count_length("abc", "tweets", 10)


_PIECES = ["a", "b", " ", ".", "é", "e\u0301", "日", "\n", "\r\n", "\u200d"]
_TEXT = st.lists(st.sampled_from([*_PIECES, FAMILY, THUMB_DARK, FLAG_NL]), max_size=40).map("".join)


@given(
    text=st.lists(_TEXT, max_size=5).map(" https://arabesk.nl/x ".join), limit=st.integers(0, 80)
)
def test_overflow_offset_splits_the_text_at_the_limit(text, limit):
    for counting in ("x-weighted", "mastodon", "graphemes", "code-points"):
        result = count_length(text, counting, limit)
        if result.overflow_start is None:
            assert result.length <= limit
            continue
        split = result.overflow_start
        assert 0 <= split < len(text)
        assert count_length(text[:split], counting, limit).length <= limit
        if counting != "code-points":
            whole = grapheme_length(text)
            assert grapheme_length(text[:split]) + grapheme_length(text[split:]) == whole
