"""Bad parameters in the capacity, discussion, permanence, readability and length kinds.

A school edits these packs by hand, so every mistake must be a PackError naming the rule.
"""

from __future__ import annotations

import pytest

from checks import EngineSettings
from checks.context import CheckContext
from checks.finding import Category, Severity
from checks.kinds.registry import all_kinds
from checks.packs import PackError
from checks.resources import Resources
from checks.rules import Rule
from checks.text import Document

RESOURCES = Resources(EngineSettings())


def build(kind: str, params: dict, message: str = "bericht") -> object:
    rule = Rule(
        id="test.rule",
        category=Category.STYLE,
        guideline=None,
        severity=Severity.INFO,
        kind=kind,
        message=message,
        message_en="message",
        params=params,
        origin="pack.toml:7",
    )
    return all_kinds()[kind](rule, RESOURCES)


@pytest.mark.parametrize(
    ("kind", "params", "message", "problem"),
    [
        ("length_limit", {}, "Te lang: {lengte}", "unknown placeholder"),
        ("preview_cut", {"preview_lines": 0}, "Knip", "preview_lines"),
        ("readability_score", {}, "Score {score}", "unknown placeholder"),
        ("readability_score", {"min_words": "30"}, "Moeilijk", "wrong type"),
        ("long_sentence", {}, "Lang: {woorden}", "unknown placeholder"),
        ("terms_on_topic", {"terms": "capacity/opinion_markers"}, "x", "params.topic"),
        (
            "terms_on_topic",
            {
                "terms": "capacity/opinion_markers",
                "topic": "capacity/education_topics",
                "max_hits": 0,
            },
            "x",
            "max_hits",
        ),
        (
            "disclosure",
            {
                "topic": "capacity/education_topics",
                "disclosed": "capacity/disclosure",
                "line": "  ",
            },
            "x",
            "params.line",
        ),
        ("mention_audience", {"audience": "discussion/audience", "max_hits": 0}, "x", "max_hits"),
        ("one_reminder", {}, "x", "params.topics"),
        ("one_reminder", {"topics": [{"name": "feest"}]}, "x", "message"),
        ("one_reminder", {"topics": [{"name": "f", "message": "m"}]}, "x", "'terms' or 'patterns'"),
        (
            "one_reminder",
            {"topics": [{"name": "f", "message": "m", "patterns": ["(ongesloten"]}]},
            "x",
            "missing ')'",
        ),
        ("one_reminder", {"topics": [{"name": "f", "kleur": "rood"}]}, "x", "unknown key 'kleur'"),
        ("one_reminder", {"topics": ["feest"]}, "x", "must be a table"),
    ],
)
def test_bad_parameters_name_the_rule_and_line(kind, params, message, problem):
    with pytest.raises(PackError) as caught:
        build(kind, params, message)
    assert caught.value.path == "pack.toml" and caught.value.line == 7
    assert "test.rule" in str(caught.value) and problem in str(caught.value)


def test_a_missing_term_list_is_a_clear_error():
    with pytest.raises(PackError, match="does not exist"):
        build("mention_audience", {"audience": "discussion/bestaat_niet"})


def test_one_reminder_topic_with_patterns_only_works():
    match = build(
        "one_reminder",
        {"topics": [{"name": "nacht", "message": "Laat!", "patterns": ["al middernacht"]}]},
    )
    [hit] = match(Document("Het is al middernacht.", RESOURCES.language), CheckContext())
    assert (hit.start, hit.end, hit.message) == (7, 21, "Laat!")


def test_length_kind_skips_an_unknown_channel():
    match = build("length_limit", {}, "{channel}: {length} / {limit}")
    assert list(match(Document("a" * 400), CheckContext(channel="hyves"))) == []
    [hit] = match(Document("a" * 400), CheckContext(channel="x"))
    assert hit.message == "X: 400 / 280"
