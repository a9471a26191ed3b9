"""``arabesk-desk`` subcommands: each module adds its parser and runs its command.

The commands are listed in :mod:`arabesk_desk.cli.commands`; only the one being run is
loaded, so ``--version``, ``--help`` and ``check`` start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from arabesk_desk import __version__
from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.reports.document import PdfWriterLoader

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"arabesk-desk: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; ``only`` that command gets its full parser (and loads its module), the
    others are listed with their summary (``check`` need not load the log store or keys)."""
    parser = _Parser(
        prog="arabesk-desk",
        description="Arabesk Desk: write social-media posts with De Arabesk's protocol at hand. "
        "Without a command, the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"arabesk-desk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS.values():
        if command.name == only:
            command.load().add_parser(subparsers)
        else:
            subparsers.add_parser(command.name, help=command.summary, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None, *, pdf_writer: PdfWriterLoader | None = None) -> int:
    """Run a command. ``pdf_writer`` loads the PDF writer of the ``ui`` layer (QPdfWriter):
    the launcher hands it in, so the core never imports Qt (``python -m arabesk_desk``
    has none, and says so when a PDF is asked for)."""
    words = list(sys.argv[1:] if argv is None else argv)
    only = words[0] if words and words[0] in COMMANDS else None
    args = build_parser(only).parse_args(words)
    if args.command is None:
        build_parser().print_help()
        return EXIT_OK
    args.pdf_writer = pdf_writer
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
