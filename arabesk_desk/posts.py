"""A post being written: its text, channels, capacity, author and attachments. Plain data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum

from checks import Capacity, ReplyTo, Role


class DraftStatus(StrEnum):
    """Where a draft is in its life (the review states come from guideline 5 and 8)."""

    DRAFT = "concept"
    IN_REVIEW = "ter beoordeling"
    APPROVED = "goedgekeurd"
    CHANGES_REQUESTED = "aanpassen gevraagd"
    REJECTED = "afgewezen"
    PUBLISHED = "gepubliceerd"


@dataclass(frozen=True, slots=True)
class Attachment:
    """A photo or video added to a post, by file; ``sha256`` identifies its content."""

    path: str
    sha256: str
    kind: str  # "image" or "video"


@dataclass(frozen=True, slots=True)
class Override:
    """An error-level finding the author chose to publish anyway, with the reason."""

    rule: str
    start: int
    end: int
    excerpt: str
    reason: str


def new_id() -> str:
    return uuid.uuid4().hex


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Draft:
    """One post in the making. Immutable: edits make a new value with :meth:`edited`."""

    id: str = field(default_factory=new_id)
    text: str = ""
    channels: tuple[str, ...] = ("x",)
    capacity: Capacity = Capacity.PERSONAL
    author: str = ""
    role: Role = Role.STAFF
    attachments: tuple[Attachment, ...] = ()
    ignored: tuple[str, ...] = ()  # finding keys the author chose to ignore in this draft
    reply_to: ReplyTo | None = None  # whom the post answers, when the author said (guideline 4)
    status: DraftStatus = DraftStatus.DRAFT
    created: str = field(default_factory=now_utc)
    updated: str = field(default_factory=now_utc)

    def edited(self, **changes: object) -> Draft:
        return replace(self, updated=now_utc(), **changes)  # type: ignore[arg-type]
