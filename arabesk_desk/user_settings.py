"""The user's own settings (name, role, policy file, LanguageTool, channels), as TOML.

A damaged settings file is never lost: it is kept aside under a new numbered name
(``settings.toml.broken-1``, ``-2``, …; an earlier backup is never overwritten), defaults are
used, and the caller gets a :class:`SettingsProblem` to show in Dutch (window) or English
(CLI). Settings are written with tomli-w, so quoted keys and odd text round-trip.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

from arabesk_desk.bounded_input import InputLimitError, read_regular_file
from checks import Role

MAX_SETTINGS_BYTES = 1 << 20
BACKUP_INFIX = ".broken-"


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """Why the settings file was not used and where the user's file now is."""

    message: str  # Dutch, for the window
    message_en: str  # English, for the CLI
    backup: Path | None = None

    def __str__(self) -> str:
        return self.message_en


DEFAULT_CHANNELS = ("x", "linkedin", "facebook", "instagram", "mastodon")


@dataclass(frozen=True, slots=True)
class UserSettings:
    name: str = ""
    role: Role = Role.STAFF
    policy_file: str = ""
    languagetool_dir: str = ""
    languagetool_server: str = ""
    languagetool_public_api: bool = False  # explicit opt-in: text leaves the laptop
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    language: str = "nl"
    review_folder: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def load_settings(path: Path) -> tuple[UserSettings, SettingsProblem | None]:
    """The settings in ``path`` (defaults when absent) and a problem, if any."""
    if not path.exists() and not path.is_symlink():
        return UserSettings(), None
    try:
        os.stat(path)  # a file this user may not open is reported, not moved aside
        with open(path, "rb"):
            pass
    except OSError as exc:
        return UserSettings(), _unreadable(path, exc.strerror or str(exc))
    try:
        raw = read_regular_file(path, MAX_SETTINGS_BYTES, follow_links=True)
        return _from_dict(tomllib.loads(raw.decode("utf-8"))), None
    except (InputLimitError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        return UserSettings(), _kept_aside(path, " ".join(str(exc).split()))
    except TypeError as exc:
        return UserSettings(), _kept_aside(path, f"a setting has the wrong kind of value ({exc})")


def _unreadable(path: Path, detail: str) -> SettingsProblem:
    return SettingsProblem(
        f"Je instellingen in {path} zijn niet te lezen ({detail}); de standaardinstellingen "
        "worden gebruikt. Het bestand is niet gewijzigd.",
        f"{path}: could not be read ({detail}); defaults are used. The file was left as it is.",
    )


def _kept_aside(path: Path, detail: str) -> SettingsProblem:
    try:
        backup = keep_aside(path)
    except OSError as exc:
        return _unreadable(path, f"{detail}; {exc.strerror or exc}")
    return SettingsProblem(
        f"Je instellingen in {path} zijn niet te lezen ({detail}). Je bestand is bewaard als "
        f"{backup.name}; de app gebruikt nu de standaardinstellingen.",
        f"{path}: could not be read ({detail}); your file was kept as {backup.name} and the "
        "defaults are used.",
        backup,
    )


def keep_aside(path: Path) -> Path:
    """Move ``path`` to ``<name>.broken-N`` with the first free N; returns the new name.

    The new name is taken with a hard link, which fails rather than replace an existing file,
    so two programs keeping files aside at once never overwrite each other's backup.
    """
    number = 1
    while True:
        candidate = path.with_name(f"{path.name}{BACKUP_INFIX}{number}")
        try:
            os.link(path, candidate, follow_symlinks=False)
        except FileExistsError:
            number += 1
            continue
        except OSError:  # no hard links here (some network shares): a checked rename
            if candidate.exists() or candidate.is_symlink():
                number += 1
                continue
            path.rename(candidate)
            return candidate
        path.unlink()
        return candidate


def _from_dict(data: dict[str, Any]) -> UserSettings:
    known = {f.name for f in fields(UserSettings)} - {"extra"}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    if "role" in values:
        values["role"] = Role(values["role"])
    if "channels" in values:
        channels = values["channels"]
        if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
            raise ValueError("'channels' must be a list of channel names")
        values["channels"] = tuple(channels)
    for key in (
        "name",
        "policy_file",
        "languagetool_dir",
        "languagetool_server",
        "language",
        "review_folder",
    ):
        if key in values and not isinstance(values[key], str):
            raise ValueError(f"'{key}' must be text")
    extra = {k: v for k, v in data.items() if k not in known}
    return UserSettings(**values, extra=extra)


def save_settings(path: Path, settings: UserSettings) -> None:
    """Write atomically with a TOML writer: a crash mid-write leaves the old file intact."""
    data = asdict(settings)
    extra = data.pop("extra")
    data["role"] = str(settings.role)
    data["channels"] = list(settings.channels)
    text = tomli_w.dumps({**extra, **data})
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
