"""Canonical bytes of a request's content: what a reviewer's signature binds to."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from arabesk_desk.posts import Draft

CONTENT_VERSION = 1


def canonical_text(value: Any) -> str:
    """One text per value: sorted keys, no spaces, no escaping of é or 😀, no NaN.

    For the values the app hashes and signs (objects with ASCII keys, strings, integers,
    booleans, null, arrays) this is RFC 8785, the JSON Canonicalization Scheme
    (``tests/arabesk_desk/review/test_canonical_json.py`` holds it to the ``rfc8785``
    package). Outside
    that domain it differs, and must stay as it is, or hashes already in logs and signatures
    on review files would no longer match: a float prints as Python writes it (``1.0``, not
    ``1``), and keys sort by code point, not by UTF-16 unit (which only reorders keys that mix
    characters above U+FFFF with ones from U+E000 to U+FFFF).
    """
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def canonical_json(value: Any) -> bytes:
    """The UTF-8 bytes of :func:`canonical_text`: what signatures and content hashes cover."""
    return canonical_text(value).encode("utf-8")


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
