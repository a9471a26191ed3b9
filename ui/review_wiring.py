"""Connects review and the log to the compose window: a menu, the "twijfel" signal, publishing.

The composition root adds one line after building the compose window::

    window.review = ReviewWiring(window, services)   # menu: ask review, review queue, log

``answer_review_requested=True`` also answers the window's ``review_requested(draft_id,
question)`` by sending the question; leave it off when the window opens
:class:`ui.review_request_dialog.ReviewRequestDialog` itself (else the request goes twice).
Publishing waits for a needed approval: the wiring sets the publish flow's ``clearance`` and
``approval_lookup``. After new settings, :meth:`settings_changed` re-reads the folder and the
policy and shows the leader's queue without a restart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from arabesk_desk.posts import Draft, Override
from arabesk_desk.review.clearance import Clearance, publish_clearance
from arabesk_desk.review.folder import ReviewFolder, open_review_folder
from arabesk_desk.review.readiness import ReviewReadiness, review_readiness
from arabesk_desk.review.states import ReviewMode
from arabesk_desk.store.review_ledger import StoreReviewLedger
from checks import Finding, Role
from ui.i18n import one_language
from ui.lanes.background import BackgroundRunner
from ui.message_bar import MessageKind
from ui.publish_flow import OnCleared
from ui.publish_gate_context import ReviewPreview
from ui.services import AppServices

if TYPE_CHECKING:  # the windows are loaded when first opened, not at start-up
    from ui.compose_window import ComposeWindow
    from ui.log_window import LogWindow
    from ui.review_queue import ReviewQueueWindow
    from ui.review_request_dialog import ReviewRequestDialog


class ReviewWiring(QObject):
    """Owns the review folder, the queue, the log window and the author's review dialogs."""

    publish_blocked = Signal(object)  # Clearance: review needed and no valid approval yet

    def __init__(
        self,
        window: ComposeWindow,
        services: AppServices,
        *,
        answer_review_requested: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.folder: ReviewFolder = self._open_folder()
        self.queue: ReviewQueueWindow | None = None
        self.log: LogWindow | None = None
        self.dialog: ReviewRequestDialog | None = None
        self._runner = BackgroundRunner(parent=self)
        self.menu_actions = self._add_menu(window)
        if answer_review_requested:  # only when the window does not open the dialog itself
            window.review_requested.connect(self.ask_question)
        window.publisher.clearance = self.clear_for_publish
        window.publisher.approval_lookup = self.approval_of
        window.publisher.review_preview = self.preview_for
        window.publisher.published.connect(lambda _item: self.log and self.log.refresh())

    def _open_folder(self) -> ReviewFolder:
        services = self.services
        return open_review_folder(
            services.settings.review_folder,
            services.paths.root,
            services.checker.policy.review,
            owner=services.settings.name,
            ledger=StoreReviewLedger(services.paths.database),
        )

    def _add_menu(self, window: QMainWindow) -> dict[str, QAction]:
        menu = window.menuBar().addMenu(window.tr("Beoordeling en &logboek"))
        actions = {
            "ask_review": self._action(
                window, window.tr("&Beoordeling aanvragen…"), "Ctrl+Shift+B"
            ),
            "queue": self._action(window, window.tr("&Te beoordelen…"), "Ctrl+Shift+R"),
            "log": self._action(window, window.tr("&Logboek…"), "Ctrl+Shift+G"),
        }
        actions["ask_review"].triggered.connect(lambda: self.open_request(ReviewMode.REVIEW))
        actions["queue"].triggered.connect(self.open_queue)
        actions["log"].triggered.connect(self.open_log)
        for action in actions.values():
            menu.addAction(action)
        actions["queue"].setVisible(self._is_reviewer())
        return actions

    def settings_changed(self) -> None:
        """New settings or policy: the folder, the policy's reviewers, the leader's menu."""
        self.folder = self._open_folder()
        self.menu_actions["queue"].setVisible(self._is_reviewer())
        if self.queue is not None:
            self.queue.close()
            self.queue = None  # reopened on the new folder, under the new name
        if self.log is not None:
            self.log.review_policy = self.folder.policy

    def readiness(self) -> ReviewReadiness:
        settings = self.services.settings
        policy = self.folder.policy
        return review_readiness(policy, settings.review_folder, self.services.paths.root)

    def preview_for(self, draft: Draft) -> ReviewPreview:
        """What the publish gate says about review for ``draft``, under this folder's policy."""
        return ReviewPreview(draft, self.folder.policy, self.readiness(), self.services.channels)

    def _is_reviewer(self) -> bool:
        """Leaders, and anyone the policy lists as a reviewer, see the review queue."""
        settings = self.services.settings
        names = {r.name.casefold() for r in self.folder.policy.reviewers}
        return settings.role is Role.LEADER or settings.name.strip().casefold() in names

    @staticmethod
    def _action(parent: QWidget, text: str, shortcut: str) -> QAction:
        action = QAction(text, parent)
        action.setShortcut(QKeySequence(shortcut))
        parent.addAction(action)
        return action

    # -- the author ------------------------------------------------------------------------

    def _current(self) -> tuple[Draft, list[Finding]]:
        return self.window.session.draft, list(self.window.findings())

    def ask_question(self, draft_id: str, question: str) -> ReviewRequestDialog:
        """The compose window's ``review_requested``: send the question and show the answer."""
        dialog = self.open_request(ReviewMode.QUESTION, question)
        if dialog.draft.id == draft_id:
            dialog.send()
        return dialog

    def open_request(
        self,
        mode: ReviewMode,
        question: str = "",
        overrides: Sequence[Override] = (),
    ) -> ReviewRequestDialog:
        draft, findings = self._current()
        if self.dialog is not None:
            self.dialog.close()
        from ui.review_request_dialog import ReviewRequestDialog

        self.dialog = ReviewRequestDialog(
            self.folder,
            draft,
            findings,
            overrides,
            mode=mode,
            question=question,
            readiness=self.readiness(),
            channels=self.services.channels,
            parent=self.window,
        )
        self.dialog.problem.connect(self._show_problem)
        self.dialog.review_updated.connect(lambda review: self.window.review_changed(review.status))
        self.dialog.show()
        return self.dialog

    def approval_of(self, draft: Draft, on_found: Callable[[str | None], None]) -> None:
        """Who approved exactly this draft, read in the background (None: nobody yet)."""
        folder = self.folder

        def look() -> str | None:
            review = folder.review_of(draft)
            decision = review.case.valid_decision if review.case else None
            return decision.reviewer if review.approved and decision else None

        self._runner.run(look, on_found, lambda error: on_found(None))

    def clear_for_publish(
        self,
        draft: Draft,
        findings: Sequence[Finding],
        overrides: Sequence[Override],
        on_cleared: OnCleared,
    ) -> None:
        """Call after the gate: ``on_cleared(review_record)`` runs when publishing may go on
        (pass the record as ``PublishedItem.review``); otherwise the review dialog opens."""
        folder = self.folder
        self._runner.run(
            lambda: publish_clearance(folder, draft, findings, overrides),
            lambda clearance: self._cleared(clearance, overrides, on_cleared),
            lambda error: self._show_problem(str(error)),
        )

    def _cleared(
        self, clearance: Clearance, overrides: Sequence[Override], on_cleared: OnCleared
    ) -> None:
        if clearance.allowed:
            on_cleared(clearance.record)
            return
        self.publish_blocked.emit(clearance)
        self.window.messages.show_message(
            self.tr(
                "Nog niet gepubliceerd: dit bericht heeft eerst de goedkeuring van een "
                "leidinggevende nodig. Stuur het ter beoordeling in het venster dat nu opent; "
                "na de goedkeuring kies je opnieuw ‘Publiceren…’."
            ),
            MessageKind.INFO,
        )
        self.open_request(ReviewMode.REVIEW, overrides=overrides)

    # -- the leader and the log ------------------------------------------------------------

    def open_queue(self) -> ReviewQueueWindow:
        if self.queue is None:
            from ui.review_queue import ReviewQueueWindow

            self.queue = ReviewQueueWindow(
                self.folder, self.services.settings.name, channels=self.services.channels
            )
            self.queue.problem.connect(self._show_problem)
        self.queue.show()
        self.queue.raise_()
        self.queue.refresh()
        return self.queue

    def open_log(self) -> LogWindow | None:
        lane = self.services.store_lane
        if lane is None:
            self._show_problem(self.window.tr("Het logboek is niet beschikbaar (geen opslag)."))
            return None
        if self.log is None:
            from ui.log_window import LogWindow

            self.log = LogWindow(
                lane,
                review_policy=self.folder.policy,
                channels=tuple(self.services.channels) or self.services.settings.channels,
                channel_table=self.services.channels,
            )
        self.log.show()
        self.log.raise_()
        self.log.refresh()
        return self.log

    def _show_problem(self, message: str) -> None:
        self.window.show_problem(one_language(message))
