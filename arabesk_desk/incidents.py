"""An incident as a leader records it (guideline 10): checked against the school's measures.

What counts (date, group, violation type, channel, measure, status) goes on the registers'
hash chain and stays for the yearly analysis. What identifies people (initials or a
pseudonym, the note, the follow-up, a screenshot's hash) are *details*: kept apart, erased
after the policy's retention period. Every problem is an :class:`IncidentProblem` with one
line in Dutch and one in English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from arabesk_desk.measures import GROUPS, Measures, did_you_mean

STATUSES = {"open": "open", "in_progress": "in behandeling", "closed": "afgerond"}
CHANNELS = (
    "whatsapp",
    "instagram",
    "snapchat",
    "tiktok",
    "youtube",
    "facebook",
    "x",
    "linkedin",
    "discord",
    "schoolapp",
    "e-mail",
    "sms",
    "gaming",
    "anders",
)
GROUP_LABELS = {"staff": "medewerker", "pupil": "leerling", "parent": "ouder"}
MAX_NOTE = 500  # "what happened in a few words"; no post text by default
MAX_PERSON = 24  # initials or a pseudonym, not a full name
EARLIEST = date(2000, 1, 1)
_FULL_NAME_RE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:\s+[a-zà-ÿ]+)*\s+[A-ZÀ-Þ][a-zà-ÿ]{2,}$")


class IncidentProblem(ValueError):
    """Input that cannot be recorded; ``message`` Dutch, ``message_en`` English."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message, self.message_en = message, message_en


@dataclass(frozen=True, slots=True)
class IncidentFields:
    """What is counted: on the chain for good (no personal data)."""

    date: str
    group: str
    type: str
    channel: str
    measure: str
    status: str = "open"

    def as_dict(self) -> dict[str, str]:
        return {
            k: getattr(self, k) for k in ("date", "group", "type", "channel", "measure", "status")
        }


@dataclass(frozen=True, slots=True)
class IncidentDetails:
    """What identifies people: erasable, and erased after the retention period."""

    persons: tuple[str, ...] = ()
    note: str = ""
    follow_up: str = ""
    screenshot_sha256: str = ""
    screenshot_file: str = ""  # only when the leader chose to keep the screenshot itself

    def as_dict(self) -> dict[str, object]:
        values = {
            "persons": list(self.persons),
            "note": self.note,
            "follow_up": self.follow_up,
            "screenshot_sha256": self.screenshot_sha256,
            "screenshot_file": self.screenshot_file,
        }
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class Incident:
    """An incident as it stands now: its fields after every update, its details while kept."""

    id: str
    fields: IncidentFields
    details: Mapping[str, object] = field(default_factory=dict)
    erased: bool = False
    recorded_at: str = ""
    updated_at: str = ""
    events: int = 1


def checked_fields(
    measures: Measures,
    *,
    when: str,
    group: str,
    violation: str,
    channel: str,
    measure: str,
    status: str = "open",
    today: date | None = None,
) -> IncidentFields:
    """The fields, each checked against the policy; the first problem is raised."""
    return IncidentFields(
        date=checked_date(when, today or date.today()).isoformat(),
        group=_choice(group, tuple(GROUPS), "groep", "group"),
        type=_choice(violation, tuple(measures.violations), "soort overtreding", "type"),
        channel=_choice(channel.lower(), CHANNELS, "kanaal", "channel"),
        measure=_choice(measure, tuple(measures.actions), "maatregel", "measure"),
        status=_choice(status, tuple(STATUSES), "status", "status"),
    )


def checked_date(text: str, today: date) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise IncidentProblem(
            f"'{text}' is geen datum zoals 2026-09-01.", f"'{text}' is not a date like 2026-09-01."
        ) from None
    if value > today:
        raise IncidentProblem(
            f"De datum {value} ligt in de toekomst; een incident is al gebeurd.",
            f"The date {value} is in the future; record an incident once it has happened.",
        )
    if value < EARLIEST:
        raise IncidentProblem(
            f"De datum {value} is te oud.", f"The date {value} is too long ago to record."
        )
    return value


def _choice(value: str, known: tuple[str, ...], label: str, label_en: str) -> str:
    if value in known:
        return value
    hint = did_you_mean(value, frozenset(known))
    listed = ", ".join(known)
    raise IncidentProblem(
        f"Onbekende {label} '{value}'{hint.replace('did you mean', 'bedoel je')}. "
        f"Kies uit: {listed}.",
        f"Unknown {label_en} '{value}'{hint}; choose from: {listed}.",
    )


def measure_fits(measures: Measures, fields: IncidentFields) -> bool:
    """Whether the policy lists this measure for this type and group (others are allowed,
    the leader decides, but the window and the CLI say so)."""
    violation = measures.violations[fields.type]
    return fields.measure in violation.measures.get(GROUPS[fields.group], ())


def checked_details(
    persons: str = "", note: str = "", follow_up: str = "", screenshot_sha256: str = ""
) -> IncidentDetails:
    """Initials or pseudonyms (comma-separated), a short note, a follow-up."""
    names = tuple(p.strip() for p in persons.split(",") if p.strip())
    for name in names:
        if len(name) > MAX_PERSON or _FULL_NAME_RE.match(name):
            raise IncidentProblem(
                f"'{name}' lijkt een volledige naam. Gebruik initialen of een schuilnaam "
                "(zo min mogelijk persoonsgegevens).",
                f"'{name}' looks like a full name. Use initials or a pseudonym (keep personal "
                "data to the minimum).",
            )
    for text, label in ((note, "note"), (follow_up, "follow-up")):
        if len(text) > MAX_NOTE:
            raise IncidentProblem(
                f"De {'notitie' if label == 'note' else 'vervolgafspraak'} is te lang "
                f"({len(text)} tekens, hooguit {MAX_NOTE}): een paar woorden is genoeg.",
                f"The {label} is too long ({len(text)} characters, at most {MAX_NOTE}): a few "
                "words are enough.",
            )
    return IncidentDetails(
        names, " ".join(note.split()), " ".join(follow_up.split()), screenshot_sha256
    )
