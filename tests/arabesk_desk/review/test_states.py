"""The review state machine: allowed steps, refused steps, and what an edit does."""

from __future__ import annotations

import pytest

from arabesk_desk.posts import DraftStatus
from arabesk_desk.review.states import (
    Outcome,
    TransitionError,
    can_transition,
    status_after_edit,
    transition,
)


def test_the_happy_path_is_allowed():
    status = DraftStatus.DRAFT
    for target in (DraftStatus.IN_REVIEW, DraftStatus.APPROVED, DraftStatus.PUBLISHED):
        status = transition(status, target)
    assert status is DraftStatus.PUBLISHED


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (DraftStatus.DRAFT, DraftStatus.APPROVED),  # no approving without a request
        (DraftStatus.REJECTED, DraftStatus.PUBLISHED),
        (DraftStatus.CHANGES_REQUESTED, DraftStatus.PUBLISHED),
        (DraftStatus.IN_REVIEW, DraftStatus.PUBLISHED),
        (DraftStatus.PUBLISHED, DraftStatus.DRAFT),
    ],
)
def test_shortcuts_are_refused_with_a_dutch_message(current, target):
    assert not can_transition(current, target)
    with pytest.raises(TransitionError, match="kan een bericht niet"):
        transition(current, target)


def test_every_outcome_leads_to_its_status():
    assert [o.status for o in Outcome] == [
        DraftStatus.APPROVED,
        DraftStatus.CHANGES_REQUESTED,
        DraftStatus.REJECTED,
    ]
    assert all(can_transition(DraftStatus.IN_REVIEW, o.status) for o in Outcome)


def test_an_edit_makes_an_approved_draft_a_concept_again():
    assert status_after_edit(DraftStatus.APPROVED) is DraftStatus.DRAFT
    with pytest.raises(TransitionError, match="correctie"):
        status_after_edit(DraftStatus.PUBLISHED)
