"""Photo consent per pupil (AVG), as the pupil administration exports it: plain data.

A :class:`ConsentBook` is handed to the engine in :class:`checks.context.CheckContext` (the
app reads it from its store; ``checks`` never does). It is compared by identity and builds
its name lookup once, so a check with a book of a thousand pupils costs no more than one
without.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from checks.roster import RosterEntry

# The uses an export's columns are mapped to (a school's own columns keep their own name).
KNOWN_USES = ("website", "social_media", "newsletter", "school_guide", "internal")


def name_key(text: str) -> str:
    """How names are compared: case, spaces and apostrophe forms do not count."""
    return " ".join(text.replace("’", "'").lower().split())


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One pupil and the uses of photos their parents agreed to (``True``) or not."""

    first_name: str
    last_name: str
    infix: str = ""
    group: str = ""
    number: str = ""  # the pupil administration's number, when the export has one
    uses: tuple[tuple[str, bool], ...] = ()  # sorted (use, consent) pairs

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.infix, self.last_name) if p)

    def allows(self, use: str) -> bool:
        """Consent for ``use``; a use the export does not mention counts as no consent."""
        return dict(self.uses).get(use, False)

    @property
    def roster_entry(self) -> RosterEntry:
        return RosterEntry(self.first_name, self.last_name, self.infix, self.group)


@dataclass(frozen=True, eq=False)
class ConsentBook:
    """Every pupil's consent, looked up by full name or by first name."""

    records: tuple[ConsentRecord, ...] = ()
    source: str = ""  # where it came from, for messages ("import of 2026-09-01")

    def __bool__(self) -> bool:
        return bool(self.records)

    @cached_property
    def by_full_name(self) -> dict[str, tuple[ConsentRecord, ...]]:
        table: dict[str, list[ConsentRecord]] = {}
        for record in self.records:
            for form in _full_forms(record):
                table.setdefault(name_key(form), []).append(record)
        return {key: tuple(dict.fromkeys(found)) for key, found in table.items()}

    @cached_property
    def by_first_name(self) -> dict[str, tuple[ConsentRecord, ...]]:
        table: dict[str, list[ConsentRecord]] = {}
        for record in self.records:
            if record.first_name:
                table.setdefault(name_key(record.first_name), []).append(record)
        return {key: tuple(found) for key, found in table.items()}

    @cached_property
    def roster(self) -> tuple[RosterEntry, ...]:
        return tuple(record.roster_entry for record in self.records)

    def find(self, name: str) -> tuple[ConsentRecord, ...]:
        """The pupils a name given by the author stands for: a full name, else a first name."""
        key = name_key(name)
        return self.by_full_name.get(key) or self.by_first_name.get(key, ())

    def uses(self) -> tuple[str, ...]:
        return tuple(sorted({use for record in self.records for use, _ in record.uses}))


def _full_forms(record: ConsentRecord) -> Iterator[str]:
    yield record.full_name
    if record.infix:
        yield f"{record.first_name} {record.last_name}"


def consent_book(records: Iterable[ConsentRecord], source: str = "") -> ConsentBook:
    return ConsentBook(tuple(records), source)
