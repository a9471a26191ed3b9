"""The personal word list: added to from a finding, kept on disk, never rewritten or lost."""

from __future__ import annotations

import pytest

from arabesk_desk.spelling.personal_dictionary import PersonalDictionary, PersonalDictionaryError


def test_added_words_persist_and_come_back(tmp_path):
    path = tmp_path / "sub" / "personal-words.txt"
    words = PersonalDictionary(path)
    assert words.add(" Arabesk ") == "Arabesk"
    assert words.add("juf") == "juf"
    assert words.add("juf") == "juf"  # once only
    again = PersonalDictionary(path)
    assert "Arabesk" in again and "ARABESK" in again and "arabesk" not in again
    assert "juf" in again and "Juf" in again
    assert path.read_text(encoding="utf-8") == "Arabesk\njuf\n"


def test_comments_and_blank_lines_are_ignored_and_kept(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# mijn woorden\n\nSchoolzz", encoding="utf-8")
    words = PersonalDictionary(path)
    assert words.words == frozenset({"Schoolzz"})
    words.add("klaszz")
    assert path.read_text(encoding="utf-8") == "# mijn woorden\n\nSchoolzz\nklaszz\n"


@pytest.mark.parametrize("bad", ["", "  ", "twee woorden", "#hashtag"])
def test_not_a_word_is_refused_with_a_reason(tmp_path, bad):
    words = PersonalDictionary(tmp_path / "words.txt")
    with pytest.raises(PersonalDictionaryError, match="not a single word"):
        words.add(bad)
    assert not (tmp_path / "words.txt").exists()


def test_a_file_that_is_not_utf8_is_used_and_left_as_it_was(tmp_path):
    path = tmp_path / "words.txt"
    original = "café\nschool\n".encode("latin-1")
    path.write_bytes(original)
    words = PersonalDictionary(path)
    assert words.problem and "not UTF-8" in words.problem
    assert "school" in words
    assert path.read_bytes() == original


def test_a_folder_that_cannot_be_written_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    words = PersonalDictionary(blocker / "words.txt")
    with pytest.raises(PersonalDictionaryError, match="could not save 'juf'"):
        words.add("juf")
    assert "juf" not in words


def test_curly_apostrophes_match_straight_ones(tmp_path):
    words = PersonalDictionary(tmp_path / "words.txt")
    words.add("m’n")
    assert "m'n" in words and "m’n" in words
