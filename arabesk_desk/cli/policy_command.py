"""``arabesk-desk policy``: check the school policy, and write the school's text about its
digital rules and measures for staff, pupils or parents (guidelines 9 and 10)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.output_files import OutputProblem, write_text_output
from arabesk_desk.machine_policy import load_policy_in_force
from arabesk_desk.measures import AUDIENCES
from arabesk_desk.paths import data_paths
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.reports.audience_text import audience_document, readability_findings
from arabesk_desk.reports.document import Document, PdfWriterLoader, as_text
from arabesk_desk.user_settings import load_settings
from checks import PackError, load_engine

NAME = "policy"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="The school policy in force (ICT's machine-wide one, or --policy, or the "
        "one in the settings). Exit 0: done; 1: the text reads harder than B1 (it is still "
        "written); 2: bad usage or a policy that cannot be used (file and line named).",
    )
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate the policy and summarise its measures")
    check.add_argument("--policy", type=Path, help="the policy file (default: in force)")
    communicate = actions.add_parser(
        "communicate",
        help="the school's text for one audience about its digital rules and measures",
    )
    communicate.add_argument("--audience", choices=AUDIENCES, required=True)
    communicate.add_argument("--format", choices=["text", "pdf"], default="text", dest="output")
    communicate.add_argument(
        "--output", "-o", type=Path, dest="file", help="file (default: stdout; PDF needs one)"
    )
    communicate.add_argument("--policy", type=Path, help="the policy file (default: in force)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        policy = _policy(args.policy)
        if args.policy_action == "check":
            return _check(policy)
        return _communicate(policy, args)
    except PackError as exc:
        print(f"arabesk-desk policy: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputProblem as exc:
        print(f"arabesk-desk policy: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _policy(path: Path | None) -> SchoolPolicy:
    if path is None:
        settings, _problem = load_settings(data_paths().settings_file)
        own = settings.policy_file.strip()
        path = Path(own).expanduser() if own else None
    return load_policy_in_force(path).policy


def _check(policy: SchoolPolicy) -> int:
    measures = policy.measures
    where = policy.path or "the app's defaults"
    print(f"OK: the policy ({where}) can be used.")
    print(
        f"Measures: {len(measures.violations)} violation types, {len(measures.actions)} "
        f"measures; incident details are kept {measures.retention_years} year(s)."
    )
    for violation in measures.violations.values():
        per_group = "; ".join(
            f"{audience}: {', '.join(violation.measures[audience]) or '-'}"
            for audience in AUDIENCES
        )
        print(f"  {violation.id}: {per_group}")
    return EXIT_OK


def _communicate(policy: SchoolPolicy, args: argparse.Namespace) -> int:
    document = audience_document(policy.measures, policy.school_name, args.audience)
    if args.output == "pdf":
        _write_pdf(document, args.file, getattr(args, "pdf_writer", None))
    else:
        write_text_output(as_text(document), args.file)
    return _say_readability(document, policy)


def _write_pdf(document: Document, path: Path | None, loader: PdfWriterLoader | None) -> None:
    if path is None:
        raise OutputProblem("a PDF needs a file: give --output FILE.pdf")
    if loader is None:
        raise OutputProblem(
            "PDF output needs the app's Qt part: run it as 'arabesk-desk', not as "
            "'python -m arabesk_desk'"
        )
    try:
        loader()(document, path)
    except OSError as exc:
        raise OutputProblem(f"cannot write '{path}': {exc.strerror or exc}") from None
    print(f"PDF written to {path}.", file=sys.stderr)


def _say_readability(document: Document, policy: SchoolPolicy) -> int:
    text = as_text(document)
    findings = readability_findings(document, load_engine(policy.engine_settings()))
    for finding in findings:
        excerpt = " ".join(text[finding.start : finding.end].split())[:80]
        print(f'readability: {finding.message_en} "{excerpt}"', file=sys.stderr)
    if findings:
        print(
            "The text reads harder than B1: change the measures' wording in the policy.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    return EXIT_OK
