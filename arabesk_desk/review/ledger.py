"""What the author's app keeps of review in its own store: its log head and every verified
decision (a decision file deleted from the shared folder later changes nothing).

The review code sees the store only through this protocol; the store implements it
(:class:`arabesk_desk.store.review_ledger.StoreReviewLedger`). Decisions cross it as the
plain dicts of their files, so the store needs no review types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from arabesk_desk.review.requests import LogHead


class ReviewLedger(Protocol):
    def log_head(self) -> LogHead:
        """(entries, last hash) of the author's publication log now."""
        ...

    def remember(self, decisions: Sequence[dict[str, Any]]) -> None:
        """Keep these verified decisions (as their file dicts); known ones are ignored."""
        ...

    def remembered(self, request_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Every kept decision on one of these requests."""
        ...
