"""Does this post need a leader's review before it goes out? The policy decides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.posts import Draft, Override
from arabesk_desk.review.review_policy import ReviewPolicy
from checks import CheckContext, Finding


class ReasonKind(StrEnum):
    """Why the policy asks for review."""

    ALWAYS = "always"  # the school reviews every post
    OFFICIAL = "official"  # an official post by a role the policy names
    OVERRIDDEN = "overridden"  # an error published anyway, with a reason
    CHANNEL = "channel"  # a channel the school always reviews


@dataclass(frozen=True, slots=True)
class ReviewReason:
    """One reason, as data: the window words it in its language, a request file stores it.

    ``rules`` are the overridden rule ids (kept for the log); ``words`` the overridden words
    and ``channels`` the channel names, for people.
    """

    kind: ReasonKind
    rules: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()

    def __str__(self) -> str:
        """The stored form (Dutch, then English), as review requests and the log keep it."""
        if self.kind is ReasonKind.ALWAYS:
            return "Het schoolbeleid vraagt review voor elk bericht (policy: every post)."
        if self.kind is ReasonKind.OFFICIAL:
            return (
                "Officieel bericht namens de school door een medewerker buiten communicatie "
                "(official post by staff outside communications)."
            )
        if self.kind is ReasonKind.OVERRIDDEN:
            rules = ", ".join(self.rules)
            return f"Fout genegeerd met een reden: {rules} (an error was overridden: {rules})."
        names = ", ".join(self.channels)
        return f"Kanaal vraagt altijd review: {names} (channel always needs review)."


_STORED_PREFIXES = {
    "Het schoolbeleid vraagt review voor elk bericht": ReasonKind.ALWAYS,
    "Officieel bericht namens de school": ReasonKind.OFFICIAL,
    "Fout genegeerd met een reden: ": ReasonKind.OVERRIDDEN,
    "Kanaal vraagt altijd review: ": ReasonKind.CHANNEL,
}


def reason_from_stored(text: str, overridden_words: Sequence[str] = ()) -> ReviewReason | None:
    """Read back a reason a request file stored with ``str(reason)``; None if unknown.

    ``overridden_words`` are the request's overridden excerpts (the stored text keeps only
    the rule ids).
    """
    for prefix, kind in _STORED_PREFIXES.items():
        if not text.startswith(prefix):
            continue
        listed = text[len(prefix) :].split(" (", 1)[0]
        names = tuple(n.strip() for n in listed.split(",") if n.strip())
        if kind is ReasonKind.OVERRIDDEN:
            return ReviewReason(kind, rules=names, words=tuple(overridden_words))
        if kind is ReasonKind.CHANNEL:
            return ReviewReason(kind, channels=names)
        return ReviewReason(kind)
    return None


def review_reasons(
    draft: Draft,
    findings: Sequence[Finding],
    overrides: Sequence[Override],
    policy: SchoolPolicy | ReviewPolicy,
) -> tuple[ReviewReason, ...]:
    """Every reason this post needs review, in policy order; empty when it needs none."""
    rules = policy if isinstance(policy, ReviewPolicy) else policy.review
    reasons = (
        _always(rules),
        _official(draft, rules),
        _overridden(findings, overrides, rules),
        _channels(draft, rules),
    )
    return tuple(reason for reason in reasons if reason is not None)


def needs_review(
    draft: Draft,
    findings: Sequence[Finding],
    overrides: Sequence[Override],
    policy: SchoolPolicy | ReviewPolicy,
) -> tuple[bool, tuple[str, ...]]:
    """Whether review is required, and every reason (Dutch, then English), in policy order."""
    reasons = review_reasons(draft, findings, overrides, policy)
    return bool(reasons), tuple(str(reason) for reason in reasons)


def _always(rules: ReviewPolicy) -> ReviewReason | None:
    return ReviewReason(ReasonKind.ALWAYS) if rules.always else None


def _official(draft: Draft, rules: ReviewPolicy) -> ReviewReason | None:
    context = CheckContext(capacity=draft.capacity, role=draft.role)
    if not (context.counts_as_official and draft.role in rules.official_roles):
        return None
    return ReviewReason(ReasonKind.OFFICIAL)


def _overridden(
    findings: Sequence[Finding], overrides: Sequence[Override], rules: ReviewPolicy
) -> ReviewReason | None:
    """Every override counts: overrides exist only for errors, and a re-run that no longer
    lists the finding must not shed the requirement. Open errors are the publish gate's job."""
    del findings
    if not rules.overridden_errors or not overrides:
        return None
    words = tuple(dict.fromkeys(o.excerpt for o in overrides))
    return ReviewReason(
        ReasonKind.OVERRIDDEN, rules=tuple(sorted({o.rule for o in overrides})), words=words
    )


def _channels(draft: Draft, rules: ReviewPolicy) -> ReviewReason | None:
    hits = tuple(sorted(set(draft.channels) & rules.channels))
    return ReviewReason(ReasonKind.CHANNEL, channels=hits) if hits else None
