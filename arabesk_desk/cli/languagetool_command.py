"""``arabesk-desk languagetool install ZIP``: put a downloaded LanguageTool where the app looks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.exit_codes import ExitCode
from arabesk_desk.paths import data_paths, machine_languagetool_dir
from arabesk_desk.spelling.languagetool_zip import (
    InstallError,
    expected_sha256,
    install_zip,
    known_releases,
    version_from_name,
)

NAME = "languagetool"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="Install LanguageTool (better Dutch grammar checks) from the release zip "
        "ICT downloaded from languagetool.org, after checking its SHA-256 against the value "
        "language-tool-python ships. It needs Java 17 or newer to run.",
    )
    actions = parser.add_subparsers(dest="languagetool_action", metavar="ACTION", required=True)
    install = actions.add_parser(
        "install",
        help="check and unpack a LanguageTool-<version>.zip",
        description="Exit 0 when installed, 1 when refused (the message says why), 2 on bad "
        "usage. Without --target or --machine the zip goes to this user's data folder.",
    )
    install.add_argument("zip", type=Path, nargs="?", help="the LanguageTool-<version>.zip")
    where = install.add_mutually_exclusive_group()
    where.add_argument(
        "--machine",
        action="store_true",
        help=f"install for every user of this computer, in {machine_languagetool_dir()} "
        "(needs administrator rights)",
    )
    where.add_argument("--target", type=Path, help="install into this folder instead")
    install.add_argument("--version", help="LanguageTool version (default: from the file name)")
    install.add_argument(
        "--show-hash", action="store_true", help="print the expected SHA-256 and stop"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.zip is None and not args.show_hash:
        print("arabesk-desk languagetool install: give the LanguageTool zip", file=sys.stderr)
        return ExitCode.USAGE
    try:
        return _install(args)
    except InstallError as exc:
        print(f"arabesk-desk languagetool install: {exc}", file=sys.stderr)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"arabesk-desk languagetool install: {exc.strerror or exc}{where}", file=sys.stderr)
    return ExitCode.PROBLEM


def _install(args: argparse.Namespace) -> int:
    releases = known_releases()
    default = releases.default_version
    version = args.version or (version_from_name(args.zip, default) if args.zip else default)
    expected = expected_sha256(version, releases)
    if args.show_hash:
        print(f"LanguageTool-{version}.zip  SHA-256 {expected}")
        return ExitCode.OK
    target = _target(args)
    folder = install_zip(args.zip, target, version, expected)
    print(f"LanguageTool {version} installed in {folder}")
    if args.target:
        print(f'Set "LanguageTool folder" in the app\'s settings to {args.target}.')
    print("Check it with: arabesk-desk doctor --start-languagetool")
    return ExitCode.OK


def _target(args: argparse.Namespace) -> Path:
    if args.target:
        return Path(args.target).expanduser()
    if args.machine:
        return machine_languagetool_dir()
    return data_paths().languagetool_dir
