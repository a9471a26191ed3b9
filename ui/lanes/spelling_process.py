"""Spelling in a child process, so Hunspell's and LanguageTool's work never holds our GIL.

chunspell keeps the GIL while it loads a dictionary (≈0.8 s) or suggests (up to ≈1.3 s), so a
thread would freeze typing. The child (:func:`ui.lanes.spelling_child.serve`) owns the real
spelling service; :class:`SpellingProcess` offers the same methods (``check``, ``suggest``,
``add_word``, ``status``, ``engine_name``, ``close``) over two pipes: one for the slow lane's
checks, one for quick questions from the GUI.

The child is started with ``multiprocessing``'s *spawn* method, the one that works the same
on Windows, macOS and Linux: a fresh interpreter (in a frozen bundle: the app's own
executable, which :func:`ui.launcher.become_child_if_asked` turns into the child) and
``multiprocessing`` pipes (named pipes on Windows, socket pairs elsewhere). Nothing is handed
over as a raw file descriptor.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings
from checks import Finding
from ui.lanes.spelling_child import serve

if TYPE_CHECKING:
    from arabesk_desk.spelling.service import StatusReport

START_METHOD: Final = "spawn"  # Final keeps the literal: mypy then knows the context
CLOSE_TIMEOUT_S = 10.0


@dataclass(frozen=True, slots=True)
class ProcessResult:
    """A check's answer from the child, shaped like the service's SpellingResult."""

    revision: int
    findings: tuple[Finding, ...]
    engine_name: str
    stale: bool = False


class SpellingProcess:
    """The parent's handle on the child; every call blocks only on a pipe (GIL released)."""

    def __init__(self, settings: UserSettings, paths: DataPaths, names: tuple[str, ...]) -> None:
        context = multiprocessing.get_context(START_METHOD)
        self._check, child_check = context.Pipe()
        self._quick, child_quick = context.Pipe()
        self._process = context.Process(
            target=serve,
            args=(child_check, child_quick, settings, paths, tuple(names)),
            name="arabesk-spelling",
            daemon=True,  # never outlives the app, even when the app forgets to close it
        )
        self._process.start()
        # The child has its own copies now; ours must go, so it sees the end when we close.
        child_check.close()
        child_quick.close()
        self._quick_lock = threading.Lock()
        self._ready = False
        self._status: StatusReport | None = None
        self.engine_name = ""

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def status(self) -> StatusReport | None:
        """The last status the child reported (None while it is still loading)."""
        if not self._ready and self._quick_lock.acquire(blocking=False):
            try:
                if not self._ready and self._quick.poll():
                    self._accept_ready(self._quick.recv())
            except (EOFError, OSError):
                pass  # the child died; ``alive`` tells the status bar
            finally:
                self._quick_lock.release()
        return self._status

    def _accept_ready(self, message: tuple[str, Any]) -> None:
        self._ready = True
        self._status = message[1]
        self.engine_name = getattr(self._status, "engine_name", "")

    def _ask(self, command: str, argument: str) -> Any:
        with self._quick_lock:
            if not self._ready:
                self._accept_ready(self._quick.recv())
            self._quick.send((command, argument))
            kind, value = self._quick.recv()
        if kind == "error":
            raise RuntimeError(value)
        return value

    def check(self, text: str, revision: int) -> ProcessResult:
        """Blocking: call from the spelling lane's thread only."""
        self._check.send((text, revision))
        kind, findings, engine, status = self._check.recv()
        self._status = status
        self.engine_name = engine or self.engine_name
        if kind == "error":
            raise RuntimeError(findings)
        return ProcessResult(revision, findings, engine, stale=kind == "stale")

    def tell_newer(self, revision: int) -> None:
        """Tell the child a newer text is coming, so a long check of an older one stops
        early. Never waits: skipped while a quick question is being asked."""
        if not self._ready or not self._quick_lock.acquire(blocking=False):
            return
        try:
            self._quick.send(("newer", revision))
        except (OSError, EOFError):
            pass  # a dead child: the check lane notices
        finally:
            self._quick_lock.release()

    def suggest(self, word: str) -> tuple[str, ...]:
        return tuple(self._ask("suggest", word))

    def add_word(self, word: str) -> str:
        return str(self._ask("add_word", word))

    def start(self) -> None:
        """The child starts LanguageTool itself; nothing to do here."""

    def close(self) -> None:
        """Close the pipes (the child then stops LanguageTool and exits) and reap it."""
        self._check.close()
        self._quick.close()
        self._process.join(CLOSE_TIMEOUT_S)
        for stop in (self._process.terminate, self._process.kill):  # a child that hangs
            if not self._process.is_alive():
                break
            stop()
            self._process.join(CLOSE_TIMEOUT_S / 2)
