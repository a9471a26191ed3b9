"""The findings panel: one row per finding with its guideline, explanation and one-click fixes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.editor.marks import Mark
from ui.finding_text import FindingTexts, fix_label

MAX_FIX_BUTTONS = 3
ROWS_PER_TURN = 2  # new rows built per event-loop turn (≈2–5 ms each)
MAX_PANEL_WIDTH = 620
MAX_SUGGESTION_SHOWN = 24  # longer replacements are shortened on the button, whole in its tooltip


class FindingRow(QFrame):
    """One finding: badge, explanation, guideline line, the words it is about, its fixes."""

    fix_clicked = Signal(str)
    ignore_clicked = Signal()
    add_word_clicked = Signal()
    activated = Signal()

    def __init__(
        self,
        mark: Mark,
        texts: FindingTexts,
        suggest: Callable[[str], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mark = mark
        self._suggest = suggest
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        finding = mark.finding
        self.message = texts.message(finding)
        self.guideline = texts.guideline_line(finding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(self._header(mark))
        layout.addWidget(_wrapped(self.message))
        if self.guideline:
            guideline = _wrapped(self.guideline)
            guideline.setObjectName("guideline")
            guideline.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
            layout.addWidget(guideline)
        layout.addLayout(self._buttons(mark))
        self.setAccessibleName(f"{theme.severity_label(finding.severity)}: {self.message}")
        self.needed_width = self.minimumSizeHint().width()  # measured once: layouts are costly
        self.setAccessibleDescription(self.guideline)

    def _header(self, mark: Mark) -> QHBoxLayout:
        severity = mark.finding.severity
        badge = QLabel(theme.severity_label(severity))
        badge.setStyleSheet(
            f"background:{theme.colour(severity).name()}; color:{theme.badge_text_colour()};"
            " border-radius:3px;"
            " padding:1px 6px; font-weight:600;"
        )
        excerpt = QLabel(f"“{_short(mark.excerpt)}”")
        excerpt.setTextFormat(Qt.TextFormat.PlainText)
        excerpt.setStyleSheet("font-weight:600;")
        row = QHBoxLayout()
        row.addWidget(badge)
        row.addWidget(excerpt, 1)
        return row

    def _buttons(self, mark: Mark) -> QHBoxLayout:
        self._button_row = row = QHBoxLayout()
        row.setSpacing(4)
        for suggestion in mark.finding.suggestions[:MAX_FIX_BUTTONS]:
            row.addWidget(self._fix_button(suggestion))
        if mark.finding.category == "spelling":
            self._spelling_buttons(row, mark)
        ignore = QPushButton(self.tr("Negeren"))
        ignore.setToolTip(self.tr("Dit advies niet meer tonen voor dit bericht"))
        ignore.setAccessibleName(self.tr("Negeren: %1").replace("%1", self.message))
        ignore.clicked.connect(self.ignore_clicked)
        row.addWidget(ignore)
        row.addStretch(1)
        return row

    def _fix_button(self, suggestion: str) -> QPushButton:
        full = fix_label(self.mark.excerpt, suggestion)
        button = QPushButton(fix_label(self.mark.excerpt, _short(suggestion, MAX_SUGGESTION_SHOWN)))
        button.setToolTip(full)
        button.setAccessibleName(full)
        button.clicked.connect(lambda _=False, s=suggestion: self.fix_clicked.emit(s))
        return button

    def _spelling_buttons(self, row: QHBoxLayout, mark: Mark) -> None:
        if not mark.finding.suggestions and self._suggest is not None:
            self.more = QPushButton(self.tr("Voorstellen…"))
            self.more.setToolTip(self.tr("Zoek hoe het woord wel gespeld wordt"))
            self.more.clicked.connect(self.show_suggestions)
            row.addWidget(self.more)
        add = QPushButton(self.tr("Woord toevoegen"))
        add.setToolTip(self.tr("Dit woord is goed: zet het in mijn woordenlijst"))
        add.clicked.connect(self.add_word_clicked)
        row.addWidget(add)

    def show_suggestions(self) -> None:
        """Ask for suggestions only now: Hunspell takes a moment per word."""
        suggestions = self._suggest(self.mark.excerpt) if self._suggest else []
        self.more.setVisible(False)
        for index, suggestion in enumerate(suggestions[:MAX_FIX_BUTTONS]):
            self._button_row.insertWidget(index, self._fix_button(suggestion))
        if not suggestions:
            self._button_row.insertWidget(0, QLabel(self.tr("Geen voorstellen gevonden.")))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt calls this
        # A word-wrapped label inside a scroll area is sized for a guessed width; fix each
        # label's height for the width it really got, so rows have no stray gaps.
        super().resizeEvent(event)
        for label in self.findChildren(QLabel):
            if label.wordWrap():
                label.setFixedHeight(label.heightForWidth(label.width()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt calls this
        self.activated.emit()
        super().mousePressEvent(event)


class FindingsPanel(QScrollArea):
    """Lists the editor's marks; rebuilt only when the findings themselves change."""

    fix_requested = Signal(object, str)  # Mark, replacement
    ignore_requested = Signal(object)  # Mark
    add_word_requested = Signal(str)
    mark_activated = Signal(object)  # Mark

    def __init__(self, texts: FindingTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._signature: tuple[object, ...] | None = ()
        self.rows: list[FindingRow] = []
        self.suggest_words: Callable[[str], list[str]] | None = None
        self._wanted: list[Mark] = []
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(self._sync)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Adviezen bij je bericht"))
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._empty = _wrapped(self.tr("Geen adviezen: je bericht volgt het protocol."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)
        self.setWidget(self._body)

    def show_marks(self, marks: Sequence[Mark]) -> None:
        """Show ``marks`` in order, reusing the row of every finding that was already listed.

        Building a row costs a few milliseconds, so only new findings get new rows, a few
        per turn of the event loop: a first spelling check with fifty typos must not freeze
        typing while its rows are built.
        """
        self._wanted = list(marks)
        signature = tuple(_signature(mark) for mark in marks)
        if signature == self._signature:
            for row, mark in zip(self.rows, marks, strict=True):
                row.mark = mark  # same findings, moved text: keep the widgets
            return
        self._sync()

    def _sync(self) -> None:
        marks = self._wanted
        signature = tuple(_signature(mark) for mark in marks)
        self.setUpdatesEnabled(False)
        spare: dict[tuple[object, ...], list[FindingRow]] = {}
        for row in self.rows:
            spare.setdefault(_signature(row.mark), []).append(row)
        rows, built, complete = [], 0, True
        for key, mark in zip(signature, marks, strict=True):
            reused = spare.get(key)
            if reused:
                row = reused.pop(0)
            elif built < ROWS_PER_TURN:
                row, built = self._row(mark), built + 1
            else:
                complete = False  # built on the next turn of the event loop
                continue
            row.mark = mark
            rows.append(row)
        for leftovers in spare.values():
            for row in leftovers:
                self._layout.removeWidget(row)
                row.deleteLater()
        self._place(rows)
        self._fit_width()
        self.setUpdatesEnabled(True)
        self._signature = signature if complete else None
        if not complete:
            self._more.start()

    def restyle(self) -> None:
        """Rebuild every row, for a new colour scheme (badges carry their colours)."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows, self._signature = [], None
        self._sync()

    def _fit_width(self) -> None:
        """Never narrower than the widest row needs: rows are not cut off at the right."""
        widest = max((row.needed_width for row in self.rows), default=0)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        width = min(widest + scrollbar + 12, MAX_PANEL_WIDTH)
        if width != self.minimumWidth():
            self.setMinimumWidth(width)

    def _place(self, rows: list[FindingRow]) -> None:
        """Put ``rows`` in reading order; rows already in place stay untouched."""
        for index, row in enumerate(rows):
            if self._layout.indexOf(row) != index:
                self._layout.removeWidget(row)
                self._layout.insertWidget(index, row)
        self.rows = rows
        self._empty.setVisible(not rows)

    def _row(self, mark: Mark) -> FindingRow:
        row = FindingRow(mark, self._texts, self.suggest_words)
        row.add_word_clicked.connect(lambda r=row: self.add_word_requested.emit(r.mark.excerpt))
        row.fix_clicked.connect(lambda s, r=row: self.fix_requested.emit(r.mark, s))
        row.ignore_clicked.connect(lambda r=row: self.ignore_requested.emit(r.mark))
        row.activated.connect(lambda r=row: self.mark_activated.emit(r.mark))
        return row


def _signature(mark: Mark) -> tuple[object, ...]:
    f = mark.finding
    return (f.rule, f.severity, f.message, f.suggestions, mark.excerpt)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
