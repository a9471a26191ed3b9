"""Guideline 4: the author may say a post is a reply, and to whom ("Reactie op: een ouder")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from checks import ReplyTo


class ReplyPicker(QWidget):
    """ "Reactie op: — / een ouder / een leerling / een collega / iemand anders"."""

    reply_to_changed = Signal(object)  # ReplyTo | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self._choices: list[ReplyTo | None] = [
            None,
            ReplyTo.PARENT,
            ReplyTo.PUPIL,
            ReplyTo.COLLEAGUE,
            ReplyTo.OTHER,
        ]
        for label in (
            self.tr("—"),
            self.tr("een ouder"),
            self.tr("een leerling"),
            self.tr("een collega"),
            self.tr("iemand anders"),
        ):
            self.combo.addItem(label)
        self.combo.setAccessibleName(self.tr("Reactie op"))
        self.combo.setToolTip(
            self.tr(
                "Is dit een reactie op iemand? Zeg op wie: een discussie met een leerling of "
                "ouder hoort niet op sociale media (richtlijn 4)."
            )
        )
        caption = QLabel(self.tr("&Reactie op:"))
        caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _: self.reply_to_changed.emit(self.value()))

    def value(self) -> ReplyTo | None:
        return self._choices[max(0, self.combo.currentIndex())]

    def set_value(self, reply_to: ReplyTo | None) -> None:
        """Show ``reply_to`` without announcing it (a draft being opened)."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self._choices.index(reply_to))
        self.combo.blockSignals(False)
