"""What the log records: a published item (plain data) and the chained entry that holds it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from arabesk_desk.posts import Draft, Override, new_id, now_utc

EntryKind = Literal["published", "correction", "withdrawal", "url_added", "imported"]
ENTRY_KINDS: tuple[str, ...] = ("published", "correction", "withdrawal", "url_added", "imported")
# Kinds that are about an earlier entry and must name it in ``refers_to``.
REFERRING_KINDS = frozenset({"correction", "withdrawal", "url_added"})


@dataclass(frozen=True, slots=True)
class PublishedItem:
    """One thing that went out (or a later note about it). Never edited once logged.

    ``findings`` are :meth:`checks.Finding.to_dict` dicts as they were at publish time;
    ``review`` is the review workflow's opaque record (reviewer, decision, signature fields);
    ``note`` carries the reason of a correction or withdrawal ("verwijderd op … omdat …").
    ``id`` is the idempotency key: appending the same item twice logs it once.
    ``published_at`` is UTC ISO 8601 (``now_utc()``): period filters compare it as text.
    """

    text: str
    channels: tuple[str, ...]
    capacity: str
    author: str
    role: str
    id: str = field(default_factory=new_id)
    draft_id: str | None = None
    findings: tuple[dict[str, Any], ...] = ()
    overrides: tuple[Override, ...] = ()
    review: dict[str, Any] | None = None
    attachment_hashes: tuple[str, ...] = ()
    published_at: str = field(default_factory=now_utc)
    url: str | None = None
    kind: EntryKind = "published"
    refers_to: str | None = None
    source: str = "app"
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ENTRY_KINDS:
            raise ValueError(f"unknown log entry kind {self.kind!r}")
        if self.kind in REFERRING_KINDS and not self.refers_to:
            raise ValueError(f"a {self.kind} entry must name the entry it refers to")
        if self.kind == "url_added" and not self.url:
            raise ValueError("a url_added entry must carry the url")

    @classmethod
    def from_draft(
        cls,
        draft: Draft,
        *,
        findings: tuple[dict[str, Any], ...] | list[dict[str, Any]] = (),
        overrides: tuple[Override, ...] | list[Override] = (),
        review: dict[str, Any] | None = None,
        url: str | None = None,
    ) -> PublishedItem:
        """The item for publishing ``draft`` now, with the checks and review as they stand."""
        return cls(
            text=draft.text,
            channels=tuple(draft.channels),
            capacity=str(draft.capacity),
            author=draft.author,
            role=str(draft.role),
            draft_id=draft.id,
            findings=tuple(findings),
            overrides=tuple(overrides),
            review=review,
            attachment_hashes=tuple(a.sha256 for a in draft.attachments),
            url=url,
        )

    def follow_up(self, kind: EntryKind, refers_to: str, **changes: Any) -> PublishedItem:
        """A new item about the entry ``refers_to`` (correction, withdrawal, url_added).

        It keeps this item's text, channels, capacity, author and role unless ``changes``
        say otherwise (a withdrawal's ``note`` says why; a ``url_added`` carries ``url``).
        """
        values = {**self.to_content(), "id": new_id(), "published_at": now_utc()}
        values.update(
            kind=kind,
            refers_to=refers_to,
            findings=(),
            overrides=(),
            review=None,
            url=None,
            attachment_hashes=(),
            note="",
        )
        values.update(changes)
        return PublishedItem.from_content(values)

    def to_content(self) -> dict[str, Any]:
        """The JSON-ready dict that is hashed into the chain."""
        return {
            "id": self.id,
            "draft_id": self.draft_id,
            "text": self.text,
            "channels": list(self.channels),
            "capacity": self.capacity,
            "author": self.author,
            "role": self.role,
            "findings": [dict(f) for f in self.findings],
            "overrides": [_override_dict(o) for o in self.overrides],
            "review": self.review,
            "attachment_hashes": list(self.attachment_hashes),
            "published_at": self.published_at,
            "url": self.url,
            "kind": self.kind,
            "refers_to": self.refers_to,
            "source": self.source,
            "note": self.note,
        }

    @classmethod
    def from_content(cls, raw: dict[str, Any]) -> PublishedItem:
        return cls(
            id=str(raw["id"]),
            draft_id=raw.get("draft_id"),
            text=str(raw["text"]),
            channels=tuple(str(c) for c in raw.get("channels", ())),
            capacity=str(raw["capacity"]),
            author=str(raw["author"]),
            role=str(raw["role"]),
            findings=tuple(dict(f) for f in raw.get("findings", ())),
            overrides=tuple(_override_from(o) for o in raw.get("overrides", ())),
            review=raw.get("review"),
            attachment_hashes=tuple(str(h) for h in raw.get("attachment_hashes", ())),
            published_at=str(raw["published_at"]),
            url=raw.get("url"),
            kind=raw.get("kind", "published"),
            refers_to=raw.get("refers_to"),
            source=str(raw.get("source", "app")),
            note=str(raw.get("note", "")),
        )


def _override_dict(override: Override | dict[str, Any]) -> dict[str, Any]:
    if isinstance(override, dict):
        return dict(override)
    return {
        "rule": override.rule,
        "start": override.start,
        "end": override.end,
        "excerpt": override.excerpt,
        "reason": override.reason,
    }


def _override_from(raw: Override | dict[str, Any]) -> Override:
    if isinstance(raw, Override):
        return raw
    return Override(
        rule=str(raw["rule"]),
        start=int(raw.get("start", 0)),
        end=int(raw.get("end", 0)),
        excerpt=str(raw.get("excerpt", "")),
        reason=str(raw.get("reason", "")),
    )


@dataclass(frozen=True, slots=True)
class LogEntry:
    """A logged item with its place in the chain: ``hash = sha256(prev_hash + content)``."""

    seq: int
    item: PublishedItem
    prev_hash: str
    hash: str
    recorded_at: str

    @property
    def id(self) -> str:
        return self.item.id
