"""``arabesk-desk incident``: the incident register (guideline 10) and its yearly overview."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.cli.output_files import OutputProblem, write_text_output
from arabesk_desk.cli.register_access import (
    Action,
    add_common,
    opened_store,
    policy_in_force,
    user_name,
)
from arabesk_desk.incidents import (
    CHANNELS,
    STATUSES,
    Incident,
    IncidentProblem,
    checked_details,
    checked_fields,
    measure_fits,
)
from arabesk_desk.measures import GROUPS
from arabesk_desk.paths import data_paths
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.reports.year_overview import overview_document, overview_rows
from arabesk_desk.store import Store, StoreError
from arabesk_desk.store.incident_register import year_overview
from arabesk_desk.visible_text import visible
from checks import PackError

NAME = "incident"
EXIT_OK, EXIT_USAGE = 0, 2
MAX_SCREENSHOT_BYTES = 200 << 20


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME,
        help=COMMANDS[NAME].summary,
        description="The incident register: minimal personal data, a hash-chained history, "
        "details erased after the policy's retention period. Exit 0: done; 2: bad input "
        "(unknown type or measure, a future date, …) or a database that cannot be used.",
    )
    actions = parser.add_subparsers(dest="incident_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record an incident; prints its id")
    add.add_argument("--date", required=True, help="when it happened (YYYY-MM-DD)")
    add.add_argument("--group", required=True, choices=list(GROUPS))
    add.add_argument("--type", required=True, help="a violation type from the policy")
    add.add_argument("--channel", required=True, help=f"one of: {', '.join(CHANNELS)}")
    add.add_argument("--measure", required=True, help="a measure from the policy")
    _add_details(add)
    add.add_argument("--status", choices=list(STATUSES), default="open")
    add.add_argument("--screenshot", type=Path, help="kept as its SHA-256 only …")
    add.add_argument(
        "--keep-screenshot", action="store_true", help="… unless you keep the file itself"
    )
    update = actions.add_parser("update", help="change an incident (a new event on its history)")
    update.add_argument("id")
    update.add_argument("--status", choices=list(STATUSES))
    update.add_argument("--measure", help="a measure from the policy")
    _add_details(update)
    erase = actions.add_parser("erase", help="erase an incident's personal details now")
    erase.add_argument("id")
    erase.add_argument("--reason", default="verzoek tot verwijdering", help="why (on the record)")
    listing = actions.add_parser("list", help="every incident as it stands")
    listing.add_argument("--format", choices=["text", "json"], default="text", dest="output")
    listing.add_argument("--year", type=int)
    report = actions.add_parser("report", help="the yearly overview, without personal data")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--format", choices=["csv", "json", "pdf"], default="csv", dest="output")
    report.add_argument("--output", "-o", type=Path, dest="file", help="file (PDF needs one)")
    for action in (add, update, erase, listing, report):
        add_common(action)
    parser.set_defaults(run=run)


def _add_details(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--note", default="", help="what happened, in a few words")
    parser.add_argument("--persons", default="", help="initials or pseudonyms, comma-separated")
    parser.add_argument("--follow-up", default="", dest="follow_up")


def run(args: argparse.Namespace) -> int:
    action: Action = ACTIONS[args.incident_action]
    try:
        policy = policy_in_force(args.policy)
        with opened_store(args, create=args.incident_action in ("add", "update", "erase")) as store:
            _retention(store, policy)
            return action(store, policy, args)
    except StoreError as exc:
        return _fail(exc.message_en)
    except IncidentProblem as exc:
        return _fail(exc.message_en)
    except (PackError, OutputProblem) as exc:
        return _fail(str(exc))


def _fail(message: str) -> int:
    print(f"arabesk-desk incident: {message}", file=sys.stderr)
    return EXIT_USAGE


def _retention(store: Store, policy: SchoolPolicy) -> None:
    erased = store.apply_incident_retention(policy.measures.retention_years)
    if erased:
        print(
            f"Retention: the details of {len(erased)} incident(s) older than "
            f"{policy.measures.retention_years} year(s) were erased; their counts stay.",
            file=sys.stderr,
        )


def run_add(store: Store, policy: SchoolPolicy, args: argparse.Namespace) -> int:
    fields = checked_fields(
        policy.measures,
        when=args.date,
        group=args.group,
        violation=args.type,
        channel=args.channel,
        measure=args.measure,
        status=args.status,
    )
    sha, kept = _screenshot(args.screenshot, args.keep_screenshot)
    details = checked_details(args.persons, args.note, args.follow_up, sha)
    if kept:
        details = replace(details, screenshot_file=kept)
    incident = store.record_incident(fields, details, user_name())
    if not measure_fits(policy.measures, fields):
        print(
            f"note: the policy does not list '{fields.measure}' for '{fields.type}' and "
            f"group '{fields.group}'; it was recorded as given.",
            file=sys.stderr,
        )
    print(incident.id)
    return EXIT_OK


def _screenshot(path: Path | None, keep: bool) -> tuple[str, str]:
    if path is None:
        if keep:
            raise OutputProblem("--keep-screenshot needs --screenshot FILE")
        return "", ""
    if not path.is_file():
        raise OutputProblem(f"the screenshot '{path}' is not a file")
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
                if handle.tell() > MAX_SCREENSHOT_BYTES:
                    raise OutputProblem(f"the screenshot '{path}' is larger than 200 MB")
    except OSError as exc:
        raise OutputProblem(f"cannot read '{path}': {exc.strerror or exc}") from None
    sha = digest.hexdigest()
    if not keep:
        return sha, ""
    folder = data_paths().root / "incident-files"
    target = folder / f"{sha}{path.suffix.lower()[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    except OSError as exc:
        raise OutputProblem(f"cannot keep the screenshot: {exc.strerror or exc}") from None
    return sha, str(target)


def run_update(store: Store, policy: SchoolPolicy, args: argparse.Namespace) -> int:
    details = checked_details(args.persons, args.note, args.follow_up)
    if not (args.status or args.measure or details.as_dict()):
        raise OutputProblem("nothing to change: give --status, --measure, --note or --follow-up")
    current = store.incident(args.id)
    changes = {}
    if args.status:
        changes["status"] = args.status
    if args.measure:
        changes["measure"] = checked_fields(
            policy.measures,
            when=current.fields.date,
            group=current.fields.group,
            violation=current.fields.type,
            channel=current.fields.channel,
            measure=args.measure,
        ).measure
    updated = store.update_incident(args.id, changes, details, user_name())
    print(f"{updated.id}: {updated.fields.status}, {updated.fields.measure}")
    return EXIT_OK


def run_erase(store: Store, policy: SchoolPolicy, args: argparse.Namespace) -> int:
    del policy
    incident = store.erase_incident(args.id, args.reason)
    print(f"{incident.id}: personal details erased; the counts stay.")
    return EXIT_OK


def run_list(store: Store, policy: SchoolPolicy, args: argparse.Namespace) -> int:
    del policy
    chosen = [
        i
        for i in store.incidents()
        if args.year is None or i.fields.date.startswith(f"{args.year}-")
    ]
    if args.output == "json":
        print(json.dumps([incident_json(i) for i in chosen], ensure_ascii=False, indent=1))
        return EXIT_OK
    for incident in chosen:
        print(visible(_line(incident)))
    print(f"{len(chosen)} incident(s).", file=sys.stderr)
    return EXIT_OK


def _line(incident: Incident) -> str:
    f = incident.fields
    persons = incident.details.get("persons", [])
    people = ", ".join(str(p) for p in persons) if isinstance(persons, list) else ""
    note = "[gewist]" if incident.erased else str(incident.details.get("note", ""))
    columns = f"{f.group:<6} {f.type:<20} {f.channel:<10} {f.measure:<18} {f.status:<11}"
    return f"{incident.id}  {f.date}  {columns} {people} {note}".rstrip()


def incident_json(incident: Incident) -> dict[str, object]:
    return {
        "id": incident.id,
        **incident.fields.as_dict(),
        "details": dict(incident.details),
        "erased": incident.erased,
        "recorded_at": incident.recorded_at,
        "updated_at": incident.updated_at,
        "events": incident.events,
    }


def run_report(store: Store, policy: SchoolPolicy, args: argparse.Namespace) -> int:
    overview = year_overview(store.incidents(), args.year)
    if args.output == "pdf":
        if args.file is None:
            raise OutputProblem("a PDF needs a file: give --output FILE.pdf")
        loader = getattr(args, "pdf_writer", None)
        if loader is None:
            raise OutputProblem("PDF output needs the app's Qt part: run it as 'arabesk-desk'")
        loader()(overview_document(overview, policy), args.file)
        print(f"PDF written to {args.file}.", file=sys.stderr)
        return EXIT_OK
    if args.output == "json":
        text = json.dumps(overview.__dict__, ensure_ascii=False, indent=1) + "\n"
    else:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["category", "value", "label", "count"])
        writer.writerows(overview_rows(overview, policy))
        text = out.getvalue()
    write_text_output(text, args.file)
    return EXIT_OK


ACTIONS: dict[str, Action] = {
    "add": run_add,
    "update": run_update,
    "erase": run_erase,
    "list": run_list,
    "report": run_report,
}
