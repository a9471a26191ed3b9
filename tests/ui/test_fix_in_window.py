"""A fix in the window: the card and the tooltip show the sentence as it will read, and
after a click the cursor is back in the text, where the writer goes on typing."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from tests.ui.conftest import send_keys, type_text, wait_painted
from tests.ui.test_spelling_lane import FakeService, spelling_finding
from ui.compose_window import ComposeWindow


def activate(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def row_for(window, rule_part: str):
    return next(r for r in window.panel.rows if rule_part in r.mark.finding.rule)


def previews(row) -> list[str]:
    return [label.text() for label in row.findChildren(QLabel, "fix_preview")]


def test_the_card_shows_the_whole_sentence_after_the_fix(qtbot, window):
    type_text(qtbot, window, "Bel haar moeder op 06-12345678 als het regent.")
    row = row_for(window, "phone")
    [fix] = row.mark.finding.fixes[:1]
    assert previews(row)[0].replace("<b>", "").replace("</b>", "") == fix.after
    assert "06-12345678" not in fix.after and fix.after[:1].isupper()
    button = row.fix_buttons[0]
    assert button.toolTip() == fix.after  # the same sentence, whole, for the pointer


def test_the_tooltip_shows_the_sentence_after_the_fix(qtbot, window):
    type_text(qtbot, window, "Dat was klote vandaag.")
    mark = window.editor.marks()[0]
    html = window.editor.tooltip_at(window.editor.cursorRect(mark.cursor).center())
    assert "Dat was <b>vervelend</b> vandaag." in html


def test_after_a_fix_typing_goes_on_in_the_editor(qtbot, window):
    activate(qtbot, window)
    type_text(qtbot, window, "Wat een kutweer vandaag")  # the caret stands at the end
    row = row_for(window, "swearing")
    qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    fixed = window.editor.toPlainText()
    assert "kutweer" not in fixed and fixed.endswith(" vandaag")
    assert window.editor.hasFocus()
    typed_into = QApplication.focusWidget()  # where the keyboard goes: not to the button
    for character in ", toch?":
        QTest.keyClicks(typed_into, character)
    wait_painted(qtbot, window)
    assert window.editor.toPlainText() == fixed + ", toch?"


def test_the_caret_stays_where_it_was_before_the_fix(qtbot, window):
    activate(qtbot, window)
    type_text(qtbot, window, "Dat was klote. Morgen beter")
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Dat was klote. Morgen"))  # the writer was typing here
    window.editor.setTextCursor(cursor)
    row = row_for(window, "swearing")
    qtbot.mouseClick(row.fix_buttons[0], Qt.MouseButton.LeftButton)
    send_keys(window.editor, " wordt het")
    assert window.editor.toPlainText().endswith("Morgen wordt het beter")


def _window_with_a_misspelling(qtbot, services):
    """A compose window whose text has one spelling mark ("gelezzen"), and that mark."""
    services.spelling_service = FakeService(
        lambda text: [spelling_finding(text, "gelezzen")] if "gelezzen" in text else []
    )
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    send_keys(window.editor, "Ik heb het boek gelezzen.")
    qtbot.waitUntil(lambda: any(m.layer == "spelling" for m in window.editor.marks()))
    [mark] = [m for m in window.editor.marks() if m.layer == "spelling"]
    return window, mark


def test_a_spelling_suggestion_shows_its_sentence_in_the_context_menu(qtbot, services):
    window, mark = _window_with_a_misspelling(qtbot, services)
    menu = QMenu()
    window.editor.add_fix_actions(menu, mark)  # at once: the suggestions come later
    assert menu.actions()[0].text() == "Suggesties zoeken…"
    qtbot.waitUntil(lambda: menu.actions()[0].text() != "Suggesties zoeken…")
    first = menu.actions()[0]
    assert first.text() == "Vervang door “gelezen”"
    assert first.toolTip() == "Ik heb het boek gelezen."
    first.trigger()
    assert window.editor.toPlainText() == "Ik heb het boek gelezen."
    window.spelling_lane.close()


def test_a_right_click_never_waits_for_spelling_suggestions(qtbot, services):
    window, mark = _window_with_a_misspelling(qtbot, services)
    asked = []
    window.editor.suggest_words = lambda word, done: asked.append((word, done))
    menu = QMenu()
    window.editor.add_fix_actions(menu, mark)
    assert asked and asked[0][0] == "gelezzen"
    assert menu.actions()[0].text() == "Suggesties zoeken…"
    asked[0][1]([])  # the spelling process knows nothing better
    assert menu.actions()[0].text() == "Geen suggesties"
    later = QMenu()
    window.editor.add_fix_actions(later, mark)
    shiboken6.delete(later)  # the menu is closed and gone before the answer
    asked[1][1](["gelezen"])  # no error: nothing to fill any more
    window.spelling_lane.close()
