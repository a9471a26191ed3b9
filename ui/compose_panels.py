"""The compose window's companions: channel preview, attachments, drafts list and settings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QTabWidget

from arabesk_desk.posts import Draft
from arabesk_desk.review.states import ReviewMode
from checks import Capacity
from ui.channel_names import NEEDS_PHOTO, NEEDS_VIDEO, label_for
from ui.channel_preview import ChannelPreview
from ui.message_bar import MessageKind
from ui.services import AppServices

if TYPE_CHECKING:
    from arabesk_desk.review.requests import ReviewRequest
    from ui.compose_window import ComposeWindow
    from ui.drafts_list import DraftsDialog
    from ui.review_request_dialog import ReviewRequestDialog
    from ui.settings_dialog import SettingsDialog

PREVIEW_DELAY_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComposePanels", text)


def preview_notes(
    channels: Sequence[str], services: AppServices, has_media: bool
) -> dict[str, str]:
    """A line above a channel's card when it cannot post the text alone."""
    notes = {}
    for name in channels:
        label = label_for(name, services.channels)
        if name in NEEDS_PHOTO and not has_media:
            text = _tr("%1 plaatst geen bericht zonder foto of video: voeg er een toe.")
        elif name in NEEDS_PHOTO:
            text = _tr(
                "Je foto of video upload je zelf in %1; Arabesk Desk plaatst alleen de tekst."
            )
        elif name in NEEDS_VIDEO:
            text = _tr("Deze tekst hoort bij een video die je zelf uploadt in %1.")
        else:
            continue
        notes[name] = text.replace("%1", label)
    return notes


def preview_authors(
    channels: Sequence[str], services: AppServices, capacity: Capacity
) -> dict[str, str]:
    """Who the post appears to come from: the school's account when official, else you."""
    if capacity is Capacity.OFFICIAL:
        policy = services.checker.policy
        return {name: policy.accounts.get(name) or policy.school_name for name in channels}
    mine = services.settings.name.strip() or _tr("Jij")
    return dict.fromkeys(channels, mine)


class PreviewTab(QObject):
    """The "Voorbeeld" tab: repainted after a short pause, and only while it is in view."""

    def __init__(self, tabs: QTabWidget, services: AppServices) -> None:
        super().__init__(tabs)
        self.preview = ChannelPreview(services.channels)
        self._services = services
        self._tabs = tabs
        self._post: tuple[str, Sequence[str], Capacity, bool] = ("", (), Capacity.PERSONAL, False)
        tabs.addTab(self.preview, tabs.tr("Voorbeeld"))
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render)
        tabs.currentChanged.connect(lambda _: self._render_if_visible())

    def show_post(
        self, text: str, channels: Sequence[str], capacity: Capacity, has_media: bool
    ) -> None:
        self._post = (text, tuple(channels), capacity, has_media)
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
        text, channels, capacity, has_media = self._post
        self.preview.set_post(
            text,
            channels,
            authors=preview_authors(channels, self._services, capacity),
            notes=preview_notes(channels, self._services, has_media),
        )


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
        lane.submit(lambda store: store.list_drafts(), self._show, _tr("concepten lezen"))

    def _show(self, drafts: list[Draft]) -> None:
        from ui.drafts_list import DraftsDialog  # loaded on first use: a faster start

        self._drafts = list(drafts)
        table = self._window.services.channels
        labels = {name: label_for(name, table) for name in table}
        self.dialog = DraftsDialog(
            lambda: list(self._drafts), self._delete, labels, parent=self._window
        )
        self.dialog.accepted.connect(self._opened)
        self.dialog.open()

    def restore_last(self) -> None:
        """Crash recovery: reopen the last unpublished draft, if there is one."""
        self._window.session.restore_last(self._restored)

    def _restored(self, draft: Draft | None) -> None:
        window = self._window
        restored = draft is not None and not window.editor.toPlainText()
        if draft is not None and restored:
            window.load_draft(draft, stored=True)
            window.messages.show_message(
                _tr("Je laatste concept is teruggezet: je kunt verder waar je was."),
                MessageKind.INFO,
                [(_tr("Nieuw bericht beginnen"), window.new_draft)],
            )
        window.restore_finished.emit(restored)

    def _delete(self, draft_id: str) -> None:
        lane = self._window.session.lane
        if lane is not None:
            lane.submit(
                lambda store: store.delete_draft(draft_id), None, _tr("concept verwijderen")
            )
        self._drafts = [d for d in self._drafts if d.id != draft_id]
        if draft_id == self._window.session.draft.id:
            self._window.new_draft()  # the open draft is gone: do not save it back

    def _opened(self) -> None:
        wanted = self.dialog.opened_draft_id() if self.dialog else ""
        draft = next((d for d in self._drafts if d.id == wanted), None)
        if draft is not None:
            self._window.load_draft(draft, stored=True)


def open_settings(window: ComposeWindow) -> SettingsDialog:
    """The settings dialog; it saves the file itself, and the window applies the new settings."""
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
    dialog.settings_saved.connect(window.apply_settings)
    dialog.open()
    return dialog


class ReviewOpener:
    """ "Twijfel? Vraag je leidinggevende": the review dialog on the draft as it is now."""

    def __init__(self, window: ComposeWindow) -> None:
        self._window = window
        self.dialog: ReviewRequestDialog | None = None

    def open(self) -> None:
        from arabesk_desk.review.folder import open_review_folder
        from arabesk_desk.review.readiness import review_readiness
        from arabesk_desk.store.review_ledger import StoreReviewLedger
        from ui.review_request_dialog import ReviewRequestDialog  # loaded on first use

        window = self._window
        services = window.services
        settings, policy = services.settings, services.checker.policy.review
        folder = open_review_folder(
            settings.review_folder,
            services.paths.root,
            policy,
            owner=settings.name,
            ledger=StoreReviewLedger(services.paths.database),
        )
        self.dialog = ReviewRequestDialog(
            folder,
            window.session.draft,
            window.findings(),
            readiness=review_readiness(policy, settings.review_folder, services.paths.root),
            channels=services.channels,
            parent=window,
        )
        self.dialog.request_sent.connect(self._sent)
        self.dialog.review_updated.connect(lambda review: window.review_changed(review.status))
        self.dialog.problem.connect(window.show_problem)
        self.dialog.open()

    def _sent(self, request: ReviewRequest) -> None:
        window = self._window
        window.request_review(request.message)
        if request.mode is ReviewMode.QUESTION:
            text = _tr(
                "Je vraag is naar je leidinggevende gestuurd; je concept blijft bewaard. Het "
                "antwoord zie je in dit venster of via Beoordeling en logboek › Beoordeling "
                "aanvragen…"
            )
        else:
            text = _tr(
                "Je bericht is ter beoordeling gestuurd; je concept blijft bewaard. Na de "
                "goedkeuring kies je opnieuw ‘Publiceren…’."
            )
        window.messages.show_message(text, MessageKind.INFO)
