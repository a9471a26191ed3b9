"""``arabesk-desk doctor``: every component in plain words, with what to do about it."""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.exit_codes import ExitCode
from arabesk_desk.paths import DataPaths, data_paths
from arabesk_desk.spelling.dictionary import SETTINGS_KEY, dictionary_version, find_dictionary
from arabesk_desk.spelling.hunspell_checker import DictionaryLoadError, HunspellChecker
from arabesk_desk.spelling.languagetool_endpoint import PUBLIC_API_URL
from arabesk_desk.spelling.languagetool_finder import (
    MINIMUM_JAVA,
    find_java,
    find_languagetool,
)
from arabesk_desk.spelling.languagetool_server import languages_answer
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from arabesk_desk.user_settings import UserSettings, load_settings

NAME = "doctor"
INSTALL_HINT = (
    "download LanguageTool-<version>.zip from languagetool.org and run "
    "'arabesk-desk languagetool install LanguageTool-<version>.zip' (ICT: add --machine "
    "for every user; see packaging/README.md), or set a LanguageTool folder or school "
    "server in the settings"
)


class Level(StrEnum):
    OK = "ok"
    NOTE = "note"  # optional, the app runs without it
    PROBLEM = "problem"  # essential: the app cannot run properly


@dataclass(frozen=True, slots=True)
class Report:
    component: str
    level: Level
    summary: str
    advice: str = ""


@dataclass(frozen=True, slots=True)
class Machine:
    """What the checks look at; tests pass their own."""

    paths: DataPaths
    settings: UserSettings
    settings_problem: str | None
    start_languagetool: bool = False


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="Report on the data folder, rule packs, spelling dictionary, "
        "LanguageTool, Java and the keyring. Exit 0 when the app can run, 1 when "
        "something essential is broken.",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", dest="output")
    # The old spelling, kept so scripts written for it still work; --format is the one.
    parser.add_argument(
        "--json", action="store_const", const="json", dest="output", help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--start-languagetool",
        action="store_true",
        help="also start the local LanguageTool server once to see that it answers",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    paths = data_paths()
    settings, problem = load_settings(paths.settings_file)
    machine = Machine(paths, settings, str(problem) if problem else None, args.start_languagetool)
    reports = diagnose(machine)
    sys.stdout.write(render_json(reports) if args.output == "json" else render_text(reports))
    return ExitCode.PROBLEM if any(r.level is Level.PROBLEM for r in reports) else ExitCode.OK


def diagnose(machine: Machine) -> list[Report]:
    checks: list[Callable[[Machine], Report]] = [
        check_data_folder,
        check_settings,
        check_rule_packs,
        check_review,
        check_dictionary,
        check_personal_words,
        check_languagetool,
        check_java,
        check_keyring,
    ]
    return [check(machine) for check in checks]


def check_data_folder(machine: Machine) -> Report:
    root = machine.paths.root
    probe = root / f".doctor-{uuid.uuid4().hex}"
    try:
        machine.paths.ensure()
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        return Report(
            "Data folder",
            Level.PROBLEM,
            f"{root} cannot be written ({exc.strerror or exc})",
            "give this user write access to it, or set ARABESK_DESK_HOME to a folder they own",
        )
    return Report("Data folder", Level.OK, f"{root} (writable)")


def check_settings(machine: Machine) -> Report:
    if machine.settings_problem:
        return Report(
            "Settings",
            Level.NOTE,
            machine.settings_problem,
            "defaults are used; open the settings in the app and save them again",
        )
    where = machine.paths.settings_file
    state = "read" if where.exists() else "not written yet; defaults are used"
    return Report("Settings", Level.OK, f"{where} ({state})")


def check_rule_packs(machine: Machine) -> Report:
    from arabesk_desk.machine_policy import load_policy_in_force
    from checks import PackError, load_engine

    policy_file = machine.settings.policy_file.strip()
    try:
        in_force = load_policy_in_force(Path(policy_file).expanduser() if policy_file else None)
        engine = load_engine(in_force.policy.engine_settings())
    except PackError as exc:
        return Report(
            "Rule packs", Level.PROBLEM, str(exc), "correct the file and line named above"
        )
    if in_force.managed:
        own = f", with this user's terms from {policy_file}" if policy_file else ""
        source = f" with the machine-wide policy {in_force.machine_file} (set by ICT){own}"
    else:
        source = f" with the school policy {policy_file}" if policy_file else ""
    return Report("Rule packs", Level.OK, f"{len(engine.rules)} rules loaded{source}")


def check_review(machine: Machine) -> Report:
    """Who can approve posts and where requests go: the same gaps the app shows an author."""
    from arabesk_desk.machine_policy import load_policy_in_force
    from arabesk_desk.policy import PolicyError
    from arabesk_desk.review.readiness import (
        ICT_STEPS,
        POLICY_FOLDER_STEP,
        ReviewGap,
        review_readiness,
    )

    policy_file = machine.settings.policy_file.strip()
    try:  # the policy in force: ICT's machine-wide one (with its review folder) or the user's
        policy = load_policy_in_force(
            Path(policy_file).expanduser() if policy_file else None
        ).policy
    except PolicyError:
        return Report("Review", Level.NOTE, "not checked: the school policy cannot be read")
    ready = review_readiness(policy.review, machine.settings.review_folder, machine.paths.root)
    where = f"review folder {ready.folder}" + ("" if ready.shared_folder else " (this laptop only)")
    if ReviewGap.NO_REVIEWERS in ready.gaps:
        return Report(
            "Review",
            Level.NOTE,
            "not set up: the school policy names no reviewer, so posts that need a leader's "
            "approval (by default official posts by staff and posts with an overridden error) "
            f"cannot be published; {where}",
            ICT_STEPS[ReviewGap.NO_REVIEWERS],
        )
    if ReviewGap.FOLDER_UNREACHABLE in ready.gaps:
        return Report(
            "Review",
            Level.NOTE,
            f"the {where} cannot be reached",
            POLICY_FOLDER_STEP if ready.set_by_policy else ICT_STEPS[ReviewGap.FOLDER_UNREACHABLE],
        )
    names = ", ".join(ready.reviewers)
    return Report("Review", Level.OK, f"{len(ready.reviewers)} reviewer(s): {names}; {where}")


def check_dictionary(machine: Machine) -> Report:
    search = find_dictionary(str(machine.settings.extra.get(SETTINGS_KEY, "")))
    if search.location is None:
        looked = ", ".join(str(p) for p in search.looked_in)
        return Report(
            "Dutch dictionary",
            Level.PROBLEM,
            f"no nl_NL.aff/nl_NL.dic found (looked in {looked})",
            "reinstall Arabesk Desk: the OpenTaal dictionary ships with it",
        )
    checker = HunspellChecker(search.location, PersonalDictionary(Path(os.devnull)))
    try:
        works = checker.is_correct("school") and not checker.is_correct("gelezzen")
    except DictionaryLoadError as exc:
        return Report("Dutch dictionary", Level.PROBLEM, str(exc), "reinstall Arabesk Desk")
    version = dictionary_version(search.location)
    summary = f"Hunspell with OpenTaal {version} ({search.location.origin}: {search.location.dic})"
    if not works:
        return Report("Dutch dictionary", Level.PROBLEM, summary + " gives wrong answers")
    return Report("Dutch dictionary", Level.OK, summary)


def check_personal_words(machine: Machine) -> Report:
    words = PersonalDictionary(machine.paths.personal_dictionary)
    if words.problem:
        return Report("Personal word list", Level.NOTE, words.problem, "save the file as UTF-8")
    return Report(
        "Personal word list",
        Level.OK,
        f"{len(words.words)} word(s) in {machine.paths.personal_dictionary}",
    )


def check_languagetool(machine: Machine) -> Report:
    settings = machine.settings
    if settings.languagetool_server.strip():
        url = settings.languagetool_server.strip()
        if languages_answer(url, timeout=5.0, local=False):
            return Report("LanguageTool", Level.OK, f"the school server {url} answers")
        return Report(
            "LanguageTool",
            Level.NOTE,
            f"the school server {url} does not answer",
            "check the address and the network; meanwhile Hunspell checks spelling",
        )
    if settings.languagetool_public_api:
        return Report(
            "LanguageTool",
            Level.NOTE,
            f"the public LanguageTool API ({PUBLIC_API_URL}) is switched on: "
            "the text of posts leaves this computer",
            "switch it off in the settings unless the school chose this",
        )
    return _local_languagetool(machine)


def _local_languagetool(machine: Machine) -> Report:
    search = find_languagetool(machine.settings.languagetool_dir, machine.paths.languagetool_dir)
    if search.install is None:
        looked = ", ".join(str(p) for p in search.looked_in)
        return Report(
            "LanguageTool",
            Level.NOTE,
            f"not installed (looked in {looked}); Hunspell checks spelling, grammar is not checked",
            INSTALL_HINT,
        )
    summary = f"found in {search.install.folder} ({search.install.origin})"
    if not machine.start_languagetool:
        return Report(
            "LanguageTool", Level.OK, summary + "; run with --start-languagetool to try it"
        )
    return _try_local_server(machine, summary)


def _try_local_server(machine: Machine, summary: str) -> Report:
    from arabesk_desk.spelling.languagetool_setup import local_endpoint_or_reason

    lane = local_endpoint_or_reason(machine.settings, machine.paths)
    if isinstance(lane, str):
        return Report("LanguageTool", Level.NOTE, f"{summary}, but {lane}", "see Java below")
    try:
        ready = lane.wait_ready(180.0)
        reason = lane.state().reason
    finally:
        lane.close()
    if ready:
        return Report("LanguageTool", Level.OK, f"{summary}; the server started and answered")
    return Report(
        "LanguageTool",
        Level.NOTE,
        f"{summary}, but the server did not start: {reason}",
        "install it again with 'arabesk-desk languagetool install'; meanwhile Hunspell "
        "checks spelling",
    )


def check_java(machine: Machine) -> Report:
    java = find_java()
    if java is None:
        return Report(
            "Java",
            Level.NOTE,
            "not found on PATH or in JAVA_HOME (only LanguageTool needs it)",
            f"install a Java {MINIMUM_JAVA}+ runtime (e.g. Eclipse Temurin) if LanguageTool "
            "is to run on this computer",
        )
    described = f"{java.version_text or 'unknown version'} at {java.path}"
    if not java.recent_enough:
        return Report(
            "Java",
            Level.NOTE,
            f"{described} is too old for LanguageTool",
            f"install Java {MINIMUM_JAVA} or newer and put it first on PATH or in JAVA_HOME",
        )
    return Report("Java", Level.OK, described)


def check_keyring(machine: Machine) -> Report:
    from arabesk_desk.review.signing import keyring_name, keyring_problem

    problem = keyring_problem()
    if problem:
        return Report(
            "Keyring",
            Level.NOTE,
            f"no usable keyring backend ({problem}); signed reviews and the signed log are refused",
            "use a desktop session with a keyring (Windows Credential Manager, macOS "
            "Keychain, GNOME Keyring or KWallet); never a plain-file keyring",
        )
    return Report("Keyring", Level.OK, keyring_name())


def render_text(reports: list[Report]) -> str:
    lines = ["Arabesk Desk doctor", ""]
    for report in reports:
        lines.append(f"[{report.level:<7}] {report.component}: {report.summary}")
        if report.advice and report.level is not Level.OK:
            lines.append(f"          what to do: {report.advice}")
    problems = sum(r.level is Level.PROBLEM for r in reports)
    notes = sum(r.level is Level.NOTE for r in reports)
    verdict = (
        f"Something essential is broken ({problems} problem(s)): fix it before using the app."
        if problems
        else "The app can run."
    )
    lines += ["", f"{verdict} {notes} note(s)."]
    return "\n".join(lines) + "\n"


def render_json(reports: list[Report]) -> str:
    items = [{**asdict(r), "level": str(r.level)} for r in reports]
    can_run = not any(r.level is Level.PROBLEM for r in reports)
    return json.dumps({"can_run": can_run, "components": items}, ensure_ascii=False) + "\n"
