"""Arabesk Desk's local store: drafts and the tamper-evident log of what was published.

Qt-free. A :class:`Store` connection belongs to the thread that opened it.
"""

from arabesk_desk.store.database import StoreError
from arabesk_desk.store.items import ENTRY_KINDS, EntryKind, LogEntry, PublishedItem
from arabesk_desk.store.search import LogFilter, OverviewRow
from arabesk_desk.store.store import Store
from arabesk_desk.store.verify import VerifyResult

__all__ = [
    "ENTRY_KINDS",
    "EntryKind",
    "LogEntry",
    "LogFilter",
    "OverviewRow",
    "PublishedItem",
    "Store",
    "StoreError",
    "VerifyResult",
]
