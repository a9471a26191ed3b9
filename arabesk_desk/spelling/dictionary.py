"""Finding the OpenTaal Dutch Hunspell dictionary: configured, shipped with the app, or system."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checks.resources import packaged_resources_dir

DICTIONARY_NAME = "nl_NL"
DICTIONARY_VARIABLE = "ARABESK_DESK_DICTIONARY"
SETTINGS_KEY = "hunspell_dictionary"
ENGLISH_SETTINGS_KEY = "spelling_accept_english"  # false: English words count as unknown


@dataclass(frozen=True, slots=True)
class DictionaryLocation:
    """A Hunspell ``<name>.aff``/``<name>.dic`` pair and where it came from."""

    folder: Path
    name: str
    origin: str  # "configured", "app" or "system"

    @property
    def aff(self) -> Path:
        return self.folder / f"{self.name}.aff"

    @property
    def dic(self) -> Path:
        return self.folder / f"{self.name}.dic"


@dataclass(frozen=True, slots=True)
class DictionarySearch:
    """The outcome of a search: the dictionary (or None) and every place looked."""

    location: DictionaryLocation | None
    looked_in: tuple[Path, ...]


def system_dictionary_folders() -> tuple[Path, ...]:
    """Where operating systems keep Hunspell dictionaries (Debian, Fedora, macOS, LibreOffice)."""
    if sys.platform == "win32":
        program_files = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
        return (program_files / "LibreOffice" / "share" / "extensions" / "dict-nl",)
    return (
        Path("/usr/share/hunspell"),
        Path("/usr/share/myspell"),
        Path("/usr/share/myspell/dicts"),
        Path.home() / "Library" / "Spelling",
        Path("/Library/Spelling"),
    )


def find_dictionary(
    configured: str = "", environ: Mapping[str, str] | None = None
) -> DictionarySearch:
    """The first complete ``nl_NL`` pair: configured path or variable, the app's own, the system.

    ``configured`` may name a folder holding ``nl_NL.aff``/``.dic`` or the ``.dic`` file itself.
    """
    env = os.environ if environ is None else environ
    candidates: list[tuple[Path, str, str]] = []
    for value in (configured, env.get(DICTIONARY_VARIABLE, "")):
        if value.strip():
            candidates.append((*_split_configured(Path(value.strip()).expanduser()), "configured"))
    candidates.append((packaged_resources_dir() / "dictionaries", DICTIONARY_NAME, "app"))
    candidates.extend((folder, DICTIONARY_NAME, "system") for folder in system_dictionary_folders())
    return _first_complete(candidates)


def _split_configured(path: Path) -> tuple[Path, str]:
    if path.suffix in {".dic", ".aff"}:
        return path.parent, path.stem
    return path, DICTIONARY_NAME


def _first_complete(candidates: Sequence[tuple[Path, str, str]]) -> DictionarySearch:
    looked: list[Path] = []
    for folder, name, origin in candidates:
        looked.append(folder)
        location = DictionaryLocation(folder, name, origin)
        if location.aff.is_file() and location.dic.is_file():
            return DictionarySearch(location, tuple(looked))
    return DictionarySearch(None, tuple(looked))


def dictionary_version(location: DictionaryLocation) -> str:
    """The ``Date and version`` line OpenTaal writes in its ``.aff`` header, or ''."""
    try:
        with location.aff.open(encoding="utf-8", errors="replace") as aff:
            for _, line in zip(range(40), aff, strict=False):
                if "version:" in line.lower():
                    return line.split(":", 1)[1].strip()
    except OSError:
        return ""
    return ""


def english_dictionary() -> DictionaryLocation | None:
    """The en_US dictionary chunspell ships, to accept English words in Dutch posts."""
    spec = importlib.util.find_spec("hunspell")
    if spec is None or spec.origin is None:
        return None
    location = DictionaryLocation(Path(spec.origin).parent / "dictionaries", "en_US", "app")
    return location if location.aff.is_file() and location.dic.is_file() else None
