"""Before publishing: does this post need review, and if so, is it approved as it is now?"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from arabesk_desk.posts import Draft, Override
from arabesk_desk.review.folder import ReviewFolder, review_record
from arabesk_desk.review.needs import needs_review
from checks import Finding


@dataclass(frozen=True, slots=True)
class Clearance:
    """The answer for the publish step; ``record`` goes into ``PublishedItem.review``."""

    allowed: bool
    needed: bool
    reasons: tuple[str, ...]
    message: str
    record: dict[str, Any] | None = None


def publish_clearance(
    folder: ReviewFolder,
    draft: Draft,
    findings: Sequence[Finding],
    overrides: Sequence[Override],
) -> Clearance:
    """Reads the review folder (may be slow on a share: call it off the GUI thread)."""
    needed, reasons = needs_review(draft, findings, overrides, folder.policy)
    state = folder.load()
    review = folder.review_of(draft, state)
    record = review_record(review, folder.trail(draft.id, state))
    if not needed:
        return Clearance(True, False, (), "Geen beoordeling nodig (no review needed).", record)
    if review.approved:
        return Clearance(True, True, reasons, review.message, record)
    return Clearance(
        False,
        True,
        reasons,
        "Dit bericht heeft een geldige goedkeuring van een leidinggevende nodig: "
        f"{review.message} (this post needs a valid approval first).",
        record,
    )
