"""Connects review and the log to the compose window: a menu, the "twijfel" signal, publishing.

The integrator adds one line after building the compose window::

    review = ReviewWiring(window, services)   # menu: ask review, review queue, log

``answer_review_requested=True`` also answers the window's ``review_requested(draft_id,
question)`` by sending the question; leave it off when the window opens
:class:`ui.review_request_dialog.ReviewRequestDialog` itself (else the request goes twice).

and, to make publishing wait for a needed approval, calls ``review.clear_for_publish`` from the
publish flow once the gate has the overrides (see that method).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from arabesk_desk.posts import Draft, Override
from arabesk_desk.review.folder import ReviewFolder, open_review_folder
from arabesk_desk.review.gate import Clearance, publish_clearance
from arabesk_desk.review.states import ReviewMode
from checks import Finding, Role
from ui.lanes.background import BackgroundRunner
from ui.publish_flow import OnCleared
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
        self.folder: ReviewFolder = open_review_folder(
            services.settings.review_folder, services.paths.root, services.checker.policy.review
        )
        self.queue: ReviewQueueWindow | None = None
        self.log: LogWindow | None = None
        self.dialog: ReviewRequestDialog | None = None
        self._runner = BackgroundRunner(parent=self)
        self.actions = self._add_menu(window)
        if answer_review_requested:  # only when the window does not open the dialog itself
            window.review_requested.connect(self.ask_question)
        window.publisher.clearance = self.clear_for_publish
        window.publisher.published.connect(lambda _item: self.log and self.log.refresh())

    def _add_menu(self, window: QMainWindow) -> dict[str, QAction]:
        menu = window.menuBar().addMenu(window.tr("&Review en logboek"))
        actions = {
            "ask_review": self._action(
                window, window.tr("&Beoordeling aanvragen…"), "Ctrl+Shift+B"
            ),
            "queue": self._action(
                window, window.tr("Te &beoordelen (leidinggevende)…"), "Ctrl+Shift+R"
            ),
            "log": self._action(window, window.tr("&Logboek…"), "Ctrl+Shift+G"),
        }
        actions["ask_review"].triggered.connect(lambda: self.open_request(ReviewMode.REVIEW))
        actions["queue"].triggered.connect(self.open_queue)
        actions["log"].triggered.connect(self.open_log)
        for action in actions.values():
            menu.addAction(action)
        actions["queue"].setVisible(self._is_reviewer())
        return actions

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
            parent=self.window,
        )
        self.dialog.problem.connect(self._show_problem)
        self.dialog.show()
        return self.dialog

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
        self._show_problem(clearance.message)
        self.open_request(ReviewMode.REVIEW, overrides=overrides)

    # -- the leader and the log ------------------------------------------------------------

    def open_queue(self) -> ReviewQueueWindow:
        if self.queue is None:
            from ui.review_queue import ReviewQueueWindow

            self.queue = ReviewQueueWindow(self.folder, self.services.settings.name)
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
            )
        self.log.show()
        self.log.raise_()
        self.log.refresh()
        return self.log

    def _show_problem(self, message: str) -> None:
        self.window.status.show_problem(message)
