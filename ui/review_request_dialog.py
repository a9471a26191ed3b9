"""The author's side of review: ask a question or ask for review, then see the signed answer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.posts import Draft, DraftStatus, Override
from arabesk_desk.review.folder import DraftReview, FolderState, ReviewFolder
from arabesk_desk.review.needs import needs_review, review_reasons
from arabesk_desk.review.readiness import ReviewReadiness
from arabesk_desk.review.requests import ReviewRequest
from arabesk_desk.review.states import ReviewMode
from arabesk_desk.review.trail import TrailEvent
from checks import Finding
from checks.channels import Channel
from ui.i18n import one_language
from ui.lanes.background import BackgroundRunner
from ui.review_html import marked_text, trail_html, verdict_html
from ui.review_texts import ict_must, reason_text, status_label

REFRESH_DELAY_MS = 400


class ReviewRequestDialog(QDialog):
    """Sends the draft to the review folder and shows the decision once a leader signs it."""

    request_sent = Signal(object)  # ReviewRequest
    review_updated = Signal(object)  # DraftReview, after every look at the folder
    problem = Signal(str)

    def __init__(
        self,
        folder: ReviewFolder,
        draft: Draft,
        findings: Sequence[Finding] = (),
        overrides: Sequence[Override] = (),
        *,
        mode: ReviewMode = ReviewMode.QUESTION,
        question: str = "",
        readiness: ReviewReadiness | None = None,
        channels: Mapping[str, Channel] | None = None,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.draft = draft
        self.findings = tuple(findings)
        self.overrides = tuple(overrides)
        self.review: DraftReview | None = None
        self.readiness = readiness
        self.channels = dict(channels or {})
        self.needed, self.reasons = needs_review(
            draft, self.findings, self.overrides, folder.policy
        )
        self.reason_data = review_reasons(draft, self.findings, self.overrides, folder.policy)
        self._runner = runner or BackgroundRunner(parent=self)
        self._watcher = QFileSystemWatcher(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._build(mode, question)
        self._connect()
        self.setWindowTitle(self.tr("Vraag je leidinggevende"))
        self.resize(640, 640)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self, mode: ReviewMode, question: str) -> None:
        column = QVBoxLayout(self)
        column.addWidget(self._build_mode(mode))
        self.reasons_label = QLabel(self._reasons_text())
        self.reasons_label.setWordWrap(True)
        column.addWidget(self.reasons_label)
        self.preview = QTextBrowser()
        self.preview.setHtml(marked_text(self.draft.text, self.findings))
        self.preview.setMaximumHeight(130)
        self.preview.setAccessibleName(self.tr("Je tekst"))
        column.addWidget(self.preview)
        self.message = QPlainTextEdit(question)
        self.message.setAccessibleName(self.tr("Je vraag of toelichting"))
        self.message.setMaximumHeight(80)
        column.addWidget(self.message)
        column.addWidget(self._build_status(), 1)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("&Versturen"))
        self.check_button = QPushButton(self.tr("Opnieuw &kijken"))
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        column.addWidget(self.buttons)
        self._mode_changed()

    def _build_mode(self, mode: ReviewMode) -> QGroupBox:
        box = QGroupBox(self.tr("Wat wil je?"))
        column = QVBoxLayout(box)
        self.question_mode = QRadioButton(self.tr("Ik twijfel en heb een &vraag (richtlijn 8)"))
        self.review_mode = QRadioButton(self.tr("Ik vraag om &beoordeling vóór publicatie"))
        self._mode_group = QButtonGroup(self)
        for button in (self.question_mode, self.review_mode):
            self._mode_group.addButton(button)
            column.addWidget(button)
        (self.question_mode if mode is ReviewMode.QUESTION else self.review_mode).setChecked(True)
        return box

    def _build_status(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stand van zaken"))
        column = QVBoxLayout(box)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.signature_label = QLabel()
        self.signature_label.setWordWrap(True)
        self.signature_label.setTextFormat(Qt.TextFormat.RichText)
        self.trail_view = QTextBrowser()
        self.trail_view.setAccessibleName(self.tr("Geschiedenis"))
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        self.folder_note.setEnabled(False)  # greyed: a note, not an error, until sending fails
        column.addWidget(self.status_label)
        column.addWidget(self.folder_note)
        column.addWidget(self.signature_label)
        column.addWidget(self.trail_view, 1)
        return box

    def _connect(self) -> None:
        self.send_button.clicked.connect(self.send)
        self.check_button.clicked.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)
        self._mode_group.buttonToggled.connect(lambda *_: self._mode_changed())
        self._watcher.directoryChanged.connect(lambda _: self._refresh_timer.start())
        self._refresh_timer.timeout.connect(self.refresh)

    def _reasons_text(self) -> str:
        if not self.needed:
            return self.tr(
                "Beoordeling is voor dit bericht niet verplicht; je mag het altijd vragen."
            )
        intro = self.tr("Het schoolbeleid vraagt een beoordeling omdat:")
        lines = [f"• {reason_text(reason, self.channels)}" for reason in self.reason_data]
        text = intro + "\n" + "\n".join(lines)
        if self.readiness is not None and not self.readiness.ready:
            text += "\n\n" + ict_must(self.readiness)
        return text

    def mode(self) -> ReviewMode:
        return ReviewMode.QUESTION if self.question_mode.isChecked() else ReviewMode.REVIEW

    def _mode_changed(self) -> None:
        if self.mode() is ReviewMode.QUESTION:
            self.message.setPlaceholderText(self.tr("Wat wil je vragen?"))
        else:
            self.message.setPlaceholderText(
                self.tr("Toelichting voor je leidinggevende (mag leeg)")
            )

    # -- sending and looking ---------------------------------------------------------------

    def send(self) -> None:
        """Write the request file in the background; the status follows from the folder."""
        self.send_button.setEnabled(False)
        draft, findings, overrides = self.draft, self.findings, self.overrides
        mode, message, reasons = self.mode(), self.message.toPlainText(), self.reasons
        self._runner.run(
            lambda: self.folder.submit(
                draft, findings, overrides, mode=mode, message=message, reasons=reasons
            ),
            self._sent,
            self._send_failed,
        )

    def _sent(self, request: ReviewRequest) -> None:
        self.request_sent.emit(request)
        self.refresh()

    def _send_failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        self._show_problem(
            self.tr(
                "Versturen lukte niet: %1. Je tekst is niet verloren; probeer het opnieuw."
            ).replace("%1", str(error))
        )

    def refresh(self) -> None:
        folder, draft = self.folder, self.draft

        def look() -> tuple[FolderState, DraftReview, list[TrailEvent]]:
            state = folder.load()
            return state, folder.review_of(draft, state), folder.trail(draft.id, state)

        self._runner.run(look, self._looked, lambda e: self._show_problem(str(e)))

    def _looked(self, result: tuple[FolderState, DraftReview, list[TrailEvent]]) -> None:
        state, review, trail = result
        self.review = review
        self._watch()
        self.status_label.setText(self._headline(review))
        self.signature_label.setText(self._signature_html(review))
        self.trail_view.setHtml(trail_html(trail))
        waiting = review.status is DraftStatus.IN_REVIEW
        self.send_button.setEnabled(not waiting and review.status is not DraftStatus.APPROVED)
        self.send_button.setText(
            self.tr("Opnieuw &versturen") if review.case else self.tr("&Versturen")
        )
        missing = any(p.path == self.folder.root for p in state.problems)
        shared = self.readiness is None or self.readiness.shared_folder
        note = ""
        if missing and shared and review.case is None:  # the laptop's own folder comes on send
            note = self.tr(
                "De map voor beoordelingen (%1) is niet bereikbaar. Is de gedeelde map of de "
                "stick verbonden?"
            ).replace("%1", str(self.folder.root))
        self.folder_note.setText(note)
        self.folder_note.setVisible(bool(note))
        self.review_updated.emit(review)

    def _headline(self, review: DraftReview) -> str:
        """One line in the author's words; the signature line below says whether it counts."""
        if review.case is None:
            return self.tr("Nog niet verstuurd.")
        if review.status is DraftStatus.IN_REVIEW:
            return self.tr("Ter beoordeling: wacht op het besluit van een leidinggevende.")
        decision = review.case.valid_decision
        if review.status is DraftStatus.DRAFT or decision is None:
            return one_language(review.message)
        headline = self.tr("%1 door %2").replace(
            "%1", status_label(str(decision.outcome)).capitalize()
        )
        headline = headline.replace("%2", decision.reviewer)
        return f"{headline}: “{decision.comment}”" if decision.comment else headline

    def _signature_html(self, review: DraftReview) -> str:
        if review.case is None:
            return ""
        if review.verdict is not None:
            if review.verdict:
                text = self.tr("Handtekening geldig: %1 staat in het schoolbeleid.")
                return verdict_html(True, text.replace("%1", review.verdict.reviewer))
            return verdict_html(False, one_language(review.verdict.reason))
        if review.case.rejected_files:
            reason = review.case.rejected_files[-1][1].reason
            return verdict_html(
                False, self.tr("Een besluit is afgewezen: %1").replace("%1", one_language(reason))
            )
        return ""

    def _watch(self) -> None:
        wanted = [self.folder.root / "decisions", self.folder.root]
        present = set(self._watcher.directories())
        missing = [str(p) for p in wanted if p.is_dir() and str(p) not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _show_problem(self, message: str) -> None:
        self.status_label.setText(message)
        self.problem.emit(message)
