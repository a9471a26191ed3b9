"""What the composition root hands the windows: paths, settings, checker, lanes. Plain data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from arabesk_desk.paths import DataPaths
from arabesk_desk.post_checker import PostChecker
from arabesk_desk.user_settings import UserSettings
from checks.channels import Channel
from ui.lanes.store_lane import StoreLane


@dataclass
class AppServices:
    """Built once by :mod:`ui.app`; nothing here is reached as a global."""

    paths: DataPaths
    settings: UserSettings
    checker: PostChecker
    store_lane: StoreLane | None
    spelling_service: Any | None = None
    # Starts the spelling process; called once the window is usable, so it never delays it.
    spelling_loader: Callable[[], tuple[Any | None, str]] | None = None
    spelling_problem: str = ""
    language: str = "nl"
    startup_problems: list[str] = field(default_factory=list)

    @property
    def channels(self) -> dict[str, Channel]:
        """The channel table with the school's own share pages applied."""
        return self.checker.channels

    @property
    def guidelines(self) -> dict[str, Any]:
        return self.checker.engine.resources.data("guidelines.toml")

    @property
    def school_name(self) -> str:
        return self.checker.policy.school_name
