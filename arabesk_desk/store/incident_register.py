"""The incident register in the store: events on the registers' chain, folded into incidents.

``recorded`` opens an incident, ``updated`` changes its status, measure or follow-up,
``erased`` removes its details (retention or a request). The counts for the yearly overview
come from the fields on the chain only, so they survive every erasure.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import sqlite_utils

from arabesk_desk.incidents import Incident, IncidentDetails, IncidentFields, IncidentProblem
from arabesk_desk.store.published_log import LogSigner
from arabesk_desk.store.registers import ERASED, RegisterEvent, append_event, erase_details, events

REGISTER = "incident"


def next_id(db: sqlite_utils.Database, year: int) -> str:
    """ "2026-007": the year of the incident and its number in that year."""
    prefix = f"{year}-"
    rows = db.execute(
        "SELECT count(DISTINCT subject) FROM register_log WHERE register = ? AND subject LIKE ?",
        [REGISTER, prefix + "%"],
    ).fetchone()
    return f"{prefix}{int(rows[0]) + 1:03d}"


def record(
    db: sqlite_utils.Database,
    fields: IncidentFields,
    details: IncidentDetails,
    signer: LogSigner | None = None,
    recorded_by: str = "",
) -> Incident:
    """A new incident (inside the caller's write transaction); returns it with its id."""
    incident_id = next_id(db, int(fields.date[:4]))
    content: dict[str, object] = {"register": REGISTER, "kind": "recorded"}
    content |= {"subject": incident_id, "fields": fields.as_dict(), "recorded_by": recorded_by}
    event = append_event(db, content, details.as_dict() or None, signer)
    return _fold(incident_id, [event])


def update(
    db: sqlite_utils.Database,
    incident_id: str,
    changes: Mapping[str, str],
    details: IncidentDetails,
    signer: LogSigner | None = None,
    recorded_by: str = "",
) -> Incident:
    """A change to an incident as a new event; the old state stays on the chain."""
    current = find(db, incident_id)
    if current.erased and details.as_dict():
        raise IncidentProblem(
            f"De gegevens van {incident_id} zijn al gewist; er kan niets bij.",
            f"The details of {incident_id} were erased; nothing can be added to them.",
        )
    content: dict[str, object] = {"register": REGISTER, "kind": "updated"}
    content |= {"subject": incident_id, "changes": dict(changes), "recorded_by": recorded_by}
    append_event(db, content, details.as_dict() or None, signer)
    return find(db, incident_id)


def erase(
    db: sqlite_utils.Database, incident_id: str, reason: str, signer: LogSigner | None = None
) -> Incident:
    """Erase the incident's details (files kept for it too); its counts stay."""
    current = find(db, incident_id)
    if not current.erased:
        _remove_kept_file(current.details)
        erase_details(db, REGISTER, incident_id, reason, signer)
    return find(db, incident_id)


def find(db: sqlite_utils.Database, incident_id: str) -> Incident:
    found = list(events(db, REGISTER, incident_id))
    if not found:
        raise IncidentProblem(
            f"Er is geen incident {incident_id}.", f"There is no incident {incident_id}."
        )
    return _fold(incident_id, found)


def all_incidents(db: sqlite_utils.Database) -> list[Incident]:
    grouped: dict[str, list[RegisterEvent]] = {}
    for event in events(db, REGISTER):
        grouped.setdefault(event.subject, []).append(event)
    return [_fold(subject, found) for subject, found in grouped.items()]


def _fold(incident_id: str, found: list[RegisterEvent]) -> Incident:
    first = found[0]
    fields = IncidentFields(**first.content["fields"])
    details: dict[str, object] = {}
    erased = False
    for event in found:
        if event.kind == "updated":
            fields = replace(fields, **dict(event.content.get("changes", {})))
        if event.kind == ERASED:
            erased, details = True, {}
        elif event.details:
            details.update({k: v for k, v in event.details.items() if v})
    return Incident(
        incident_id,
        fields,
        details,
        erased,
        str(first.content.get("recorded_at", "")),
        str(found[-1].content.get("recorded_at", "")),
        len(found),
    )


def apply_retention(
    db: sqlite_utils.Database, years: int, today: date, signer: LogSigner | None = None
) -> list[str]:
    """Erase the details of every incident older than ``years`` (inside a transaction)."""
    limit = _years_before(today, years).isoformat()
    erased = []
    for incident in all_incidents(db):
        if not incident.erased and incident.fields.date < limit:
            erase(db, incident.id, f"bewaartermijn van {years} jaar verstreken", signer)
            erased.append(incident.id)
    return erased


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _remove_kept_file(details: Mapping[str, object]) -> None:
    kept = details.get("screenshot_file")
    if isinstance(kept, str) and kept:
        with contextlib.suppress(OSError):
            Path(kept).unlink()


@dataclass(frozen=True)
class YearOverview:
    """The yearly analysis: counts only, no personal data."""

    year: int
    total: int
    by_type: Mapping[str, int]
    by_group: Mapping[str, int]
    by_measure: Mapping[str, int]
    by_channel: Mapping[str, int]
    by_status: Mapping[str, int]
    by_month: Mapping[str, int]


def year_overview(incidents: list[Incident], year: int) -> YearOverview:
    chosen = [i.fields for i in incidents if i.fields.date.startswith(f"{year}-")]

    def count(attribute: str) -> dict[str, int]:
        return dict(Counter(getattr(f, attribute) for f in chosen).most_common())

    months = Counter(f.date[5:7] for f in chosen)
    return YearOverview(
        year,
        len(chosen),
        count("type"),
        count("group"),
        count("measure"),
        count("channel"),
        count("status"),
        {f"{m:02d}": months.get(f"{m:02d}", 0) for m in range(1, 13)},
    )
