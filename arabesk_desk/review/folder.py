"""A review folder as both sides see it: send requests, record decisions, read the state.

The folder may be synced (OneDrive, SharePoint, Teams), a network share, a USB stick, or a
local folder when author and reviewer share one laptop. Reads never crash on bad files.

On the author's side the folder has a :class:`~arabesk_desk.review.ledger.ReviewLedger`: each
request carries the author's log head, every decision verified for one of the author's own
requests is kept in the author's store, and a kept decision counts even after its file is
gone. The newest valid decision counts; once decided, a request never goes back to waiting.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabesk_desk.posts import Draft, DraftStatus, Override
from arabesk_desk.review.canonical import canonical_json, draft_sha256
from arabesk_desk.review.checkpoints import write_checkpoint_copy
from arabesk_desk.review.decisions import (
    Decision,
    Verdict,
    decision_from_dict,
    scan_decisions,
    verify_approval,
    verify_decision,
    write_decision,
)
from arabesk_desk.review.files import FileProblem, ReviewFileError, ScanCache
from arabesk_desk.review.ledger import ReviewLedger
from arabesk_desk.review.requests import (
    GENESIS_HEAD,
    ReviewRequest,
    make_request,
    scan_requests,
    write_request,
)
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import load_or_create_signer, public_key_of
from arabesk_desk.review.states import Outcome, ReviewMode
from arabesk_desk.review.trail import TrailEvent, build_trail
from checks import Finding

DEFAULT_FOLDER_NAME = "review"


@dataclass(frozen=True, slots=True)
class ReviewCase:
    """One request with every decision found for it and each decision's verdict."""

    request: ReviewRequest
    decisions: tuple[tuple[Decision, Verdict], ...] = ()

    @property
    def valid_decision(self) -> Decision | None:
        """The latest decision whose signature verifies; forged ones never count."""
        valid = [d for d, v in self.decisions if v]
        return valid[-1] if valid else None

    @property
    def status(self) -> DraftStatus:
        decision = self.valid_decision
        return decision.outcome.status if decision else DraftStatus.IN_REVIEW

    @property
    def rejected_files(self) -> tuple[tuple[Decision, Verdict], ...]:
        return tuple((d, v) for d, v in self.decisions if not v)


@dataclass(frozen=True, slots=True)
class FolderState:
    cases: tuple[ReviewCase, ...]
    problems: tuple[FileProblem, ...]

    def pending(self) -> tuple[ReviewCase, ...]:
        return tuple(c for c in self.cases if c.valid_decision is None)

    def for_draft(self, draft_id: str) -> tuple[ReviewCase, ...]:
        cases = [c for c in self.cases if c.request.draft_id == draft_id]
        return tuple(sorted(cases, key=lambda c: (c.request.revision, c.request.created)))

    def previous(self, request: ReviewRequest) -> ReviewRequest | None:
        """The request for the same draft just before this one: what the diff compares with."""
        earlier = [
            c.request
            for c in self.for_draft(request.draft_id)
            if (c.request.revision, c.request.created) < (request.revision, request.created)
        ]
        return earlier[-1] if earlier else None


@dataclass(frozen=True, slots=True)
class DraftReview:
    """Where one draft stands in review, as the author's app sees it."""

    status: DraftStatus
    message: str
    case: ReviewCase | None = None
    verdict: Verdict | None = None  # the signature check of the decision that counts

    @property
    def approved(self) -> bool:
        return self.status is DraftStatus.APPROVED


class ReviewFolder:
    """Requests and decisions as files under ``root``, checked against the policy's reviewers."""

    def __init__(
        self,
        root: Path,
        policy: ReviewPolicy,
        *,
        owner: str = "",
        ledger: ReviewLedger | None = None,
    ) -> None:
        """``owner``: the name whose key signs this app's requests (default: the draft's
        author); ``ledger``: the author's store, which keeps the log head and decisions."""
        self.root = root
        self.policy = policy
        self.owner = owner.strip()
        self.ledger = ledger
        self._request_cache: ScanCache[ReviewRequest] = ScanCache()
        self._decision_cache: ScanCache[Decision] = ScanCache()

    def _author_name(self, draft: Draft) -> str:
        return self.owner or draft.author.strip() or "auteur"

    def own_key(self, draft: Draft) -> str | None:
        """The public key this app signs the draft's requests with (None: none made yet)."""
        return public_key_of(self._author_name(draft))

    def submit(
        self,
        draft: Draft,
        findings: Sequence[Finding] = (),
        overrides: Sequence[Override] = (),
        *,
        mode: ReviewMode = ReviewMode.REVIEW,
        message: str = "",
        reasons: tuple[str, ...] = (),
    ) -> ReviewRequest:
        """Write a request for the draft as it is now; its revision follows the earlier ones."""
        signer = load_or_create_signer(self._author_name(draft))
        earlier = scan_requests(self.root, self._request_cache).items
        revision = 1 + max((r.revision for r in earlier if r.draft_id == draft.id), default=0)
        request = make_request(
            draft,
            tuple(findings),
            tuple(overrides),
            mode=mode,
            message=message,
            reasons=reasons,
            revision=revision,
            signer=signer,
            log_head=self.ledger.log_head() if self.ledger else GENESIS_HEAD,
        )
        write_request(self.root, request)
        return request

    def record(self, decision: Decision) -> Path:
        """Write a reviewer's decision, and the leader's copy of the checkpoint it witnesses."""
        written = write_decision(self.root, decision)
        write_checkpoint_copy(self.root, decision)
        return written

    def load(self) -> FolderState:
        """Read every request and decision; bad files end up in ``problems``."""
        if not self.root.is_dir():
            return FolderState((), (missing_folder_problem(self.root),))
        requests = scan_requests(self.root, self._request_cache)
        decisions = scan_decisions(self.root, self._decision_cache)
        by_request: dict[str, list[Decision]] = {}
        for decision in self._with_remembered(decisions.items, requests.items):
            by_request.setdefault(decision.request_id, []).append(decision)
        cases = tuple(
            ReviewCase(
                r, tuple((d, verify_decision(d, r, self.policy)) for d in by_request.get(r.id, []))
            )
            for r in requests.items
        )
        self._remember(cases)
        known = {r.id for r in requests.items}
        orphans = tuple(
            FileProblem(
                self.root / "decisions" / d.file_name,
                "besluit zonder bijbehorend verzoek (decision without its request)",
            )
            for d in decisions.items
            if d.request_id not in known
        )
        return FolderState(cases, requests.problems + decisions.problems + orphans)

    def _with_remembered(
        self, found: Sequence[Decision], requests: Sequence[ReviewRequest]
    ) -> list[Decision]:
        """The folder's decisions plus those the ledger kept, one copy each, oldest first."""
        if self.ledger is None or not requests:
            return list(found)
        kept = []
        for raw in self.ledger.remembered([r.id for r in requests]):
            try:
                kept.append(decision_from_dict(raw))
            except (ReviewFileError, ValueError, TypeError):
                continue  # the store's copy is checked like a file: a bad one never counts
        unique = {canonical_json(d.to_dict()): d for d in (*found, *kept)}
        return sorted(unique.values(), key=lambda d: (d.signed_at, d.id))

    def _remember(self, cases: Sequence[ReviewCase]) -> None:
        """Keep every valid decision on a request this app's author signed."""
        if self.ledger is None:
            return
        keys: dict[str, str | None] = {}

        def own(request: ReviewRequest) -> bool:
            name = self.owner or request.author.strip() or "auteur"
            if name not in keys:
                keys[name] = public_key_of(name)
            return keys[name] == request.author_key

        valid = [
            d.to_dict()
            for case in cases
            for d, verdict in case.decisions
            if verdict and own(case.request)
        ]
        if valid:
            self.ledger.remember(valid)

    def review_of(self, draft: Draft, state: FolderState | None = None) -> DraftReview:
        """The draft's review status; an approval counts only for this exact, unchanged draft
        and for a request signed with this app's own key."""
        own_key = self.own_key(draft)
        found = (state or self.load()).for_draft(draft.id)
        cases = tuple(c for c in found if own_key is not None and c.request.author_key == own_key)
        if not cases and found:
            return DraftReview(
                DraftStatus.DRAFT,
                "Er zijn verzoeken voor dit bericht, maar niet met jouw sleutel ondertekend (of je "
                "sleutel is niet in de sleutelbos): alleen je eigen verzoek telt "
                "(requests exist for this post, but none signed with your key).",
            )
        if not cases:
            return DraftReview(
                DraftStatus.DRAFT, "Nog niet ter beoordeling aangeboden (not sent for review)."
            )
        case = cases[-1]
        if case.request.content_sha256 != draft_sha256(draft):
            return DraftReview(
                DraftStatus.DRAFT,
                "Gewijzigd sinds het verzoek: stuur het opnieuw ter beoordeling "
                "(changed since the request: send it again).",
                case,
            )
        decision = case.valid_decision
        if decision is None:
            return DraftReview(DraftStatus.IN_REVIEW, _waiting_message(case), case)
        signature = next(v for d, v in case.decisions if d is decision)
        if decision.outcome is Outcome.APPROVED:
            approval = verify_approval(draft, case.request, decision, self.policy)
            if not approval:  # defence in depth: the checks above should have caught it
                return DraftReview(DraftStatus.DRAFT, approval.reason, case, signature)
        return DraftReview(decision.outcome.status, _decided_message(decision), case, signature)

    def trail(self, draft_id: str, state: FolderState | None = None) -> list[TrailEvent]:
        cases = (state or self.load()).for_draft(draft_id)
        return build_trail([c.request for c in cases], [dv for c in cases for dv in c.decisions])


def missing_folder_problem(root: Path) -> FileProblem:
    return FileProblem(
        root,
        f"reviewmap niet gevonden of niet bereikbaar: {root} "
        "(review folder not found or not reachable; is the stick or share connected?)",
    )


def _waiting_message(case: ReviewCase) -> str:
    if case.rejected_files:
        reason = case.rejected_files[-1][1].reason
        return f"Wacht op een geldig besluit; een besluitbestand is afgewezen: {reason}"
    return "Ter beoordeling: wacht op het besluit van een leidinggevende (waiting for a reviewer)."


def _decided_message(decision: Decision) -> str:
    text = f"{decision.outcome} door {decision.reviewer}"
    return f"{text}: {decision.comment}" if decision.comment else text


def review_record(review: DraftReview, trail: list[TrailEvent]) -> dict[str, Any] | None:
    """What the publication log keeps of the review (``PublishedItem.review``), or None."""
    if review.case is None:
        return None
    decision = review.case.valid_decision
    return {
        "request_id": review.case.request.id,
        "mode": str(review.case.request.mode),
        "revision": review.case.request.revision,
        "content_sha256": review.case.request.content_sha256,
        "reasons": list(review.case.request.reasons),
        "status": str(review.status),
        "verified": bool(review.verdict),
        "reviewer": decision.reviewer if decision else "",
        "decision": str(decision.outcome) if decision else "",
        "signed_decision": decision.to_dict() if decision else None,
        "trail": [event.to_dict() for event in trail],
    }


def default_review_folder(data_root: Path) -> Path:
    """Same-laptop review when the school chose no shared folder."""
    return data_root / DEFAULT_FOLDER_NAME


def review_folder_path(setting: str, data_root: Path, policy: ReviewPolicy) -> Path:
    """The policy's folder when the school set one, else the user's (``review_folder``),
    else the same-laptop one. ``~`` and environment variables (``%USERPROFILE%``) expand."""
    chosen = policy.folder or setting.strip()
    return expanded_folder(chosen) if chosen else default_review_folder(data_root)


def expanded_folder(text: str) -> Path:
    """A folder as written, with ``~`` and environment variables (``%USERPROFILE%``) expanded."""
    return Path(os.path.expandvars(text.strip())).expanduser()


def open_review_folder(
    setting: str,
    data_root: Path,
    policy: ReviewPolicy,
    *,
    owner: str = "",
    ledger: ReviewLedger | None = None,
) -> ReviewFolder:
    """The folder :func:`review_folder_path` names, opened for ``owner`` with their ledger."""
    return ReviewFolder(
        review_folder_path(setting, data_root, policy), policy, owner=owner, ledger=ledger
    )
