"""Discussion (guideline 4): mentions of a parent or pupil, and arguing in the second person."""

from __future__ import annotations

import pytest

from checks import Capacity, CheckContext, Role
from checks.finding import Severity


def found(engine, text, rule, context=None):
    return engine.check(text, context or CheckContext(), only=[rule])


def test_each_mention_in_a_post_to_a_parent_is_flagged(engine):
    text = "@pjansen @mvries uw kind heeft zich niet aan de afspraken gehouden."
    findings = found(engine, text, "discussion.mention_parent_or_pupil")
    assert [text[f.start : f.end] for f in findings] == ["@pjansen", "@mvries"]
    assert all(f.severity is Severity.WARNING and f.guideline == 4 for f in findings)
    assert "persoonlijk gesprek" in findings[0].message


def test_mentions_are_offsets_in_code_points_after_emoji(engine):
    text = "😡👨\u200d👩\u200d👧 @pjansen je zoon weet het best."
    [finding] = found(engine, text, "discussion.mention_parent_or_pupil")
    assert text[finding.start : finding.end] == "@pjansen"


def test_a_mention_without_addressing_a_parent_or_pupil_is_fine(engine):
    assert not found(
        engine, "Dank @pjansen voor de mooie workshop!", "discussion.mention_parent_or_pupil"
    )


def test_addressing_parents_without_a_mention_is_fine(engine):
    text = "Beste ouders, morgen is de school om 12 uur uit. Uw kind eet dus thuis."
    assert not found(engine, text, "discussion.mention_parent_or_pupil")


@pytest.mark.parametrize(
    "text",
    [
        "U heeft ongelijk.",
        "Jij snapt het niet.",
        "Dat klopt niet wat u zegt!",
        "Lees eerst even de brief.",
        "Wat u zegt klopt niet.",
        "Je   hebt het\nmis.",
    ],
)
def test_argumentative_second_person_wording(engine, text):
    [finding] = found(engine, text, "discussion.argument")
    assert finding.guideline == 4


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("capacity", list(Capacity))
def test_arguing_is_flagged_in_every_role_and_capacity(engine, role, capacity):
    context = CheckContext(role=role, capacity=capacity)
    assert found(engine, "U heeft ongelijk.", "discussion.argument", context)


def test_agreeing_is_not_arguing(engine):
    assert not found(engine, "Je hebt gelijk, dank voor het meedenken.", "discussion.argument")
