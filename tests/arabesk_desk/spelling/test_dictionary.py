"""Finding the Dutch dictionary: the app's own copy, a configured one, and where we looked."""

from __future__ import annotations

from arabesk_desk.spelling.dictionary import (
    DICTIONARY_VARIABLE,
    dictionary_version,
    find_dictionary,
)


def test_the_app_ships_its_own_opentaal_dictionary():
    search = find_dictionary("", environ={})
    assert search.location is not None and search.location.origin == "app"
    assert search.location.name == "nl_NL"
    assert "2.20" in dictionary_version(search.location)
    assert (search.location.folder / "LICENSE-OpenTaal.txt").is_file()


def test_a_configured_dictionary_comes_first(tmp_path):
    (tmp_path / "nl_BE.aff").write_text("SET UTF-8\n")
    (tmp_path / "nl_BE.dic").write_text("1\nschool\n")
    search = find_dictionary(str(tmp_path / "nl_BE.dic"), environ={})
    assert search.location is not None
    assert (search.location.folder, search.location.name) == (tmp_path, "nl_BE")
    assert search.location.origin == "configured"
    via_variable = find_dictionary("", environ={DICTIONARY_VARIABLE: str(tmp_path / "nl_BE.aff")})
    assert via_variable.location == search.location


def test_an_incomplete_configured_dictionary_is_passed_over(tmp_path):
    (tmp_path / "nl_NL.dic").write_text("1\nschool\n")  # no .aff
    search = find_dictionary(str(tmp_path), environ={})
    assert search.location is not None and search.location.origin == "app"
    assert search.looked_in[0] == tmp_path
