"""Where rule packs, term lists and data files come from, with a school's additions."""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

from checks.language.language_data import LanguageData
from checks.packs import PackError, read_toml
from checks.settings import EngineSettings
from checks.termlist import TermList, load_term_file

_KEPT_OPEN = contextlib.ExitStack()  # a temporary copy, if one was needed, lives until exit


@cache
def packaged_resources_dir() -> Path:
    """The ``resources/`` folder shipped with the app (checkout, wheel or frozen bundle).

    ``resources`` is a regular package, so in a checkout, a wheel install and a PyInstaller
    bundle it is one folder on disk, found without importing anything heavy. Anywhere else
    (a zip, say) ``importlib.resources.as_file`` makes a real folder of it. Never ``str()`` of
    a Traversable: for a namespace package that gives "MultiplexedPath(…)", not a path.
    """
    spec = importlib.util.find_spec("resources")
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if len(locations) == 1 and Path(locations[0], "rules").is_dir():
        return Path(locations[0])
    from importlib import resources as importlib_resources

    files = importlib_resources.files("resources")
    folder = _KEPT_OPEN.enter_context(importlib_resources.as_file(files))
    if not folder.is_dir():
        raise PackError(Path("resources"), None, "the app's data folder 'resources' is missing")
    atexit.register(_KEPT_OPEN.close)
    return folder


class Resources:
    """Read-only access to the data behind the rules, each file read once."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self.root = settings.resources_dir or packaged_resources_dir()
        self.term_list = cache(self._load_term_list)
        self.data = cache(self._load_data)
        self.language = LanguageData(self.root, self.term_list)

    def rule_pack_paths(self) -> list[Path]:
        folder = self.root / "rules"
        if not folder.is_dir():
            raise PackError(folder, None, "the folder with rule packs is missing")
        return sorted(folder.glob("*.toml"))

    def _load_term_list(self, name: str) -> TermList:
        terms = load_term_file(name, self.root / "terms" / f"{name}.txt")
        extra = self.settings.extra_terms.get(name)
        if extra:
            terms = terms.extended(extra, f"{self.settings.extra_terms_origin} [terms] {name}")
        return terms

    def _load_data(self, relative: str) -> dict[str, Any]:
        """A TOML data file under ``resources/`` (channels, guidelines, …)."""
        data, _ = read_toml(self.root / relative)
        return data
