"""``arabesk-desk check``: the scriptable face of the checking engine."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, TypeVar

from arabesk_desk.attachment_kinds import AttachmentProblem, media_kind
from arabesk_desk.bounded_input import InputLimitError, read_stream_bounded
from arabesk_desk.cli.check_batch import (
    BadLineCounter,
    BatchInputError,
    BatchLine,
    BatchTooLarge,
    batch_lines,
    error_line,
    json_line,
    parse_batch_line,
)
from arabesk_desk.cli.check_consent import ConsentUnavailable, consent_in_store
from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.exit_codes import ExitCode
from arabesk_desk.post_checker import PostChecker, load_post_checker
from checks import Capacity, CheckContext, Finding, PackError, ReplyTo, Role
from checks.channels import UnknownChannel, resolve_channel
from checks.finding import summarize

NAME = "check"
MAX_TEXT_BYTES = 2 << 20  # a long newsletter is 50 kB; 2 MB checks in seconds, not minutes

_Choice = TypeVar("_Choice", bound=StrEnum)


class InputError(Exception):
    """Input the command cannot check; the message is one line for the user."""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="Check a post (or a JSONL batch of posts) against De Arabesk's "
        "social-media protocol. Exit 0: no error-level finding; 1: at least one; "
        "2: bad usage or unreadable input.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE|-",
        help="the post as a UTF-8 text file, or - for standard input (default)",
    )
    parser.add_argument("--channel", default="x", help="channel to check for (default: x)")
    parser.add_argument("--capacity", choices=[str(c) for c in Capacity], default="personal")
    parser.add_argument("--role", choices=[str(r) for r in Role], default="staff")
    parser.add_argument(
        "--reply-to",
        choices=[str(r) for r in ReplyTo],
        default=None,
        help="the post answers a parent, pupil, colleague or someone else (guideline 4); "
        "without it, replies are recognised from the text",
    )
    parser.add_argument(
        "--policy",
        type=Path,
        help="a school policy file (TOML); where ICT placed a machine-wide policy, this file "
        "may only add [terms] to it",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", dest="output")
    parser.add_argument(
        "--batch",
        action="store_true",
        help='input is JSONL: one {"id", "text", "channel"?, "capacity"?, '
        '"role"?, "reply_to"?} per line; output is JSONL',
    )
    parser.add_argument(
        "--no-spelling", action="store_true", help="skip the spelling and grammar engines"
    )
    parser.add_argument(
        "--suggestions",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="give spelling findings Hunspell's suggestions (slow: about 0.2 s per unknown "
        "word); default: yes for one post, no for --batch",
    )
    parser.add_argument(
        "--attachment",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="a photo or video that goes with the post (repeatable): pupils it names or "
        "--pictured marks are checked against the photo-consent register",
    )
    parser.add_argument(
        "--pictured",
        action="append",
        default=[],
        metavar="NAME",
        help="a pupil who is in the photo or video (repeatable)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        checker = load_post_checker(args.policy, spelling=not args.no_spelling)
    except PackError as exc:
        print(f"arabesk-desk check: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    try:
        return check_input(checker, args)
    finally:
        checker.close()  # stops LanguageTool; keeps the spelling verdicts for the next run


def check_input(checker: PostChecker, args: argparse.Namespace) -> int:
    try:
        with open_input(args.file) as stream:
            if args.batch:
                return run_batch(checker, stream, args, sys.stdout)
            context = with_media(
                make_context(checker, args.channel, args.capacity, args.role, args.reply_to),
                args,
            )
            text = decode(read_stream_bounded(stream, MAX_TEXT_BYTES, "the input"))
    except (
        InputError,
        InputLimitError,
        UnknownChannel,
        BatchTooLarge,
        AttachmentProblem,
        ConsentUnavailable,
    ) as exc:
        print(f"arabesk-desk check: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    findings = checker.check(text, context, spelling_suggestions=wants_suggestions(args))
    if args.output == "json":
        sys.stdout.write(json_line(result_json(findings)))
    else:
        sys.stdout.write(render_text(text, findings, checker))
    return ExitCode.PROBLEM if has_errors(findings) else ExitCode.OK


def wants_suggestions(args: argparse.Namespace) -> bool:
    """Spelling suggestions only where the output needs them: asked for, or one post."""
    chosen = getattr(args, "suggestions", None)
    return (not args.batch) if chosen is None else bool(chosen)


@contextmanager
def open_input(name: str) -> Iterator[IO[bytes]]:
    """Standard input or the named file as a byte stream; nothing is read yet."""
    if name == "-":
        yield sys.stdin.buffer
        return
    path = Path(name)
    if path.is_dir():
        raise InputError(f"'{name}' is a folder, not a text file")
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(f"'{name}' does not exist") from None
    except OSError as exc:
        raise InputError(f"cannot read '{name}': {exc.strerror or exc}") from None
    with handle:
        yield handle


def decode(raw: bytes) -> str:
    """UTF-8 text (a BOM is allowed); binary data and other encodings are refused."""
    if b"\x00" in raw:
        raise InputError("the input looks like a binary file (it contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the input is not valid UTF-8 (byte {exc.start}); save it as UTF-8 and try again"
        ) from None
    return text.replace("\r\n", "\n")


def make_context(
    checker: PostChecker, channel: str, capacity: str, role: str, reply_to: str | None = None
) -> CheckContext:
    capacity_value = _choice(Capacity, "capacity", capacity)
    role_value = _choice(Role, "role", role)
    reply_value = None if reply_to is None else _choice(ReplyTo, "reply_to", reply_to)
    resolved = resolve_channel(checker.engine.channels, channel)
    return CheckContext(
        channel=resolved.name, capacity=capacity_value, role=role_value, reply_to=reply_value
    )


def _choice(kind: type[_Choice], name: str, value: str) -> _Choice:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(member) for member in kind)
        raise InputError(f"{name} '{value}' is not one of: {allowed}") from None


def with_media(context: CheckContext, args: argparse.Namespace) -> CheckContext:
    """The attachments' kinds, who is pictured, and (with a photo or video) the school's
    photo-consent register from the data folder."""
    media = tuple(media_kind(path) for path in args.attachment)
    if not media:
        return context
    return replace(context, media=media, pictured=tuple(args.pictured), consent=consent_in_store())


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def result_json(findings: list[Finding]) -> dict[str, Any]:
    return {"findings": [f.to_dict() for f in findings], "summary": summarize(findings)}


def run_batch(
    checker: PostChecker, stream: IO[bytes], args: argparse.Namespace, out: IO[str]
) -> int:
    """One JSON result per input line; a bad line gets an error result and the rest goes on."""
    worst, bad_lines = ExitCode.OK, BadLineCounter()
    suggestions = wants_suggestions(args)
    for line in batch_lines(stream):
        try:
            if isinstance(line, BatchInputError):
                raise line
            item_id, text, context = _batch_item(checker, line, args)
        except BatchInputError as exc:
            out.write(error_line(exc))
            worst = ExitCode.USAGE
            bad_lines.bad(exc.number)
            continue
        bad_lines.good()
        findings = checker.check(text, context, spelling_suggestions=suggestions)
        out.write(json_line({"id": item_id, **result_json(findings)}))
        if has_errors(findings) and worst == ExitCode.OK:
            worst = ExitCode.PROBLEM
    return worst


def _batch_item(
    checker: PostChecker, line: BatchLine, args: argparse.Namespace
) -> tuple[Any, str, CheckContext]:
    item = parse_batch_line(line)
    try:
        context = make_context(
            checker,
            str(item.get("channel", args.channel)),
            str(item.get("capacity", args.capacity)),
            str(item.get("role", args.role)),
            _optional_text(item.get("reply_to", args.reply_to)),
        )
    except (InputError, UnknownChannel) as exc:
        raise BatchInputError(line.number, str(exc)) from None
    return item["id"], item["text"], context


def _optional_text(value: Any) -> str | None:
    return None if value is None else str(value)


def render_text(text: str, findings: list[Finding], checker: PostChecker) -> str:
    """Readable output: where, how bad, the words, the message, the guideline, the fixes."""
    lines = []
    for finding in findings:
        line, column = _line_column(text, finding.start)
        words = text[finding.start : finding.end].replace("\n", " ")
        if len(words) > 60:
            words = words[:57] + "…"
        guideline = f" [richtlijn {finding.guideline}]" if finding.guideline else ""
        lines.append(
            f"{line}:{column}: {finding.severity}{guideline} {finding.rule}: "
            f'"{words}" {finding.message}'
        )
        if finding.suggestions:
            lines.append(f"    suggestie: {' | '.join(finding.suggestions[:5])}")
    counts = summarize(findings)
    lines.append(
        f"{len(findings)} finding(s): {counts['error']} error, {counts['warning']} "
        f"warning, {counts['info']} info. {checker.describe_engines()}"
    )
    return "\n".join(lines) + "\n"


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
