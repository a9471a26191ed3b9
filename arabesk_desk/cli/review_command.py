"""``arabesk-desk review``: make a reviewer's key, and list or show the review folder."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.exit_codes import ExitCode
from arabesk_desk.machine_policy import load_policy_in_force
from arabesk_desk.paths import data_paths
from arabesk_desk.policy import PolicyError, SchoolPolicy
from arabesk_desk.review.diff import unified_diff
from arabesk_desk.review.folder import FolderState, ReviewCase, ReviewFolder, review_folder_path
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import (
    KeyringUnavailable,
    ReviewerSigner,
    create_reviewer_key,
    fingerprint,
    load_or_create_signer,
)
from arabesk_desk.user_settings import UserSettings, load_settings
from arabesk_desk.visible_text import visible, visible_lines

NAME = "review"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="Leaders' review: create a signing key, list requests, show one with its diff.",
    )
    actions = parser.add_subparsers(dest="review_action", metavar="ACTION", required=True)
    keygen = actions.add_parser(
        "keygen",
        help="create your signing key (kept in the OS keyring) and print the public key",
    )
    keygen.add_argument("--name", help="your name as the policy lists it (default: settings)")
    keygen.add_argument("--replace", action="store_true", help="replace an existing key")
    key = actions.add_parser(
        "key",
        help="print your public key (made on first use) as a policy snippet, and its fingerprint",
    )
    key.add_argument("--name", help="your name (default: settings)")
    for action, help_text in (("list", "list review requests"), ("show", "show one request")):
        sub = actions.add_parser(action, help=help_text)
        sub.add_argument("--folder", type=Path, help="the review folder (default: settings)")
        sub.add_argument("--policy", type=Path, help="the school policy (default: settings)")
        if action == "show":
            sub.add_argument("request_id", help="a request id, or its first characters")
        else:
            sub.add_argument("--pending", action="store_true", help="only undecided requests")
            sub.add_argument("--format", choices=["text", "json"], default="text", dest="output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings, problem = load_settings(data_paths().settings_file)
    if problem:
        print(f"arabesk-desk review: {problem}", file=sys.stderr)
    if args.review_action == "keygen":
        return run_keygen(args.name or settings.name, args.replace)
    if args.review_action == "key":
        return run_key(args.name or settings.name)
    try:
        review = _policy(args.policy, settings).review
        folder = ReviewFolder(_folder(args.folder, settings, review), review)
    except PolicyError as exc:
        print(f"arabesk-desk review: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    state = folder.load()
    for file_problem in state.problems:
        print(f"skipped {visible(str(file_problem))}", file=sys.stderr)
    if args.review_action == "list":
        return run_list(state, args.pending, args.output)
    return run_show(state, args.request_id)


def _folder(option: Path | None, settings: UserSettings, review: ReviewPolicy) -> Path:
    if option is not None:
        return option
    return review_folder_path(settings.review_folder, data_paths().root, review)


def _policy(option: Path | None, settings: UserSettings) -> SchoolPolicy:
    """The policy in force: ICT's machine-wide one (plus the user's terms) or the user's."""
    path = option or (Path(settings.policy_file).expanduser() if settings.policy_file else None)
    return load_policy_in_force(path).policy


def run_keygen(name: str, replace: bool) -> int:
    if not name.strip():
        print(
            "arabesk-desk review keygen: give --name (your name as in the policy)", file=sys.stderr
        )
        return ExitCode.USAGE
    try:
        signer = create_reviewer_key(name.strip(), replace=replace)
    except (KeyringUnavailable, FileExistsError) as exc:
        print(f"arabesk-desk review keygen: {exc}", file=sys.stderr)
        return ExitCode.PROBLEM
    _print_snippet(signer)
    return ExitCode.OK


def run_key(name: str) -> int:
    """The key this name signs with (requests, decisions, log entries), made if none yet."""
    if not name.strip():
        print(
            "arabesk-desk review key: give --name (or set your name in the settings)",
            file=sys.stderr,
        )
        return ExitCode.USAGE
    try:
        signer = load_or_create_signer(name.strip())
    except KeyringUnavailable as exc:
        print(f"arabesk-desk review key: {exc}", file=sys.stderr)
        return ExitCode.PROBLEM
    _print_snippet(signer)
    return ExitCode.OK


def _print_snippet(signer: ReviewerSigner) -> None:
    print("# Add this to the school policy (fingerprint " + fingerprint(signer.public_key) + "):")
    print("[[review.reviewers]]")
    print(f"name = {json.dumps(signer.reviewer, ensure_ascii=False)}")
    print(f'public_key = "{signer.public_key}"')


def run_list(state: FolderState, pending_only: bool, output: str) -> int:
    cases = state.pending() if pending_only else state.cases
    if output == "json":
        # ASCII escapes: valid JSON that cannot carry a raw escape code to a terminal.
        json.dump([_case_json(c) for c in cases], sys.stdout, ensure_ascii=True, indent=2)
        sys.stdout.write("\n")
        return ExitCode.OK
    for case in cases:
        request = case.request
        first_line = request.text.splitlines()[0] if request.text else ""
        print(
            f"{request.id[:8]}  {visible(request.created)}  {case.status:<18}  "
            f"{request.mode:<11}  {visible(request.author)}  "
            f"[{visible(', '.join(request.channels))}]  {visible(first_line[:50])}"
        )
    if not cases:
        print("no review requests" + (" waiting" if pending_only else ""))
    return ExitCode.OK


def _case_json(case: ReviewCase) -> dict[str, Any]:
    decision = case.valid_decision
    return {
        "request": case.request.to_dict(),
        "status": str(case.status),
        "decision": decision.to_dict() if decision else None,
        "rejected_decisions": [
            {"file": d.file_name, "reason": v.reason} for d, v in case.rejected_files
        ],
    }


def run_show(state: FolderState, prefix: str) -> int:
    matches = [c for c in state.cases if c.request.id.startswith(prefix.lower())]
    if len(matches) != 1:
        what = "no request" if not matches else f"{len(matches)} requests"
        print(f"arabesk-desk review show: {what} matching '{prefix}'", file=sys.stderr)
        return ExitCode.USAGE
    case = matches[0]
    request = case.request
    author = f"{visible(request.author)} (key {fingerprint(request.author_key)})"
    print(f"request {request.id} ({request.mode}, version {request.revision}) by {author}")
    print(f"channels: {visible(', '.join(request.channels))}; capacity: {request.capacity}")
    print(f"status: {case.status}")
    for reason in request.reasons:
        print(f"why review: {visible(reason)}")
    if request.message:
        print(f"message: {visible_lines(request.message)}")
    print("\n" + visible_lines(request.text) + "\n")
    for finding in request.finding_objects():
        print(f"  {finding.severity}: {visible(finding.message)} ({visible(finding.rule)})")
    previous = state.previous(request)
    if previous is not None:
        print("\nchanges since version " + str(previous.revision) + ":")
        print(visible_lines(unified_diff(previous.text, request.text)))
    for decision, verdict in case.decisions:
        mark = "valid" if verdict else "REJECTED"
        said = f"{decision.outcome} by {visible(decision.reviewer)}: {visible(decision.comment)}"
        print(f"\ndecision [{mark}]: {said}")
        if not verdict:
            print(f"  {visible(verdict.reason)}")
    return ExitCode.OK
