"""Spelling in a child process, so Hunspell's and LanguageTool's work never holds our GIL.

chunspell keeps the GIL while it loads a dictionary (≈0.8 s) or suggests (up to ≈1.3 s), so a
thread would freeze typing. The child owns the real spelling service; this module's
:class:`SpellingProcess` offers the same methods (``check``, ``suggest``, ``add_word``,
``status``, ``engine_name``, ``close``) over two pipes: one for the slow lane's checks, one for
quick questions from the GUI. If the app dies, the child sees the pipes close and stops too.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings


@dataclass(frozen=True, slots=True)
class ProcessResult:
    """A check's answer from the child, shaped like the service's SpellingResult."""

    revision: int
    findings: tuple[Any, ...]
    engine_name: str
    stale: bool = False


def _serve_checks(service: Any, conn: Connection, status: Any) -> None:
    """Child side of the check pipe: one check at a time, without slow suggestions."""
    while True:
        try:
            text, revision = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result = service.check(text, revision, with_suggestions=False)
            reply = ("ok", tuple(result.findings), result.engine_name, service.status())
        except Exception as exc:  # sent back as a message, the child keeps serving
            reply = ("error", f"{type(exc).__name__}: {exc}", "", status())
        conn.send(reply)


def _serve_quick(service: Any, conn: Connection) -> None:
    """Child side of the quick pipe: suggestions, added words, status."""
    while True:
        try:
            command, argument = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if command == "suggest":
                conn.send(("ok", tuple(service.suggest(argument))))
            elif command == "add_word":
                conn.send(("ok", service.add_word(argument)))
            else:
                conn.send(("ok", service.status()))
        except Exception as exc:  # e.g. a read-only word list: the GUI shows it
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def child_main(
    settings: UserSettings,
    paths: DataPaths,
    names: tuple[str, ...],
    checks: Connection,
    quick: Connection,
) -> None:
    """Runs in the child: build the service, start LanguageTool, serve both pipes."""
    from arabesk_desk.spelling import load_spelling

    service = load_spelling(settings, paths, names)
    service.start()
    if service.hunspell is not None:
        service.hunspell.load()
    quick.send(("ready", service.status()))
    helper = threading.Thread(target=_serve_quick, args=(service, quick), daemon=True)
    helper.start()
    try:
        _serve_checks(service, checks, service.status)
    finally:
        service.close()


class SpellingProcess:
    """The parent's handle on the child; every call blocks only on a pipe (GIL released)."""

    def __init__(self, settings: UserSettings, paths: DataPaths, names: tuple[str, ...]) -> None:
        context = multiprocessing.get_context("spawn")
        self._checks, child_checks = context.Pipe()
        self._quick, child_quick = context.Pipe()
        self._process = context.Process(
            target=child_main,
            args=(settings, paths, names, child_checks, child_quick),
            name="arabesk-spelling",
            daemon=True,
        )
        self._process.start()
        child_checks.close()
        child_quick.close()
        self._quick_lock = threading.Lock()
        self._ready = False
        self._status: Any = None
        self.engine_name = ""

    def status(self) -> Any:
        """The last status the child reported (None while it is still loading)."""
        self._poll_ready()
        return self._status

    def _poll_ready(self) -> None:
        if self._ready:
            return
        with self._quick_lock:
            if not self._ready and self._quick.poll():
                self._accept_ready(self._quick.recv())

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
        self._checks.send((text, revision))
        kind, findings, engine, status = self._checks.recv()
        self._status = status
        self.engine_name = engine or self.engine_name
        if kind == "error":
            raise RuntimeError(findings)
        return ProcessResult(revision, findings, engine)

    def suggest(self, word: str) -> tuple[str, ...]:
        return tuple(self._ask("suggest", word))

    def add_word(self, word: str) -> str:
        return str(self._ask("add_word", word))

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    def start(self) -> None:
        """The child starts LanguageTool itself; nothing to do here."""

    def close(self) -> None:
        for conn in (self._checks, self._quick):
            conn.close()
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)
