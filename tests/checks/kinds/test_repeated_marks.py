"""The repeated_marks kind: runs of exclamation and question marks."""

from __future__ import annotations

from checks.kinds.repeated_marks import mark_runs, single_mark


def runs(text, min_run=3):
    return [(text[h.start : h.end], h.suggestions[0]) for h in mark_runs(text, min_run)]


def test_runs_are_found_with_one_mark_suggested():
    assert runs("Feest!!! Echt??? Wat?!?!") == [("!!!", "!"), ("???", "?"), ("?!?!", "?")]


def test_short_runs_stay_quiet_unless_the_rule_asks():
    assert runs("Feest!! Echt?!") == []
    assert runs("Feest!!", min_run=2) == [("!!", "!")]


def test_the_meme_one_in_a_run_belongs_to_it():
    assert runs("Gewonnen!!!1!") == [("!!!1!", "!")]


def test_a_double_exclamation_character_counts_twice():
    assert single_mark("‼") == "!" and runs("Ja‼!") == [("‼!", "!")]
