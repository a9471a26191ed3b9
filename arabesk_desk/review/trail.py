"""The review trail of a draft: requests, comments and decisions in time order, for people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from arabesk_desk.review.decisions import Decision, Verdict
from arabesk_desk.review.requests import ReviewRequest
from arabesk_desk.review.states import ReviewMode


@dataclass(frozen=True, slots=True)
class TrailEvent:
    """One line of the trail: when, who, what happened, and their words."""

    when: str
    who: str
    what: str
    comment: str = ""
    trusted: bool = True  # False for a decision whose signature did not verify

    def to_dict(self) -> dict[str, Any]:
        return {
            "when": self.when,
            "who": self.who,
            "what": self.what,
            "comment": self.comment,
            "trusted": self.trusted,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> TrailEvent:
        return cls(
            when=str(raw.get("when", "")),
            who=str(raw.get("who", "")),
            what=str(raw.get("what", "")),
            comment=str(raw.get("comment", "")),
            trusted=bool(raw.get("trusted", True)),
        )


def request_event(request: ReviewRequest) -> TrailEvent:
    what = (
        "vroeg om advies (twijfel)"
        if request.mode is ReviewMode.QUESTION
        else f"vroeg om beoordeling (versie {request.revision})"
    )
    return TrailEvent(request.created, request.author, what, request.message)


def decision_event(decision: Decision, verdict: Verdict) -> TrailEvent:
    what = str(decision.outcome) if verdict else f"{decision.outcome} — ONGELDIG: {verdict.reason}"
    return TrailEvent(decision.signed_at, decision.reviewer, what, decision.comment, verdict.valid)


def build_trail(
    requests: list[ReviewRequest], decisions: list[tuple[Decision, Verdict]]
) -> list[TrailEvent]:
    events = [request_event(r) for r in requests] + [decision_event(d, v) for d, v in decisions]
    return sorted(events, key=lambda e: e.when)
