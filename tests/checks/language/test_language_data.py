"""Language data: read from resources/language/, checked, and the lexicon built lazily."""

from __future__ import annotations

import shutil

import pytest

from checks.language.language_data import WORDS_LIST, LanguageData, packaged_language
from checks.pack_error import PackError
from checks.termlist import TermList, parse_terms
from tests.checks.language.support import ROOT

LISTS = {"t/a": parse_terms("t/a", ["#! forms: noun", "sukkel"], "a.txt")}


@pytest.fixture
def root(tmp_path):
    """A copy of the packaged language folder to break."""
    shutil.copytree(ROOT / "language", tmp_path / "language")
    return tmp_path


def test_the_packaged_data_is_read():
    data = LanguageData(ROOT)
    assert "mw" in data.abbreviations.always
    assert data.look_alikes.fold("к") == "k"
    assert "slaan" in data.irregular.verbs
    assert "omdat" in data.clause_words.always
    assert "speaker" in data.pieces
    assert "een" in data.function_words


def test_function_words_are_lower_case_without_comments(root):
    (root / "language" / "function_words.txt").write_text(
        "# comment\nEen  # an article\n\nDE\n", encoding="utf-8"
    )
    assert LanguageData(root).function_words == frozenset({"een", "de"})


@pytest.mark.parametrize(
    ("name", "attribute"),
    [
        ("abbreviations.txt", "abbreviations"),
        ("lookalikes.txt", "look_alikes"),
        ("irregular_verbs.txt", "irregular"),
        ("irregular_nouns.txt", "irregular"),
        ("clause_words.toml", "clause_words"),
        ("pieces.toml", "pieces"),
        ("function_words.txt", "function_words"),
    ],
)
def test_a_missing_file_is_a_pack_error_naming_it(root, name, attribute):
    (root / "language" / name).unlink()
    with pytest.raises(PackError) as raised:
        getattr(LanguageData(root), attribute)
    assert raised.value.path.endswith(name)
    assert "missing" in str(raised.value)


def test_a_file_that_is_not_utf8_is_a_pack_error(root):
    (root / "language" / "abbreviations.txt").write_bytes(b"mw\n\xff\xfe\n")
    with pytest.raises(PackError, match="cannot read language data"):
        _ = LanguageData(root).abbreviations


def test_broken_toml_is_a_pack_error(root):
    (root / "language" / "pieces.toml").write_text("[pieces\n", encoding="utf-8")
    with pytest.raises(PackError, match="not valid TOML"):
        _ = LanguageData(root).pieces


def test_clause_words_must_be_lists_of_words(root):
    (root / "language" / "clause_words.toml").write_text('always = "omdat"\n', encoding="utf-8")
    with pytest.raises(PackError, match="expected lists of words"):
        _ = LanguageData(root).clause_words


def test_pieces_must_map_names_to_pattern_text(root):
    (root / "language" / "pieces.toml").write_text("[pieces]\nx = 3\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"\[pieces\] must map names to pattern text"):
        _ = LanguageData(root).pieces


def test_a_bad_line_in_a_data_file_names_its_line(root):
    (root / "language" / "irregular_verbs.txt").write_text(
        "# verbs\nslaan: sla | sloeg\n", encoding="utf-8"
    )
    with pytest.raises(PackError) as raised:
        _ = LanguageData(root).irregular
    assert raised.value.line == 2


def test_without_term_lists_nothing_can_be_required():
    with pytest.raises(RuntimeError):
        LanguageData(ROOT).require("tone/swearing")
    assert LanguageData(ROOT).lexicon.list_ids == {}


def test_a_required_list_is_read_at_once():
    asked: list[str] = []

    def term_list(name: str) -> TermList:
        asked.append(name)
        if name not in LISTS:
            raise PackError(f"{name}.txt", None, "term list does not exist")
        return LISTS[name]

    data = LanguageData(ROOT, term_list)
    data.require("t/a")
    assert asked == ["t/a"]
    with pytest.raises(PackError, match="does not exist"):
        data.require("t/missing")


def test_the_lexicon_is_built_once_and_again_after_a_new_list():
    data = LanguageData(ROOT, LISTS.__getitem__)
    data.require("t/a")
    first = data.lexicon
    assert data.lexicon is first
    data.require("t/a")  # already known: the lexicon stays
    assert data.lexicon is first
    data.add_inline("inline/x", TermList("inline/x", parse_terms("x", ["kut"], "x").terms))
    second = data.lexicon
    assert second is not first
    assert set(second.list_ids) == {"t/a", "inline/x"}
    assert data.list_id("inline/x") == second.list_ids["inline/x"]


def test_pattern_words_share_one_list_function_words_exactly():
    data = LanguageData(ROOT, LISTS.__getitem__)
    assert data.add_words(["een", "slaan", "sukkel"]) == WORDS_LIST
    lexicon = data.lexicon
    assert data.add_words(["slaan"]) == WORDS_LIST
    assert data.lexicon is lexicon  # no new word: nothing to rebuild
    words = lexicon.lists[lexicon.list_ids[WORDS_LIST]]
    classes = {term.text: words.class_of(term) for term in words.terms}
    assert classes == {"een": "exact", "slaan": "auto", "sukkel": "auto"}
    data.add_words(["schoppen"])
    assert data.lexicon is not lexicon
    rebuilt = data.lexicon.lists[data.lexicon.list_ids[WORDS_LIST]]
    assert [term.text for term in rebuilt.terms] == ["een", "schoppen", "slaan", "sukkel"]


def test_known_words_come_from_the_shipped_dictionary():
    data = LanguageData(ROOT)
    assert data.is_known_word("huizen")
    assert not data.is_known_word("xyzzyq")


def test_packaged_language_is_one_per_folder(root):
    assert packaged_language(ROOT) is packaged_language(ROOT)
    assert packaged_language(root) is not packaged_language(ROOT)
