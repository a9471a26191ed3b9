"""``arabesk-desk --self-test``: start the real window and prove its lanes answer, then quit.

For the bundle's smoke test and for ICT after an install (``QT_QPA_PLATFORM=offscreen`` runs
it without a screen). It builds the app exactly as a start does, types a post with a
misspelling, and waits until the protocol findings are painted, the spelling process is
alive and its finding is painted too. One line per step on standard output; exit 0 when all
held, 1 with the step that did not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from ui.app import build_services, build_window, create_application
from ui.compose_window import ComposeWindow
from ui.lanes.spelling_process import SpellingProcess

POST = "Ik heb het boek gelezzen."
MISSPELLED = "gelezzen"
TIMEOUT_S = 90.0  # a first start on a slow laptop: Hunspell's dictionary, cold disk caches
EXIT_OK, EXIT_FAILED = 0, 1


def run_self_test(args: Sequence[str], timeout_s: float = TIMEOUT_S) -> int:
    app = create_application(args)
    started = time.monotonic()
    services = build_services()
    window = build_window(services)
    window.show()
    _say(f"window shown (Qt platform {QGuiApplication.platformName()})")
    try:
        return _steps(window, started + timeout_s)
    finally:
        window.close()
        if services.store_lane is not None:
            services.store_lane.close()
        app.processEvents()


def _steps(window: ComposeWindow, deadline: float) -> int:
    if not _wait_until(lambda: window.painted_revision >= 0, deadline):
        return _failed("the protocol checks did not answer")
    _say(f"protocol checks answered ({window.status.checks.text()})")
    window.editor.setPlainText(POST)
    if not _wait_until(lambda: _spelling_alive(window), deadline):
        return _failed(f"the spelling process did not start ({window.status.spelling.text()})")
    process = _spelling_process(window)
    assert process is not None  # _spelling_alive held
    _say(f"spelling process alive (pid {process.pid}, {process.engine_name})")
    if not _wait_until(lambda: _spelling_mark(window), deadline):
        return _failed(f"no spelling finding for '{MISSPELLED}' ({window.status.spelling.text()})")
    _say(f"spelling finding painted for '{MISSPELLED}'")
    _say("ok")
    return EXIT_OK


def _spelling_process(window: ComposeWindow) -> SpellingProcess | None:
    """The lane's spelling service when it is the child process (as in every real start)."""
    service = window.spelling_lane.service
    return service if isinstance(service, SpellingProcess) else None


def _spelling_alive(window: ComposeWindow) -> bool:
    process = _spelling_process(window)
    return process is not None and process.alive and process.status() is not None


def _spelling_mark(window: ComposeWindow) -> bool:
    marks = window.editor.marks()
    return any(mark.layer == "spelling" and mark.excerpt == MISSPELLED for mark in marks)


def _wait_until(condition: Callable[[], bool], deadline: float) -> bool:
    """Run the event loop until ``condition`` holds or the deadline passes."""
    loop = QEventLoop()
    timer = QTimer(interval=50)

    def tick() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    QCoreApplication.processEvents()
    return condition()


def _say(line: str) -> None:
    print(f"self-test: {line}", flush=True)


def _failed(what: str) -> int:
    _say(f"FAILED: {what}")
    return EXIT_FAILED
