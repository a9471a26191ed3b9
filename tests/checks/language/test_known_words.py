"""Known words: the OpenTaal dictionary's common words, their endings, and compounds of them."""

from __future__ import annotations

import pytest

from checks.language.known_words import KnownWords
from tests.checks.language.support import ROOT

DICTIONARY = KnownWords(ROOT / "dictionaries" / "nl_NL.dic")


@pytest.fixture
def small(tmp_path):
    dic = tmp_path / "small.dic"
    dic.write_text(
        "8\nhuis/CaCc\nboek\nkunde\naardrijk\nles\nprivacy\nSanne\nUtrecht/X\n", encoding="utf-8"
    )
    return KnownWords(dic)


def test_words_are_read_without_affix_flags_and_without_names(small):
    assert {"huis", "boek", "kunde", "les", "privacy"} <= small.words
    assert "huis/CaCc" not in small.words
    assert "Sanne" not in small.words and "Utrecht" not in small.words


def test_the_dictionary_is_read_on_first_use_only(tmp_path):
    dic = tmp_path / "late.dic"
    known = KnownWords(dic)  # the file need not exist yet
    dic.write_text("boek\n", encoding="utf-8")
    assert known.knows("boek")


def test_a_missing_or_unreadable_dictionary_knows_nothing(tmp_path):
    assert KnownWords(tmp_path / "none.dic").words == frozenset()
    broken = tmp_path / "broken.dic"
    broken.write_bytes(b"\xff\xfe\x00boek")
    assert not KnownWords(broken).knows("boek")


@pytest.mark.parametrize("word", ["huis", "huizen", "huisje", "boeken", "boekje", "lessen"])
def test_a_word_is_known_with_its_endings(word):
    assert DICTIONARY.knows(word)


def test_endings_are_taken_off_a_known_stem(small):
    assert small.knows("boeken") and small.knows("boekje") and small.knows("huis")
    assert not small.knows("boekerij")
    assert not small.knows("xyzzy")


def test_compounds_of_known_words_with_or_without_a_linking_letter(small):
    assert small.is_compound("privacyles")
    assert small.is_compound("aardrijkskunde")  # linking s
    assert small.is_compound("boekenkunde")  # linking en
    assert not small.is_compound("boek")  # too short to be two parts
    assert not small.is_compound("boekxyz")


def test_compounds_go_at_most_depth_parts_deep(small):
    assert small.is_compound("lesboekkunde", depth=3)
    assert not small.is_compound("lesboekkunde", depth=2)


def test_a_name_is_no_common_word_but_a_capitalised_word_is(small):
    assert small.is_common_word("Boeken")
    assert small.is_common_word("Aardrijkskunde")
    assert not small.is_common_word("Sanne")


@pytest.mark.parametrize(
    "word", ["longkanker", "vertering", "privacyles", "uitlegvideo", "aardrijkskunde"]
)
def test_the_documented_examples_are_common_words(word):
    assert DICTIONARY.is_common_word(word)


@pytest.mark.parametrize("word", ["rijk", "tijd", "vrijheid", "mijn", "wijf", "blije"])
def test_words_with_ij_are_known(word):
    """OpenTaal writes the digraph as one letter (ĳ); a post types i + j."""
    assert DICTIONARY.knows(word)


def test_names_in_the_real_dictionary_are_not_common_words():
    assert not DICTIONARY.is_common_word("Sanne")
    assert not DICTIONARY.is_common_word("Utrecht")
