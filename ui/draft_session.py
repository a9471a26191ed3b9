"""The draft being written: every change makes a new Draft value, autosaved through the store lane.

Autosave waits for a short pause in typing, but never longer than ``MAX_UNSAVED_MS`` after the
first unsaved change, so a crash loses at most about two seconds of work.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from arabesk_desk.posts import Draft, DraftStatus
from ui.lanes.store_lane import StoreLane

if TYPE_CHECKING:
    from arabesk_desk.store import Store

AUTOSAVE_PAUSE_MS = 800
MAX_UNSAVED_MS = 1500


def latest_open_draft(store: Store) -> Draft | None:
    """The most recently changed draft that was not published (runs on the store thread)."""
    drafts = store.list_drafts()
    return drafts[0] if drafts else None


class DraftSession(QObject):
    """Holds the current draft; saves it in the background after every pause."""

    saved = Signal(object)  # the Draft as stored
    changed = Signal(object)  # the Draft after an edit
    problem = Signal(str)

    def __init__(self, lane: StoreLane | None, draft: Draft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.draft = draft
        self.dirty = False
        self._dirty_since = 0.0
        self._stored: set[str] = set()  # ids this session wrote (an emptied draft still saves)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_PAUSE_MS)
        self._timer.timeout.connect(self.save_now)
        if lane is not None:
            lane.failed.connect(self.problem)

    def update(self, **changes: object) -> None:
        """Record an edit (text, channels, capacity, ignored, status…) and schedule a save."""
        self.draft = self.draft.edited(**changes)
        if not self.dirty:
            self._dirty_since = time.monotonic()
        self.dirty = True
        unsaved_ms = (time.monotonic() - self._dirty_since) * 1000
        self._timer.start(max(0, min(AUTOSAVE_PAUSE_MS, int(MAX_UNSAVED_MS - unsaved_ms))))
        self.changed.emit(self.draft)

    def save_now(self) -> None:
        self._timer.stop()
        if not self.dirty or self.lane is None:
            return
        draft = self.draft
        self.dirty = False
        if not draft.text.strip() and draft.id not in self._stored:
            return  # an untouched new draft is not worth a row in the drafts list
        self._stored.add(draft.id)
        self.lane.submit(
            lambda store: store.save_draft(draft),
            lambda _: self.saved.emit(draft),
            self.tr("concept opslaan"),
        )

    def switch_to(self, draft: Draft, *, stored: bool = False) -> None:
        """Save the current draft, then continue with ``draft`` (``stored``: it is in the store)."""
        self.save_now()
        self.draft = draft
        if stored:
            self._stored.add(draft.id)
        self.dirty = False
        self.changed.emit(draft)

    def restore_last(self, on_found: Callable[[Draft | None], None]) -> None:
        """Look up the last open draft on the store thread (crash recovery)."""
        if self.lane is None:
            on_found(None)
            return
        self.lane.submit(latest_open_draft, on_found, self.tr("concept herstellen"))

    def mark(self, status: DraftStatus) -> None:
        self.update(status=status)
        self.save_now()
