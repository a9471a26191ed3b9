"""One finding as a card in the findings panel: badge, the words, explanation, guideline, fixes.

A card never asks for more width than the panel gives it: the text wraps and the buttons flow
onto a new line, so "Voorstellen…" or a long replacement cannot push "Negeren" out of view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.editor.marks import Mark
from ui.finding_text import FindingTexts, fix_label
from ui.flow_layout import FlowLayout

MAX_FIX_BUTTONS = 3
MAX_SUGGESTION_SHOWN = 24  # longer replacements are shortened on the button, whole in its tooltip

SuggestWords = Callable[[str], list[str]]


class FindingCard(QFrame):
    """One finding; signals what the writer chose to do with it."""

    fix_clicked = Signal(str)
    ignore_clicked = Signal()
    add_word_clicked = Signal()
    activated = Signal()

    def __init__(
        self,
        mark: Mark,
        texts: FindingTexts,
        suggest: SuggestWords | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mark = mark
        self._suggest = suggest
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        finding = mark.finding
        self.message = texts.message(finding)
        self.guideline = texts.guideline_line(finding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(self._header(mark))
        layout.addWidget(wrapped_label(self.message))
        if self.guideline:
            guideline = wrapped_label(self.guideline)
            guideline.setObjectName("guideline")
            guideline.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
            layout.addWidget(guideline)
        self.buttons = FlowLayout(spacing=4)
        self._fill_buttons(mark)
        layout.addLayout(self.buttons)
        self.setAccessibleName(f"{theme.severity_label(finding.severity)}: {self.message}")
        self.setAccessibleDescription(self.guideline)

    def _header(self, mark: Mark) -> QHBoxLayout:
        severity = mark.finding.severity
        badge = QLabel(theme.severity_label(severity))
        badge.setStyleSheet(
            f"background:{theme.colour(severity).name()}; color:{theme.badge_text_colour()};"
            " border-radius:3px; padding:1px 6px; font-weight:600;"
        )
        self.title = wrapped_label(f"“{mark.title or mark.excerpt}”")
        self.title.setStyleSheet("font-weight:600;")
        row = QHBoxLayout()
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.title, 1)
        return row

    def _fill_buttons(self, mark: Mark) -> None:
        for suggestion in mark.finding.suggestions[:MAX_FIX_BUTTONS]:
            self.buttons.addWidget(self._fix_button(suggestion))
        if mark.finding.category == "spelling":
            self._spelling_buttons(mark)
        ignore = QPushButton(self.tr("Negeren"))
        ignore.setToolTip(self.tr("Dit advies niet meer tonen voor dit bericht"))
        ignore.setAccessibleName(self.tr("Negeren: %1").replace("%1", self.message))
        ignore.clicked.connect(self.ignore_clicked)
        self.buttons.addWidget(ignore)

    def _fix_button(self, suggestion: str) -> QPushButton:
        full = fix_label(self.mark.excerpt, suggestion)
        button = QPushButton(
            fix_label(self.mark.excerpt, shorten(suggestion, MAX_SUGGESTION_SHOWN))
        )
        button.setToolTip(full)
        button.setAccessibleName(full)
        button.clicked.connect(lambda _=False, s=suggestion: self.fix_clicked.emit(s))
        return button

    def _spelling_buttons(self, mark: Mark) -> None:
        if not mark.finding.suggestions and self._suggest is not None:
            self.more = QPushButton(self.tr("Voorstellen…"))
            self.more.setToolTip(self.tr("Zoek hoe het woord wel gespeld wordt"))
            self.more.clicked.connect(self.show_suggestions)
            self.buttons.addWidget(self.more)
        add = QPushButton(self.tr("Woord toevoegen"))
        add.setToolTip(self.tr("Dit woord is goed: zet het in mijn woordenlijst"))
        add.clicked.connect(self.add_word_clicked)
        self.buttons.addWidget(add)

    def show_suggestions(self) -> None:
        """Ask for suggestions only now: Hunspell takes a moment per word."""
        suggestions = self._suggest(self.mark.excerpt) if self._suggest else []
        self.more.setVisible(False)
        for index, suggestion in enumerate(suggestions[:MAX_FIX_BUTTONS]):
            self.buttons.insert_widget(index, self._fix_button(suggestion))
        if not suggestions:
            self.buttons.insert_widget(0, QLabel(self.tr("Geen voorstellen gevonden.")))
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt calls this
        # A word-wrapped label in a scroll area is first sized for a guessed width; give each
        # label the height its real width needs, so cards have no stray gaps or cut lines.
        super().resizeEvent(event)
        for label in self.findChildren(QLabel):
            if label.wordWrap():
                label.setFixedHeight(label.heightForWidth(max(1, label.width())))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt calls this
        self.activated.emit()
        super().mousePressEvent(event)


def wrapped_label(text: str) -> QLabel:
    """Plain text that wraps at the width it is given and never asks for more."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def shorten(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut at a space with "…" when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return (flat[:cut] if cut > limit // 2 else flat[: limit - 1]).rstrip(" ,;:") + "…"
