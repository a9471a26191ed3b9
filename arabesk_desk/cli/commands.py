"""Every ``arabesk-desk`` command, listed once: a frozen bundle keeps them, each loads when run.

A command is a module ``arabesk_desk/cli/<name>_command.py`` with ``NAME``,
``add_parser(subparsers)`` and a ``run`` it sets as the parser's default. Add its line here;
``tests/core/test_cli_registry.py`` fails while a command module is missing from this list.
The imports sit inside small functions so that ``check`` never loads the log store or the
signing keys, while freezers (PyInstaller, Nuitka) still see and keep every module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True, slots=True)
class Command:
    """A command's name, its one-line summary for ``--help``, and how to load its module."""

    name: str
    summary: str
    load: Callable[[], ModuleType]


def _check() -> ModuleType:
    from arabesk_desk.cli import check_command

    return check_command


def _doctor() -> ModuleType:
    from arabesk_desk.cli import doctor_command

    return doctor_command


def _consent() -> ModuleType:
    from arabesk_desk.cli import consent_command

    return consent_command


def _incident() -> ModuleType:
    from arabesk_desk.cli import incident_command

    return incident_command


def _languagetool() -> ModuleType:
    from arabesk_desk.cli import languagetool_command

    return languagetool_command


def _log() -> ModuleType:
    from arabesk_desk.cli import log_command

    return log_command


def _policy() -> ModuleType:
    from arabesk_desk.cli import policy_command

    return policy_command


def _review() -> ModuleType:
    from arabesk_desk.cli import review_command

    return review_command


COMMANDS: dict[str, Command] = {
    command.name: command
    for command in (
        Command("check", "check a post against the protocol", _check),
        Command("consent", "import and look up the photo-consent register", _consent),
        Command(
            "doctor",
            "check that every component works and say what to do when one does not",
            _doctor,
        ),
        Command("incident", "record incidents and make the yearly overview", _incident),
        Command("languagetool", "install LanguageTool from a downloaded zip", _languagetool),
        Command("log", "verify, search, export or import the log of published posts", _log),
        Command(
            "policy",
            "check the school policy; write its digital rules and measures for an audience",
            _policy,
        ),
        Command("review", "reviewer keys and the review folder", _review),
    )
}
