"""A reviewer's signed decision on one request, and the checks an author's app makes on it.

One JSON file per decision in the review folder's ``decisions/`` subfolder. The signature
covers the request id and the sha256 of the request's exact content, so it cannot be moved to
another request or survive an edit of the text, channels or capacity. It also covers the
author's key and the author's log head from the request: the reviewer countersigns where the
author's log stood (a witnessed checkpoint, see :mod:`arabesk_desk.review.checkpoints`).
Decisions from before that (no ``author_key``) still verify with the fields they signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from arabesk_desk.posts import Draft, new_id
from arabesk_desk.review.canonical import canonical_json, draft_sha256, precise_now
from arabesk_desk.review.files import (
    ReviewFileError,
    Scan,
    ScanCache,
    field_of,
    is_safe_id,
    scan_json_files,
    write_json_atomic,
)
from arabesk_desk.review.requests import LogHead, ReviewRequest
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import ReviewerSigner, fingerprint, signature_is_valid
from arabesk_desk.review.states import Outcome

DECISION_KIND = "arabesk-desk review decision"
DECISIONS_FOLDER = "decisions"
SIGNED_FIELDS = (
    "kind",
    "id",
    "request_id",
    "content_sha256",
    "outcome",
    "comment",
    "reviewer",
    "public_key",
    "signed_at",
)
WITNESS_FIELDS = ("author_key", "log_count", "log_hash")


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's answer to one request, with an Ed25519 signature over :meth:`payload`."""

    request_id: str
    content_sha256: str
    outcome: Outcome
    comment: str
    reviewer: str
    public_key: str
    signature: str = ""
    id: str = field(default_factory=new_id)
    signed_at: str = field(default_factory=precise_now)
    author_key: str = ""  # the requesting author's key ("" in decisions before witnessing)
    log_head: LogHead | None = None  # the author's log head the reviewer countersigns

    def payload(self) -> bytes:
        """The exact bytes signed: every field but the signature, canonically encoded."""
        data = self.to_dict()
        names = SIGNED_FIELDS + (WITNESS_FIELDS if self.witnesses else ())
        return canonical_json({key: data[key] for key in names})

    @property
    def witnesses(self) -> bool:
        """Does this decision countersign an author's key and log head?"""
        return bool(self.author_key) and self.log_head is not None

    @property
    def file_name(self) -> str:
        return f"decision-{self.request_id}-{self.id}.json"

    def to_dict(self) -> dict[str, Any]:
        witness: dict[str, Any] = {}
        if self.witnesses and self.log_head is not None:
            witness = {
                "author_key": self.author_key,
                "log_count": self.log_head[0],
                "log_hash": self.log_head[1],
            }
        return {
            **witness,
            "kind": DECISION_KIND,
            "id": self.id,
            "request_id": self.request_id,
            "content_sha256": self.content_sha256,
            "outcome": str(self.outcome),
            "comment": self.comment,
            "reviewer": self.reviewer,
            "public_key": self.public_key,
            "signed_at": self.signed_at,
            "signature": self.signature,
        }


def decide(
    request: ReviewRequest, outcome: Outcome, comment: str, signer: ReviewerSigner
) -> Decision:
    """A signed decision on ``request``; the comment is required unless approving."""
    comment = comment.strip()
    if outcome is not Outcome.APPROVED and not comment:
        raise ValueError(
            "Schrijf erbij wat er anders moet of waarom niet (say what should change, or why not)."
        )
    unsigned = Decision(
        request_id=request.id,
        content_sha256=request.content_sha256,
        outcome=outcome,
        comment=comment,
        reviewer=signer.reviewer,
        public_key=signer.public_key,
        author_key=request.author_key,
        log_head=request.log_head,
    )
    return replace(unsigned, signature=signer.sign(unsigned.payload()))


def decision_from_dict(raw: dict[str, Any]) -> Decision:
    """Parse a decision file's object (the signature is checked later, against a policy)."""
    if raw.get("kind") != DECISION_KIND:
        raise ReviewFileError("geen beoordelingsbesluit (not a review decision)")
    ids = [field_of(raw, key, str) for key in ("id", "request_id")]
    if not all(is_safe_id(value) for value in ids):
        raise ReviewFileError("ongeldig id (invalid id)")
    try:
        outcome = Outcome(field_of(raw, "outcome", str))
    except ValueError:
        raise ReviewFileError("onbekend besluit (unknown outcome)") from None
    return Decision(
        id=ids[0],
        request_id=ids[1],
        content_sha256=field_of(raw, "content_sha256", str),
        outcome=outcome,
        comment=field_of(raw, "comment", str),
        reviewer=field_of(raw, "reviewer", str),
        public_key=field_of(raw, "public_key", str),
        signed_at=field_of(raw, "signed_at", str),
        signature=field_of(raw, "signature", str),
        **_witness_fields(raw),
    )


def _witness_fields(raw: dict[str, Any]) -> dict[str, Any]:
    if "author_key" not in raw:
        return {}
    count, last = raw.get("log_count"), raw.get("log_hash")
    if type(count) is not int or count < 0 or not isinstance(last, str) or len(last) != 64:
        raise ReviewFileError("ongeldige logpositie (invalid log position)")
    return {"author_key": field_of(raw, "author_key", str), "log_head": (count, last)}


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a decision may be trusted; ``reason`` says why not (Dutch, then English)."""

    valid: bool
    reason: str
    reviewer: str = ""

    def __bool__(self) -> bool:
        return self.valid


def verify_decision(decision: Decision, request: ReviewRequest, policy: ReviewPolicy) -> Verdict:
    """Does ``decision`` answer ``request``, signed by a policy reviewer, and is it intact?"""
    if decision.request_id != request.id:
        return Verdict(
            False, "Dit besluit hoort bij een ander verzoek (decision is for another request)."
        )
    if decision.content_sha256 != request.content_sha256:
        return Verdict(
            False,
            "Dit besluit gaat over een andere tekst (decision covers different content).",
        )
    reviewer = policy.reviewer_for_key(decision.public_key)
    if reviewer is None:
        return Verdict(
            False,
            f"Ondertekend met een sleutel die niet in het schoolbeleid staat "
            f"({fingerprint(decision.public_key)}) (signed by a key not in the school policy).",
        )
    if reviewer.name != decision.reviewer:
        return Verdict(
            False,
            f"De naam '{decision.reviewer}' past niet bij de sleutel van '{reviewer.name}' "
            f"(reviewer name does not match the key).",
        )
    if decision.author_key != request.author_key or decision.log_head != request.log_head:
        return Verdict(
            False,
            "Dit besluit bevestigt niet de auteur en logpositie van dit verzoek "
            "(decision does not countersign this request's author and log position).",
        )
    if decision.outcome is Outcome.APPROVED and policy.same_person(
        decision.public_key, request.author_key
    ):
        return Verdict(
            False,
            "Je eigen bericht goedkeuren telt niet: een ander moet meekijken "
            "(approving your own post does not count: same key).",
        )
    if not signature_is_valid(decision.public_key, decision.payload(), decision.signature):
        return Verdict(
            False,
            "De handtekening klopt niet: het besluitbestand is gewijzigd of beschadigd "
            "(signature invalid: the decision file was altered or damaged).",
        )
    return Verdict(
        True, f"Geldig ondertekend door {reviewer.name} (valid signature).", reviewer.name
    )


def verify_approval(
    draft: Draft, request: ReviewRequest, decision: Decision, policy: ReviewPolicy
) -> Verdict:
    """Does ``decision`` approve this draft exactly as it is now? Only then it may be published."""
    verdict = verify_decision(decision, request, policy)
    if not verdict:
        return verdict
    if decision.outcome is not Outcome.APPROVED:
        return Verdict(
            False, f"Het besluit is '{decision.outcome}', geen goedkeuring (not approved)."
        )
    if draft_sha256(draft) != decision.content_sha256:
        return Verdict(
            False,
            "De tekst, kanalen of hoedanigheid zijn na de goedkeuring gewijzigd: vraag een nieuwe "
            "goedkeuring (the post changed after approval: ask again).",
        )
    return verdict


def write_decision(folder: Path, decision: Decision) -> Path:
    """Place a decision in ``folder/decisions`` atomically; returns the file written."""
    return write_json_atomic(folder / DECISIONS_FOLDER, decision.file_name, decision.to_dict())


def scan_decisions(folder: Path, cache: ScanCache[Decision] | None = None) -> Scan[Decision]:
    """Every readable decision in the folder (signatures unchecked: see :func:`verify_decision`)."""
    scan = scan_json_files(folder / DECISIONS_FOLDER, decision_from_dict, cache)
    # Fold identical copies (sync conflicts) but keep look-alikes: each is verified on its own,
    # so a forged copy of a real decision's id cannot void the real one.
    unique = {canonical_json(d.to_dict()): d for d in scan.items}
    return Scan(tuple(sorted(unique.values(), key=lambda d: (d.signed_at, d.id))), scan.problems)
