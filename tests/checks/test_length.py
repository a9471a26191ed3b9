"""The length family: per-channel limits, policy overrides, the overflow span, preview cuts."""

from __future__ import annotations

import pytest

from checks import CheckContext, EngineSettings, load_engine
from checks.finding import Severity
from checks.kinds.length import preview_end

FAMILY = "👨\u200d👩\u200d👧\u200d👦"


def over_limit(engine, text, channel):
    return engine.check(text, CheckContext(channel=channel), only=["length.over_limit"])


@pytest.mark.parametrize(
    ("channel", "limit"),
    [
        ("x", 280),
        ("mastodon", 500),
        ("bluesky", 300),
        ("threads", 500),
        ("linkedin", 3000),
        ("instagram", 2200),
        ("youtube-title", 100),
        ("youtube", 5000),
        ("facebook", 63206),
    ],
)
def test_each_channel_has_its_limit(engine, channel, limit):
    assert not over_limit(engine, "a" * limit, channel)
    [finding] = over_limit(engine, "a" * (limit + 1), channel)
    assert (finding.start, finding.end) == (limit, limit + 1)
    assert finding.severity is Severity.ERROR
    assert f"{limit + 1} / {limit}" in finding.message


def test_x_counts_a_url_as_23(engine):
    url = "https://www.arabesk.nl/" + "nieuws/" * 40
    assert not over_limit(engine, "a" * 250 + " " + url, "x")
    assert over_limit(engine, "a" * 250 + " " + url, "bluesky")


def test_the_overflow_span_is_in_code_points_after_emoji(engine):
    text = FAMILY * 5 + "b" * 275
    [finding] = over_limit(engine, text, "x")
    assert text[finding.start : finding.end] == "b" * 5
    assert "285 / 280" in finding.message and "5 te veel" in finding.message


def test_an_alias_names_the_same_channel(engine):
    assert over_limit(engine, "a" * 281, "twitter")


def test_an_unknown_channel_gets_no_length_finding(engine):
    assert not over_limit(engine, "a" * 100_000, "myspace")


def test_the_policy_channel_limit_overrides_the_table():
    engine = load_engine(EngineSettings(channel_limits={"mastodon": 1000}))
    assert not over_limit(engine, "a" * 900, "mastodon")
    assert over_limit(engine, "a" * 1001, "mastodon")


def preview(engine, text, channel):
    found = engine.check(text, CheckContext(channel=channel), only=["length.preview_cut"])
    return [(text[f.start : f.end], f.severity) for f in found]


def test_linkedin_preview_points_at_the_sentence_that_is_cut(engine):
    first = "Een eerste zin van precies genoeg woorden om het begin te vullen. " * 3
    text = first + "Hier valt de knip midden in deze zin over de ouderavond. Daarna nog iets."
    [(span, severity)] = preview(engine, text, "linkedin")
    assert severity is Severity.INFO
    assert span.endswith("ouderavond.")
    assert text.index(span) == 211  # 210 is the space before "knip"


def test_a_short_linkedin_post_has_no_preview_cut(engine):
    assert not preview(engine, "Kort bericht.\nTwee regels.", "linkedin")


def test_the_preview_rule_is_for_linkedin_and_facebook_only(engine):
    assert not preview(engine, "Lang bericht. " * 40, "instagram")


def test_preview_end_stops_after_three_lines():
    text = "een\ntwee\ndrie\nvier"
    assert text[: preview_end(text, 210, 3)] == "een\ntwee\ndrie"
    assert preview_end("kort", 210, 3) == 4
    assert preview_end("x" * 300, 210, 3) == 210
