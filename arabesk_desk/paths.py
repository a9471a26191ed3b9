"""Where Arabesk Desk keeps its data: platformdirs paths, or ``ARABESK_DESK_HOME`` when set.

Per user: :func:`data_paths`. For the whole machine (written by ICT, read by every user):
:func:`machine_policy_file` and :func:`machine_languagetool_dir`. Nothing is created at
import time; call these and pass the result down.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ArabeskDesk"
HOME_VARIABLE = "ARABESK_DESK_HOME"
MACHINE_POLICY_VARIABLE = "ARABESK_DESK_MACHINE_POLICY"
MACHINE_POLICY_NAME = "policy.toml"


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
    def spelling_verdicts(self) -> Path:
        """Hunspell's verdicts per word, kept between runs (a cache: safe to delete)."""
        return self.root / "spelling-verdicts.json"

    @property
    def languagetool_dir(self) -> Path:
        """Where ``arabesk-desk languagetool install`` puts LanguageTool for this user."""
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


def machine_policy_file(environ: dict[str, str] | None = None) -> Path:
    """The machine-wide policy ICT places for every user (it need not exist).

    ``$ARABESK_DESK_MACHINE_POLICY`` when set, else ``policy.toml`` in the platform's
    machine-wide configuration folder: ``C:\\ProgramData\\ArabeskDesk`` on Windows,
    ``/etc/xdg/ArabeskDesk`` on Linux, ``/Library/Application Support/ArabeskDesk`` on macOS.
    """
    env = os.environ if environ is None else environ
    override = env.get(MACHINE_POLICY_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / MACHINE_POLICY_NAME


def machine_languagetool_dir() -> Path:
    """Where ``arabesk-desk languagetool install --machine`` puts LanguageTool for every user."""
    return Path(platformdirs.site_data_dir(APP_NAME, appauthor=False)) / "languagetool"
