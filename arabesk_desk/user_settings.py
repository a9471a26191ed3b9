"""The user's own settings (name, role, policy file, LanguageTool, channels), as TOML.

A damaged settings file is kept aside (``settings.toml.bad``) and defaults are used, so a
user never loses the app to a typo; the caller gets the problem to show.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from checks import Role

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


def load_settings(path: Path) -> tuple[UserSettings, str | None]:
    """The settings in ``path`` (defaults when absent) and a problem message, if any."""
    if not path.exists():
        return UserSettings(), None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return _from_dict(data), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, TypeError) as exc:
        aside = path.with_suffix(path.suffix + ".bad")
        try:
            path.replace(aside)
        except OSError:
            aside = path
        return UserSettings(), f"{path}: could not be read ({exc}); kept as {aside.name}"


def _from_dict(data: dict[str, Any]) -> UserSettings:
    known = {f.name for f in fields(UserSettings)} - {"extra"}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    if "role" in values:
        values["role"] = Role(values["role"])
    if "channels" in values:
        values["channels"] = tuple(str(c) for c in values["channels"])
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
    """Write atomically: a crash mid-write leaves the old file intact."""
    data = asdict(settings)
    extra = data.pop("extra")
    data["role"] = str(settings.role)
    data["channels"] = list(settings.channels)
    lines = [f"{key} = {_toml_value(value)}" for key, value in {**extra, **data}.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    # A JSON string is a valid TOML basic string: quotes, backslashes and controls escaped.
    return json.dumps(str(value), ensure_ascii=False)
