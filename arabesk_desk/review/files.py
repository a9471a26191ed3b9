"""Atomic JSON files in a synced review folder, and a scan that skips bad files with a reason.

Sync clients (OneDrive, SharePoint, Teams, Dropbox) and network shares see a file appear at
once (temp file + rename), and names are lowercase ASCII with a unique id, so two laptops never
write the same name and case-insensitive file systems never clash.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from arabesk_desk.bounded_input import InputLimitError, loads_bounded, read_regular_file
from arabesk_desk.review.canonical import canonical_json

T = TypeVar("T")
MAX_FILE_BYTES = 2_000_000  # a post with its findings is a few kB; anything bigger is not ours
MAX_JSON_DEPTH = 16  # a request nests four levels; a bracket bomb is refused before parsing


class ReviewFileError(ValueError):
    """A review file that is not what it claims to be; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A file in the review folder that was skipped, and why (Dutch, then English)."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path.name}: {self.message}"


@dataclass(frozen=True, slots=True)
class Scan(Generic[T]):
    """What a folder scan found: the usable items and the skipped files."""

    items: tuple[T, ...]
    problems: tuple[FileProblem, ...]
    sources: tuple[Path, ...] = ()  # the file of each item, in the same order


def write_json_atomic(folder: Path, name: str, data: dict[str, Any]) -> Path:
    """Write ``data`` to ``folder/name`` so readers see the whole file or none of it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    # A dot-name ending in .tmp is skipped by scans and ignored by most sync clients.
    temporary = folder / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with open(temporary, "wb") as handle:
            handle.write(canonical_json(data) + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


class ScanCache(Generic[T]):
    """Parsed files by path, reused while a file's size and modification time stay the same.

    Review files are written once and never changed in place, so a refresh after a sync only
    parses the new files. A changed file (size or time) is parsed again.
    """

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[int, int], T | ReviewFileError]] = {}

    def parsed(self, path: Path, parse: Callable[[dict[str, Any]], T]) -> T:
        try:
            stat = path.lstat()
        except OSError as exc:
            raise ReviewFileError(f"niet te lezen (cannot be read: {exc.strerror})") from None
        stamp = (stat.st_size, stat.st_mtime_ns)
        known = self._entries.get(path)
        if known is None or known[0] != stamp:
            try:
                result: T | ReviewFileError = parse(read_json_object(path))
            except ReviewFileError as exc:
                result = exc
            except (ValueError, TypeError, KeyError) as exc:  # a shape no check foresaw
                result = ReviewFileError(f"onbruikbaar bestand (unusable file: {exc})")
            known = (stamp, result)
            self._entries[path] = known
        if isinstance(known[1], ReviewFileError):
            raise known[1]
        return known[1]


def scan_json_files(
    folder: Path, parse: Callable[[dict[str, Any]], T], cache: ScanCache[T] | None = None
) -> Scan[T]:
    """Parse every ``*.json`` in ``folder`` (none if it is absent); a bad file is a problem."""
    if not folder.is_dir():
        return Scan((), ())
    if folder.is_symlink():
        link = FileProblem(folder, "map is een symbolische koppeling (folder is a symbolic link)")
        return Scan((), (link,))
    reader = cache or ScanCache()
    items: list[T] = []
    sources: list[Path] = []
    problems: list[FileProblem] = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith((".", "~")):
            continue
        try:
            items.append(reader.parsed(path, parse))
            sources.append(path)
        except ReviewFileError as exc:
            problems.append(FileProblem(path, str(exc)))
    return Scan(tuple(items), tuple(problems), tuple(sources))


def read_json_object(path: Path) -> dict[str, Any]:
    """One JSON object from a plain file in the folder, or :class:`ReviewFileError` saying why.

    Links, pipes and devices are refused, at most :data:`MAX_FILE_BYTES` are read (whatever
    ``st_size`` claims) and nesting deeper than :data:`MAX_JSON_DEPTH` is refused unparsed.
    """
    try:
        raw = loads_bounded(read_regular_file(path, MAX_FILE_BYTES).decode("utf-8"), MAX_JSON_DEPTH)
    except InputLimitError as exc:
        raise ReviewFileError(f"niet gelezen (not read: {exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReviewFileError(
            "geen geldige JSON; misschien nog niet helemaal gesynchroniseerd "
            "(not valid JSON; perhaps not fully synced yet)"
        ) from None
    if not isinstance(raw, dict):
        raise ReviewFileError("geen JSON-object (not a JSON object)")
    return raw


def field_of(raw: dict[str, Any], key: str, kind: type[T]) -> T:
    """``raw[key]`` if it has the expected type, else :class:`ReviewFileError` naming the field."""
    value = raw.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ReviewFileError(
            f"veld '{key}' ontbreekt of is onjuist (field '{key}' missing or wrong type)"
        )
    return value


def is_safe_id(value: str) -> bool:
    """Ids become file names: lowercase hex only, so no path tricks and no case clashes."""
    return 8 <= len(value) <= 64 and all(c in "0123456789abcdef" for c in value)


def refuse_duplicate_ids(
    scan: Scan[T], identity: Callable[[T], str], body: Callable[[T], dict[str, Any]]
) -> Scan[T]:
    """Fold identical copies of one file (sync conflicts); refuse an id used for two contents.

    A second file with the same id must never replace the real one quietly: both are left
    out, and each is reported with the other's name.
    """
    groups: dict[str, list[tuple[T, Path | None]]] = {}
    sources: list[Path | None] = list(scan.sources) or [None] * len(scan.items)
    for item, source in zip(scan.items, sources, strict=True):
        groups.setdefault(identity(item), []).append((item, source))
    kept: list[T] = []
    kept_sources: list[Path] = []
    problems = list(scan.problems)
    for item_id, copies in groups.items():
        if len({canonical_json(body(item)) for item, _ in copies}) == 1:
            kept.append(copies[0][0])
            if copies[0][1] is not None:
                kept_sources.append(copies[0][1])
            continue
        names = [source.name for _, source in copies if source is not None]
        for _, source in copies:
            others = ", ".join(n for n in names if source is None or n != source.name)
            problems.append(
                FileProblem(
                    source or Path(item_id),
                    f"id {item_id} staat ook in {others}, met een andere inhoud: geen van "
                    f"beide telt (duplicate id {item_id}, also used by {others}: neither counts)",
                )
            )
    return Scan(tuple(kept), tuple(problems), tuple(kept_sources))
