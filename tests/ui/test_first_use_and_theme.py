"""First use asks the writer's name; the theme follows the settings at once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from arabesk_desk.user_settings import UserSettings, load_settings
from checks import Role
from ui import theme
from ui.first_use import FirstUseDialog


def test_first_use_saves_the_name_and_role(qtbot, tmp_path):
    path = tmp_path / "settings.toml"
    dialog = FirstUseDialog(UserSettings(), path)
    qtbot.addWidget(dialog)
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()  # no name, no saving
    dialog.name_edit.setText("  Anna de Vries ")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.LEADER))
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        save.click()
    assert saved.args[0].name == "Anna de Vries" and saved.args[0].role is Role.LEADER
    stored, problem = load_settings(path)
    assert problem is None and stored.name == "Anna de Vries"


def test_first_use_in_the_window_fills_in_the_author(qtbot, window):
    window.settings_applier.apply_quietly(replace(window.services.settings, name="Bram Smit"))
    assert window.session.draft.author == "Bram Smit"
    assert window.messages.text() == ""  # the welcome needs no second message


@pytest.fixture
def app_theme():
    app = QApplication.instance()
    yield app
    theme.apply_theme(app, "system")


def test_the_theme_choice_applies_at_once_and_outlines_stay_visible(qtbot, window, app_theme):
    window.apply_settings(replace(window.services.settings, extra={"theme": "dark"}))
    assert theme.is_dark()
    window_colour = QApplication.palette().window().color()
    outline = theme.outline_colour()
    assert abs(outline.lightness() - window_colour.lightness()) >= 60  # readable borders
    window.apply_settings(replace(window.services.settings, extra={"theme": "light"}))
    assert not theme.is_dark()
    assert theme.theme_choice(UserSettings(extra={"theme": "paars"})) == "system"
