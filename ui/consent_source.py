"""The photo-consent register for the compose window, read through the store lane.

It is read when a post gets a photo or video (and again on the next one, so a consent
import made meanwhile, in the app or on the command line, counts); the check lane gets the
immutable :class:`checks.consent.ConsentBook` in its snapshot.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from arabesk_desk.store import Store
from checks.consent import ConsentBook
from ui.lanes.store_lane import StoreLane


class ConsentSource(QObject):
    """Holds the last register read; ``loaded`` when a newer one arrived."""

    loaded = Signal()

    def __init__(self, store_lane: StoreLane | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store_lane = store_lane
        self.book: ConsentBook | None = None

    def refresh_if(self, wanted: bool) -> None:
        if wanted:
            self.refresh()

    def refresh(self) -> None:
        if self.store_lane is None:
            return
        self.store_lane.submit(read_consent, self._arrived, "toestemmingsregister lezen")

    def _arrived(self, book: ConsentBook) -> None:
        self.book = book
        self.loaded.emit()


def read_consent(store: Store) -> ConsentBook:
    """Runs on the store lane's thread: a pure read of the register."""
    return store.consent_book()
