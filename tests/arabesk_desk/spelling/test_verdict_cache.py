"""Hunspell's verdicts kept between runs: a post whose words were all seen needs no Hunspell."""

from __future__ import annotations

import json
import os

import pytest

from arabesk_desk.paths import DataPaths
from arabesk_desk.spelling import load_spelling
from arabesk_desk.spelling.hunspell_checker import HunspellChecker
from arabesk_desk.spelling.verdict_cache import VerdictCache, dictionary_key
from arabesk_desk.user_settings import UserSettings

POST = "Ik heb het boek gelezzen."


def test_verdicts_come_back_under_the_same_key_only(tmp_path):
    path = tmp_path / "verdicts.json"
    cache = VerdictCache(path, "key-1")
    cache.put("school", True)
    cache.put("gelezzen", False)
    cache.save()
    again = VerdictCache(path, "key-1")
    assert (again.get("school"), again.get("gelezzen"), again.get("boek")) == (True, False, None)
    assert VerdictCache(path, "key-2").get("school") is None  # another dictionary


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"key": "k", "known": 3}', ""])
def test_a_damaged_cache_is_an_empty_one(tmp_path, content):
    path = tmp_path / "verdicts.json"
    path.write_text(content, encoding="utf-8")
    cache = VerdictCache(path, "k")
    assert cache.get("school") is None and len(cache) == 0
    cache.put("school", True)
    cache.save()
    assert VerdictCache(path, "k").get("school") is True


def test_only_the_newest_words_are_kept(tmp_path):
    path = tmp_path / "verdicts.json"
    cache = VerdictCache(path, "k", max_words=3)
    for word in ("een", "twee", "drie", "vier"):
        cache.put(word, True)
    cache.save()
    kept = VerdictCache(path, "k")
    assert [kept.get(w) for w in ("een", "twee", "drie", "vier")] == [None, True, True, True]


def test_an_unwritable_folder_costs_speed_not_a_crash(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = VerdictCache(blocker / "verdicts.json", "k")
    cache.put("school", True)
    cache.save()  # no exception
    assert not (blocker / "verdicts.json").exists()


def test_the_key_follows_the_dictionary_files(dictionary, tmp_path):
    copy = type(dictionary)(tmp_path, dictionary.name, "configured")
    copy.aff.write_bytes(dictionary.aff.read_bytes())
    copy.dic.write_bytes(dictionary.dic.read_bytes())
    before = dictionary_key([copy])
    assert dictionary_key([copy]) == before
    os.utime(copy.dic, ns=(0, 12345))
    assert dictionary_key([copy]) != before


def test_a_warm_cache_checks_without_building_hunspell(dictionary, personal, tmp_path):
    path = tmp_path / "verdicts.json"
    cold = HunspellChecker(dictionary, personal, verdicts=VerdictCache(path, "k"))
    assert [f.data for f in cold.check(POST)] == [(("word", "gelezzen"),)]
    cold.save_verdicts()
    warm = HunspellChecker(dictionary, personal, verdicts=VerdictCache(path, "k"))
    assert [f.data for f in warm.check(POST)] == [(("word", "gelezzen"),)]
    assert warm._hunspell is None  # every word hit: Hunspell was never built
    warm.check("Een nieuw woord.")
    assert warm._hunspell is not None


def test_the_personal_list_is_never_cached_as_the_dictionarys(dictionary, personal, tmp_path):
    path = tmp_path / "verdicts.json"
    personal.add("Arabeskdag")
    checker = HunspellChecker(dictionary, personal, verdicts=VerdictCache(path, "k"))
    assert checker.check("Op de Arabeskdag lezen we.") == []
    checker.save_verdicts()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert "Arabeskdag" not in saved["known"] + saved["unknown"]
    assert "lezen" in saved["known"]


def test_the_service_keeps_verdicts_in_the_data_folder(tmp_path):
    paths = DataPaths(tmp_path)
    service = load_spelling(UserSettings(), paths, environ={})
    assert [f.data for f in service.check(POST).findings] == [(("word", "gelezzen"),)]
    service.close()
    assert paths.spelling_verdicts.is_file()
    again = load_spelling(UserSettings(), paths, environ={})
    found = again.check(POST, with_suggestions=False).findings  # suggesting needs Hunspell
    assert [f.data for f in found] == [(("word", "gelezzen"),)]
    assert again.hunspell is not None and again.hunspell._hunspell is None
    again.close()
