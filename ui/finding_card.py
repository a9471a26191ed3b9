"""One finding as a card in the findings panel: badge, the words, explanation, guideline, fixes.

Each fix shows the sentence as it will read after it, whole and wrapped, beside a short
button ("Vervang door “gelezen”", "Weghalen"). A card never asks for more width than the
panel gives it: the text wraps and the buttons flow onto a new line, so "Voorstellen…" or a
long replacement cannot push "Negeren" out of view. Spelling suggestions are asked for when
the writer opens the card (or clicks "Voorstellen…"), and arrive without blocking typing.
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

from checks.finding import Fix
from ui import theme
from ui.editor.marks import Mark
from ui.finding_text import FindingTexts
from ui.fix_text import after_html, after_text, button_label, mark_word_fixes
from ui.flow_layout import FlowLayout

MAX_FIX_BUTTONS = 3

# Ask for a word's suggestions; the answer comes later, to the callback, on the GUI thread.
SuggestWords = Callable[[str, Callable[[list[str]], None]], None]


class FindingCard(QFrame):
    """One finding; signals what the writer chose to do with it."""

    fix_clicked = Signal(object)  # the Fix, in the offsets of the checked text
    ignore_clicked = Signal()
    add_word_clicked = Signal()
    activated = Signal()

    def __init__(
        self,
        mark: Mark,
        texts: FindingTexts,
        suggest: SuggestWords | None = None,
        parent: QWidget | None = None,
        text_source: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.mark = mark
        self._suggest = suggest
        self._text_source = text_source
        self._asked = False
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
        self.fix_buttons: list[QPushButton] = []
        self.fix_box = QVBoxLayout()
        self.fix_box.setSpacing(2)
        layout.addLayout(self.fix_box)
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
        for fix in mark.finding.fixes[:MAX_FIX_BUTTONS]:
            self._add_fix(fix)
        if not mark.finding.fixes and mark.finding.suggestions:
            self._add_word_fixes(list(mark.finding.suggestions))  # an engine without fixes
        if mark.finding.category == "spelling":
            self._spelling_buttons(mark)
        ignore = QPushButton(self.tr("Negeren"))
        ignore.setToolTip(self.tr("Dit advies niet meer tonen voor dit bericht"))
        ignore.setAccessibleName(self.tr("Negeren: %1").replace("%1", self.message))
        ignore.clicked.connect(self.ignore_clicked)
        self.buttons.addWidget(ignore)

    def _add_fix(self, fix: Fix) -> None:
        """A button and, under it, the sentence as it will read after the fix."""
        button = QPushButton(button_label(fix))
        sentence = after_text(fix)
        button.setToolTip(sentence)
        button.setAccessibleName(f"{button_label(fix)}: {sentence}")
        button.clicked.connect(lambda _=False, f=fix: self.fix_clicked.emit(f))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        preview = QLabel(after_html(fix))
        preview.setObjectName("fix_preview")
        preview.setWordWrap(True)
        preview.setTextFormat(Qt.TextFormat.RichText)
        preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        preview.setStyleSheet("color: palette(text); margin-left: 2px;")
        self.fix_box.addLayout(row)
        self.fix_box.addWidget(preview)
        self.fix_buttons.append(button)

    def _add_word_fixes(self, words: list[str]) -> None:
        for fix in self._fixes_for(words)[:MAX_FIX_BUTTONS]:
            self._add_fix(fix)

    def _fixes_for(self, words: list[str]) -> list[Fix]:
        """Fixes for suggested words, in the offsets of the checked text (as the engine's)."""
        text = self._text_source() if self._text_source else ""
        return mark_word_fixes(text, self.mark, words)

    def _spelling_buttons(self, mark: Mark) -> None:
        if not mark.finding.fixes and self._suggest is not None:
            self.more = QPushButton(self.tr("Voorstellen…"))
            self.more.setToolTip(self.tr("Zoek hoe het woord wel gespeld wordt"))
            self.more.clicked.connect(self.show_suggestions)
            self.buttons.addWidget(self.more)
        add = QPushButton(self.tr("Woord toevoegen"))
        add.setToolTip(self.tr("Dit woord is goed: zet het in mijn woordenlijst"))
        add.clicked.connect(self.add_word_clicked)
        self.buttons.addWidget(add)

    def show_suggestions(self) -> None:
        """Ask for suggestions only now (Hunspell takes a moment per word); they arrive on
        the GUI thread later, typing goes on meanwhile."""
        if self._asked or self._suggest is None or not hasattr(self, "more"):
            return
        self._asked = True
        self.more.setEnabled(False)
        self.more.setText(self.tr("Voorstellen zoeken…"))
        self._suggest(self.mark.excerpt, self._suggestions_arrived)

    def _suggestions_arrived(self, words: list[str]) -> None:
        self.more.setVisible(False)
        self._add_word_fixes(list(words))
        if not self.fix_buttons:
            self.fix_box.addWidget(QLabel(self.tr("Geen voorstellen gevonden.")))
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
        if self.mark.finding.category == "spelling" and hasattr(self, "more"):
            self.show_suggestions()  # opening a spelling finding asks for its suggestions
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
