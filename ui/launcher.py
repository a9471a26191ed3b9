"""The entry points: ``arabesk-desk`` (the app, or the CLI with a command) and the window.

``arabesk-desk-window`` always starts the app (a GUI program: no console on Windows). Qt is
imported only when the app starts, so CLI commands start fast. A frozen bundle starts its
spelling process by running its own executable again; :func:`become_child_if_asked` turns
such a run into that child before anything else happens.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from arabesk_desk.reports.document import PdfWriter

EXIT_NO_PLATFORM = 1
SELF_TEST_OPTION = "--self-test"  # also in ui.self_test, which imports Qt: not loaded here


def become_child_if_asked() -> None:
    """In a frozen bundle, run the ``multiprocessing`` child this process was started as.

    Returns only when this run is not such a child. Outside a bundle ``multiprocessing``
    starts its children through the Python interpreter, so there is nothing to do.
    """
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()


def main(argv: Sequence[str] | None = None) -> int:
    become_child_if_asked()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] != SELF_TEST_OPTION:
        from arabesk_desk.cli import main as cli_main

        return cli_main(args, pdf_writer=load_pdf_writer)
    return start_app(args)


def load_pdf_writer() -> PdfWriter:
    """The PDF writer (QPdfWriter), loaded only when a command writes a PDF."""
    from ui.pdf_writer import write_pdf

    return write_pdf


def main_window(argv: Sequence[str] | None = None) -> int:
    """The window only; arguments go to Qt (``-platform offscreen``, say)."""
    become_child_if_asked()
    return start_app(list(sys.argv[1:] if argv is None else argv))


def start_app(args: list[str]) -> int:
    """The app (or, with ``--self-test`` first, its self-test: :mod:`ui.self_test`), after
    checking that Qt can open a window on this system."""
    import os

    from ui.platform_libraries import platform_problem

    environ = dict(os.environ)
    if "-platform" in args[:-1]:  # Qt's own option wins over the environment
        environ["QT_QPA_PLATFORM"] = args[args.index("-platform") + 1]
    problem = platform_problem(environ)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_PLATFORM
    if args[:1] == [SELF_TEST_OPTION]:
        from ui.self_test import run_self_test

        return run_self_test(args[1:])
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
