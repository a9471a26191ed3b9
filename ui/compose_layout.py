"""How the compose window is laid out: top bar, message bar, editor | findings, action row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ui.compose_sections import build_top_bar

if TYPE_CHECKING:
    from ui.compose_window import ComposeWindow

WRITING_SHARE = 0.6  # the editor's part of the width; the findings panel has the rest
COMFORTABLE_SIZE = (1100, 700)


def central_widget(window: ComposeWindow) -> tuple[QWidget, QSplitter]:
    """The window's body, and the splitter between the writing and the findings."""
    writing = QWidget()
    writing_layout = QVBoxLayout(writing)  # attachments take only the room they need
    writing_layout.setContentsMargins(0, 0, 0, 0)
    writing_layout.addWidget(window.editor, 1)
    writing_layout.addWidget(window.attachments, 0)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(writing)
    splitter.addWidget(window.side)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    central = QWidget()
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(
        build_top_bar(central, window.channel_bar, window.capacity, window.reply, window.role_label)
    )
    window.messages.setContentsMargins(8, 0, 8, 0)
    column.addWidget(window.messages)
    column.addWidget(splitter, 1)
    column.addWidget(window.action_row)
    return central, splitter


def fit_to_screen(window: QWidget) -> None:
    """A comfortable size that never exceeds the screen (1,366 × 768 laptops included)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    width, height = COMFORTABLE_SIZE
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - 40)
        height = min(height, available.height() - 60)
    window.resize(width, height)


def place_splitter(splitter: QSplitter) -> None:
    """The first division of the width; afterwards only the writer moves the divider."""
    writing = round(max(1, splitter.width()) * WRITING_SHARE)
    splitter.setSizes([writing, splitter.width() - writing])
