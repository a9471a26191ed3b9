"""Small builders shared by the review tests (core and UI)."""

from __future__ import annotations

from arabesk_desk.posts import Draft
from arabesk_desk.review.review_policy import Reviewer, ReviewPolicy
from arabesk_desk.review.signing import ReviewerSigner, create_reviewer_key
from checks import Capacity, Category, Finding, Role, Severity

TEXT = "Morgen is de open dag van De Arabesk. Iedereen is welkom vanaf 10 uur!"


def official_draft(text: str = TEXT, **changes: object) -> Draft:
    values: dict[str, object] = {
        "text": text,
        "channels": ("linkedin", "x"),
        "capacity": Capacity.OFFICIAL,
        "author": "Sanne Jansen",
        "role": Role.STAFF,
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def reviewer(name: str = "Mw. J. de Vries") -> tuple[ReviewerSigner, ReviewPolicy]:
    """A reviewer with a key in the (test) keyring and a policy that lists her."""
    signer = create_reviewer_key(name)
    return signer, ReviewPolicy(reviewers=(Reviewer(name, signer.public_key),))


def error_finding(start: int = 0, end: int = 6) -> Finding:
    return Finding(
        rule="confidential.pupil_name",
        category=Category.CONFIDENTIAL,
        guideline=3,
        severity=Severity.ERROR,
        start=start,
        end=end,
        message="Naam van een leerling.",
        message_en="Name of a pupil.",
    )
