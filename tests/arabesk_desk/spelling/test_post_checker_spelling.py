"""PostChecker with spelling: merged findings, --no-spelling, and the engines named."""

from __future__ import annotations

from arabesk_desk.paths import DataPaths
from arabesk_desk.post_checker import load_post_checker
from arabesk_desk.typo_overlap import typos_not_covered
from arabesk_desk.user_settings import UserSettings
from checks import Category, CheckContext, Finding, Severity


def _checker(tmp_path, **kwargs):
    return load_post_checker(settings=UserSettings(), paths=DataPaths(tmp_path / "data"), **kwargs)


def test_spelling_findings_join_the_protocol_findings(tmp_path):
    checker = _checker(tmp_path)
    text = "Ik heb het boek gelezzen."
    findings = checker.check(text, CheckContext())
    spelling = [f for f in findings if f.category == "spelling"]
    assert [text[f.start : f.end] for f in spelling] == ["gelezzen"]
    assert "gelezen" in spelling[0].suggestions
    assert "Hunspell (OpenTaal)" in checker.describe_engines()
    assert "grammar not checked" in checker.describe_engines()
    checker.close()


def test_no_spelling_means_no_spelling_findings(tmp_path):
    checker = _checker(tmp_path, spelling=False)
    findings = checker.check("Ik heb het boek gelezzen.", CheckContext())
    assert not [f for f in findings if f.category == "spelling"]
    assert checker.describe_engines().endswith("spelling was not checked.")


def _finding(rule, category, start, end):
    return Finding(rule, Category(category), None, Severity.WARNING, start, end, "m")


def test_a_word_the_protocol_rules_flag_is_not_also_a_typo():
    tone = _finding("tone.popular", "tone", 21, 28)
    typo_inside = _finding("spelling.hunspell", "spelling", 21, 28)
    typo_elsewhere = _finding("spelling.hunspell", "spelling", 0, 3)
    grammar_inside = _finding("languagetool.X", "grammar", 21, 28)
    kept = typos_not_covered((typo_inside, typo_elsewhere, grammar_inside), [tone])
    assert kept == [typo_elsewhere, grammar_inside]


def test_a_typo_beyond_the_channel_limit_is_still_a_typo():
    """The over-limit span covers the end of a long post; typos there stay findings."""
    over_limit = _finding("length.over_limit", "length", 280, 20_000)
    long_sentence = _finding("readability.long_sentence", "readability", 19_000, 19_990)
    typo_at_the_end = _finding("spelling.hunspell", "spelling", 19_950, 19_958)
    assert typos_not_covered((typo_at_the_end,), [over_limit, long_sentence]) == [typo_at_the_end]
