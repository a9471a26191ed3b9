"""The pre-publish gate's rules: errors need a fix or a reason, photos need the checklist."""

from __future__ import annotations

import pytest

from arabesk_desk.gate_verdict import (
    PERMANENCE_REMINDER,
    PHOTO_CHECKLIST,
    Decision,
    GateOutcome,
    GateState,
    finding_key,
    needs_photo_checklist,
    open_errors,
)
from arabesk_desk.posts import Attachment, Override
from checks import Category, Finding, Severity

TEXT = "Wat een kutdag, bel Sanne op 06-12345678."


def finding(rule: str, start: int, end: int, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule, Category.TONE, 6, severity, start, end, "bericht")


SWEAR = finding("tone.swearing", 8, 14)
PHONE = finding("confidential.phone", 29, 40)
WARN = finding("tone.popular", 0, 3, Severity.WARNING)
PHOTO = Attachment("/tmp/foto.jpg", "ab" * 32, "image")


def test_open_errors_keeps_only_errors_once_in_reading_order():
    assert open_errors([PHONE, WARN, SWEAR, PHONE]) == [SWEAR, PHONE]


def test_finding_key_differs_per_span():
    assert finding_key(SWEAR) != finding_key(finding("tone.swearing", 9, 14))


def test_nothing_to_ask_lets_the_post_through():
    state = GateState.for_post(TEXT, [WARN])
    assert state.verdict().outcome is GateOutcome.PUBLISH
    assert state.overrides() == ()


def test_open_error_without_answer_blocks_and_names_it():
    verdict = GateState.for_post(TEXT, [SWEAR]).verdict()
    assert verdict.outcome is GateOutcome.BLOCKED
    assert "kutdag" in verdict.problems[0]
    assert verdict.problems_en and "fix" in verdict.problems_en[0]


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_override_without_a_reason_blocks(reason):
    state = GateState.for_post(TEXT, [SWEAR])
    state.decide(SWEAR, Decision.OVERRIDE, reason)
    verdict = state.verdict()
    assert verdict.outcome is GateOutcome.BLOCKED
    assert "waarom" in verdict.problems[0]
    assert state.overrides() == ()


def test_override_with_reason_lets_through_and_records_the_override():
    state = GateState.for_post(TEXT, [SWEAR, PHONE])
    state.decide(SWEAR, Decision.OVERRIDE, "  citaat uit een boek ")
    state.decide(PHONE, Decision.OVERRIDE, "schoolnummer")
    assert state.verdict().outcome is GateOutcome.PUBLISH
    assert state.overrides() == (
        Override("tone.swearing", 8, 14, "kutdag", "citaat uit een boek"),
        Override("confidential.phone", 29, 40, TEXT[29:40], "schoolnummer"),
    )


def test_choosing_to_fix_leads_back_to_the_text():
    state = GateState.for_post(TEXT, [SWEAR, PHONE])
    state.decide(SWEAR, Decision.FIX)
    verdict = state.verdict()
    assert verdict.outcome is GateOutcome.FIX
    assert state.to_fix() == [SWEAR]


def test_a_later_decision_replaces_the_earlier_one():
    state = GateState.for_post(TEXT, [SWEAR])
    state.decide(SWEAR, Decision.FIX)
    state.decide(SWEAR, Decision.OVERRIDE, "bewust")
    assert state.verdict().outcome is GateOutcome.PUBLISH


def test_photos_need_every_checklist_item_ticked():
    state = GateState.for_post(TEXT, [], [PHOTO])
    assert state.checklist == PHOTO_CHECKLIST
    for item in PHOTO_CHECKLIST[:-1]:
        state.tick(item.key)
    assert state.verdict().outcome is GateOutcome.BLOCKED
    state.tick(PHOTO_CHECKLIST[-1].key)
    assert state.verdict().outcome is GateOutcome.PUBLISH
    state.tick(PHOTO_CHECKLIST[0].key, False)
    assert state.verdict().outcome is GateOutcome.BLOCKED


def test_checklist_asks_the_three_protocol_questions():
    texts = " ".join(item.text for item in PHOTO_CHECKLIST)
    assert "herkenbare leerlingen" in texts
    assert "toestemming" in texts
    assert "collega's in privésituaties" in texts


def test_unknown_checklist_item_is_refused():
    state = GateState.for_post(TEXT, [], [PHOTO])
    with pytest.raises(KeyError):
        state.tick("typo")


def test_no_checklist_without_photos_or_video():
    assert not needs_photo_checklist([])
    assert needs_photo_checklist([Attachment("/v.mp4", "00" * 32, "video")])
    assert GateState.for_post(TEXT, []).checklist == ()


def test_permanence_reminder_is_guideline_7_wording():
    assert PERMANENCE_REMINDER == "Wat je publiceert blijft vindbaar, ook na verwijderen."


def test_an_official_post_lists_its_open_warnings_and_confirms_them_together():
    other = finding("tone.popular", 5, 9, Severity.WARNING)
    state = GateState.for_post(TEXT, [WARN], official_warnings=[other, SWEAR, WARN, other])
    assert state.warnings == (WARN, other)  # warnings only, once each, in reading order
    verdict = state.verdict()
    assert verdict.outcome is GateOutcome.BLOCKED
    assert verdict.problems == ("Bevestig dat je de aandachtspunten hebt bekeken.",)
    state.warnings_confirmed = True
    assert state.verdict().outcome is GateOutcome.PUBLISH


def test_a_personal_post_does_not_ask_about_warnings():
    state = GateState.for_post(TEXT, [WARN])
    assert state.warnings == () and state.verdict().outcome is GateOutcome.PUBLISH
