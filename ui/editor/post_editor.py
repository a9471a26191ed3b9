"""The post editor: a QPlainTextEdit that paints findings as extra selections and fixes them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from checks import Finding
from checks.finding import Fix
from checks.fixes.build import replacement_fix
from checks.text import Document
from ui.editor.marks import Mark, build_marks, extra_selection
from ui.finding_text import FindingTexts
from ui.fix_text import after_text, button_label, mark_word_fixes
from ui.positions import PositionMap

UNDO_PAUSE_MS = 1000  # typing after a pause this long is a new undo step


class PostEditor(QPlainTextEdit):
    """Plain text (emoji welcome); findings arrive in layers ("protocol", "spelling")."""

    marks_changed = Signal()
    ignore_requested = Signal(object)  # Mark
    fix_applied = Signal(object, str)  # Mark, replacement
    add_word_requested = Signal(str)

    def __init__(self, texts: FindingTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._layers: dict[str, list[Mark]] = {}
        self._ignored: set[str] = set()
        self.shown_marks: list[Mark] = []  # what is underlined now, in reading order
        # Ask for a word's suggestions; the answer comes later, on the GUI thread (Hunspell in
        # the spelling process takes up to a second: a right-click never waits for it).
        self.suggest_words: Callable[[str, Callable[[list[str]], None]], None] | None = None
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(self.tr("Schrijf hier je bericht…"))
        self.setAccessibleName(self.tr("Berichttekst"))
        self.setAccessibleDescription(
            self.tr("De tekst van je bericht; adviezen staan onderstreept en in de lijst ernaast.")
        )
        # QTextDocument merges adjacent typing into one undo step for as long as the document
        # counts as modified; marking it unmodified after a pause starts a new step, so one
        # Ctrl+Z never undoes two separate bursts of typing.
        self._undo_pause = QTimer(self, singleShot=True, interval=UNDO_PAUSE_MS)
        self._undo_pause.timeout.connect(self.close_undo_step)
        self.document().contentsChanged.connect(self._undo_pause.start)

    def close_undo_step(self) -> None:
        """What is typed from now on is undone separately from what came before."""
        self._undo_pause.stop()
        self.document().setModified(False)

    def replace_all_text(self, text: str) -> None:
        """Show another draft's text: a fresh document history, no undo into the last post."""
        self.setPlainText(text)
        self.close_undo_step()

    # -- findings ------------------------------------------------------------------------

    def set_layer(self, layer: str, text: str, findings: Iterable[Finding]) -> None:
        """Show ``findings`` on ``text`` (which must be the editor's text right now)."""
        self._layers[layer] = build_marks(self.document(), text, findings, layer)
        self._repaint_marks()

    def set_ignored(self, keys: Iterable[str]) -> None:
        self._ignored = set(keys)
        self._repaint_marks()

    def marks(self) -> list[Mark]:
        """Every intact, not-ignored mark, in reading order."""
        found = [
            mark
            for marks in self._layers.values()
            for mark in marks
            if mark.intact and mark.ignore_key not in self._ignored
        ]
        return sorted(found, key=lambda m: (m.cursor.selectionStart(), -m.finding.severity.rank))

    def ignored_marks(self) -> list[Mark]:
        """Intact marks the writer chose to ignore in this post, in reading order, once each."""
        seen: dict[str, Mark] = {}
        for marks in self._layers.values():
            for mark in marks:
                if mark.intact and mark.ignore_key in self._ignored:
                    seen.setdefault(mark.ignore_key, mark)
        return sorted(seen.values(), key=lambda m: m.cursor.selectionStart())

    def all_findings(self) -> list[Finding]:
        """The intact findings with code-point offsets into the current text, ignored ones too."""
        intact = [mark for marks in self._layers.values() for mark in marks if mark.intact]
        return self._as_findings(intact)

    def open_findings(self) -> list[Finding]:
        """The findings the writer has not ignored, with offsets into the current text."""
        return self._as_findings(self.marks())

    def _as_findings(self, marks: Iterable[Mark]) -> list[Finding]:
        positions = PositionMap(self.toPlainText())
        findings = []
        for mark in marks:
            start = positions.from_qt(mark.cursor.selectionStart())
            end = positions.from_qt(mark.cursor.selectionEnd())
            findings.append(_moved(mark.finding, start, end))
        return findings

    def mark_at(self, position: int) -> Mark | None:
        """The most severe mark under Qt position ``position``."""
        hits = [m for m in self.marks() if m.contains(position)]
        return max(hits, key=lambda m: m.finding.severity.rank, default=None)

    def apply_fix(self, mark: Mark, fix: Fix | str) -> bool:
        """Make ``fix`` as one undo step; False if the words it edits changed meanwhile.

        ``fix`` is an engine's :class:`Fix` (offsets of the checked text, possibly wider
        than the mark) or a word for the mark's words (a spelling suggestion). The text
        cursor goes back where it was, moved along with the edit, and the editor has the
        focus again, so the next keystrokes land in the text, not on a button.
        """
        if not mark.intact:
            return False
        text = self.toPlainText()
        positions = PositionMap(text)
        mark_start = positions.from_qt(mark.cursor.selectionStart())
        edit = self._current_edit(text, mark, mark_start, fix)
        if edit is None:
            return False
        start, end, replacement = edit
        caret = positions.from_qt(self.textCursor().position())
        self.close_undo_step()  # the fix is its own undo step, apart from the typing before it
        cursor = QTextCursor(self.document())
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.close_undo_step()
        self._place_caret(_moved_caret(caret, start, end, replacement))
        self.fix_applied.emit(mark, replacement)
        self._repaint_marks()
        return True

    def _current_edit(
        self, text: str, mark: Mark, mark_start: int, fix: Fix | str
    ) -> tuple[int, int, str] | None:
        if isinstance(fix, str):
            built = replacement_fix(Document(text), mark_start, mark_start + len(mark.excerpt), fix)
            return (built.start, built.end, built.replacement) if built else None
        shift = mark_start - mark.finding.start
        start, end = fix.start + shift, fix.end + shift
        if start < 0 or text[start:end] != fix.original:
            return None  # the words around the mark changed since the check
        return start, end, fix.replacement

    def _place_caret(self, offset: int) -> None:
        positions = PositionMap(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(positions.to_qt(min(offset, len(self.toPlainText()))))
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_mark(self) -> Mark | None:
        """The mark under the text cursor."""
        return self.mark_at(self.textCursor().position())

    def step_to_mark(self, step: int) -> None:
        """Select the next (``+1``) or previous (``-1``) mark, wrapping around (F8)."""
        marks = self.marks()
        if not marks:
            return
        here = self.textCursor().selectionStart()
        starts = [m.cursor.selectionStart() for m in marks]
        if step > 0:
            target = next((m for m, s in zip(marks, starts, strict=True) if s > here), marks[0])
        else:
            earlier = [m for m, s in zip(marks, starts, strict=True) if s < here]
            target = earlier[-1] if earlier else marks[-1]
        self.select_mark(target)

    def apply_first_fix(self) -> None:
        """Apply the first suggestion of the mark under the cursor (Ctrl+.)."""
        mark = self.current_mark()
        if mark is not None and mark.finding.fixes:
            self.apply_fix(mark, mark.finding.fixes[0])
        elif mark is not None and mark.finding.suggestions:
            self.apply_fix(mark, mark.finding.suggestions[0])

    def select_first_of(self, findings: list[Finding]) -> None:
        """Put the cursor on the first of ``findings`` still marked (back from the gate)."""
        marks = [m for m in self.marks() if m.finding in findings]
        if marks:
            self.select_mark(marks[0])

    def append_paragraph(self, line: str) -> None:
        """Add ``line`` as a paragraph of its own at the end, as one undo step."""
        text = self.toPlainText()
        self.close_undo_step()
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(("\n\n" if text.strip() else "") + line)
        self.setTextCursor(cursor)
        self.close_undo_step()

    def select_mark(self, mark: Mark) -> None:
        self.setTextCursor(QTextCursor(mark.cursor))
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def repaint_marks(self) -> None:
        """Underline again, e.g. in the colours of a new light or dark scheme."""
        self._repaint_marks()

    def _repaint_marks(self) -> None:
        self.shown_marks = self.marks()
        self.setExtraSelections([extra_selection(mark) for mark in self.shown_marks])
        self.marks_changed.emit()

    # -- hover and context menu ----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event.pos(), event.globalPos())
            return True
        return super().event(event)

    def tooltip_at(self, viewport_pos: QPoint) -> str:
        """The hover text for a point in the viewport; empty when no underline is there."""
        mark = self.mark_at(self.cursorForPosition(viewport_pos).position())
        if mark is None:
            return ""
        fixes = list(mark.finding.fixes)
        if not fixes and mark.finding.suggestions:  # words: shown as the sentence after them
            fixes = mark_word_fixes(self.toPlainText(), mark, mark.finding.suggestions[:2])
        return self._texts.tooltip_html(mark.finding, fixes)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        viewport_pos = self.viewport().mapFrom(self, pos)
        text = self.tooltip_at(viewport_pos)
        if text:
            QToolTip.showText(global_pos, text, self)
        else:
            QToolTip.hideText()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt calls this
        menu = self.createStandardContextMenu(event.pos())
        mark = self.mark_at(self.cursorForPosition(event.pos()).position())
        if mark is not None:
            self.add_fix_actions(menu, mark)
        menu.exec(event.globalPos())

    def add_fix_actions(self, menu: QMenu, mark: Mark) -> None:
        """Put the mark's fixes, "negeren" and (for spelling) "add word" above the rest; a
        spelling mark without suggestions yet gets them when they arrive, the menu open."""
        first = menu.actions()[0] if menu.actions() else None
        actions = [self._fix_action(menu, mark, fix) for fix in self._fixes(mark)[:6]]
        asking = not actions and self._may_ask(mark)
        if asking:
            waiting = menu.addAction(self.tr("Suggesties zoeken…"))
            waiting.setEnabled(False)
            actions.append(waiting)
        ignore = menu.addAction(self.tr("Negeren in dit bericht"))
        ignore.triggered.connect(lambda: self.ignore_requested.emit(mark))
        actions.append(ignore)
        if mark.finding.category == "spelling":
            add = menu.addAction(self.tr("Toevoegen aan mijn woordenlijst"))
            add.triggered.connect(lambda: self.add_word_requested.emit(mark.excerpt))
            actions.append(add)
        separator = menu.addSeparator()
        for action in [*actions, separator]:
            menu.removeAction(action)
            menu.insertAction(first, action) if first else menu.addAction(action)
        if asking and self.suggest_words is not None:
            self.suggest_words(
                mark.excerpt, lambda words: self._suggestions_arrived(menu, waiting, mark, words)
            )

    def _fix_action(self, menu: QMenu, mark: Mark, fix: Fix) -> QAction:
        action = QAction(button_label(fix), menu)
        action.setToolTip(after_text(fix))
        action.setStatusTip(after_text(fix))
        action.triggered.connect(lambda _=False, f=fix: self.apply_fix(mark, f))
        menu.addAction(action)
        return action

    def _may_ask(self, mark: Mark) -> bool:
        return mark.finding.category == "spelling" and self.suggest_words is not None

    def _suggestions_arrived(
        self, menu: QMenu, waiting: QAction, mark: Mark, words: list[str]
    ) -> None:
        """Suggested words for an open context menu: fix actions where "zoeken…" stood."""
        try:
            fixes = mark_word_fixes(self.toPlainText(), mark, words)[:6]
            if not fixes:
                waiting.setText(self.tr("Geen suggesties"))
                return
            for fix in fixes:
                action = self._fix_action(menu, mark, fix)
                menu.removeAction(action)
                menu.insertAction(waiting, action)
            menu.removeAction(waiting)
        except RuntimeError:
            pass  # the menu was closed and deleted before the answer came

    def _fixes(self, mark: Mark) -> list[Fix]:
        """The mark's fixes; for a mark without them, fixes made of its suggested words."""
        finding = mark.finding
        if finding.fixes:
            return list(finding.fixes)
        return mark_word_fixes(self.toPlainText(), mark, list(finding.suggestions))


def _moved_caret(caret: int, start: int, end: int, replacement: str) -> int:
    """Where the caret stands after ``start..end`` became ``replacement``."""
    if caret >= end:
        return caret + len(replacement) - (end - start)
    if caret > start:
        return start + len(replacement)
    return caret


def _moved(finding: Finding, start: int, end: int) -> Finding:
    if (finding.start, finding.end) == (start, end):
        return finding
    from dataclasses import replace

    return replace(finding, start=start, end=end)
