"""The window as a whole: drafts list, preview, settings, shortcuts, accessible names."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit

from arabesk_desk.posts import Draft
from arabesk_desk.store import Store
from arabesk_desk.user_settings import UserSettings
from checks import Capacity, Role
from tests.ui.conftest import send_keys, type_text


def test_drafts_list_opens_an_earlier_draft(qtbot, window, services):
    with Store.open(services.paths.database) as store:
        store.save_draft(Draft(text="Oud concept over de sportdag", capacity=Capacity.OFFICIAL))
    window.compose_actions.open_drafts.trigger()
    qtbot.waitUntil(lambda: window.drafts.dialog is not None and window.drafts.dialog.isVisible())
    drafts = window.drafts.dialog.drafts
    item = next(
        drafts.tree.topLevelItem(i)
        for i in range(drafts.tree.topLevelItemCount())
        if "sportdag" in drafts.tree.topLevelItem(i).text(0)
    )
    drafts.tree.setCurrentItem(item)
    drafts.open_selected()
    assert window.editor.toPlainText() == "Oud concept over de sportdag"
    assert window.capacity.capacity() is Capacity.OFFICIAL
    assert not window.drafts.dialog.isVisible()


def test_preview_shows_the_post_per_channel(qtbot, window):
    window.channel_bar.set_selected(("x", "linkedin"))
    type_text(qtbot, window, "Kijk op #onderwijs 🎉")
    window.compose_actions.show_preview.trigger()
    preview = window.preview.preview
    qtbot.waitUntil(lambda: "onderwijs" in preview.rendered_html("linkedin"))
    assert window.side.currentWidget() is preview
    send_keys(window.editor, " nu")
    qtbot.waitUntil(lambda: "nu" in preview.rendered_html("x"))


def test_settings_change_role_and_name_at_once(qtbot, window):
    window.apply_settings(UserSettings(name="Dhr. Bakker", role=Role.LEADER))
    assert window.snapshot().role is Role.LEADER
    assert window.session.draft.author == "Dhr. Bakker"
    assert window.role_label.text() == "Rol: schoolleider"
    assert window.capacity.leader_note.isVisibleTo(window)


def test_settings_dialog_opens_from_the_menu(qtbot, window):
    from ui.settings_dialog import SettingsDialog

    window.compose_actions.settings.trigger()
    dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_every_action_has_its_own_shortcut(window):
    actions = window.compose_actions.all()
    shortcuts = [a.shortcut().toString() for a in actions]
    assert all(shortcuts), [a.text() for a in actions if not a.shortcut().toString()]
    assert len(set(shortcuts)) == len(shortcuts)
    assert window.compose_actions.save.shortcut().toString() == "Ctrl+S"
    assert window.compose_actions.new_draft.shortcut().toString() == "Ctrl+N"


def test_controls_have_accessible_names(window):
    controls = [*window.findChildren(QAbstractButton), *window.findChildren(QPlainTextEdit)]
    unnamed = [
        type(w).__name__
        for w in controls
        if w.isVisibleTo(window) and not (w.accessibleName() or getattr(w, "text", lambda: "")())
    ]
    assert unnamed == []


def test_f8_walks_through_the_findings(qtbot, window):
    type_text(qtbot, window, "Wat een kutweer, echt klote.")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    window.editor.setTextCursor(cursor)
    window.compose_actions.next_finding.trigger()
    assert window.editor.textCursor().selectedText() == "kutweer"
    window.compose_actions.next_finding.trigger()
    assert window.editor.textCursor().selectedText() == "klote"
    window.compose_actions.apply_fix.trigger()
    assert window.editor.toPlainText() == "Wat een kutweer, echt vervelend."


def test_new_draft_starts_empty_and_keeps_the_channels(qtbot, window):
    window.channel_bar.set_selected(("linkedin",))
    type_text(qtbot, window, "Eerste bericht")
    first = window.session.draft.id
    window.compose_actions.new_draft.trigger()
    assert window.editor.toPlainText() == ""
    assert window.session.draft.id != first
    assert window.session.draft.channels == ("linkedin",)


def test_a_bad_policy_file_is_a_dutch_message_and_the_app_starts(tmp_path):
    from ui.app import load_checker

    policy = tmp_path / "beleid.toml"
    policy.write_text("[school\nname = 'x'", encoding="utf-8")
    checker, problem = load_checker(UserSettings(policy_file=str(policy)))
    assert checker.engine.rules  # the default rules still check
    assert problem is not None and "schoolbeleid" in problem and "standaardregels" in problem


def test_switching_to_dark_recolours_underlines_and_rows(qtbot, window):
    from PySide6.QtGui import QColor, QPalette, QTextCharFormat
    from PySide6.QtWidgets import QApplication

    type_text(qtbot, window, "Wat een kutweer")
    light = QApplication.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        QApplication.setPalette(dark)  # what the system does when it turns dark

        def underline():
            [selection] = window.editor.extraSelections()
            return QTextCharFormat(selection.format).underlineColor()

        qtbot.waitUntil(lambda: underline() == QColor("#ffb74d"))
        qtbot.waitUntil(lambda: len(window.panel.rows) == 1)
        badge = window.panel.rows[0].findChildren(type(window.role_label))[0]
        assert "#ffb74d" in badge.styleSheet()
    finally:
        QApplication.setPalette(light)
