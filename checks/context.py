"""What a check needs to know about a post besides its text: channel, capacity, role, and
whom it replies to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checks.consent import ConsentBook


class Capacity(StrEnum):
    """Guideline 2: a post is personal or on behalf of the school."""

    PERSONAL = "personal"
    OFFICIAL = "official"


class Role(StrEnum):
    """The author's role; a leader always speaks for the school (guideline 5)."""

    STAFF = "staff"
    COMMUNICATIONS = "communications"
    LEADER = "leader"


class ReplyTo(StrEnum):
    """Whom a post answers, when the author says it is a reply (guideline 4)."""

    PARENT = "parent"
    PUPIL = "pupil"
    COLLEAGUE = "colleague"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Plain data about the post being checked, shared by every rule.

    ``reply_to`` is ``None`` when the author did not say the post is a reply; the discussion
    rules then recognise replies from the text. ``media`` are the kinds of the attachments
    ("image", "video"), ``pictured`` the people the author marked as pictured, and
    ``consent`` the school's photo-consent register (the app reads it from its store).
    """

    channel: str = "x"
    capacity: Capacity = Capacity.PERSONAL
    role: Role = Role.STAFF
    reply_to: ReplyTo | None = None
    media: tuple[str, ...] = ()
    pictured: tuple[str, ...] = ()
    consent: ConsentBook | None = None

    @property
    def counts_as_official(self) -> bool:
        """A leader's post is official whatever the toggle says (guideline 5)."""
        return self.capacity is Capacity.OFFICIAL or self.role is Role.LEADER
