"""What the publish gate knows about a post beyond its text: summary, warnings, review outlook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from arabesk_desk.posts import Draft, Override
from arabesk_desk.review.needs import review_reasons
from arabesk_desk.review.readiness import ReviewReadiness
from arabesk_desk.review.review_policy import ReviewPolicy
from checks import Capacity, Finding
from checks.channels import Channel
from ui.channel_names import labels_for
from ui.i18n import count_text
from ui.review_texts import review_outlook


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishGate", text)


@dataclass(frozen=True)
class ReviewPreview:
    """Enough to say, while the author answers the gate, whether review will be needed."""

    draft: Draft
    policy: ReviewPolicy
    readiness: ReviewReadiness
    channels: Mapping[str, Channel]

    def outlook(self, findings: Sequence[Finding], overrides: Sequence[Override]) -> str:
        """Empty when no review is needed; else why, who approves and what happens next."""
        reasons = review_reasons(self.draft, findings, overrides, self.policy)
        return review_outlook(reasons, self.readiness, self.channels) if reasons else ""

    def blocked(self, findings: Sequence[Finding], overrides: Sequence[Override]) -> bool:
        """Review is needed and cannot be completed here yet (ICT must set it up first)."""
        needed = bool(review_reasons(self.draft, findings, overrides, self.policy))
        return needed and not self.readiness.ready


@dataclass(frozen=True)
class GateContext:
    """``summary`` names capacity and channels; ``official_warnings`` are an official post's
    findings the author did not ignore; ``review`` is None where review is not wired."""

    summary: str = ""
    official_warnings: tuple[Finding, ...] = ()
    review: ReviewPreview | None = None


def post_summary(
    draft: Draft, school_name: str, author: str, channels: Mapping[str, Channel]
) -> str:
    """ "Je publiceert namens De Arabesk op X en LinkedIn, met 1 foto of video."."""
    where = labels_for(draft.channels, channels)
    if draft.capacity is Capacity.OFFICIAL:
        text = _tr("Je publiceert namens %1 op %2").replace("%1", school_name)
    else:
        text = _tr("Je publiceert persoonlijk, als %1, op %2").replace("%1", author or _tr("jij"))
    text = text.replace("%2", where)
    media = count_text(
        len(draft.attachments),
        "",
        _tr(", met 1 foto of video"),
        _tr(", met %1 foto's of video's"),
    )
    return text + media + "."
