"""Canonical bytes of a request's content: what a reviewer's signature binds to."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from arabesk_desk.posts import Draft

CONTENT_VERSION = 1


def canonical_json(value: Any) -> bytes:
    """One byte sequence per value: sorted keys, no spaces, UTF-8 (no escaping of é or 😀)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def draft_content(draft: Draft) -> dict[str, Any]:
    """The parts of a draft an approval covers: change any of them and it needs a new one."""
    return {
        "version": CONTENT_VERSION,
        "draft_id": draft.id,
        "text": draft.text,
        "channels": list(draft.channels),
        "capacity": str(draft.capacity),
        "author": draft.author,
        "role": str(draft.role),
        "attachments": sorted(a.sha256 for a in draft.attachments),
    }


def content_sha256(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def draft_sha256(draft: Draft) -> str:
    """The hash a decision must name for it to cover this exact draft."""
    return content_sha256(draft_content(draft))


def precise_now() -> str:
    """UTC time to the millisecond, so two steps in one second still sort in order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
