"""One small typed API for background work: run a pure function, get success or failure back.

Modelled on Anki's ``QueryOp``: the function runs on a pool thread; the callbacks run on the
thread of ``owner`` (the GUI thread), because the relay's signal is received by a QObject
living there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


class _Relay(QObject):
    """Carries a job's outcome from the pool thread back to the owner's thread."""

    finished = Signal(int, bool, object)


class BackgroundRunner(QObject):
    """Runs callables in a ``QThreadPool`` and calls back on the owner's thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._next_ticket = 0

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """Start ``work()`` on a pool thread; exactly one of the callbacks follows."""
        self._next_ticket += 1
        self._callbacks[self._next_ticket] = (on_success, on_failure)
        self._pool.start(_Job(self._next_ticket, work, self._relay))

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, bool, object)
    def _deliver(self, ticket: int, ok: bool, value: object) -> None:
        on_success, on_failure = self._callbacks.pop(ticket)
        if ok:
            on_success(value)
        else:
            on_failure(value)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._ticket, self._work, self._relay = ticket, work, relay

    def run(self) -> None:  # Qt calls this on a pool thread
        try:
            value = self._work()
        except Exception as exc:  # reported to the GUI, never lost in a thread
            self._relay.finished.emit(self._ticket, False, exc)
        else:
            self._relay.finished.emit(self._ticket, True, value)
