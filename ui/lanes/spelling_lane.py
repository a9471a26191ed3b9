"""The spelling lane: one thread, a slower debounce, the spelling service when the app has one.

The service (``arabesk_desk.spelling``) is blocking; ``check`` runs only on this lane's thread.
When the module or its engines are missing the lane stays idle and says so; the app carries on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings
from checks import Finding
from ui.lanes.background import BackgroundRunner

if TYPE_CHECKING:  # the spelling package loads Hunspell's bindings: only its types here
    from arabesk_desk.spelling.service import StatusReport

SPELLING_DEBOUNCE_MS = 700


class SpellingAnswer(Protocol):
    """One check's answer: the core's ``SpellingResult`` or the child process's copy of it."""

    @property
    def findings(self) -> tuple[Finding, ...]: ...

    @property
    def stale(self) -> bool: ...


class SpellingEngine(Protocol):
    """What the lane needs of a spelling service: the core's, or its child-process handle."""

    def check(self, text: str, revision: int) -> SpellingAnswer: ...

    def suggest(self, word: str) -> Sequence[str]: ...

    def add_word(self, word: str) -> str: ...

    def status(self) -> StatusReport | None: ...

    def close(self) -> None: ...


def load_spelling_service(
    settings: UserSettings, paths: DataPaths, names: tuple[str, ...] = ()
) -> tuple[SpellingEngine | None, str]:
    """The spelling service in its own process, and a problem line; ``(None, reason)`` if none."""
    try:
        from ui.lanes.spelling_process import SpellingProcess

        return SpellingProcess(settings, paths, names), ""
    except Exception as exc:  # no spelling module or no way to start a process: carry on
        return None, f"{type(exc).__name__}: {exc}"


def describe_status(service: SpellingEngine | None, problem: str = "") -> tuple[str | None, str]:
    """The engine name for the status bar (None: no spelling) and a tooltip with the reason."""
    if service is None:
        return None, problem
    report = service.status()
    if report is None:
        if getattr(service, "alive", True):
            return QCoreApplication.translate("SpellingLane", "wordt geladen…"), ""
        return None, QCoreApplication.translate("SpellingLane", "De spellingcontrole is gestopt.")
    engine = report.engine_name or None
    if engine is None:
        if report.dictionary_problem:  # the core's reason is English: say it in Dutch
            return None, QCoreApplication.translate(
                "SpellingLane",
                "Het Nederlandse woordenboek ontbreekt of kon niet worden geladen: de spelling "
                "wordt niet gecontroleerd. Je kunt gewoon schrijven; ICT-beheer ziet met "
                "‘arabesk-desk doctor’ wat er nodig is.",
            )
        return None, report.reason
    if str(report.languagetool) == "ready":
        return engine, _source_text(report.languagetool_source)
    if str(report.languagetool) == "starting":
        label = QCoreApplication.translate("SpellingLane", "%1 (LanguageTool start nog)").replace(
            "%1", engine
        )
        tip = QCoreApplication.translate(
            "SpellingLane", "LanguageTool start op; tot dan controleert %1 de spelling."
        ).replace("%1", engine)
        return label, tip
    label = QCoreApplication.translate("SpellingLane", "%1, zonder grammatica").replace(
        "%1", engine
    )
    return label, QCoreApplication.translate(
        "SpellingLane",
        "Grammatica wordt niet gecontroleerd: LanguageTool is niet beschikbaar op deze laptop. "
        "ICT-beheer ziet met ‘arabesk-desk doctor’ wat er nodig is.",
    )


def _source_text(source: str) -> str:
    """Where LanguageTool answers from, in the interface language."""
    if source.startswith("school server "):
        return QCoreApplication.translate(
            "SpellingLane", "LanguageTool-server van de school: %1"
        ).replace("%1", source.removeprefix("school server "))
    if source.startswith("public"):
        return QCoreApplication.translate("SpellingLane", "De openbare LanguageTool-dienst")
    return QCoreApplication.translate("SpellingLane", "LanguageTool op deze laptop")


class _SpellingWorker(QObject):
    """Lives on the lane's thread; skips requests that a newer one already replaced."""

    checked = Signal(int, object)
    failed = Signal(int, str)
    stopped = Signal(str)  # the spelling process died: the lane needs a new one

    def __init__(self, service: SpellingEngine, lane: SpellingLane) -> None:
        super().__init__()
        self._service = service
        self._lane = lane

    @Slot(str, int)
    def check(self, text: str, revision: int) -> None:
        if revision != self._lane.latest_revision:
            return  # stale before it started: a newer request is queued behind us
        try:
            result = self._service.check(text, revision)
        except Exception as exc:  # reported, never lost in the thread
            # A closed pipe means the process is gone, even before the OS has reaped it.
            if isinstance(exc, (EOFError, OSError)) or not getattr(self._service, "alive", True):
                self.stopped.emit(f"{type(exc).__name__}: {exc}")
            else:
                self.failed.emit(revision, f"{type(exc).__name__}: {exc}")
            return
        if not result.stale:
            self.checked.emit(revision, tuple(result.findings))

    @Slot(str)
    def add_word(self, word: str) -> None:
        try:
            self._service.add_word(word)
        except Exception as exc:  # a read-only word list: say so, lose nothing else
            self.failed.emit(-1, f"{type(exc).__name__}: {exc}")

    @Slot()
    def close_service(self) -> None:
        self._service.close()


class SpellingLane(QObject):
    """Debounces, hands the newest text to the spelling thread, reports only fresh results."""

    findings_ready = Signal(int, object)  # revision, tuple[Finding, ...]
    check_failed = Signal(str)
    engine_stopped = Signal(str)  # the spelling process died; the lane has let go of it
    _requested = Signal(str, int)
    _add_word = Signal(str)
    _closing = Signal()

    def __init__(
        self,
        service: SpellingEngine | None,
        *,
        debounce_ms: int = SPELLING_DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.latest_revision = -1
        self._text = ""
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._dispatch)
        self._thread: QThread | None = None
        self._runner = BackgroundRunner(parent=self)
        if service is not None:
            self._start_thread(service)

    def attach(self, service: SpellingEngine | None) -> None:
        """Start answering with ``service`` (started after the window became usable)."""
        if service is None or self.service is not None:
            return
        self.service = service
        self._start_thread(service)

    @property
    def available(self) -> bool:
        return self.service is not None

    def request(self, text: str, revision: int) -> None:
        if self.service is None:
            return
        self._text, self.latest_revision = text, revision
        self._timer.start()

    def suggest(self, word: str) -> list[str]:
        """Suggestions for one word, on demand only (a right-click; Hunspell's are slow)."""
        if self.service is None or self._thread is None:
            return []
        try:
            return list(self.service.suggest(word))
        except (OSError, EOFError, RuntimeError):
            return []  # the spelling process is gone or refused: no suggestions, no crash

    def suggest_later(self, word: str, done: Callable[[list[str]], None]) -> None:
        """Suggestions for one word, asked on a pool thread; ``done`` gets them on this
        (the GUI) thread. The spelling process answers in ≈0.2–1 s; typing goes on."""
        if self.service is None or self._thread is None:
            done([])
            return
        self._runner.run(lambda: self.suggest(word), done, lambda _error: done([]))

    def add_word(self, word: str) -> None:
        if self.service is not None:
            self._add_word.emit(word)

    def close(self) -> None:
        if self._thread is None:
            return
        self._closing.emit()
        self._thread.quit()
        self._thread.wait(5000)
        self._thread = None

    def _start_thread(self, service: SpellingEngine) -> None:
        self._thread = QThread(self)
        self._thread.setObjectName("arabesk-spelling")
        self._worker = _SpellingWorker(service, self)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.check)
        self._add_word.connect(self._worker.add_word)
        self._closing.connect(self._worker.close_service)
        self._worker.checked.connect(self._checked)
        self._worker.failed.connect(self._failed)
        self._worker.stopped.connect(self._stopped)
        self._thread.start()

    def _dispatch(self) -> None:
        tell_newer = getattr(self.service, "tell_newer", None)
        if tell_newer is not None:
            tell_newer(self.latest_revision)  # a long check of older text may stop now
        self._requested.emit(self._text, self.latest_revision)

    @Slot(int, object)
    def _checked(self, revision: int, findings: tuple[Finding, ...]) -> None:
        if revision == self.latest_revision:
            self.findings_ready.emit(revision, findings)

    @Slot(str)
    def _stopped(self, problem: str) -> None:
        """Let go of a dead spelling process, so that a new one can be attached."""
        dead = self.service
        if dead is None:
            return
        self.service = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(5000)
            self._thread = None
        with contextlib.suppress(OSError, EOFError, RuntimeError):
            dead.close()  # reaps the dead child; its pipes are closed
        self.engine_stopped.emit(problem)

    @Slot(int, str)
    def _failed(self, revision: int, problem: str) -> None:
        if revision in (-1, self.latest_revision):
            self.check_failed.emit(problem)
