"""Starts the spelling process once the window is usable, and keeps its status line current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.lanes.background import BackgroundRunner
from ui.lanes.spelling_lane import SpellingEngine, describe_status

if TYPE_CHECKING:
    from ui.compose_window import ComposeWindow

SPELLING_STATUS_MS = 2000
MAX_RESTARTS = 3  # a spelling process that keeps dying is not started again and again


class SpellingStarter(QObject):
    """Spawning the spelling process takes a moment: it happens on a pool thread."""

    def __init__(self, window: ComposeWindow) -> None:
        super().__init__(window)
        self.window = window
        self._runner = BackgroundRunner(parent=self)
        self._timer = QTimer(self, interval=SPELLING_STATUS_MS)
        self._timer.timeout.connect(self.show_status)
        self._timer.start()
        self.restarts = 0
        self.show_status()

    def restart_after_crash(self, problem: str) -> None:
        """The spelling process died: say so plainly, and start a new one (a few times)."""
        window = self.window
        if self.restarts >= MAX_RESTARTS or window.services.spelling_loader is None:
            window.show_problem(
                self.tr(
                    "De spellingcontrole is gestopt en start niet meer vanzelf. Je tekst is "
                    "bewaard en de adviezen van het protocol werken gewoon. Start de app "
                    "opnieuw om de spelling weer te laten controleren."
                )
            )
            self.show_status()
            return
        self.restarts += 1
        window.show_problem(
            self.tr("De spellingcontrole stopte onverwacht en start opnieuw. Je tekst is bewaard.")
        )
        self.start()

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
