"""The spelling child process: ``python -m ui.lanes.spelling_child CHECK_IN CHECK_OUT QUICK_IN
QUICK_OUT`` (pipe file descriptors). Qt-free; it owns the real spelling service.

Started by :class:`ui.lanes.spelling_process.SpellingProcess`. The first message on the check
pipe carries the settings, paths and pupil names; the child answers "ready" on the quick pipe.
It stops when its pipes close, so it never outlives the app.
"""

from __future__ import annotations

import sys
import threading
from multiprocessing.connection import Connection
from typing import Any


def serve_checks(service: Any, receive: Connection, send: Connection) -> None:
    """One check at a time, without the slow suggestions (they come on request)."""
    while True:
        try:
            text, revision = receive.recv()
        except (EOFError, OSError):
            return
        try:
            result = service.check(text, revision, with_suggestions=False)
            send.send(("ok", tuple(result.findings), result.engine_name, service.status()))
        except Exception as exc:  # sent back as a message; the child keeps serving
            send.send(("error", f"{type(exc).__name__}: {exc}", "", service.status()))


def serve_quick(service: Any, receive: Connection, send: Connection) -> None:
    """Suggestions, added words and status, answered while a check may be running."""
    while True:
        try:
            command, argument = receive.recv()
        except (EOFError, OSError):
            return
        try:
            if command == "suggest":
                send.send(("ok", tuple(service.suggest(argument))))
            elif command == "add_word":
                send.send(("ok", service.add_word(argument)))
            else:
                send.send(("ok", service.status()))
        except Exception as exc:  # e.g. a read-only word list: the GUI shows it
            send.send(("error", f"{type(exc).__name__}: {exc}"))


def main(argv: list[str]) -> int:
    check_in, check_out, quick_in, quick_out = (int(fd) for fd in argv)
    receive_check = Connection(check_in, writable=False)
    send_check = Connection(check_out, readable=False)
    receive_quick = Connection(quick_in, writable=False)
    send_quick = Connection(quick_out, readable=False)
    try:
        settings, paths, names = receive_check.recv()
    except (EOFError, OSError):
        return 0  # the app closed before we started

    from arabesk_desk.spelling import load_spelling

    service = load_spelling(settings, paths, names)
    service.start()  # LanguageTool, when installed, warms up in the background
    if service.hunspell is not None:
        service.hunspell.load()
    quick = threading.Thread(
        target=serve_quick, args=(service, receive_quick, send_quick), daemon=True
    )
    try:
        send_quick.send(("ready", service.status()))
        quick.start()
        serve_checks(service, receive_check, send_check)
    except (BrokenPipeError, EOFError):
        pass  # the app went away: stop quietly
    finally:
        service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
