"""Parts of the publish gate: framed notes, points to confirm, photo checklist, review outlook."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QGroupBox, QLabel, QVBoxLayout, QWidget

from arabesk_desk.gate_verdict import ChecklistItem
from checks import Finding
from ui import theme
from ui.editor.marks import whole_words
from ui.i18n import finding_message, localized


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublishGate", text)


def plain_label(text: str, *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setAccessibleName(name)
    return label


def framed_note(text: str, object_name: str, accessible_name: str) -> QLabel:
    """A sentence in a frame, a little larger: the summary and the permanence reminder."""
    note = plain_label(text, name=accessible_name)
    note.setObjectName(object_name)
    note.setFrameShape(QFrame.Shape.StyledPanel)
    note.setMargin(8)
    font = note.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    note.setFont(font)
    return note


def warnings_box(text: str, warnings: Sequence[Finding]) -> tuple[QGroupBox, QCheckBox]:
    """An official post's open warnings, listed, and one tick to confirm them together."""
    box = QGroupBox(_tr("Aandachtspunten bij een bericht namens de school"))
    column = QVBoxLayout(box)
    column.addWidget(
        plain_label(
            _tr(
                "Je spreekt namens de school. Kijk deze punten nog eens na; een reden per punt "
                "is niet nodig."
            )
        )
    )
    for finding in warnings:
        words = whole_words(text, finding.start, finding.end)
        line = plain_label(f"• “{words}” — {finding_message(finding)}")
        line.setStyleSheet(f"color: {theme.colour(finding.severity).name()};")
        column.addWidget(line)
    confirm = QCheckBox(_tr("Ik heb deze punten bekeken en sta achter dit bericht"))
    confirm.setAccessibleName(confirm.text())
    column.addWidget(confirm)
    return box, confirm


def checklist_box(items: Sequence[ChecklistItem]) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(_tr("Foto's en video"))
    column = QVBoxLayout(box)
    checkboxes = {}
    for item in items:
        checkbox = QCheckBox(localized(item.text, item.text_en))
        checkbox.setAccessibleName(checkbox.text())
        checkboxes[item.key] = checkbox
        column.addWidget(checkbox)
    column.addWidget(
        plain_label(
            _tr(
                "Arabesk Desk plaatst alleen de tekst: je foto's en video upload je zelf op de "
                "pagina van het kanaal."
            )
        )
    )
    return box, checkboxes


class ReviewBox(QGroupBox):
    """Says whether the post will need a leader's approval, and why; hidden when it will not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Beoordeling door een leidinggevende"), parent)
        self.label = plain_label("", name=_tr("Waarom beoordeling nodig is"))
        column = QVBoxLayout(self)
        column.addWidget(self.label)
        self.setVisible(False)

    def show_outlook(self, text: str, approved_by: str | None) -> None:
        if approved_by:
            text = _tr("Goedgekeurd door %1: je kunt publiceren.").replace("%1", approved_by)
        self.label.setText(text)
        self.setVisible(bool(text))
