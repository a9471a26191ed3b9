"""Spelling in a child process, so Hunspell's and LanguageTool's work never holds our GIL.

chunspell keeps the GIL while it loads a dictionary (≈0.8 s) or suggests (up to ≈1.3 s), so a
thread would freeze typing. The child (:mod:`ui.lanes.spelling_child`) owns the real spelling
service; :class:`SpellingProcess` offers the same methods (``check``, ``suggest``,
``add_word``, ``status``, ``engine_name``, ``close``) over two pairs of pipes: one for the slow
lane's checks, one for quick questions from the GUI. A plain subprocess (not
``multiprocessing``) so the child never re-runs the app's main module.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings
from checks import Finding

if TYPE_CHECKING:
    from arabesk_desk.spelling.service import StatusReport

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class ProcessResult:
    """A check's answer from the child, shaped like the service's SpellingResult."""

    revision: int
    findings: tuple[Finding, ...]
    engine_name: str
    stale: bool = False


def _pipe() -> tuple[int, int]:
    read, write = os.pipe()
    return read, write


class SpellingProcess:
    """The parent's handle on the child; every call blocks only on a pipe (GIL released)."""

    def __init__(self, settings: UserSettings, paths: DataPaths, names: tuple[str, ...]) -> None:
        to_child_check, from_parent_check = _pipe()[::-1]
        from_child_check, to_parent_check = _pipe()
        to_child_quick, from_parent_quick = _pipe()[::-1]
        from_child_quick, to_parent_quick = _pipe()
        child_fds = (from_parent_check, to_parent_check, from_parent_quick, to_parent_quick)
        env = {**os.environ, "PYTHONPATH": _python_path()}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "ui.lanes.spelling_child", *map(str, child_fds)],
            pass_fds=child_fds,
            env=env,
            stdin=subprocess.DEVNULL,
        )
        for fd in child_fds:
            os.close(fd)
        self._send_check = Connection(to_child_check, readable=False)
        self._receive_check = Connection(from_child_check, writable=False)
        self._send_quick = Connection(to_child_quick, readable=False)
        self._receive_quick = Connection(from_child_quick, writable=False)
        self._send_check.send((settings, paths, tuple(names)))
        self._quick_lock = threading.Lock()
        self._ready = False
        self._status: StatusReport | None = None
        self.engine_name = ""

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def status(self) -> StatusReport | None:
        """The last status the child reported (None while it is still loading)."""
        if not self._ready and self._quick_lock.acquire(blocking=False):
            try:
                if not self._ready and self._receive_quick.poll():
                    self._accept_ready(self._receive_quick.recv())
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
                self._accept_ready(self._receive_quick.recv())
            self._send_quick.send((command, argument))
            kind, value = self._receive_quick.recv()
        if kind == "error":
            raise RuntimeError(value)
        return value

    def check(self, text: str, revision: int) -> ProcessResult:
        """Blocking: call from the spelling lane's thread only."""
        self._send_check.send((text, revision))
        kind, findings, engine, status = self._receive_check.recv()
        self._status = status
        self.engine_name = engine or self.engine_name
        if kind == "error":
            raise RuntimeError(findings)
        return ProcessResult(revision, findings, engine)

    def suggest(self, word: str) -> tuple[str, ...]:
        return tuple(self._ask("suggest", word))

    def add_word(self, word: str) -> str:
        return str(self._ask("add_word", word))

    def start(self) -> None:
        """The child starts LanguageTool itself; nothing to do here."""

    def close(self) -> None:
        """Close the pipes (the child then stops LanguageTool and exits) and reap it."""
        for conn in (self._send_check, self._receive_check, self._send_quick, self._receive_quick):
            conn.close()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(5)


def _python_path() -> str:
    """The child must import our packages the way this process did (checkout or install)."""
    existing = os.environ.get("PYTHONPATH", "")
    return os.pathsep.join(p for p in (str(PROJECT_ROOT), existing) if p)
