"""Permanence (guideline 7): one reminder a post at most, only where the risk is real."""

from __future__ import annotations

import pytest

from checks import Capacity, CheckContext, Role
from checks.finding import Severity

PERSONAL = CheckContext()
OFFICIAL = CheckContext(capacity=Capacity.OFFICIAL)


def reminders(engine, text, context=PERSONAL):
    return engine.check(text, context, only=["permanence"])


def test_a_post_full_of_risks_gets_one_reminder_about_the_first(engine):
    text = "Na het feest nog een biertje, morgen op het strand in bikini en ik ben woest."
    [finding] = reminders(engine, text)
    assert text[finding.start : finding.end] == "feest"
    assert finding.severity is Severity.INFO and finding.guideline == 7
    assert "feestje" in finding.message.lower()


@pytest.mark.parametrize(
    ("text", "word", "about"),
    [
        ("Eerst een wijntje!", "wijntje", "Alcohol"),
        ("Lekker in mijn bikini.", "bikini", "zwemkleding"),
        ("Ik ben echt zo boos op de gemeente.", "Ik ben echt zo boos", "Boos"),
        ("Heerlijk op vakantie in Spanje.", "op vakantie", "Vakantie"),
        ("Nog steeds wakker en nakijken.", "Nog steeds wakker", "morgen"),
    ],
)
def test_each_topic_has_its_own_message(engine, text, word, about):
    [finding] = reminders(engine, text)
    assert text[finding.start : finding.end] == word
    assert about in finding.message
    assert finding.message_en


def test_everyday_posts_get_no_reminder(engine):
    for text in [
        "Vandaag leerden we de tafels van 7.",
        "Fijne vakantie allemaal!",
        "Morgen is de ouderavond om half acht.",
        "Onze kater heet Pluis.",
    ]:
        assert not reminders(engine, text), text


@pytest.mark.parametrize("context", [OFFICIAL, CheckContext(role=Role.LEADER)])
def test_school_parties_and_trips_in_official_posts_are_no_risk(engine, context):
    assert not reminders(engine, "Wat een feest: groep 5 ging naar het strand!", context)


def test_alcohol_is_a_risk_in_official_posts_too(engine):
    [finding] = reminders(engine, "Proost met champagne op 50 jaar De Arabesk!", OFFICIAL)
    assert finding.rule == "permanence.reminder"


def test_the_reminder_offset_is_in_code_points_after_emoji(engine):
    text = "🎉👨\u200d👩\u200d👧\u200d👦🇳🇱 Tijd voor een biertje"
    [finding] = reminders(engine, text)
    assert text[finding.start : finding.end] == "biertje"


def test_words_inside_links_and_handles_do_not_count(engine):
    assert not reminders(engine, "Zie https://example.org/bier-en-feest en @strandtent")
