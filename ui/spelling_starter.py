"""Starts the spelling process once the window is usable, and keeps its status line current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.lanes.background import BackgroundRunner
from ui.lanes.spelling_lane import SpellingEngine, describe_status

if TYPE_CHECKING:
    from ui.compose_window import ComposeWindow

SPELLING_STATUS_MS = 2000


class SpellingStarter(QObject):
    """Spawning the spelling process takes a moment: it happens on a pool thread."""

    def __init__(self, window: ComposeWindow) -> None:
        super().__init__(window)
        self.window = window
        self._runner = BackgroundRunner(parent=self)
        self._timer = QTimer(self, interval=SPELLING_STATUS_MS)
        self._timer.timeout.connect(self.show_status)
        self._timer.start()
        self.show_status()

    def start(self) -> None:
        loader = self.window.services.spelling_loader
        if loader is None or self.window.spelling_lane.available:
            return
        self._runner.run(loader, self._started, self._failed)

    def _started(self, loaded: tuple[SpellingEngine | None, str]) -> None:
        window = self.window
        service, problem = loaded
        window.services.spelling_service, window.services.spelling_problem = service, problem
        window.spelling_lane.attach(service)
        window.spelling_lane.request(window.editor.toPlainText(), window.revision)
        self.show_status()

    def _failed(self, error: Exception) -> None:
        self.window.show_problem(
            self.tr("De spellingcontrole kon niet starten: %1").replace(
                "%1", f"{type(error).__name__}: {error}"
            )
        )

    def show_status(self) -> None:
        window = self.window
        engine, detail = describe_status(
            window.spelling_lane.service, window.services.spelling_problem
        )
        window.status.show_spelling(engine, detail)
