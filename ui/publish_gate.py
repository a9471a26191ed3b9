"""The pre-publish gate: a last look before a post goes out (guidelines 3, 6 and 7).

API::

    dialog = PublishGateDialog(text, findings, attachments, parent=window)
    dialog.publish_confirmed.connect(lambda overrides: ...)   # tuple[Override, ...]
    dialog.fix_requested.connect(lambda findings: ...)        # list[Finding] to go back to
    dialog.open()          # or exec(); Accepted = publish, Rejected = fix or cancel
    result = dialog.gate_result()   # GateResult(proceed, overrides, to_fix)

``findings`` are all current findings (the dialog picks the open errors); ``attachments`` are
the post's :class:`arabesk_desk.posts.Attachment` values (photos/video add the checklist).
:func:`gate_needed` tells whether the dialog has anything to ask beyond the permanence
reminder; the window may still show it for that one plain sentence. The rules live in
:mod:`arabesk_desk.publish_gate_rules`, so they are tested without Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.posts import Attachment, Override
from arabesk_desk.publish_gate_rules import (
    PERMANENCE_REMINDER,
    PERMANENCE_REMINDER_EN,
    GateState,
    Outcome,
)
from checks import Finding
from ui.i18n import localized
from ui.publish_gate_row import ErrorRow

MAX_SECTIONS_HEIGHT = 520


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
    """Asks for every open error and, with photos or video, the checklist; then lets go."""

    publish_confirmed = Signal(object)  # tuple[Override, ...]
    fix_requested = Signal(object)  # list[Finding]

    def __init__(
        self,
        text: str,
        findings: Sequence[Finding],
        attachments: Sequence[Attachment] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = GateState.for_post(text, findings, attachments)
        self._result = GateResult(proceed=False)
        self.rows: list[ErrorRow] = []
        self.checkboxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(self.tr("Klaar om te publiceren?"))
        self.setAccessibleName(self.tr("Laatste blik voor publiceren"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(self._permanence_reminder())
        sections = self._sections()
        if sections is not None:
            layout.addWidget(sections, 1)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Wat nog nodig is"))
        layout.addWidget(self.problems_label)
        layout.addWidget(self._buttons())
        self._refresh()

    # -- building -----------------------------------------------------------------------

    def _permanence_reminder(self) -> QLabel:
        reminder = QLabel(localized(PERMANENCE_REMINDER, PERMANENCE_REMINDER_EN))
        reminder.setObjectName("permanenceReminder")
        reminder.setWordWrap(True)
        reminder.setAccessibleName(self.tr("Herinnering: richtlijn 7"))
        reminder.setFrameShape(QFrame.Shape.StyledPanel)
        reminder.setMargin(8)
        font = reminder.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        reminder.setFont(font)
        return reminder

    def _sections(self) -> QScrollArea | None:
        if not self.state.errors and not self.state.checklist:
            return None
        inner = QWidget()
        column = QVBoxLayout(inner)
        if self.state.errors:
            column.addWidget(self._errors_box())
        if self.state.checklist:
            column.addWidget(self._checklist_box())
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        # Show everything without scrolling when it fits on a laptop screen; scroll beyond.
        wanted = inner.sizeHint()
        scroll.setMinimumHeight(min(wanted.height(), MAX_SECTIONS_HEIGHT))
        scroll.setMinimumWidth(wanted.width() + scroll.verticalScrollBar().sizeHint().width())
        return scroll

    def _errors_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nog open fouten"))
        column = QVBoxLayout(box)
        intro = QLabel(self.tr("Pas elke fout aan, of schrijf op waarom het toch mag."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        for finding in self.state.errors:
            row = ErrorRow(finding, self.state.text[finding.start : finding.end])
            row.decision_changed.connect(self._refresh)
            self.rows.append(row)
            column.addWidget(row)
        return box

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Foto's en video"))
        column = QVBoxLayout(box)
        for item in self.state.checklist:
            checkbox = QCheckBox(localized(item.text, item.text_en))
            checkbox.setAccessibleName(checkbox.text())
            checkbox.toggled.connect(self._refresh)
            self.checkboxes[item.key] = checkbox
            column.addWidget(checkbox)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.go_button = QPushButton(self.tr("&Publiceren"))
        self.go_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_go)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- state --------------------------------------------------------------------------

    def _sync_state(self) -> None:
        for row in self.rows:
            self.state.decide(row.finding, row.decision(), row.reason())
        for key, checkbox in self.checkboxes.items():
            self.state.tick(key, checkbox.isChecked())

    def _refresh(self) -> None:
        self._sync_state()
        verdict = self.state.verdict()
        fixing = verdict.outcome is Outcome.FIX
        self.go_button.setText(
            self.tr("&Terug naar de tekst") if fixing else self.tr("&Publiceren")
        )
        self.go_button.setEnabled(verdict.outcome is not Outcome.BLOCKED)
        self.go_button.setAccessibleName(self.go_button.text().replace("&", ""))
        problems = verdict.problems if self._dutch() else verdict.problems_en
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))

    def _dutch(self) -> bool:
        return localized("nl", "en") == "nl"

    def _on_go(self) -> None:
        self._refresh()
        verdict = self.state.verdict()
        if verdict.outcome is Outcome.BLOCKED:
            return
        if verdict.outcome is Outcome.FIX:
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
