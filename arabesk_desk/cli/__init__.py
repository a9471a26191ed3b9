"""``arabesk-desk`` subcommands: each module adds its parser and runs its command."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from arabesk_desk import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _command_modules() -> tuple[ModuleType, ...]:
    """Every ``*_command`` module here: it has ``NAME``, ``add_parser(subparsers)`` and ``run``."""
    names = sorted(i.name for i in pkgutil.iter_modules(__path__) if i.name.endswith("_command"))
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in names)


COMMANDS: tuple[ModuleType, ...] = _command_modules()
COMMAND_NAMES = frozenset(module.NAME for module in COMMANDS)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"arabesk-desk: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="arabesk-desk",
        description="Arabesk Desk: write social-media posts with De Arabesk's protocol at hand. "
        "Without a command, the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"arabesk-desk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    if args.command is None:
        build_parser().print_help()
        return EXIT_OK
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
