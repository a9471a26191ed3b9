"""Import a pupil roster from a CSV export of ParnasSys, Magister or Somtoday.

Exports differ in delimiter (``;``, ``,`` or tab), encoding (UTF-8 with or without BOM,
Windows-1252, UTF-16 from Excel's "Unicode text") and header names ("Roepnaam",
"Tussenvoegsel(s)", "Voorvoegsel", "Achternaam", "Groep", "Klas", "Stamgroep", …).
Every problem is a :class:`checks.PackError` naming the file and the line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from arabesk_desk.bounded_input import InputLimitError, read_regular_file
from checks import PackError
from checks.roster import RosterEntry

# Header names are compared after lower-casing and dropping everything but letters.
FIRST_NAME_HEADERS = (
    "roepnaam",
    "voornaam",
    "voornamen",
    "firstname",
    "givenname",
    "roepnaamleerling",
    "leerlingroepnaam",
)
INFIX_HEADERS = (
    "tussenvoegsel",
    "tussenvoegsels",
    "tussenv",
    "voorvoegsel",
    "voorvoegsels",
    "voorv",
    "infix",
    "prefix",
)
LAST_NAME_HEADERS = (
    "achternaam",
    "achternaamofficieel",
    "geslachtsnaam",
    "familienaam",
    "lastname",
    "surname",
    "achternaamleerling",
    "leerlingachternaam",
)
# One column with the whole name, when an export has no separate name columns.
FULL_NAME_HEADERS = (
    "naam",
    "volledigenaam",
    "leerlingnaam",
    "naamleerling",
    "leerling",
    "weergavenaam",
    "name",
    "fullname",
)
GROUP_HEADERS = (
    "groep",
    "klas",
    "stamgroep",
    "basisgroep",
    "stamklas",
    "klasgroep",
    "groepklas",
    "lesgroep",
    "leerjaar",
    "jaarlaag",
    "class",
    "group",
)
DELIMITERS = (";", ",", "\t")
_NOT_LETTERS_RE = re.compile(r"[^a-z]")
_EXCEL_SEPARATOR_RE = re.compile(r"^\ufeff?\"?sep=(.)\"?\s*$", re.IGNORECASE)
MAX_ROSTER_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Columns:
    first: int
    last: int
    infix: int | None
    group: int | None
    all_given_names: bool = False
    full_name: bool = False


def import_roster(path: Path) -> tuple[RosterEntry, ...]:
    """Every pupil in the CSV at ``path``; raises :class:`PackError` naming file and line."""
    text = _decode(path, _read_bytes(path))
    return parse_roster(text, str(path))


def parse_roster(text: str, origin: str) -> tuple[RosterEntry, ...]:
    """Parse roster CSV text; ``origin`` names the file in error messages."""

    def read(header: list[str], reader: CsvRows, skipped: int) -> list[RosterEntry]:
        return list(_entries(reader, _columns(header, origin, skipped + 1)))

    return tuple(dict.fromkeys(read_export(text, origin, "the roster file", read)))


CsvRows = Iterator[list[str]]
T = TypeVar("T")


def read_export(
    text: str, origin: str, what: str, read: Callable[[list[str], CsvRows, int], T]
) -> T:
    """An administration system's CSV export (a roster, photo consent): an Excel "sep=" line
    honoured, the delimiter guessed, then ``read(header, rows, lines skipped)``; a broken
    CSV or an empty file becomes a :class:`PackError` naming ``origin`` and the line."""
    lines = text.splitlines(keepends=True)
    skipped, delimiter = _excel_separator(lines)
    body = "".join(lines[skipped:])
    if not body.strip():
        raise PackError(origin, None, f"{what} is empty (expected a CSV with a header)")
    delimiter = delimiter or _guess_delimiter(lines[skipped])
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)
    try:
        return read(next(reader), reader, skipped)
    except csv.Error as exc:
        raise PackError(origin, skipped + reader.line_num, f"not readable as CSV: {exc}") from None


def _read_bytes(path: Path) -> bytes:
    """The roster's bytes: a plain file (a link to one is fine), at most 20 MB really read."""
    if path.is_dir():
        raise PackError(path, None, "the roster is a folder, not a CSV file")
    if not path.exists():
        raise PackError(path, None, "the roster file does not exist")
    try:
        return read_regular_file(path, MAX_ROSTER_BYTES, follow_links=True)
    except InputLimitError as exc:
        raise PackError(path, None, f"the roster was not read: {exc}") from None


def _decode(path: Path, raw: bytes) -> str:
    """UTF-16 (with BOM), UTF-8 (BOM optional), then Windows-1252, then Latin-1."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise PackError(path, None, "the roster is not valid UTF-16 text") from None
    if b"\x00" in raw[:4096]:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise PackError(path, line, "the roster is not a text (CSV) file: it holds NUL bytes")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _excel_separator(lines: Sequence[str]) -> tuple[int, str | None]:
    """Excel may write ``sep=;`` as the first line; honour it and skip it."""
    if lines:
        match = _EXCEL_SEPARATOR_RE.match(lines[0])
        if match:
            return 1, match.group(1)
    return 0, None


def _guess_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _normalised(header: str) -> str:
    return _NOT_LETTERS_RE.sub("", header.strip().lstrip("\ufeff").lower())


def _find(names: Sequence[str], wanted: Sequence[str]) -> int | None:
    for candidate in wanted:
        if candidate in names:
            return names.index(candidate)
    return None


def _columns(header: Sequence[str], origin: str, line: int) -> _Columns:
    names = [_normalised(h) for h in header]
    first, last = _find(names, FIRST_NAME_HEADERS), _find(names, LAST_NAME_HEADERS)
    found = ", ".join(repr(h.strip()) for h in header if h.strip()) or "none"
    whole = _find(names, FULL_NAME_HEADERS)
    if first is None and last is None and whole is not None:
        return _Columns(whole, whole, None, _find(names, GROUP_HEADERS), full_name=True)
    if first is None:
        raise PackError(
            origin,
            line,
            "no column with the first name (expected 'roepnaam' or 'voornaam', "
            "or one 'naam' column with the whole name); "
            f"columns found: {found}",
        )
    if last is None:
        raise PackError(
            origin, line, f"no column with the last name (expected 'achternaam'); columns: {found}"
        )
    return _Columns(
        first,
        last,
        _find(names, INFIX_HEADERS),
        _find(names, GROUP_HEADERS),
        all_given_names=names[first] == "voornamen",
    )


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split())


def _entries(reader: Iterator[list[str]], columns: _Columns) -> Iterator[RosterEntry]:
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if columns.full_name:
            first, infix, last = _split_full_name(_cell(row, columns.first))
        else:
            first = _cell(row, columns.first)
            if columns.all_given_names:
                first = _first_given_name(first)
            last, infix = _split_last_name(_cell(row, columns.last), _cell(row, columns.infix))
        if first or last:
            yield RosterEntry(first, last, infix, _cell(row, columns.group))


def _split_full_name(value: str) -> tuple[str, str, str]:
    """(first, infix, last) of "Sanne de Vries" or of "Vries, Sanne de".

    The first word is the first name; lower-case words after it are the tussenvoegsel; the
    rest is the last name ("Mohammed El Amrani" → "Mohammed", "", "El Amrani").
    """
    if "," in value:
        last, _, given = value.partition(",")
        given_words = given.split()
        first = given_words[0] if given_words else ""
        return first, " ".join(given_words[1:]), last.strip()
    words = value.split()
    if len(words) < 2:
        return (words[0] if words else ""), "", ""
    tail = words[1:]
    particles = 0
    while particles < len(tail) - 1 and tail[particles].islower():
        particles += 1
    return words[0], " ".join(tail[:particles]), " ".join(tail[particles:])


def _first_given_name(value: str) -> str:
    """A 'voornamen' column holds every given name; the first one is the one people use."""
    return value.split(" ")[0] if value else ""


def _split_last_name(last: str, infix: str) -> tuple[str, str]:
    """Some exports write 'Vries, de' in the last-name column instead of a separate infix."""
    if not infix and "," in last:
        name, _, moved = last.partition(",")
        return name.strip(), moved.strip()
    return last, infix
