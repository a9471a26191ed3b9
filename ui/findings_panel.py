"""The findings panel: a card per finding, what the panel says when there are none, ignored ones.

The panel never says "je bericht volgt het protocol" before the check of the text on screen
has finished, nor on an empty post; ignored findings stay listed below, each with "Weer tonen".
Its width is the splitter's business only: cards wrap, so findings never move the divider.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.editor.marks import Mark
from ui.finding_card import FindingCard, SuggestWords, shorten, wrapped_label
from ui.finding_text import FindingTexts
from ui.i18n import count_text

ROWS_PER_TURN = 2  # new cards built per event-loop turn (≈2–5 ms each)


class PanelState(StrEnum):
    """What the panel says when no finding is open."""

    EMPTY_POST = "empty_post"  # nothing written yet
    CHECKING = "checking"  # the text on screen is not checked yet
    CHECKED = "checked"  # checked: no findings means the post follows the protocol


class FindingsPanel(QScrollArea):
    """Lists the editor's marks; rebuilt only when the findings themselves change."""

    fix_requested = Signal(object, object)  # Mark, Fix
    ignore_requested = Signal(object)  # Mark
    unignore_requested = Signal(str)  # the ignore key of a finding to show again
    add_word_requested = Signal(str)
    mark_activated = Signal(object)  # Mark

    def __init__(self, texts: FindingTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._signature: tuple[object, ...] | None = ()
        self.rows: list[FindingCard] = []
        self.state = PanelState.EMPTY_POST
        self.ignored_keys: list[str] = []
        self.suggest_words: SuggestWords | None = None
        self.text_source: Callable[[], str] | None = None  # the editor's text, for previews
        self._wanted: list[Mark] = []
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(self._sync)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so a long list never narrows the cards (and reflows them) on arrival.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setAccessibleName(self.tr("Adviezen bij je bericht"))
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.empty_label = wrapped_label("")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("Stand van de controle"))
        self._layout.addWidget(self.empty_label)
        self.ignored_box = QWidget()
        self._ignored_layout = QVBoxLayout(self.ignored_box)
        self._ignored_layout.setContentsMargins(0, 8, 0, 0)
        self.ignored_box.hide()
        self._layout.addWidget(self.ignored_box)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self._show_state_text()

    # -- API ----------------------------------------------------------------------------

    def set_state(self, state: PanelState) -> None:
        """Say whether the text on screen is empty, being checked or checked."""
        if state is not self.state:
            self.state = state
            self._show_state_text()

    def show_marks(self, marks: Sequence[Mark]) -> None:
        """Show ``marks`` in order, reusing the card of every finding that was already listed.

        Building a card costs a few milliseconds, so only new findings get new cards, a few
        per turn of the event loop: a first spelling check with fifty typos must not freeze
        typing while its cards are built.
        """
        self._wanted = list(marks)
        signature = tuple(_signature(mark) for mark in marks)
        if signature == self._signature:
            for row, mark in zip(self.rows, marks, strict=True):
                row.mark = mark  # same findings, moved text: keep the widgets
            return
        self._sync()

    def show_ignored(self, ignored: Sequence[Mark]) -> None:
        """List the findings the writer ignored in this post, each with "Weer tonen"."""
        keys = [mark.ignore_key for mark in ignored]
        if keys == self.ignored_keys:
            return
        self.ignored_keys = keys
        while self._ignored_layout.count():
            item = self._ignored_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if ignored:
            heading = count_text(
                len(ignored),
                "",
                self.tr("1 advies genegeerd in dit bericht:"),
                self.tr("%1 adviezen genegeerd in dit bericht:"),
            )
            self._ignored_layout.addWidget(wrapped_label(heading))
        for mark in ignored:
            self._ignored_layout.addWidget(self._ignored_row(mark))
        self.ignored_box.setVisible(bool(ignored))
        self._show_state_text()

    def restyle(self) -> None:
        """Rebuild every card, for a new colour scheme (badges carry their colours)."""
        for row in self.rows:
            self._drop(row)
        self.rows, self._signature = [], None
        self._sync()

    @property
    def building(self) -> bool:
        """True while cards for new findings are still being built, a few per turn."""
        return self._more.isActive() or self._signature is None

    def empty_text(self) -> str:
        return self.empty_label.text() if not self.empty_label.isHidden() else ""

    # -- internals ----------------------------------------------------------------------

    def _show_state_text(self) -> None:
        if self.state is PanelState.EMPTY_POST:
            text = self.tr("Schrijf je bericht: adviezen uit het protocol verschijnen hier.")
        elif self.state is PanelState.CHECKING:
            text = self.tr("Je bericht wordt gecontroleerd…")
        elif self.ignored_keys:
            text = self.tr("Geen open adviezen.")
        else:
            text = self.tr("Geen adviezen: je bericht volgt het protocol.")
        self.empty_label.setText(text)
        self.empty_label.setHidden(bool(self.rows))

    def _ignored_row(self, mark: Mark) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        words = shorten(mark.title or mark.excerpt)
        label = wrapped_label(f"“{words}” — {shorten(self._texts.message(mark.finding), 60)}")
        label.setStyleSheet("color: palette(placeholder-text);")
        again = QPushButton(self.tr("Weer tonen"))
        again.setAccessibleName(self.tr("Advies over ‘%1’ weer tonen").replace("%1", words))
        again.clicked.connect(
            lambda _=False, key=mark.ignore_key: self.unignore_requested.emit(key)
        )
        layout.addWidget(label, 1)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _sync(self) -> None:
        marks = self._wanted
        signature = tuple(_signature(mark) for mark in marks)
        self.setUpdatesEnabled(False)
        spare: dict[tuple[object, ...], list[FindingCard]] = {}
        for row in self.rows:
            spare.setdefault(_signature(row.mark), []).append(row)
        rows, built, complete = [], 0, True
        for key, mark in zip(signature, marks, strict=True):
            reused = spare.get(key)
            if reused:
                row = reused.pop(0)
            elif built < ROWS_PER_TURN:
                row, built = self._card(mark), built + 1
            else:
                complete = False  # built on the next turn of the event loop
                continue
            row.mark = mark
            rows.append(row)
        for leftovers in spare.values():
            for row in leftovers:
                self._drop(row)
        self._place(rows)
        self.setUpdatesEnabled(True)
        self._signature = signature if complete else None
        if not complete:
            self._more.start()

    def _place(self, rows: list[FindingCard]) -> None:
        """Put ``rows`` in reading order; cards already in place stay untouched."""
        for index, row in enumerate(rows):
            if self._layout.indexOf(row) != index:
                self._layout.removeWidget(row)
                self._layout.insertWidget(index, row)
        self.rows = rows
        self._show_state_text()

    def _drop(self, row: QWidget) -> None:
        """Out of the layout and out of sight now; Qt deletes it when the event loop is back."""
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _card(self, mark: Mark) -> FindingCard:
        row = FindingCard(mark, self._texts, self.suggest_words, text_source=self.text_source)
        row.add_word_clicked.connect(lambda r=row: self.add_word_requested.emit(r.mark.excerpt))
        row.fix_clicked.connect(lambda s, r=row: self.fix_requested.emit(r.mark, s))
        row.ignore_clicked.connect(lambda r=row: self.ignore_requested.emit(r.mark))
        row.activated.connect(lambda r=row: self.mark_activated.emit(r.mark))
        return row


def _signature(mark: Mark) -> tuple[object, ...]:
    f = mark.finding
    return (f.rule, f.severity, f.message, f.suggestions, mark.excerpt)
