"""One open error in the publish gate: "Ik pas het aan" or "Toch publiceren" with a reason.

API: ``ErrorRow(finding, excerpt, parent)``; signal ``decision_changed()`` after any change;
``decision() -> Decision`` and ``reason() -> str`` read the author's answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.gate_verdict import Decision
from checks import Finding
from ui.i18n import finding_message

EXCERPT_MAX = 60


def short_excerpt(excerpt: str) -> str:
    """The flagged words on one line, cut with an ellipsis when long."""
    flat = " ".join(excerpt.split())
    return flat if len(flat) <= EXCERPT_MAX else flat[: EXCERPT_MAX - 1] + "…"


class ErrorRow(QFrame):
    """The author's answer to one error-level finding."""

    decision_changed = Signal()

    def __init__(self, finding: Finding, excerpt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setFrameShape(QFrame.Shape.StyledPanel)
        shown = short_excerpt(excerpt)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title(shown))
        message = QLabel(finding_message(finding))
        message.setWordWrap(True)
        layout.addWidget(message)
        layout.addLayout(self._choices(shown))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Waarom mag dit toch? (verplicht)"))
        self.reason_edit.setAccessibleName(
            self.tr("Reden om '%1' toch te publiceren").replace("%1", shown)
        )
        self.reason_edit.setEnabled(False)
        self.reason_edit.setVisible(False)  # asked only of someone who publishes anyway
        self.reason_edit.textChanged.connect(self.decision_changed)
        layout.addWidget(self.reason_edit)

    def _title(self, shown: str) -> QLabel:
        guideline = self.finding.guideline
        prefix = self.tr("Richtlijn %1").replace("%1", str(guideline)) + " · " if guideline else ""
        title = QLabel(f"<b>{prefix}“{_html(shown)}”</b>")
        title.setWordWrap(True)
        return title

    def _choices(self, shown: str) -> QHBoxLayout:
        self.fix_radio = QRadioButton(self.tr("Ik pas het &aan"))
        self.fix_radio.setAccessibleName(self.tr("'%1' aanpassen").replace("%1", shown))
        self.override_radio = QRadioButton(self.tr("&Toch publiceren"))
        self.override_radio.setAccessibleName(self.tr("'%1' toch publiceren").replace("%1", shown))
        group = QButtonGroup(self)
        group.addButton(self.fix_radio)
        group.addButton(self.override_radio)
        group.buttonToggled.connect(self._on_toggled)
        row = QHBoxLayout()
        row.addWidget(self.fix_radio)
        row.addWidget(self.override_radio)
        row.addStretch()
        return row

    def _on_toggled(self, *_: object) -> None:
        overriding = self.override_radio.isChecked()
        self.reason_edit.setEnabled(overriding)
        self.reason_edit.setVisible(overriding)
        if overriding:
            self.reason_edit.setFocus()
        self.decision_changed.emit()

    def decision(self) -> Decision:
        if self.fix_radio.isChecked():
            return Decision.FIX
        if self.override_radio.isChecked():
            return Decision.OVERRIDE
        return Decision.UNDECIDED

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.override_radio.isChecked() else ""


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
