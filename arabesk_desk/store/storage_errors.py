"""What went wrong with the log database, said truthfully: damage only when it is damage.

A read-only, immutable or read-only-mounted data folder, or a full disk, makes SQLite say
"unable to open database file" or "disk I/O error". Calling that "damaged" would send the
user to restore a backup and lose newer entries, so after a failure the folder itself is
probed (can a file be made there? what does the file system say?) and the message names the
real cause and says that nothing is damaged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

# SQLite's primary result codes (the low byte of ``sqlite_errorcode``).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB = 26
_DAMAGE = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
_ACCESS = frozenset({SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_FULL})
LOW_SPACE_BYTES = 1 << 20
NOTHING_DAMAGED = "Er is niets beschadigd"
NOTHING_DAMAGED_EN = "Nothing is damaged"


class StoreError(Exception):
    """The store cannot do what was asked; ``message`` is Dutch, ``message_en`` English.

    ``reason`` is a short machine-readable code: ``corrupt``, ``newer``, ``foreign``,
    ``missing``, ``unreadable``, ``busy``, ``readonly``, ``full``, ``unwritable``,
    ``conflict``, ``invalid``, ``unsigned`` or ``tampered``.
    """

    def __init__(self, reason: str, message: str, message_en: str) -> None:
        super().__init__(f"{message}\n{message_en}")
        self.reason = reason
        self.message = message
        self.message_en = message_en


def corrupt_error(path: Path, detail: str) -> StoreError:
    return StoreError(
        "corrupt",
        f"De database '{path}' is beschadigd ({detail}). Arabesk Desk heeft het bestand niet "
        "gewijzigd; zet een reservekopie terug of vraag ICT-beheer om hulp.",
        f"The database '{path}' is damaged ({detail}). Arabesk Desk left the file unchanged; "
        "restore a backup or ask IT support for help.",
    )


def unreadable_error(path: Path, detail: str) -> StoreError:
    return StoreError(
        "unreadable",
        f"De database '{path}' kan niet worden geopend ({detail}).",
        f"The database '{path}' cannot be opened ({detail}).",
    )


def missing_error(path: Path) -> StoreError:
    return StoreError(
        "missing",
        f"Er is nog geen log op '{path}'.",
        f"There is no log at '{path}' yet.",
    )


def newer_error(path: Path, found: int, known: int) -> StoreError:
    return StoreError(
        "newer",
        f"De database '{path}' is gemaakt door een nieuwere versie van Arabesk Desk "
        f"(schemaversie {found}, deze versie kent t/m {known}). Installeer de nieuwste versie; "
        "het bestand is niet gewijzigd.",
        f"The database '{path}' was made by a newer version of Arabesk Desk (schema version "
        f"{found}, this version knows up to {known}). Install the latest version; the file "
        "was left unchanged.",
    )


def foreign_error(path: Path) -> StoreError:
    return StoreError(
        "foreign",
        f"'{path}' is een SQLite-database van een ander programma, geen Arabesk Desk-log. "
        "Het bestand is niet gewijzigd.",
        f"'{path}' is an SQLite database of another program, not an Arabesk Desk log. "
        "The file was left unchanged.",
    )


def readonly_error(path: Path, why: str, why_en: str) -> StoreError:
    return StoreError(
        "readonly",
        f"Arabesk Desk kan niet schrijven in de database '{path}': {why}. "
        f"{NOTHING_DAMAGED}: zet géén reservekopie terug (dan gaan nieuwere items verloren). "
        "Maak de map weer beschrijfbaar of vraag ICT-beheer om hulp.",
        f"Arabesk Desk cannot write to the database '{path}': {why_en}. "
        f"{NOTHING_DAMAGED_EN}: do not restore a backup (newer entries would be lost). Make "
        "the folder writable again or ask IT support.",
    )


def full_error(path: Path) -> StoreError:
    return StoreError(
        "full",
        f"De schijf met de database '{path}' is vol. {NOTHING_DAMAGED}: maak ruimte vrij en "
        "probeer het opnieuw; zet géén reservekopie terug.",
        f"The disk holding the database '{path}' is full. {NOTHING_DAMAGED_EN}: free some "
        "space and try again; do not restore a backup.",
    )


def busy_error(path: Path) -> StoreError:
    return StoreError(
        "busy",
        f"De database '{path}' is bezet door een ander programma; probeer het zo opnieuw.",
        f"The database '{path}' is busy in another program; try again shortly.",
    )


def unwritable_error(path: Path, detail: str) -> StoreError:
    return StoreError(
        "unwritable",
        f"Er kan niet naar de database '{path}' worden geschreven ({detail}). Er is niets "
        "verloren; controleer de schijf en de rechten en probeer het opnieuw.",
        f"The database '{path}' cannot be written ({detail}). Nothing was lost; check the "
        "disk and the permissions and try again.",
    )


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def explain_sqlite_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """The true cause of an SQLite error: damage, a locked file, or a folder that refuses."""
    code, text = primary_code(exc), str(exc)
    if code in _DAMAGE or "malformed" in text or "not a database" in text:
        return corrupt_error(path, text)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return busy_error(path)
    if code in _ACCESS or code is None:
        cause = folder_problem(path.parent)
        if cause is not None:
            return cause_error(path, cause)
        if code == SQLITE_FULL:
            return full_error(path)
        if code in (SQLITE_READONLY, SQLITE_PERM):
            return readonly_error(
                path, "het bestand is alleen-lezen", "the file is read-only or immutable"
            )
        if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
            return unwritable_error(path, text)
    return unreadable_error(path, text)


def runtime_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """A clear error for what SQLite reports while the store is in use."""
    return explain_sqlite_error(path, exc)


def cause_error(path: Path, cause: int) -> StoreError:
    if cause == errno.ENOSPC:
        return full_error(path)
    if cause == errno.EROFS:
        return readonly_error(
            path, "de map staat op een alleen-lezen schijf", "its folder is on a read-only mount"
        )
    if cause == errno.EPERM:
        return readonly_error(
            path,
            "de map is beveiligd tegen wijzigen (immutable)",
            "its folder is protected against changes (immutable)",
        )
    return readonly_error(
        path, "de map is niet beschrijfbaar voor deze gebruiker", "its folder is not writable"
    )


def folder_problem(folder: Path) -> int | None:
    """Why nothing can be written in ``folder`` (an ``errno``), or None when a probe works.

    A disk with less than a megabyte left counts as full even when a tiny probe still fits.
    """
    probe = folder / f".arabesk-probe-{uuid.uuid4().hex}"
    try:
        with open(probe, "xb") as handle:
            handle.write(b"probe")
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return exc.errno if exc.errno in _PROBE_ERRORS else errno.EACCES
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return errno.ENOSPC if _free_bytes(folder) < LOW_SPACE_BYTES else None


_PROBE_ERRORS = frozenset({errno.ENOSPC, errno.EROFS, errno.EPERM, errno.EACCES, errno.EDQUOT})


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return LOW_SPACE_BYTES
