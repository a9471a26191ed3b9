"""The message bar above the editor: messages that matter, read whole, until closed.

The status bar keeps only short state (checks, spelling, saved); anything a writer must read
(published, waiting for review, what ICT must do, a failed browser) goes here, word-wrapped,
with at most a couple of buttons that act on it.

API::

    bar.show_message(text, MessageKind.SUCCESS, [(tr("Tekst opnieuw kopiëren"), callback)])
    bar.clear()
    bar.text(); bar.kind
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from checks import Severity
from ui import theme

MessageAction = tuple[str, Callable[[], None]]


class MessageKind(StrEnum):
    """How a message reads: the colour of its edge and the word screen readers hear first."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    PROBLEM = "problem"


class MessageBar(QWidget):
    """One message at a time; a newer one replaces it. Hidden when there is none."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = MessageKind.INFO
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self.close_button.clicked.connect(self._close_clicked)
        self._buttons: list[QPushButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 6, 6, 6)
        self._row.addWidget(self.label, 1)
        self._row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Melding"))
        self.hide()

    def show_message(
        self,
        text: str,
        kind: MessageKind = MessageKind.INFO,
        actions: Sequence[MessageAction] = (),
    ) -> None:
        """Show ``text`` whole; ``actions`` become buttons that also close the message."""
        self.kind = kind
        self.label.setText(text)
        self.label.setAccessibleName(f"{self._kind_word()}: {text}")
        self._set_actions(actions)
        self._restyle()
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self._set_actions(())
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def button_texts(self) -> list[str]:
        return [button.text() for button in self._buttons]

    def trigger(self, text: str) -> None:
        """Press the message's button labelled ``text`` (keyboard users, tests)."""
        next(button for button in self._buttons if button.text() == text).click()

    def _set_actions(self, actions: Sequence[MessageAction]) -> None:
        for button in self._buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for position, (label, callback) in enumerate(actions, start=1):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, act=callback: self._act(act))
            self._row.insertWidget(position, button, 0, Qt.AlignmentFlag.AlignTop)
            self._buttons.append(button)

    def _act(self, callback: Callable[[], None]) -> None:
        self.clear()
        callback()

    def _close_clicked(self) -> None:
        self.clear()
        self.closed.emit()

    def _kind_word(self) -> str:
        words = {
            MessageKind.INFO: self.tr("Ter informatie"),
            MessageKind.SUCCESS: self.tr("Gelukt"),
            MessageKind.WARNING: self.tr("Let op"),
            MessageKind.PROBLEM: self.tr("Probleem"),
        }
        return words[self.kind]

    def _restyle(self) -> None:
        keys = {
            MessageKind.INFO: Severity.INFO,
            MessageKind.SUCCESS: "success",
            MessageKind.WARNING: Severity.WARNING,
            MessageKind.PROBLEM: Severity.ERROR,
        }
        edge = theme.colour(keys[self.kind])
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        tint = theme.mix(edge, window, 0.14).name()
        self.setStyleSheet(
            f"#messageBar {{ background: {tint}; border-left: 4px solid {edge.name()};"
            " border-radius: 3px; }"
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt calls this
        if event.type() == QEvent.Type.ApplicationPaletteChange and self.isVisible():
            self._restyle()
        super().changeEvent(event)
