"""Test data for the store tests."""

from __future__ import annotations

from arabesk_desk.store import PublishedItem


def make_item(number: int = 0, **changes) -> PublishedItem:
    values = {
        "text": f"Bericht {number}: de kinderboekenweek begint",
        "channels": ("x",),
        "capacity": "official",
        "author": "Jan de Vries",
        "role": "communications",
        "published_at": f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}T10:00:00+00:00",
    }
    values.update(changes)
    return PublishedItem(**values)
