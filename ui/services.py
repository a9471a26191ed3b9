"""What the composition root hands the windows: paths, settings, checker, lanes. Plain data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from arabesk_desk.paths import DataPaths
from arabesk_desk.post_checker import PostChecker
from arabesk_desk.user_settings import UserSettings
from checks.channels import Channel
from ui.lanes.spelling_lane import SpellingEngine
from ui.lanes.store_lane import StoreLane

# guidelines.toml: "6" -> {"nl": "Medewerkers … publiceren.", "en": "…"}
Guidelines = Mapping[str, Mapping[str, str]]
SpellingLoader = Callable[[], tuple[SpellingEngine | None, str]]


@dataclass
class AppServices:
    """Built once by :mod:`ui.app`; nothing here is reached as a global."""

    paths: DataPaths
    settings: UserSettings
    checker: PostChecker
    store_lane: StoreLane | None
    spelling_service: SpellingEngine | None = None
    # Starts the spelling process; called once the window is usable, so it never delays it.
    spelling_loader: SpellingLoader | None = None
    spelling_problem: str = ""
    language: str = "nl"
    startup_problems: list[str] = field(default_factory=list)

    @property
    def channels(self) -> dict[str, Channel]:
        """The channel table with the school's own share pages applied."""
        return self.checker.channels

    @property
    def guidelines(self) -> Guidelines:
        table = self.checker.engine.resources.data("guidelines.toml")
        return {
            number: {lang: str(text) for lang, text in entry.items()}
            for number, entry in table.items()
            if isinstance(entry, dict)
        }

    @property
    def school_name(self) -> str:
        return self.checker.policy.school_name
