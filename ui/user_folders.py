"""Where file and folder choosers start: the user's own folders, never the program's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

Location = QStandardPaths.StandardLocation


def user_folder(kind: Location = Location.DocumentsLocation) -> str:
    """The user's Documents folder (or ``kind``: Pictures, …), else their home folder."""
    found = QStandardPaths.writableLocation(kind)
    if found and Path(found).is_dir():
        return found
    return QStandardPaths.writableLocation(Location.HomeLocation)
