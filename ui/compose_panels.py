"""The compose window's companions: channel preview, attachments, drafts list and settings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget

from arabesk_desk.posts import Draft
from arabesk_desk.user_settings import UserSettings
from checks.channels import Channel
from ui.channel_preview import ChannelPreview

if TYPE_CHECKING:
    from ui.compose_window import ComposeWindow
    from ui.drafts_list import DraftsDialog
    from ui.review_request_dialog import ReviewRequestDialog
    from ui.settings_dialog import SettingsDialog

PREVIEW_DELAY_MS = 150


class PreviewTab(QObject):
    """The "Voorbeeld" tab: repainted after a short pause, and only while it is in view."""

    def __init__(self, tabs: QTabWidget, channels: Mapping[str, Channel]) -> None:
        super().__init__(tabs)
        self.preview = ChannelPreview(channels)
        self._tabs = tabs
        self._post: tuple[str, Sequence[str], str, Mapping[str, str]] = ("", (), "", {})
        tabs.addTab(self.preview, tabs.tr("Voorbeeld"))
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render)
        tabs.currentChanged.connect(lambda _: self._render_if_visible())

    def show_post(
        self,
        text: str,
        channels: Sequence[str],
        author: str,
        accounts: Mapping[str, str] | None = None,
    ) -> None:
        self._post = (text, tuple(channels), author, dict(accounts or {}))
        if self._visible():
            self._timer.start()

    def reveal(self) -> None:
        self._tabs.setCurrentWidget(self.preview)

    def _visible(self) -> bool:
        return self._tabs.currentWidget() is self.preview

    def _render_if_visible(self) -> None:
        if self._visible():
            self._render()

    def _render(self) -> None:
        text, channels, author, accounts = self._post
        self.preview.set_post(text, channels, author, accounts)


class DraftsOpener:
    """ "Concepten…": reads the drafts on the store lane, then shows the list over them."""

    def __init__(self, window: ComposeWindow) -> None:
        self._window = window
        self.dialog: DraftsDialog | None = None
        self._drafts: list[Draft] = []

    def open(self) -> None:
        lane = self._window.session.lane
        if lane is None:
            return
        self._window.session.save_now()  # the list then shows the current text too
        lane.submit(lambda store: store.list_drafts(), self._show, "concepten lezen")

    def _show(self, drafts: list[Draft]) -> None:
        from ui.drafts_list import DraftsDialog  # loaded on first use: a faster start

        self._drafts = list(drafts)
        labels = {name: c.label for name, c in self._window.services.channels.items()}
        self.dialog = DraftsDialog(
            lambda: list(self._drafts), self._delete, labels, parent=self._window
        )
        self.dialog.accepted.connect(self._opened)
        self.dialog.open()

    def _delete(self, draft_id: str) -> None:
        lane = self._window.session.lane
        if lane is not None:
            lane.submit(lambda store: store.delete_draft(draft_id), None, "concept verwijderen")
        self._drafts = [d for d in self._drafts if d.id != draft_id]
        if draft_id == self._window.session.draft.id:
            self._window.new_draft()  # the open draft is gone: do not save it back

    def _opened(self) -> None:
        wanted = self.dialog.opened_draft_id() if self.dialog else ""
        draft = next((d for d in self._drafts if d.id == wanted), None)
        if draft is not None:
            self._window.load_draft(draft, stored=True)


def open_settings(
    window: ComposeWindow, on_saved: Callable[[UserSettings], None]
) -> SettingsDialog:
    """The settings dialog; it saves the file itself and reports the new settings."""
    from ui.settings_dialog import ManagedPolicy, SettingsDialog  # loaded on first use

    services = window.services
    checker = services.checker
    managed = (
        ManagedPolicy(
            checker.machine_policy, checker.policy.school_name, checker.policy.review.folder
        )
        if checker.machine_policy is not None
        else None
    )
    dialog = SettingsDialog(
        services.settings,
        services.channels,
        settings_path=services.paths.settings_file,
        parent=window,
        managed=managed,
    )
    dialog.settings_saved.connect(on_saved)
    dialog.open()
    return dialog


class ReviewOpener:
    """ "Twijfel? Vraag je leidinggevende": the review dialog on the draft as it is now."""

    def __init__(self, window: ComposeWindow) -> None:
        self._window = window
        self.dialog: ReviewRequestDialog | None = None

    def open(self) -> None:
        from arabesk_desk.review.folder import open_review_folder
        from ui.review_request_dialog import ReviewRequestDialog  # loaded on first use

        window = self._window
        services = window.services
        folder = open_review_folder(
            services.settings.review_folder, services.paths.root, services.checker.policy.review
        )
        self.dialog = ReviewRequestDialog(
            folder, window.session.draft, window.findings(), parent=window
        )
        self.dialog.request_sent.connect(lambda request: window.request_review(request.message))
        self.dialog.review_updated.connect(lambda review: window.review_changed(review.status))
        self.dialog.problem.connect(window.status.show_problem)
        self.dialog.open()
