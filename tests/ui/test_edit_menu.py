"""The Bewerken menu: undo, redo, cut, copy and paste; one undo step per burst of typing."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import send_keys


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_edit_menu_has_the_usual_commands(window):
    texts = menu_texts(window, "Be&werken")
    for wanted in ("&Ongedaan maken", "Opnie&uw", "K&nippen", "&Kopiëren", "&Plakken"):
        assert wanted in texts


def test_one_undo_takes_back_one_burst_of_typing(qtbot, window):
    document = window.editor.document()
    send_keys(window.editor, "Eerste zin.")
    qtbot.waitUntil(lambda: not document.isModified(), timeout=3000)  # a pause in typing
    send_keys(window.editor, " Tweede zin.")
    actions = window.compose_actions
    assert actions.undo.isEnabled()
    actions.undo.trigger()
    assert window.editor.toPlainText() == "Eerste zin."
    assert actions.redo.isEnabled()
    actions.redo.trigger()
    assert window.editor.toPlainText() == "Eerste zin. Tweede zin."


def test_cut_copy_and_paste_follow_the_selection(qtbot, window):
    actions = window.compose_actions
    send_keys(window.editor, "Knip mij")
    assert not actions.copy.isEnabled()
    window.editor.selectAll()
    assert actions.copy.isEnabled() and actions.cut.isEnabled()
    actions.cut.trigger()
    assert window.editor.toPlainText() == ""
    assert QGuiApplication.clipboard().text() == "Knip mij"
    actions.paste.trigger()
    assert window.editor.toPlainText() == "Knip mij"


def test_window_titles_do_not_repeat_the_app_name(qtbot, window):
    assert window.windowTitle() == "Nieuw bericht"  # Qt adds " — Arabesk Desk" itself
    assert menu_texts(window, "Be&richt")[:2] == ["&Persoonlijk", "&Namens de school"]
