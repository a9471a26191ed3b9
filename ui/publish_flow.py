"""Publishing: the gate, then the clipboard, the channel's share page and one log entry."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from arabesk_desk.posts import Draft, DraftStatus, Override
from checks import Capacity, Finding
from checks.channels import Channel
from ui.draft_session import DraftSession
from ui.message_bar import MessageKind
from ui.publish_gate_context import GateContext, ReviewPreview, post_summary
from ui.publish_report import ShareOutcome, published_message, share_targets
from ui.services import AppServices

if TYPE_CHECKING:
    from arabesk_desk.store import PublishedItem
    from ui.publish_gate import PublishGateDialog

UrlOpener = Callable[[QUrl], bool]
ReviewRecord = dict[str, Any]  # what PublishedItem.review keeps of a signed review
OnCleared = Callable[[ReviewRecord | None], None]
# Decides, after the gate, whether the post may go out now (a needed review approved):
# called with (draft, findings, overrides, on_cleared); calls on_cleared(review record) if so.
Clearance = Callable[[Draft, Sequence[Finding], Sequence[Override], OnCleared], None]
# Looks up, in the background, who approved exactly this draft; calls back with the name.
ApprovalLookup = Callable[[Draft, Callable[[str | None], None]], None]
# What the gate may say about review for this draft (policy, readiness), from the wiring.
ReviewPreviewer = Callable[[Draft], ReviewPreview]


def share_url(text: str, channel: Channel) -> QUrl:
    return QUrl(channel.share_url.replace("{text}", quote(text, safe="")))


def share_urls(text: str, channels: Sequence[str], table: Mapping[str, Channel]) -> list[QUrl]:
    """The share page of every chosen channel that has one, with the text filled in."""
    return [share_url(text, channel) for channel in share_targets(channels, table)]


class PublishFlow(QObject):
    """Runs the gate for the current draft and, once confirmed, publishes it."""

    published = Signal(object)  # PublishedItem
    fix_requested = Signal(object)  # list[Finding]
    message = Signal(str, object, object)  # text, MessageKind, [(button text, callback)]

    def __init__(
        self,
        session: DraftSession,
        services: AppServices,
        open_url: UrlOpener = QDesktopServices.openUrl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._services = services
        self._open_url = open_url
        self.dialog: PublishGateDialog | None = None
        self.clearance: Clearance | None = None  # set by the review wiring
        self.approval_lookup: ApprovalLookup | None = None  # set by the review wiring
        self.review_preview: ReviewPreviewer | None = None  # set by the review wiring

    def start(
        self,
        findings: Sequence[Finding],
        open_findings: Sequence[Finding],
        open_share: bool,
        window: QWidget,
    ) -> None:
        """Open the gate (window-modal); publishing continues when the author confirms."""
        from ui.publish_gate import PublishGateDialog  # loaded on first use: a faster start

        draft = self._session.draft
        self.dialog = PublishGateDialog(
            draft.text,
            findings,
            draft.attachments,
            parent=window,
            context=self.gate_context(draft, open_findings),
        )
        self.dialog.publish_confirmed.connect(
            lambda overrides: self._clear(findings, tuple(overrides), open_share)
        )
        self.dialog.fix_requested.connect(self.fix_requested)
        self.dialog.open()
        if self.approval_lookup is not None:
            dialog = self.dialog
            self.approval_lookup(draft, lambda reviewer: dialog.set_approval(reviewer))

    def gate_context(self, draft: Draft, open_findings: Sequence[Finding]) -> GateContext:
        """The summary, an official post's warnings and, when review is wired, its outlook."""
        services = self._services
        channels = services.channels
        official = draft.capacity is Capacity.OFFICIAL
        review = self.review_preview(draft) if self.review_preview is not None else None
        return GateContext(
            summary=post_summary(draft, services.school_name, services.settings.name, channels),
            official_warnings=tuple(open_findings) if official else (),
            review=review,
        )

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
        QGuiApplication.clipboard().setText(draft.text)
        outcome = self._open_share_pages(draft) if open_share else ShareOutcome(asked=False)
        item = PublishedItem.from_draft(
            draft, findings=tuple(f.to_dict() for f in findings), overrides=overrides, review=review
        )
        self._session.mark(DraftStatus.PUBLISHED)
        lane = self._session.lane
        if lane is not None:
            lane.submit(
                lambda store: store.append_published(item),
                lambda _: self._done(item, draft, outcome),
                self.tr("publicatie vastleggen"),
            )
        else:
            self._done(item, draft, outcome)
        return item

    def _open_share_pages(self, draft: Draft) -> ShareOutcome:
        table = self._services.channels
        opened: list[str] = []
        failed: list[str] = []
        for channel in share_targets(draft.channels, table):
            ok = self._open_url(share_url(draft.text, channel))
            (opened if ok else failed).append(channel.name)
        with_page = set(opened) | set(failed)
        without = tuple(name for name in draft.channels if name not in with_page)
        return ShareOutcome(tuple(opened), tuple(failed), without)

    def _done(self, item: PublishedItem, draft: Draft, outcome: ShareOutcome) -> None:
        text, kind = published_message(draft, outcome, self._services.channels)
        copy_again = self.tr("Tekst opnieuw kopiëren")
        actions = [(copy_again, lambda: QGuiApplication.clipboard().setText(draft.text))]
        self.published.emit(item)
        self.message.emit(text, kind, actions)

    def say(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        """A message for the window's message bar (the review wiring uses this too)."""
        self.message.emit(text, kind, [])
