"""Import the photo-consent export of the pupil administration (ParnasSys, Magister, Somtoday).

One row per pupil: the name columns a roster has ("Roepnaam", "Tussenvoegsel", "Achternaam",
or one "Naam"), a group ("Groep", "Klas"), optionally a pupil number, and a yes/no column
per use ("Foto's op de website", "Sociale media", "Nieuwsbrief", …). The file is read as the
roster is (:mod:`arabesk_desk.roster_import`: encodings, ``;``/``,``/tab, Excel's ``sep=``
line). Every problem is a :class:`checks.PackError` naming the file and line; nothing is
stored unless the whole file is good.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from arabesk_desk.roster_import import (
    GROUP_HEADERS,
    CsvRows,
    _columns,
    _decode,
    _normalised,
    _read_bytes,
    _split_full_name,
    _split_last_name,
    read_export,
)
from checks import PackError
from checks.consent import ConsentRecord
from checks.termlist import fold_key

# A use column is recognised by a word in its (normalised) header.
USE_WORDS = (
    ("social_media", ("socialmedia", "sociale", "social", "facebook", "instagram", "twitter")),
    ("website", ("website", "internet", "site")),
    ("newsletter", ("nieuwsbrief", "newsletter", "schoolkrant", "nieuws")),
    ("school_guide", ("schoolgids", "brochure", "folder", "drukwerk", "gids")),
    ("internal", ("ouderportaal", "ouderportal", "schoolapp", "parro", "klasbord", "intern")),
)
CONSENT_WORDS = ("toestemming", "foto", "beeld", "publicatie", "privacy", "akkoord")
NUMBER_HEADERS = ("leerlingnummer", "leerlingnr", "stamnummer", "studentnummer", "nummer", "id")
YES = frozenset({"ja", "j", "yes", "y", "1", "true", "waar", "x", "✓", "akkoord", "wel"})
YES |= frozenset({"toestemming", "toestemminggegeven", "gegeven", "mag"})
NO = frozenset({"nee", "n", "no", "0", "false", "onwaar", "geen", "niet", "-", "", "magniet"})
NO |= frozenset({"geentoestemming", "nietgegeven", "geweigerd", "ingetrokken", "onbekend"})
MAX_PUPILS = 20_000
_VALUE_RE = re.compile(r"[^a-z0-9✓-]")


@dataclass(frozen=True, slots=True)
class _UseColumn:
    index: int
    use: str
    header: str


def import_consent(path: Path) -> tuple[ConsentRecord, ...]:
    """Every pupil's consent in the export at ``path``; raises :class:`PackError`."""
    text = _decode(path, _read_bytes(path))
    return parse_consent(text, str(path))


def parse_consent(text: str, origin: str) -> tuple[ConsentRecord, ...]:
    def read(header: list[str], reader: CsvRows, skipped: int) -> tuple[ConsentRecord, ...]:
        names = _columns(header, origin, skipped + 1)
        uses = _use_columns(header, origin, skipped + 1, names)
        number = _number_column(header)
        rows = _records(reader, names, uses, number, origin, skipped, len(header))
        return _unique(rows, origin)

    return read_export(text, origin, "the consent export", read)


def _use_columns(header: Sequence[str], origin: str, line: int, names: object) -> list[_UseColumn]:
    taken = {getattr(names, a) for a in ("first", "last", "infix", "group")} - {None}
    found, seen = [], set()
    for index, title in enumerate(header):
        key = _normalised(title)
        if index in taken or not key or key in GROUP_HEADERS or key in NUMBER_HEADERS:
            continue
        use = next((u for u, words in USE_WORDS if any(w in key for w in words)), None)
        if use is None and any(word in key for word in CONSENT_WORDS):
            use = key
        if use is None:
            continue
        if use in seen:
            raise PackError(origin, line, f"two columns are about the same use '{use}'")
        seen.add(use)
        found.append(_UseColumn(index, use, title.strip()))
    if not found:
        listed = ", ".join(repr(h.strip()) for h in header if h.strip()) or "none"
        raise PackError(
            origin,
            line,
            "no consent column: expected a yes/no column per use, such as 'Website', "
            f"'Sociale media' or 'Nieuwsbrief'; columns found: {listed}",
        )
    return found


def _number_column(header: Sequence[str]) -> int | None:
    names = [_normalised(h) for h in header]
    return next((names.index(n) for n in NUMBER_HEADERS if n in names), None)


def _records(
    reader: Iterator[list[str]],
    names: object,
    uses: list[_UseColumn],
    number: int | None,
    origin: str,
    skipped: int,
    width: int,
) -> Iterator[tuple[int, ConsentRecord]]:
    for count, row in enumerate(reader):
        line = skipped + reader.line_num  # type: ignore[attr-defined]
        if count >= MAX_PUPILS:
            raise PackError(
                origin, line, f"more than {MAX_PUPILS:,} pupils: is this the right file?"
            )
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > width:
            raise PackError(
                origin,
                line,
                f"{len(row)} fields where the header has {width}: a name with the delimiter in "
                "it and no quotes around it?",
            )
        first, infix, last, group = _name(row, names)
        if not (first or last):
            raise PackError(origin, line, "a row without the pupil's name")
        consent = tuple(
            sorted((u.use, _yes_no(_cell(row, u.index), u, origin, line)) for u in uses)
        )
        yield line, ConsentRecord(first, last, infix, group, _cell(row, number), consent)


def _name(row: Sequence[str], columns: object) -> tuple[str, str, str, str]:
    group = _cell(row, getattr(columns, "group", None))
    if getattr(columns, "full_name", False):
        first, infix, last = _split_full_name(_cell(row, getattr(columns, "first", None)))
        return first, infix, last, group
    first = _cell(row, getattr(columns, "first", None))
    if getattr(columns, "all_given_names", False):
        first = first.split(" ")[0]
    last, infix = _split_last_name(
        _cell(row, getattr(columns, "last", None)), _cell(row, getattr(columns, "infix", None))
    )
    return first, infix, last, group


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split())


def _yes_no(value: str, column: _UseColumn, origin: str, line: int) -> bool:
    key = _VALUE_RE.sub("", value.lower())
    if key in YES:
        return True
    if key in NO:
        return False
    raise PackError(
        origin,
        line,
        f"column '{column.header}': '{value}' is not yes or no (ja/nee, 1/0, x or empty)",
    )


def _unique(rows: Iterator[tuple[int, ConsentRecord]], origin: str) -> tuple[ConsentRecord, ...]:
    """One row per pupil: two rows for one pupil contradict each other, so both are named."""
    seen: dict[str, int] = {}
    records = []
    for line, record in rows:
        key = record.number or f"{fold_key(record.full_name)}|{fold_key(record.group)}"
        if key in seen:
            who = f"pupil number {record.number}" if record.number else f"'{record.full_name}'"
            raise PackError(
                origin,
                line,
                f"{who} is in the export twice (lines {seen[key]} and {line}); "
                "export again or remove one row",
            )
        seen[key] = line
        records.append(record)
    if not records:
        raise PackError(origin, None, "the consent export has a header but no pupils")
    return tuple(records)
