"""Review in the interface's words: statuses, trail lines and the log's review column."""

from __future__ import annotations

from arabesk_desk.posts import DraftStatus
from arabesk_desk.review.needs import ReasonKind, ReviewReason
from ui.review_texts import logged_review_label, reason_text, status_label, trail_what


def test_the_logs_review_column_never_says_concept_for_an_undecided_request():
    assert logged_review_label(None) == ""
    assert logged_review_label({"status": str(DraftStatus.DRAFT), "decision": ""}) == (
        "gevraagd, geen besluit"
    )
    assert logged_review_label({"decision": "goedgekeurd"}) == "goedgekeurd"


def test_statuses_and_trail_lines_read_as_words():
    assert status_label(DraftStatus.IN_REVIEW) == "wacht op besluit"
    assert status_label("iets onbekends") == "iets onbekends"
    assert trail_what("vroeg om beoordeling (versie 3)") == "vroeg om beoordeling (versie 3)"
    invalid = "goedgekeurd — ONGELDIG: Dit besluit gaat over een andere tekst (other content)."
    assert trail_what(invalid) == "goedgekeurd — ongeldig: Dit besluit gaat over een andere tekst."


def test_reasons_name_words_and_channels_never_rule_ids(test_checker):
    channels = test_checker.engine.channels
    overridden = ReviewReason(ReasonKind.OVERRIDDEN, rules=("confidential.phone",), words=("06",))
    assert "“06”" in reason_text(overridden, channels)
    assert "confidential" not in reason_text(overridden, channels)
    on_channels = ReviewReason(ReasonKind.CHANNEL, channels=("linkedin", "youtube-title"))
    assert "LinkedIn en YouTube (titel)" in reason_text(on_channels, channels)
