"""Tokens: kinds, flags, normal forms (NFKC, zero-width, look-alikes) and code-point offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.language.tokens import (
    ALL_CAPS,
    CAPITALISED,
    DISGUISED,
    DOTTED,
    EMAIL,
    HANDLE,
    HASHTAG,
    LINK,
    MASKED,
    NUMBER,
    PUNCT,
    SYMBOL,
    WORD,
    LookAlikes,
    Token,
    tokenize,
)
from checks.pack_error import PackError
from tests.checks.language.support import language

LOOK_ALIKES = language({}).look_alikes


def tokens(text: str) -> tuple[Token, ...]:
    return tokenize(text, LOOK_ALIKES)


def one(text: str) -> Token:
    (token,) = tokens(text)
    return token


def kinds(text: str) -> list[tuple[str, int]]:
    return [(t.text, t.kind) for t in tokens(text)]


def test_every_kind_of_token():
    text = "Zie https://school.nl/a?b=1. Mail info@school.nl of @juf_anna, 12 #Sportdag 😀"
    assert kinds(text) == [
        ("Zie", WORD),
        ("https://school.nl/a?b=1", LINK),
        (".", PUNCT),
        ("Mail", WORD),
        ("info@school.nl", EMAIL),
        ("of", WORD),
        ("@juf_anna", HANDLE),
        (",", PUNCT),
        ("12", NUMBER),
        ("#Sportdag", HASHTAG),
        ("😀", SYMBOL),
    ]


def test_white_space_is_no_token_and_other_marks_are_punctuation():
    assert kinds(" \t\n") == []
    assert kinds("a / b") == [("a", WORD), ("/", PUNCT), ("b", WORD)]


def test_a_link_stops_before_closing_punctuation():
    assert kinds("(zie www.school.nl/info).") == [
        ("(", PUNCT),
        ("zie", WORD),
        ("www.school.nl/info", LINK),
        (")", PUNCT),
        (".", PUNCT),
    ]


def test_mastodon_handles_are_one_token():
    assert kinds("@juf@mastodon.nl") == [("@juf@mastodon.nl", HANDLE)]


def test_hashtags_keep_the_word_as_their_normal_form():
    tag = one("#KUTweer")
    assert (tag.kind, tag.norm) == (HASHTAG, "kutweer")
    assert tag.flags & CAPITALISED


def test_links_emails_and_handles_are_lower_cased():
    assert [t.norm for t in tokens("WWW.School.NL Info@School.nl @JufAnna")] == [
        "www.school.nl",
        "info@school.nl",
        "@jufanna",
    ]


def test_numbers_are_split_at_commas_and_colons():
    assert kinds("12,5 om 10:30") == [
        ("12", NUMBER),
        (",", PUNCT),
        ("5", NUMBER),
        ("om", WORD),
        ("10", NUMBER),
        (":", PUNCT),
        ("30", NUMBER),
    ]


def test_codes_with_digits_are_words():
    assert [(t.kind, t.flags) for t in tokens("3b 2de")] == [(WORD, 0), (WORD, 0)]


def test_apostrophe_words_and_elisions():
    assert [(t.text, t.norm) for t in tokens("’s morgens zo’n auto's")] == [
        ("’s", "'s"),
        ("morgens", "morgens"),
        ("zo’n", "zo'n"),
        ("auto's", "auto's"),
    ]


def test_hyphenated_words_are_one_word():
    assert kinds("mega-sukkel en ja--nee") == [
        ("mega-sukkel", WORD),
        ("en", WORD),
        ("ja", WORD),
        ("--", PUNCT),
        ("nee", WORD),
    ]


def test_a_run_of_one_punctuation_mark_is_one_token():
    assert [t.text for t in tokens("Wat?!... Nee!!!")] == ["Wat", "?", "!", "...", "Nee", "!!!"]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("kut", 0),
        ("Kut", CAPITALISED),
        ("KUT", CAPITALISED | ALL_CAPS),
        ("K", CAPITALISED),  # one letter is no shouting
        ("ÉÉN", CAPITALISED | ALL_CAPS),
        ("SO-VSO", CAPITALISED | ALL_CAPS),
        ("kUT", 0),
    ],
)
def test_case_flags(text, flags):
    assert one(text).flags == flags


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("k*t", "k*t"),
        ("f**k", "f**k"),
        ("sh!t", "sh!t"),
        ("k#t", "k#t"),
        ("k**", "k**"),
        ("fuck!ng", "fuck!ng"),
    ],
)
def test_masks_stay_in_the_form_and_are_flagged(text, norm):
    token = one(text)
    assert (token.kind, token.norm) == (WORD, norm)
    assert token.flags & MASKED and token.flags & DISGUISED


def test_an_exclamation_mark_after_a_word_is_no_mask():
    assert kinds("Kom!") == [("Kom", WORD), ("!", PUNCT)]
    assert not tokens("Kom!")[0].flags & MASKED


@pytest.mark.parametrize("text", ["h44t", "k4nker", "sh1t", "h0m0"])
def test_digits_for_letters_are_a_disguise(text):
    token = one(text)
    assert token.kind == WORD and token.flags & DISGUISED and not token.flags & MASKED


@pytest.mark.parametrize("text", ["3b", "2de", "mp3", "4you", "a1"])
def test_a_code_with_digits_is_no_disguise(text):
    assert not one(text).flags & DISGUISED


@pytest.mark.parametrize("text", ["kuuut", "Kuuuut", "kaaanker"])
def test_stretched_letters_are_a_disguise_and_stay_in_the_form(text):
    token = one(text)
    assert token.flags & DISGUISED
    assert token.norm == text.lower()


def test_a_double_letter_is_no_stretch():
    assert not one("kussen").flags & DISGUISED
    assert not one("zee").flags & DISGUISED


def test_letters_spelled_out_with_hyphens_are_a_disguise():
    assert one("h-a-a-t").flags & DISGUISED
    assert one("K-U-T").flags & DISGUISED
    assert not one("x-y").flags & DISGUISED  # two letters: a code, not a word spelled out
    assert not one("mega-sukkel").flags & DISGUISED


def test_dotted_letters_are_one_word_flagged_dotted():
    for text in ("o.a.", "i.v.m.", "k.u.t"):
        token = one(text)
        assert (token.kind, token.norm) == (WORD, text)
        assert token.flags & DOTTED


def test_full_width_letters_are_folded():
    token = one("ｋｕｔ")
    assert token.norm == "kut"
    assert token.flags & DISGUISED
    assert (token.start, token.end) == (0, 3)


def test_mathematical_letters_are_folded():
    assert one("𝐤𝐮𝐭").norm == "kut"


def test_zero_width_characters_and_soft_hyphens_are_removed():
    for text in ("k\u200but", "ku\u200dt", "k\u00adut", "ku\ufefft"):
        token = one(text)
        assert token.norm == "kut", text
        assert token.flags & DISGUISED
        assert (token.start, token.end) == (0, len(text))


def test_look_alike_letters_are_folded_inside_latin_words():
    token = one("кut")  # a Cyrillic к
    assert token.norm == "kut" and token.flags & DISGUISED


def test_a_word_of_look_alikes_only_is_folded():
    assert one("мама").norm == "mama"


def test_a_word_with_letters_that_have_no_latin_look_alike_is_kept():
    assert one("жук").norm == "жук"  # ж is in no look-alike line
    assert not one("жук").flags & DISGUISED


def test_accented_latin_letters_are_no_disguise():
    for text in ("hé", "Ölçü", "één", "ruïne"):
        assert not one(text).flags & DISGUISED, text


def test_offsets_are_code_points_after_emoji():
    text = "👍🏽 kut 👩‍👩‍👧 weer"
    found = tokens(text)
    assert [(t.text, t.start, t.end, t.kind) for t in found] == [
        ("👍🏽", 0, 2, SYMBOL),
        ("kut", 3, 6, WORD),
        ("👩‍👩‍👧", 7, 12, SYMBOL),
        ("weer", 13, 17, WORD),
    ]


pieces = st.sampled_from(
    [
        *("kut", "Kuuut", "k*t", "h44t", "o.a.", "mega-sukkel", "'s", "zo’n", "ｋｕｔ", "кut"),
        *("k\u200but", "😀", "👩‍👩‍👧", "🇳🇱", "@juf", "#tag", "www.x.nl", "a@b.nl", "12,5"),
        *(" ", "\n", "!!!", "...", ",", "(", ")", "\u00ad", "\u200d", "-", "'"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.one_of(pieces, st.text(max_size=4)), max_size=25).map("".join))
def test_tokens_are_ordered_slices_of_the_text(text):
    previous = 0
    for token in tokens(text):
        assert previous <= token.start < token.end <= len(text)
        assert text[token.start : token.end] == token.text
        assert not token.text.isspace()
        previous = token.end


def test_look_alike_lines_are_parsed():
    table = LookAlikes.parse(["# Cyrillic", "к k", "", "ы bl  # two letters"], "l.txt")
    assert table.fold("кы") == "kbl"


@pytest.mark.parametrize("line", ["кk", "к k x", "кк k"])
def test_a_bad_look_alike_line_is_a_pack_error(line):
    with pytest.raises(PackError) as raised:
        LookAlikes.parse(["к k", line], "lookalikes.txt")
    assert raised.value.line == 2
