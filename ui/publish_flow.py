"""Publishing: the gate, then the clipboard, the channel's share page and one log entry."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from arabesk_desk.posts import Draft, DraftStatus, Override
from checks import Finding
from checks.channels import Channel
from ui.draft_session import DraftSession

if TYPE_CHECKING:
    from arabesk_desk.store import PublishedItem
    from ui.publish_gate import PublishGateDialog

UrlOpener = Callable[[QUrl], bool]
ReviewRecord = dict[str, Any]  # what PublishedItem.review keeps of a signed review
OnCleared = Callable[[ReviewRecord | None], None]
# Decides, after the gate, whether the post may go out now (a needed review approved):
# called with (draft, findings, overrides, on_cleared); calls on_cleared(review record) if so.
Clearance = Callable[[Draft, Sequence[Finding], Sequence[Override], OnCleared], None]


def share_urls(text: str, channels: Sequence[str], table: Mapping[str, Channel]) -> list[QUrl]:
    """The share page of every chosen channel that has one, with the text filled in."""
    urls = []
    for name in channels:
        channel = table.get(name)
        if channel is not None and channel.share_url:
            urls.append(QUrl(channel.share_url.replace("{text}", quote(text, safe=""))))
    return urls


class PublishFlow(QObject):
    """Runs the gate for the current draft and, once confirmed, publishes it."""

    published = Signal(object)  # PublishedItem
    fix_requested = Signal(object)  # list[Finding]

    def __init__(
        self,
        session: DraftSession,
        channels: Mapping[str, Channel],
        open_url: UrlOpener = QDesktopServices.openUrl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._channels = channels
        self._open_url = open_url
        self.dialog: PublishGateDialog | None = None
        self.clearance: Clearance | None = None  # set by the review wiring

    def start(self, findings: Sequence[Finding], open_share: bool, window: QWidget) -> None:
        """Open the gate (window-modal); publishing continues when the author confirms."""
        from ui.publish_gate import PublishGateDialog  # loaded on first use: a faster start

        draft = self._session.draft
        self.dialog = PublishGateDialog(draft.text, findings, draft.attachments, parent=window)
        self.dialog.publish_confirmed.connect(
            lambda overrides: self._clear(findings, tuple(overrides), open_share)
        )
        self.dialog.fix_requested.connect(self.fix_requested)
        self.dialog.open()

    def _clear(
        self, findings: Sequence[Finding], overrides: tuple[Override, ...], open_share: bool
    ) -> None:
        """Publish at once, or once the review wiring says a needed approval is there."""
        if self.clearance is None:
            self.finish(findings, overrides, open_share)
            return

        def cleared(record: ReviewRecord | None) -> None:
            self.finish(findings, overrides, open_share, review=record)

        self.clearance(self._session.draft, findings, overrides, cleared)

    def finish(
        self,
        findings: Sequence[Finding],
        overrides: tuple[Override, ...],
        open_share: bool,
        review: ReviewRecord | None = None,
    ) -> PublishedItem:
        """Copy, open the share pages if asked, mark the draft published and log it."""
        from arabesk_desk.store import PublishedItem

        draft: Draft = self._session.draft
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(draft.text)
        if open_share:
            for url in share_urls(draft.text, draft.channels, self._channels):
                self._open_url(url)
        item = PublishedItem.from_draft(
            draft, findings=tuple(f.to_dict() for f in findings), overrides=overrides, review=review
        )
        self._session.mark(DraftStatus.PUBLISHED)
        lane = self._session.lane
        if lane is not None:
            lane.submit(
                lambda store: store.append_published(item),
                lambda _: self.published.emit(item),
                "publicatie vastleggen",
            )
        else:
            self.published.emit(item)
        return item
