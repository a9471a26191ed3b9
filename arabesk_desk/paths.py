"""Where Arabesk Desk keeps its data: platformdirs paths, or ``ARABESK_DESK_HOME`` when set.

Nothing is created at import time; call :func:`data_paths` and pass the result down.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ArabeskDesk"
HOME_VARIABLE = "ARABESK_DESK_HOME"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The folders and files of one user's data."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "arabesk-desk.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.toml"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def personal_dictionary(self) -> Path:
        return self.root / "personal-words.txt"

    @property
    def languagetool_dir(self) -> Path:
        """Where ``packaging/install-languagetool`` puts LanguageTool for this user."""
        return self.root / "languagetool"

    def ensure(self) -> DataPaths:
        """Create the folders (not the files); returns self for chaining."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.attachments.mkdir(exist_ok=True)
        return self


def data_paths(environ: dict[str, str] | None = None) -> DataPaths:
    """The data folder: ``$ARABESK_DESK_HOME`` if set, else the platform's user data folder."""
    env = os.environ if environ is None else environ
    override = env.get(HOME_VARIABLE, "").strip()
    if override:
        return DataPaths(Path(override).expanduser())
    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
