"""``arabesk-desk consent``: the photo-consent register (AVG), imported from the pupil
administration's export and looked up by name."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.exit_codes import ExitCode
from arabesk_desk.cli.register_access import opened_store
from arabesk_desk.consent_import import import_consent
from arabesk_desk.store import Store, StoreError
from arabesk_desk.visible_text import visible
from checks import PackError
from checks.consent import ConsentRecord

NAME = "consent"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="Photo consent per pupil and use (website, social media, newsletter, …). "
        "Exit 0: done; 1: show found no such pupil; 2: bad input (the file and line are "
        "named) or a database that cannot be used. A bad export changes nothing.",
    )
    actions = parser.add_subparsers(dest="consent_action", metavar="ACTION", required=True)
    imported = actions.add_parser(
        "import", help="replace the register with an export (CSV: a row per pupil)"
    )
    imported.add_argument("file", type=Path)
    show = actions.add_parser("show", help="a pupil's consent per use")
    show.add_argument("name", help="the pupil's full name, or a first name")
    show.add_argument("--format", choices=["text", "json"], default="text", dest="output")
    for action in (imported, show):
        action.add_argument("--database", type=Path, help="the database (default: data folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.consent_action == "import":
            records = import_consent(args.file)  # the whole file is read before anything
            with opened_store(args, create=True) as store:
                return _import(store, records, args.file)
        with opened_store(args, create=False) as store:
            return _show(store, args)
    except (PackError, StoreError) as exc:
        message = exc.message_en if isinstance(exc, StoreError) else str(exc)
        print(f"arabesk-desk consent: {visible(message)}", file=sys.stderr)
        print("Nothing was changed.", file=sys.stderr)
        return ExitCode.USAGE


def _import(store: Store, records: tuple[ConsentRecord, ...], file: Path) -> int:
    summary = store.import_consent(records, file.name)
    uses = sorted({use for record in records for use, _ in record.uses})
    print(
        f"{summary.pupils} {'pupil' if summary.pupils == 1 else 'pupils'} imported "
        f"({', '.join(uses)}): {len(summary.added)} new, "
        f"{len(summary.removed)} gone, {len(summary.changed)} changed."
    )
    for line in summary.changed:
        print(f"  changed: {visible(line)}")
    return ExitCode.OK


def _show(store: Store, args: argparse.Namespace) -> int:
    found = store.consent_book().find(args.name)
    if args.output == "json":
        print(json.dumps([_json(r) for r in found], ensure_ascii=False))
    for record in found if args.output == "text" else ():
        group = f" ({record.group})" if record.group else ""
        uses = ", ".join(f"{use}: {'ja' if ok else 'nee'}" for use, ok in record.uses)
        print(visible(f"{record.full_name}{group}: {uses}"))
    if not found:
        print(f"No pupil '{visible(args.name)}' in the consent register.", file=sys.stderr)
        return ExitCode.PROBLEM
    return ExitCode.OK


def _json(record: ConsentRecord) -> dict[str, object]:
    return {
        "name": record.full_name,
        "group": record.group,
        "number": record.number,
        "uses": dict(record.uses),
    }
