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


def command_names() -> tuple[str, ...]:
    """Every command, by the name of its ``<name>_command`` module (nothing is imported)."""
    modules = (i.name for i in pkgutil.iter_modules(__path__) if i.name.endswith("_command"))
    return tuple(sorted(name.removesuffix("_command") for name in modules))


def command_module(name: str) -> ModuleType:
    """The module of one command: it has ``NAME``, ``add_parser(subparsers)`` and ``run``."""
    return importlib.import_module(f"{__name__}.{name}_command")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"arabesk-desk: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with ``only`` that one: a command imports just what
    it needs (``check`` need not load the log store or the signing keys)."""
    parser = _Parser(
        prog="arabesk-desk",
        description="Arabesk Desk: write social-media posts with De Arabesk's protocol at hand. "
        "Without a command, the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"arabesk-desk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in (only,) if only else command_names():
        command_module(name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    only = words[0] if words and words[0] in command_names() else None
    args = build_parser(only).parse_args(words)
    if args.command is None:
        build_parser().print_help()
        return EXIT_OK
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
