"""Typing produces the right underlines and panel rows; fixes apply; "negeren" is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QLabel, QPushButton

from checks import Severity
from tests.ui.conftest import send_keys, type_text, wait_painted
from ui import theme
from ui.positions import to_qt


def selections(window):
    found = window.editor.extraSelections()
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), QTextCharFormat(s.format))
        for s in found
    ]


def test_typing_underlines_the_finding_after_emoji(qtbot, window):
    text = "Juf 👩\u200d🏫 zegt: 😀🎉 wat een kutweer"
    type_text(qtbot, window, text)
    start = text.index("kutweer")
    [(qt_start, qt_end, fmt)] = selections(window)
    assert (qt_start, qt_end) == (to_qt(text, start), to_qt(text, start + len("kutweer")))
    assert qt_start == start + 4  # 👩 🏫 😀 🎉 are astral (two units each); the ZWJ is not
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert fmt.underlineColor() == theme.colour(Severity.WARNING)
    cursor = window.editor.textCursor()
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "kutweer"


def test_panel_row_names_guideline_and_explanation(qtbot, window):
    type_text(qtbot, window, "Wat een 😀 kutweer")
    [row] = window.panel.rows
    assert row.mark.excerpt == "kutweer"
    assert "Schuttingtaal" in row.message
    assert row.guideline.startswith("Richtlijn 6 — Medewerkers van De Arabesk zijn persoonlijk")
    labels = [label.text() for label in row.findChildren(QLabel)]
    assert "“kutweer”" in labels and "Let op" in labels


def test_error_gets_a_tinted_background(qtbot, window):
    type_text(qtbot, window, "Mijn BSN is 111222333.")
    [(_, _, fmt)] = selections(window)
    assert fmt.underlineColor() == theme.colour(Severity.ERROR)
    assert fmt.background().color().alpha() > 0


def test_fix_button_replaces_the_span(qtbot, window):
    type_text(qtbot, window, "Dat was 🙈 klote vandaag.")
    [row] = window.panel.rows
    buttons = [b for b in row.findChildren(QPushButton) if "vervelend" in b.text()]
    assert buttons, [b.text() for b in row.findChildren(QPushButton)]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == "Dat was 🙈 vervelend vandaag."
    wait_painted(qtbot, window)
    assert window.panel.rows == []
    assert "volgt het protocol" in window.panel.empty_text()


def test_fix_is_one_undo_step(qtbot, window):
    type_text(qtbot, window, "Dat was klote.")
    mark = window.editor.marks()[0]
    assert window.editor.apply_fix(mark, "jammer")
    assert window.editor.toPlainText() == "Dat was jammer."
    window.editor.undo()
    assert window.editor.toPlainText() == "Dat was klote."


def test_a_fix_on_changed_words_is_refused(qtbot, window):
    type_text(qtbot, window, "Dat was klote.")
    mark = window.editor.marks()[0]
    cursor = window.editor.textCursor()
    cursor.setPosition(10)
    cursor.insertText("x")  # "klxote": the finding no longer describes the text
    assert not window.editor.apply_fix(mark, "jammer")
    assert "klxote" in window.editor.toPlainText()


def test_hover_shows_the_same_explanation(qtbot, window):
    type_text(qtbot, window, "Wat een kutweer vandaag")
    mark = window.editor.marks()[0]
    rect = window.editor.cursorRect(mark.cursor)
    html = window.editor.tooltip_at(rect.center())
    assert "Schuttingtaal" in html and "Richtlijn 6" in html
    assert window.editor.tooltip_at(window.editor.viewport().rect().bottomRight()) == ""


def test_ignore_hides_the_finding_and_is_remembered(qtbot, window):
    type_text(qtbot, window, "Wat een kutweer")
    [row] = window.panel.rows
    ignore = next(b for b in row.findChildren(QPushButton) if b.text() == "Negeren")
    qtbot.mouseClick(ignore, Qt.MouseButton.LeftButton)
    assert window.panel.rows == []
    assert selections(window) == []
    assert window.session.draft.ignored == ("tone.swearing|kutweer",)
    send_keys(window.editor, " vandaag")
    wait_painted(qtbot, window)
    assert window.panel.rows == []  # still ignored after the next check
    assert any(f.rule == "tone.swearing" for f in window.findings())  # the gate still sees it


def test_context_menu_offers_fixes_and_ignore(qtbot, window):
    from PySide6.QtWidgets import QMenu

    type_text(qtbot, window, "Dat was klote.")
    menu = QMenu()
    menu.addAction("Knippen")
    window.editor.add_fix_actions(menu, window.editor.marks()[0])
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == [
        "Vervang door “vervelend”",
        "Vervang door “jammer”",
        "Negeren in dit bericht",
    ]
    assert texts[-1] == "Knippen"
    menu.actions()[0].trigger()
    assert window.editor.toPlainText() == "Dat was vervelend."
