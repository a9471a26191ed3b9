"""Capacity (guidelines 2 and 5): a leader is always official; wording and capacity must agree."""

from __future__ import annotations

import pytest

from checks import Capacity, CheckContext, Role
from checks.finding import Severity

OPINION = "Ik vind het belachelijk dat de minister weer bezuinigt op onderwijs."


def rules_fired(engine, text, role=Role.STAFF, capacity=Capacity.PERSONAL):
    found = engine.check(text, CheckContext(role=role, capacity=capacity), only=["capacity"])
    return {f.rule for f in found}


@pytest.mark.parametrize("capacity", list(Capacity))
def test_a_leaders_opinion_on_education_is_flagged_whatever_the_toggle(engine, capacity):
    found = engine.check(
        OPINION, CheckContext(role=Role.LEADER, capacity=capacity), only=["capacity.leader_opinion"]
    )
    assert found
    assert all(f.severity is Severity.WARNING and f.guideline == 5 for f in found)
    assert "Bij twijfel niet publiceren" in found[0].message
    assert {OPINION[f.start : f.end] for f in found} == {"Ik vind", "belachelijk"}


def test_the_same_opinion_by_a_teacher_personally_only_gets_the_disclosure_offer(engine):
    assert rules_fired(engine, OPINION) == {"capacity.disclosure"}


def test_the_same_opinion_in_an_official_post_asks_whether_it_is_the_schools_position(engine):
    assert rules_fired(engine, OPINION, capacity=Capacity.OFFICIAL) == {"capacity.official_opinion"}


def test_an_opinion_far_from_any_education_topic_is_not_flagged(engine):
    text = "Ik vind dit weer belachelijk. Zo koud! Wat een dag. Morgen weer les op de pabo."
    assert not rules_fired(engine, text, role=Role.LEADER)


def test_a_leaders_opinion_findings_are_capped(engine):
    text = "Ik vind het onderwijs belachelijk, schandalig, bizar, absurd en waardeloos geregeld."
    found = engine.check(text, CheckContext(role=Role.LEADER), only=["capacity.leader_opinion"])
    assert len(found) == 3


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Wij als school vinden dit belangrijk.", "Persoonlijk vind ik"),
        ("Trots op ons team!", "mijn collega's en ik"),
        ("Namens De Arabesk: fijne vakantie!", "Als medewerker van De Arabesk"),
    ],
)
def test_speaking_for_the_school_in_a_personal_post(engine, text, fix):
    found = engine.check(text, CheckContext(), only=["capacity.speaks_for_school"])
    [finding] = found
    assert finding.severity is Severity.WARNING and finding.guideline == 2
    assert fix in finding.suggestions
    assert "namens De Arabesk" in finding.message


def test_speaking_for_the_school_is_fine_when_official_or_by_a_leader(engine):
    text = "Wij als school vinden dit belangrijk."
    assert "capacity.speaks_for_school" not in rules_fired(engine, text, capacity=Capacity.OFFICIAL)
    assert "capacity.speaks_for_school" not in rules_fired(engine, text, role=Role.LEADER)


def test_disclosure_line_is_offered_as_a_fix_on_the_last_sentence(engine):
    text = "De werkdruk in het onderwijs is te hoog. Naar mijn mening moet dat anders."
    [finding] = engine.check(text, CheckContext(), only=["capacity.disclosure"])
    assert finding.severity is Severity.INFO and finding.guideline == 2
    assert text[finding.start : finding.end] == "Naar mijn mening moet dat anders."
    [fix] = finding.suggestions
    fixed = text[: finding.start] + fix + text[finding.end :]
    assert fixed.endswith("moet dat anders.\n\nDit zijn mijn persoonlijke opvattingen.")
    assert not engine.check(fixed, CheckContext(), only=["capacity.disclosure"])


def test_disclosure_is_not_offered_to_a_leader(engine):
    text = "Ik vind dat de werkdruk in het onderwijs omlaag moet."
    assert "capacity.disclosure" not in rules_fired(engine, text, role=Role.LEADER)


def test_a_personal_title_line_does_not_make_a_leader_personal(engine):
    text = "Op persoonlijke titel: de cao is een wassen neus."
    assert "capacity.leader_personal_title" in rules_fired(engine, text, role=Role.LEADER)
    assert not rules_fired(engine, text)


def test_a_personal_line_in_an_official_post_is_a_mismatch(engine):
    text = "Dit zijn mijn persoonlijke opvattingen over de methode."
    assert rules_fired(engine, text, capacity=Capacity.OFFICIAL) == {
        "capacity.personal_in_official"
    }


def test_opinion_words_inside_a_url_or_handle_do_not_count(engine):
    text = "Lees https://example.org/ik-vind-onderwijs-belachelijk van @ikvind."
    assert not rules_fired(engine, text, role=Role.LEADER)
