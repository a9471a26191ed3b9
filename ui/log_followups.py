"""Later notes on a published post, as new log entries: its live link, or its withdrawal.

The log is append-only: a withdrawal ("verwijderd op … omdat …") or a link never edits the
original entry; it is a new entry that refers to it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from arabesk_desk.store import LogEntry, PublishedItem
from ui.lanes.store_lane import StoreLane


class FollowUps(QObject):
    """Asks for the link or the reason, then appends the follow-up through the store lane."""

    recorded = Signal(object)  # the new LogEntry
    problem = Signal(str)

    def __init__(self, lane: StoreLane, parent: QWidget) -> None:
        super().__init__(parent)
        self._lane = lane
        self._parent = parent

    def ask_url(self, entry: LogEntry) -> None:
        url, ok = QInputDialog.getText(
            self._parent, self.tr("Link toevoegen"), self.tr("Adres van het geplaatste bericht:")
        )
        if ok:
            self.add_url(entry, url)

    def ask_withdrawal(self, entry: LogEntry) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self._parent,
            self.tr("Verwijdering vastleggen"),
            self.tr("Waarom is het bericht verwijderd?"),
        )
        if ok:
            self.withdraw(entry, reason)

    def add_url(self, entry: LogEntry, url: str) -> bool:
        url = url.strip()
        if not url.startswith(("https://", "http://")):
            self.problem.emit(
                self.tr("Een link begint met https:// (bijvoorbeeld uit de adresbalk).")
            )
            return False
        self._append(entry.item.follow_up("url_added", entry.id, url=url))
        return True

    def withdraw(self, entry: LogEntry, reason: str) -> bool:
        reason = " ".join(reason.split())
        if not reason:
            self.problem.emit(self.tr("Schrijf erbij waarom het bericht is verwijderd."))
            return False
        today = date.today().strftime("%d-%m-%Y")
        note = self.tr("verwijderd op %1 omdat %2").replace("%1", today).replace("%2", reason)
        self._append(entry.item.follow_up("withdrawal", entry.id, note=note))
        return True

    def _append(self, item: PublishedItem) -> None:
        self._lane.submit(
            lambda store: store.append_published(item), self.recorded.emit, self.tr("vastleggen")
        )
