"""The store lane: one worker thread owns the Store (SQLite connections belong to their thread).

Every database operation is a callable ``op(store) -> value`` queued to that thread, in order;
its success or failure comes back on the GUI thread (Anki's ``CollectionOp``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:  # the store (sqlite-utils) is imported on the lane's thread, when first used
    from arabesk_desk.store import Store

T = TypeVar("T")
Operation = Callable[["Store"], T]
StoreOpener = Callable[[], "Store"]
CLOSE_TIMEOUT_S = 10.0


class _StoreWorker(QObject):
    """Lives on the lane's thread; opens the store there and runs operations one by one."""

    done = Signal(int, bool, object)

    def __init__(self, opener: StoreOpener) -> None:
        super().__init__()
        self._opener = opener
        self._store: Store | None = None

    @Slot(int, object)
    def execute(self, ticket: int, op: Operation[object]) -> None:
        try:
            value = op(self._ensure_store())
        except Exception as exc:  # reported to the GUI; the lane keeps running
            self.done.emit(ticket, False, exc)
        else:
            self.done.emit(ticket, True, value)

    @Slot(object)
    def shut_down(self, finished: threading.Event) -> None:
        """Runs after every operation queued before it; then the store is closed."""
        try:
            if self._store is not None:
                self._store.close()
            self._store = None
        finally:
            finished.set()

    def _ensure_store(self) -> Store:
        if self._store is None:
            self._store = self._opener()
        return self._store


class StoreLane(QObject):
    """Queues operations to the store's own thread; callbacks return on the GUI thread."""

    _submitted = Signal(int, object)
    _closing = Signal(object)
    failed = Signal(str)  # a readable problem for the status bar

    def __init__(self, opener: StoreOpener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("arabesk-store")
        self._worker = _StoreWorker(opener)
        self._worker.moveToThread(self._thread)
        self._submitted.connect(self._worker.execute)
        self._closing.connect(self._worker.shut_down)
        self._worker.done.connect(self._deliver)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, str]] = {}
        self._next_ticket = 0
        self._thread.start()

    @classmethod
    def for_database(
        cls,
        path: Path,
        parent: QObject | None = None,
        *,
        signer_loader: Callable[[], Any] | None = None,
    ) -> StoreLane:
        """A lane on the SQLite store at ``path`` (opened lazily on the lane's thread).

        ``signer_loader`` gives the author's key for signing log entries; it runs on the
        lane's thread, and a keyring that fails leaves the store without one (a signed log
        then refuses new entries with a message instead of adding unsigned ones).
        """

        def opener() -> Store:
            from arabesk_desk.review.signing import KeyringUnavailable
            from arabesk_desk.store import Store

            store = Store.open(path)
            if signer_loader is not None:
                try:
                    store.signer = signer_loader()
                except KeyringUnavailable:
                    store.signer = None
            return store

        return cls(opener, parent)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def submit(
        self, op: Operation[T], on_success: Callable[[T], None] | None = None, what: str = ""
    ) -> None:
        """Run ``op(store)`` on the store thread; ``on_success(value)`` back on this thread."""
        self._next_ticket += 1
        self._callbacks[self._next_ticket] = (on_success, what)
        self._submitted.emit(self._next_ticket, op)

    def close(self) -> None:
        """Finish the queued operations (the last save too), close the store, stop the thread.

        Blocks until then (at most ``CLOSE_TIMEOUT_S``): this runs when the app quits.
        """
        if not self._thread.isRunning():
            return
        finished = threading.Event()
        self._closing.emit(finished)
        finished.wait(CLOSE_TIMEOUT_S)
        self._thread.quit()
        self._thread.wait(int(CLOSE_TIMEOUT_S * 1000))

    @Slot(int, bool, object)
    def _deliver(self, ticket: int, ok: bool, value: object) -> None:
        on_success, what = self._callbacks.pop(ticket, (None, ""))
        if not ok:
            doing = what or self.tr("opslaan")
            self.failed.emit(f"{doing}: {_readable(value)}")
        elif on_success is not None:
            on_success(value)


def _readable(error: object) -> str:
    """The store's own Dutch message when it has one (StoreError), else the error's text."""
    message = getattr(error, "message", None)
    return message if isinstance(message, str) and message else str(error)
