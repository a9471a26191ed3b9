"""New settings take effect at once: name, role, channels, theme, review folder and policy.

Only the interface language waits for the next start (every widget is built translated once);
the message bar says so when, and only when, the language changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from arabesk_desk.post_checker import PostChecker
from arabesk_desk.user_settings import UserSettings
from checks import Role
from ui import theme
from ui.compose_commands import sync_capacity_actions
from ui.compose_sections import role_label
from ui.lanes.background import BackgroundRunner
from ui.message_bar import MessageKind

if TYPE_CHECKING:
    from ui.compose_window import ComposeWindow


class SettingsApplier(QObject):
    """Carries a saved :class:`UserSettings` into the running window and its companions."""

    def __init__(self, window: ComposeWindow) -> None:
        super().__init__(window)
        self.window = window
        self._runner = BackgroundRunner(parent=self)

    def apply(self, settings: UserSettings) -> None:
        """Apply and say so (with what waits for a restart) in the message bar."""
        old = self.window.services.settings
        self.apply_quietly(settings)
        self.window.messages.show_message(self._saved_text(old, settings), MessageKind.SUCCESS)

    def apply_quietly(self, settings: UserSettings) -> None:
        """Apply without a message (the first-use name)."""
        window = self.window
        old = window.services.settings
        window.services.settings = settings
        window.role_label.setText(role_label(settings.role))
        window.capacity.set_role(settings.role)  # a leader is official from now on
        window.session.update(
            author=settings.name, role=settings.role, capacity=window.capacity.capacity()
        )
        sync_capacity_actions(window)
        window.channel_bar.set_shown(settings.channels)
        if theme.theme_choice(settings) != theme.theme_choice(old):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, theme.theme_choice(settings))
        if settings.policy_file != old.policy_file:
            self._load_policy(settings)
        elif window.review is not None:
            window.review.settings_changed()
        window.recheck()

    def _saved_text(self, old: UserSettings, new: UserSettings) -> str:
        parts = [self.tr("Je instellingen zijn opgeslagen en gelden meteen.")]
        if new.language != old.language:
            parts.append(
                self.tr("De taal van de schermen verandert als je Arabesk Desk opnieuw start.")
            )
        if new.role is Role.LEADER and old.role is not Role.LEADER:
            parts.append(
                self.tr(
                    "Als schoolleider schrijf je altijd namens de school; verzoeken om "
                    "beoordeling vind je onder Beoordeling en logboek › Te beoordelen…"
                )
            )
        return " ".join(parts)

    def _load_policy(self, settings: UserSettings) -> None:
        """Reading a policy and its roster takes a moment: off the GUI thread."""
        from ui.app import load_checker

        self._runner.run(
            lambda: load_checker(settings),
            self._policy_loaded,
            lambda error: self.window.show_problem(str(error)),
        )

    def _policy_loaded(self, loaded: tuple[PostChecker, str | None]) -> None:
        checker, problem = loaded
        window = self.window
        window.services.checker = checker
        window.capacity.set_school_name(checker.policy.school_name)
        if window.review is not None:
            window.review.settings_changed()
        window.recheck()
        if problem:
            window.show_problem(problem)
