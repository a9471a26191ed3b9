"""Offsets stay right on any text: emoji, ZWJ sequences, mixed scripts, NUL and control bytes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks import CheckContext
from checks.context import Capacity, Role

EMOJI = ["😀", "🎉", "👩‍👩‍👧", "👍🏽", "🏳️‍🌈", "❤️", "🇳🇱", "\u200d", "\ufe0f"]
SCRIPTS = ["ا", "ب", "ж", "日本", "é", "ĳ", "ß", "İ", "\u0301", "\x00", "\t", "\n", "\r\n"]
WORDS = ["kutweer", "klote", "Laterzz", "XXX", "groep", "06-12345678", "@juf", "#sportdag"]

pieces = st.sampled_from(EMOJI + SCRIPTS + WORDS + [" ", ". ", "!!!", "https://x.nl/a"])
texts = st.lists(st.one_of(pieces, st.text(max_size=6)), max_size=40).map("".join)
contexts = st.builds(
    CheckContext,
    channel=st.sampled_from(["x", "mastodon", "linkedin", "bluesky", "youtube-title"]),
    capacity=st.sampled_from(list(Capacity)),
    role=st.sampled_from(list(Role)),
)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(text=texts, context=contexts)
def test_every_finding_lies_inside_the_text(engine, text, context):
    for finding in engine.check(text, context):
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert finding.message and finding.message_en


@fast
@given(prefix=st.lists(st.sampled_from(EMOJI + SCRIPTS[:9]), max_size=8).map("".join))
def test_a_prefix_shifts_term_findings_by_its_length(engine, prefix):
    body = "Wat een kutweer vandaag, echt klote."
    lead = prefix + "\n\n"
    plain = engine.check(body, only=["tone.swearing"])
    shifted = engine.check(lead + body, only=["tone.swearing"])
    assert [(f.rule, f.start + len(lead), f.end + len(lead)) for f in plain] == [
        (f.rule, f.start, f.end) for f in shifted
    ]
    assert [(lead + body)[f.start : f.end] for f in shifted] == ["kutweer", "klote"]


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00" * 50, "\ufeff", "👩‍👩‍👧" * 500, "!" * 10_000, "a" * 100_000, "\n" * 5_000],
)
def test_degenerate_texts_do_not_break_the_engine(engine, text):
    for finding in engine.check(text):
        assert 0 <= finding.start <= finding.end <= len(text)
