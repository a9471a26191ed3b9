"""The pre-publish gate: a last look before a post goes out (guidelines 3, 5, 6 and 7).

API::

    dialog = PublishGateDialog(text, findings, attachments, context=GateContext(...), parent=w)
    dialog.publish_confirmed.connect(lambda overrides: ...)   # tuple[Override, ...]
    dialog.fix_requested.connect(lambda findings: ...)        # list[Finding] to go back to
    dialog.set_approval("Mw. J. de Vries")   # once the review folder says the post is approved
    dialog.open()          # or exec(); Accepted = publish, Rejected = fix or cancel
    result = dialog.gate_result()   # GateResult(proceed, overrides, to_fix)

``findings`` are all current findings (the dialog picks the open errors); ``attachments`` are
the post's :class:`arabesk_desk.posts.Attachment` values (photos/video add the checklist).
The context adds the summary line (capacity and channels), an official post's open warnings to
confirm, and the review outlook: why review is needed, who approves and what happens next, or
what ICT must set up first. The rules live in :mod:`arabesk_desk.gate_verdict`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.gate_verdict import (
    PERMANENCE_REMINDER,
    PERMANENCE_REMINDER_EN,
    Decision,
    GateOutcome,
    GateState,
)
from arabesk_desk.posts import Attachment, Override
from checks import Finding
from ui.i18n import localized
from ui.publish_gate_context import GateContext
from ui.publish_gate_row import ErrorRow
from ui.publish_gate_sections import (
    ReviewBox,
    checklist_box,
    framed_note,
    plain_label,
    warnings_box,
)

MAX_SECTIONS_HEIGHT = 460


@dataclass(frozen=True, slots=True)
class GateResult:
    """What the author chose: publish (with these overrides) or go back to fix these."""

    proceed: bool
    overrides: tuple[Override, ...] = ()
    to_fix: tuple[Finding, ...] = ()


def gate_needed(findings: Sequence[Finding], attachments: Sequence[Attachment]) -> bool:
    """True when there are open errors or a photo checklist to answer."""
    state = GateState.for_post("", findings, attachments)
    return bool(state.errors or state.checklist)


class PublishGateDialog(QDialog):
    """Asks for every open error, an official post's warnings and the photo checklist."""

    publish_confirmed = Signal(object)  # tuple[Override, ...]
    fix_requested = Signal(object)  # list[Finding]

    def __init__(
        self,
        text: str,
        findings: Sequence[Finding],
        attachments: Sequence[Attachment] = (),
        parent: QWidget | None = None,
        *,
        context: GateContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context or GateContext()
        self.findings = tuple(findings)
        self.state = GateState.for_post(
            text, findings, attachments, official_warnings=self.context.official_warnings
        )
        self.approved_by: str | None = None
        self._result = GateResult(proceed=False)
        self.rows: list[ErrorRow] = []
        self.checkboxes: dict[str, QCheckBox] = {}
        self.confirm_warnings: QCheckBox | None = None
        self._scroll: QScrollArea | None = None
        self.setWindowTitle(self.tr("Klaar om te publiceren?"))
        self.setAccessibleName(self.tr("Laatste blik voor publiceren"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.summary = framed_note(
            self.context.summary, "postSummary", self.tr("Wat je publiceert")
        )
        self.summary.setVisible(bool(self.context.summary))
        layout.addWidget(self.summary)
        reminder = localized(PERMANENCE_REMINDER, PERMANENCE_REMINDER_EN)
        layout.addWidget(
            framed_note(reminder, "permanenceReminder", self.tr("Herinnering: richtlijn 7"))
        )
        self.review_box = ReviewBox()
        sections = self._sections()
        if sections is not None:
            layout.addWidget(sections, 1)
        self.problems_label = plain_label("", name=self.tr("Wat nog nodig is"))
        layout.addWidget(self.problems_label)
        layout.addLayout(self._buttons())
        self._refresh()
        if self.context.summary and not self.review_box.isHidden():
            # Needed from the start: say so at the top, the reasons may be below the fold.
            self.summary.setText(
                self.context.summary
                + " "
                + self.tr(
                    "Een leidinggevende moet het eerst goedkeuren: zie ‘Beoordeling’ hieronder."
                )
            )

    # -- building -----------------------------------------------------------------------

    def _sections(self) -> QScrollArea | None:
        inner = QWidget()
        column = QVBoxLayout(inner)
        if self.state.errors:
            column.addWidget(self._errors_box())
        if self.state.warnings:
            box, self.confirm_warnings = warnings_box(self.state.text, self.state.warnings)
            self.confirm_warnings.toggled.connect(self._refresh)
            column.addWidget(box)
        if self.state.checklist:
            box, self.checkboxes = checklist_box(self.state.checklist)
            for checkbox in self.checkboxes.values():
                checkbox.toggled.connect(self._refresh)
            column.addWidget(box)
        if self.context.review is not None:
            column.addWidget(self.review_box)
        if column.count() == 0:
            return None
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self._scroll = scroll
        self._fit_sections()
        return scroll

    def _fit_sections(self) -> None:
        """Show everything without scrolling when it fits on the screen; scroll beyond. The
        sections only grow (a review box appearing), so nothing jumps while answering."""
        scroll = self._scroll
        inner = scroll.widget() if scroll is not None else None
        if scroll is None or inner is None:
            return
        screen = self.screen()
        room = screen.availableGeometry().height() - 320 if screen is not None else 0
        wanted = min(inner.sizeHint().height(), max(MAX_SECTIONS_HEIGHT, room))
        if wanted > scroll.minimumHeight():
            scroll.setMinimumHeight(wanted)
            if self.isVisible():
                self.adjustSize()

    def _errors_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nog open fouten"))
        column = QVBoxLayout(box)
        column.addWidget(
            plain_label(self.tr("Pas elke fout aan, of schrijf op waarom het toch mag."))
        )
        for finding in self.state.errors:
            row = ErrorRow(finding, self.state.text[finding.start : finding.end])
            row.decision_changed.connect(self._refresh)
            self.rows.append(row)
            column.addWidget(row)
        return box

    def _buttons(self) -> QHBoxLayout:
        """Cancel on the left, the one way forward on the right: never two exits side by side."""
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.go_button = QPushButton(self.tr("&Publiceren"))
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self._on_go)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.go_button)
        return row

    # -- state --------------------------------------------------------------------------

    def set_approval(self, reviewer: str | None) -> None:
        """The review folder holds a valid approval of exactly this post (or not)."""
        self.approved_by = reviewer
        self._refresh()

    def _sync_state(self) -> None:
        for row in self.rows:
            self.state.decide(row.finding, row.decision(), row.reason())
        for key, checkbox in self.checkboxes.items():
            self.state.tick(key, checkbox.isChecked())
        if self.confirm_warnings is not None:
            self.state.warnings_confirmed = self.confirm_warnings.isChecked()

    def chosen_overrides(self) -> tuple[Override, ...]:
        """Every error the author chose to publish anyway, reason typed or not yet."""
        text = self.state.text
        return tuple(
            Override(f.rule, f.start, f.end, text[f.start : f.end], self.state.reason(f))
            for f in self.state.errors
            if self.state.decision(f) is Decision.OVERRIDE
        )

    def _refresh(self) -> None:
        self._sync_state()
        verdict = self.state.verdict()
        review = self.context.review
        overrides = self.chosen_overrides()
        outlook = review.outlook(self.findings, overrides) if review else ""
        appearing = bool(outlook) and self.review_box.isHidden()
        self.review_box.show_outlook(outlook, self.approved_by)
        self._fit_sections()
        if appearing and self._scroll is not None:
            self._scroll.ensureWidgetVisible(self.review_box)  # why review: never out of sight
        blocked_by_review = bool(review and review.blocked(self.findings, overrides))
        fixing = verdict.outcome is GateOutcome.FIX
        if fixing:
            label = self.tr("&Terug naar de tekst")
        elif outlook and not self.approved_by:
            label = self.tr("&Ter beoordeling sturen…")
        else:
            label = self.tr("&Publiceren")
        self.go_button.setText(label)
        self.go_button.setAccessibleName(label.replace("&", ""))
        blocked = verdict.outcome is GateOutcome.BLOCKED or (blocked_by_review and not fixing)
        self.go_button.setEnabled(not blocked)
        problems = list(verdict.problems if self._dutch() else verdict.problems_en)
        if blocked_by_review and not fixing:
            problems.append(self.tr("Dit bericht kan pas uit als beoordelen is ingericht."))
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))

    def _dutch(self) -> bool:
        return localized("nl", "en") == "nl"

    def _on_go(self) -> None:
        self._refresh()
        if not self.go_button.isEnabled():
            return
        verdict = self.state.verdict()
        if verdict.outcome is GateOutcome.FIX:
            to_fix = self.state.to_fix()
            self._result = GateResult(proceed=False, to_fix=tuple(to_fix))
            self.fix_requested.emit(to_fix)
            self.reject()
            return
        overrides = self.state.overrides()
        self._result = GateResult(proceed=True, overrides=overrides)
        self.publish_confirmed.emit(overrides)
        self.accept()

    def gate_result(self) -> GateResult:
        """The author's choice; ``proceed`` is False until they chose to publish."""
        return self._result

    def row_for(self, finding: Finding) -> ErrorRow:
        """The row asking about ``finding`` (for the window's focus and for tests)."""
        return next(row for row in self.rows if row.finding == finding)

    def checkbox_for(self, key: str) -> QCheckBox:
        return self.checkboxes[key]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt calls us
        # Enter in a reason field must not publish by accident: it moves on instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.go_button.hasFocus():
            focused = self.focusWidget()
            if focused is not None and any(focused is row.reason_edit for row in self.rows):
                self.focusNextChild()
                return
        super().keyPressEvent(event)
