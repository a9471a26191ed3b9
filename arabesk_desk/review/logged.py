"""Re-checking the review kept in a log entry: signed by a policy reviewer, for that text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from arabesk_desk.posts import Attachment, Draft
from arabesk_desk.review.canonical import draft_sha256
from arabesk_desk.review.decisions import Decision, Verdict, decision_from_dict
from arabesk_desk.review.files import ReviewFileError
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import signature_is_valid
from arabesk_desk.review.states import Outcome
from arabesk_desk.review.trail import TrailEvent
from checks import Capacity, Role


def logged_trail(review: dict[str, Any] | None) -> list[TrailEvent]:
    """The trail stored with a log entry; malformed events are left out."""
    if not isinstance(review, dict) or not isinstance(review.get("trail"), list):
        return []
    return [TrailEvent.from_dict(e) for e in review["trail"] if isinstance(e, dict)]


def check_logged_review(
    review: dict[str, Any] | None,
    *,
    text: str,
    channels: Sequence[str],
    capacity: str,
    author: str,
    role: str,
    draft_id: str | None,
    attachment_hashes: Sequence[str] = (),
    policy: ReviewPolicy,
) -> Verdict | None:
    """None when the entry holds no signed decision; else whether it still holds up."""
    raw = review.get("signed_decision") if isinstance(review, dict) else None
    if not isinstance(raw, dict):
        return None
    try:
        decision = decision_from_dict(raw)
    except ReviewFileError as exc:
        return Verdict(False, f"Het opgeslagen besluit is onleesbaar: {exc}")
    return _check(
        decision,
        policy,
        _content_hash(text, channels, capacity, author, role, draft_id, attachment_hashes),
    )


def _content_hash(
    text: str,
    channels: Sequence[str],
    capacity: str,
    author: str,
    role: str,
    draft_id: str | None,
    attachment_hashes: Sequence[str],
) -> str | None:
    try:
        draft = Draft(
            id=draft_id or "",
            text=text,
            channels=tuple(channels),
            capacity=Capacity(capacity),
            author=author,
            role=Role(role),
            attachments=tuple(Attachment("", h, "") for h in attachment_hashes),
        )
    except ValueError:
        return None
    return draft_sha256(draft)


def _check(decision: Decision, policy: ReviewPolicy, content_hash: str | None) -> Verdict:
    reviewer = policy.reviewer_for_key(decision.public_key)
    if reviewer is None or reviewer.name != decision.reviewer:
        return Verdict(False, "De sleutel van dit besluit staat niet (meer) in het schoolbeleid.")
    if not signature_is_valid(decision.public_key, decision.payload(), decision.signature):
        return Verdict(False, "De handtekening van dit besluit klopt niet.")
    if content_hash != decision.content_sha256:
        return Verdict(False, "Het besluit hoort niet bij precies deze tekst.")
    if decision.outcome is not Outcome.APPROVED:
        return Verdict(False, f"Het besluit was '{decision.outcome}'.", reviewer.name)
    return Verdict(
        True, f"Goedgekeurd door {reviewer.name}; handtekening en tekst kloppen.", reviewer.name
    )
