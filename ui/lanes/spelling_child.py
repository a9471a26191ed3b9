"""The spelling child process: Qt-free, it owns the real spelling service and LanguageTool.

Started by :class:`ui.lanes.spelling_process.SpellingProcess` through ``multiprocessing``
(spawn), which calls :func:`serve` with two pipes and the settings, paths and pupil names.
The child answers "ready" on the quick pipe once Hunspell is loaded. It stops when its
pipes close or it is asked to terminate, and stops LanguageTool on the way out, so neither
outlives the app.
"""

from __future__ import annotations

import signal
import sys
import threading
from multiprocessing.connection import Connection
from typing import Any


class NewestWanted:
    """The newest revision the app has asked for (told on the quick pipe while a check
    runs): a long check of an older text (a huge paste) stops early and comes back stale."""

    def __init__(self) -> None:
        self.revision = -1

    def newer_than(self, revision: int) -> bool:
        return self.revision > revision


def serve_checks(
    service: Any, receive: Connection, send: Connection, wanted: NewestWanted | None = None
) -> None:
    """One check at a time, without the slow suggestions (they come on request)."""
    wanted = wanted or NewestWanted()
    while True:
        try:
            text, revision = receive.recv()
        except (EOFError, OSError):
            return
        try:
            result = service.check(
                text,
                revision,
                with_suggestions=False,
                newer_waiting=lambda revision=revision: wanted.newer_than(revision),
            )
            kind = "stale" if result.stale else "ok"
            send.send((kind, tuple(result.findings), result.engine_name, service.status()))
        except Exception as exc:  # sent back as a message; the child keeps serving
            send.send(("error", f"{type(exc).__name__}: {exc}", "", service.status()))


def serve_quick(service: Any, connection: Connection, wanted: NewestWanted | None = None) -> None:
    """Suggestions, added words and status, answered while a check may be running; "newer"
    (a newer text is coming) is not answered."""
    while True:
        try:
            command, argument = connection.recv()
        except (EOFError, OSError):
            return
        if command == "newer":
            if wanted is not None:
                wanted.revision = max(wanted.revision, int(argument))
            continue
        try:
            if command == "suggest":
                connection.send(("ok", tuple(service.suggest(argument))))
            elif command == "add_word":
                connection.send(("ok", service.add_word(argument)))
            else:
                connection.send(("ok", service.status()))
        except Exception as exc:  # e.g. a read-only word list: the GUI shows it
            connection.send(("error", f"{type(exc).__name__}: {exc}"))


def serve(
    check: Connection, quick: Connection, settings: Any, paths: Any, names: tuple[str, ...]
) -> None:
    """The child's whole life: load spelling, answer until the app closes the pipes."""
    _exit_cleanly_on_terminate()
    from arabesk_desk.spelling import load_spelling

    service = load_spelling(settings, paths, names)
    try:
        service.start()  # LanguageTool, when installed, warms up in the background
        if service.hunspell is not None:
            service.hunspell.load()
        quick.send(("ready", service.status()))
        wanted = NewestWanted()
        threading.Thread(target=serve_quick, args=(service, quick, wanted), daemon=True).start()
        serve_checks(service, check, check, wanted)
    except (BrokenPipeError, EOFError, ConnectionError):
        pass  # the app went away: stop quietly
    finally:
        service.close()


def _exit_cleanly_on_terminate() -> None:
    """Turn SIGTERM into SystemExit, so ``finally`` stops LanguageTool (POSIX; Windows
    terminates outright, and the next start stops the orphaned server)."""
    if sys.platform != "win32":
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))
