"""The school's pupil roster: names that must never appear in a post (guideline 3)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One pupil as exported by the pupil administration (ParnasSys, Magister, Somtoday)."""

    first_name: str
    last_name: str
    infix: str = ""
    group: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.infix, self.last_name) if part)
