"""``arabesk-desk log``: verify, search, export and import the log of what was published."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO, Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.exit_codes import ExitCode
from arabesk_desk.cli.log_import import run_import
from arabesk_desk.cli.log_verify import add_verify, run_repair_index, run_verify
from arabesk_desk.paths import data_paths
from arabesk_desk.store import LogEntry, LogFilter, Store, StoreError
from arabesk_desk.store.export import entry_json, write_csv, write_json
from arabesk_desk.store.timeline_import import TimelineError
from arabesk_desk.visible_text import visible
from checks import Capacity, PackError, Role

NAME = "log"
MAX_SEARCH_LIMIT = 100_000


class UsageProblem(Exception):
    """Bad input for a log command; the message is one line for the user."""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="The tamper-evident log of what was published. Exit 0: done (for verify: "
        "the chain is intact); 1: verify found a bad entry; 2: bad usage, bad input or a "
        "database that cannot be opened.",
    )
    parser.add_argument("--database", type=Path, help="the log database (default: data folder)")
    actions = parser.add_subparsers(dest="log_action", metavar="ACTION", required=True)
    add_verify(actions)
    _add_search(actions)
    _add_export(actions)
    _add_import(actions)
    parser.set_defaults(run=run)


def _add_search(actions: Any) -> None:
    search = actions.add_parser("search", help="search text, author and channels")
    search.add_argument("query", help="words that must all occur (a word's start is enough)")
    _add_filters(search)
    search.add_argument(
        "--limit",
        type=_limit,
        default=50,
        help=f"at most this many, 1 to {MAX_SEARCH_LIMIT:,} (default 50)",
    )
    search.add_argument("--format", choices=["text", "json"], default="text", dest="output")


def _add_export(actions: Any) -> None:
    export = actions.add_parser("export", help="write the log as CSV or JSON")
    export.add_argument("--format", choices=["csv", "json"], required=True, dest="output")
    export.add_argument("--output", "-o", type=Path, dest="file", help="file (default: stdout)")
    _add_filters(export)


def _add_import(actions: Any) -> None:
    imported = actions.add_parser(
        "import",
        help="import a timeline: an X archive's tweets.js, Mastodon outbox.json, LinkedIn "
        "Shares.csv, or the .zip export holding it",
        description="Import posts published before Arabesk Desk: each is checked against the "
        "protocol now and logged as 'imported' with its findings. Importing the same file again "
        "adds nothing.",
    )
    imported.add_argument("file", type=Path)
    imported.add_argument("--author", default="", help="whose posts these are")
    imported.add_argument(
        "--capacity", choices=[str(c) for c in Capacity], default=str(Capacity.OFFICIAL)
    )
    imported.add_argument("--role", choices=[str(r) for r in Role], default=str(Role.STAFF))
    imported.add_argument("--policy", type=Path, help="a school policy file (TOML)")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_date, help="from this date (YYYY-MM-DD), inclusive")
    parser.add_argument("--until", type=_date, help="up to this date (YYYY-MM-DD), inclusive")
    parser.add_argument("--channel")
    parser.add_argument("--capacity", choices=[str(c) for c in Capacity])
    parser.add_argument("--author")
    parser.add_argument(
        "--overridden", action="store_true", help="only entries with overridden findings"
    )


def _limit(text: str) -> int:
    """A whole number from 1 to :data:`MAX_SEARCH_LIMIT`; anything else is a usage error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_SEARCH_LIMIT:
        raise argparse.ArgumentTypeError(
            f"{text} is out of range: give a number from 1 to {MAX_SEARCH_LIMIT}"
        )
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-01") from None


def run(args: argparse.Namespace) -> int:
    path = args.database or data_paths().database
    action: Callable[[Store, argparse.Namespace], int] = ACTIONS[args.log_action]
    try:
        with Store.open(path, create=args.log_action == "import") as store:
            return action(store, args)
    except StoreError as exc:
        print(f"arabesk-desk log: {exc.message_en}", file=sys.stderr)
        return ExitCode.USAGE
    except (UsageProblem, TimelineError, PackError) as exc:
        print(f"arabesk-desk log: {exc}", file=sys.stderr)
        return ExitCode.USAGE


def run_search(store: Store, args: argparse.Namespace) -> int:
    found = store.search(args.query, _filters(args), limit=args.limit)
    if args.output == "json":
        for entry in found:
            print(json.dumps(entry_json(entry), ensure_ascii=False))
        return ExitCode.OK
    for entry in found:
        print(_summary_line(entry))
    print(f"{len(found)} entr{'y' if len(found) == 1 else 'ies'} found.", file=sys.stderr)
    return ExitCode.OK


def _summary_line(entry: LogEntry) -> str:
    item = entry.item
    text = " ".join(item.text.split())
    text = text if len(text) <= 70 else text[:69] + "…"
    kind = "" if item.kind == "published" else f" [{item.kind}]"
    when = item.published_at[:16].replace("T", " ")
    channels, author = visible(",".join(item.channels)), visible(item.author)
    return f"{entry.seq:>6}  {visible(when)}  {channels:<10} {author}{kind}: {visible(text)}"


def run_export(store: Store, args: argparse.Namespace) -> int:
    found = store.entries(_filters(args), newest_first=False)
    if args.file is None:
        return _export_to(sys.stdout, store, found, args.output)
    try:
        with args.file.open("w", encoding="utf-8", newline="") as out:
            _export_to(out, store, found, args.output)
    except OSError as exc:
        raise UsageProblem(f"cannot write '{args.file}': {exc.strerror or exc}") from None
    print(f"{len(found)} entries written to {args.file}.", file=sys.stderr)
    return ExitCode.OK


def _export_to(out: IO[str], store: Store, found: list[LogEntry], output: str) -> int:
    if output == "json":
        write_json(found, out, (store.count(), store.head_hash()))
    else:
        write_csv(found, out)
    return ExitCode.OK


def _filters(args: argparse.Namespace) -> LogFilter:
    return LogFilter(
        since=args.since,
        until=args.until,
        channel=args.channel,
        capacity=args.capacity,
        author=args.author,
        has_overrides=True if args.overridden else None,
    )


ACTIONS: dict[str, Callable[[Store, argparse.Namespace], int]] = {
    "verify": run_verify,
    "repair-index": run_repair_index,
    "search": run_search,
    "export": run_export,
    "import": run_import,
}
