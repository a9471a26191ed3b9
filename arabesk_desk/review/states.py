"""The review life of a draft: which status may follow which, and what a decision means."""

from __future__ import annotations

from enum import StrEnum

from arabesk_desk.posts import DraftStatus


class ReviewMode(StrEnum):
    """Why the author asks: a formal review, or a question when in doubt (guideline 8)."""

    REVIEW = "beoordeling"
    QUESTION = "twijfel"


class Outcome(StrEnum):
    """What a reviewer decides; each maps to the draft status it leads to."""

    APPROVED = "goedgekeurd"
    CHANGES_REQUESTED = "aanpassen gevraagd"
    REJECTED = "afgewezen"

    @property
    def status(self) -> DraftStatus:
        return DraftStatus(str(self))


# A rejected draft may still be reworked and sent again; only a published post is final.
ALLOWED_TRANSITIONS: dict[DraftStatus, frozenset[DraftStatus]] = {
    DraftStatus.DRAFT: frozenset({DraftStatus.IN_REVIEW, DraftStatus.PUBLISHED}),
    DraftStatus.IN_REVIEW: frozenset(
        {
            DraftStatus.APPROVED,
            DraftStatus.CHANGES_REQUESTED,
            DraftStatus.REJECTED,
            DraftStatus.DRAFT,
        }
    ),
    DraftStatus.APPROVED: frozenset(
        {DraftStatus.PUBLISHED, DraftStatus.DRAFT, DraftStatus.IN_REVIEW}
    ),
    DraftStatus.CHANGES_REQUESTED: frozenset({DraftStatus.DRAFT, DraftStatus.IN_REVIEW}),
    DraftStatus.REJECTED: frozenset({DraftStatus.DRAFT, DraftStatus.IN_REVIEW}),
    DraftStatus.PUBLISHED: frozenset(),
}


class TransitionError(ValueError):
    """A status change the review workflow does not allow."""


def can_transition(current: DraftStatus, target: DraftStatus) -> bool:
    return target in ALLOWED_TRANSITIONS[current]


def transition(current: DraftStatus, target: DraftStatus) -> DraftStatus:
    """The new status, or :class:`TransitionError` with a Dutch and English message."""
    if not can_transition(current, target):
        raise TransitionError(
            f"Van '{current}' kan een bericht niet naar '{target}' "
            f"(a post cannot go from '{current.name.lower()}' to '{target.name.lower()}')."
        )
    return target


def status_after_edit(current: DraftStatus) -> DraftStatus:
    """Editing the text voids any decision: the draft is a concept again (needs a new review)."""
    if current is DraftStatus.PUBLISHED:
        raise TransitionError(
            "Een gepubliceerd bericht wijzig je niet; plaats een correctie "
            "(a published post is not edited; publish a correction)."
        )
    return DraftStatus.DRAFT
