"""Does this post need a leader's review before it goes out? The policy decides."""

from __future__ import annotations

from collections.abc import Sequence

from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.posts import Draft, Override
from arabesk_desk.review.review_policy import ReviewPolicy
from checks import CheckContext, Finding


def needs_review(
    draft: Draft,
    findings: Sequence[Finding],
    overrides: Sequence[Override],
    policy: SchoolPolicy | ReviewPolicy,
) -> tuple[bool, tuple[str, ...]]:
    """Whether review is required, and every reason (Dutch, then English), in policy order."""
    rules = policy if isinstance(policy, ReviewPolicy) else policy.review
    reasons = [
        reason
        for reason in (
            _always(rules),
            _official(draft, rules),
            _overridden(findings, overrides, rules),
            _channels(draft, rules),
        )
        if reason
    ]
    return bool(reasons), tuple(reasons)


def _always(rules: ReviewPolicy) -> str:
    return (
        "Het schoolbeleid vraagt review voor elk bericht (policy: every post)."
        if rules.always
        else ""
    )


def _official(draft: Draft, rules: ReviewPolicy) -> str:
    context = CheckContext(capacity=draft.capacity, role=draft.role)
    if not (context.counts_as_official and draft.role in rules.official_roles):
        return ""
    return (
        "Officieel bericht namens de school door een medewerker buiten communicatie "
        "(official post by staff outside communications)."
    )


def _overridden(
    findings: Sequence[Finding], overrides: Sequence[Override], rules: ReviewPolicy
) -> str:
    """Every override counts: overrides exist only for errors, and a re-run that no longer
    lists the finding must not shed the requirement. Open errors are the publish gate's job."""
    del findings
    if not rules.overridden_errors or not overrides:
        return ""
    overridden = ", ".join(sorted({o.rule for o in overrides}))
    return f"Fout genegeerd met een reden: {overridden} (an error was overridden: {overridden})."


def _channels(draft: Draft, rules: ReviewPolicy) -> str:
    hits = sorted(set(draft.channels) & rules.channels)
    if not hits:
        return ""
    return f"Kanaal vraagt altijd review: {', '.join(hits)} (channel always needs review)."
