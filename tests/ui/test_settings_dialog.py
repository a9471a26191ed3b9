"""The settings dialog edits and saves the user's settings; bad input is explained, not lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from arabesk_desk.user_settings import UserSettings, load_settings
from checks import EngineSettings, Role
from checks.channels import load_channels
from checks.resources import Resources
from ui.settings_dialog import ManagedPolicy, SettingsDialog


@pytest.fixture(scope="module")
def channels():
    return load_channels(Resources(EngineSettings()))


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.toml"


def make_dialog(qtbot, channels, settings_path, settings=None):
    dialog = SettingsDialog(settings or UserSettings(), channels, settings_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_current_settings(qtbot, channels, settings_path):
    current = UserSettings(name="Anna", role=Role.LEADER, channels=("x", "linkedin"))
    dialog = make_dialog(qtbot, channels, settings_path, current)
    assert dialog.name_edit.text() == "Anna"
    assert dialog.role_combo.currentText() == "schoolleider"
    assert dialog.channel_checks["linkedin"].isChecked()
    assert not dialog.channel_checks["facebook"].isChecked()


def test_role_choices_map_to_engine_roles(qtbot, channels, settings_path):
    dialog = make_dialog(qtbot, channels, settings_path)
    labels = {dialog.role_combo.itemText(i): dialog.role_combo.itemData(i) for i in range(3)}
    assert labels == {
        "medewerker": Role.STAFF,
        "communicatie": Role.COMMUNICATIONS,
        "schoolleider": Role.LEADER,
    }


def test_save_writes_the_file_and_announces(qtbot, channels, settings_path):
    dialog = make_dialog(qtbot, channels, settings_path, UserSettings(extra={"font": "x"}))
    dialog.name_edit.setText("  Bram ")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.COMMUNICATIONS))
    dialog.channel_checks["facebook"].setChecked(False)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    with qtbot.waitSignal(dialog.settings_saved) as signal:
        dialog.save_button.click()
    saved, problem = load_settings(settings_path)
    assert problem is None
    assert saved == signal.args[0]
    assert saved.name == "Bram"
    assert saved.role is Role.COMMUNICATIONS
    assert "facebook" not in saved.channels
    assert saved.language == "en"
    assert saved.extra == {"font": "x", "theme": "dark"}  # keys of others are kept


def test_good_policy_file_is_taken(qtbot, channels, settings_path, tmp_path):
    policy = tmp_path / "beleid.toml"
    policy.write_text('[school]\nname = "Het Baken"\n', encoding="utf-8")
    dialog = make_dialog(qtbot, channels, settings_path)
    assert dialog.try_policy_file(str(policy))
    assert "Het Baken" in dialog.policy_status.text()
    assert dialog.edited_settings().policy_file == str(policy)


def test_bad_policy_file_shows_its_error_and_keeps_the_old_one(
    qtbot, channels, settings_path, tmp_path
):
    old = tmp_path / "oud.toml"
    old.write_text("", encoding="utf-8")
    bad = tmp_path / "kapot.toml"
    bad.write_text("[school]\n\n[feestjes]\nx = 1\n", encoding="utf-8")
    dialog = make_dialog(qtbot, channels, settings_path, UserSettings(policy_file=str(old)))
    assert not dialog.try_policy_file(str(bad))
    message = dialog.policy_status.text()
    assert "kapot.toml" in message
    assert "feestjes" in message
    assert dialog.policy_edit.text() == str(old)
    assert dialog.edited_settings().policy_file == str(old)


def test_bad_server_address_keeps_the_dialog_open(qtbot, channels, settings_path):
    dialog = make_dialog(qtbot, channels, settings_path)
    dialog.lt_server_edit.setText("languagetool.school.nl")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "http" in dialog.error_label.text()
    assert not settings_path.exists()
    assert dialog.lt_server_edit.text() == "languagetool.school.nl"


def test_missing_folder_and_no_channel_are_explained(qtbot, channels, settings_path, tmp_path):
    dialog = make_dialog(qtbot, channels, settings_path)
    dialog.review_edit.setText(str(tmp_path / "bestaat-niet"))
    for check in dialog.channel_checks.values():
        check.setChecked(False)
    dialog.save_button.click()
    text = dialog.error_label.text()
    assert "bestaat niet" in text
    assert "kanaal" in text
    assert not settings_path.exists()


def test_failed_write_keeps_everything(qtbot, channels, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    dialog = make_dialog(qtbot, channels, blocker / "settings.toml")
    dialog.name_edit.setText("Carla")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "mislukt" in dialog.error_label.text()
    assert dialog.name_edit.text() == "Carla"


def test_public_api_is_opt_in_with_a_warning(qtbot, channels, settings_path):
    dialog = make_dialog(qtbot, channels, settings_path)
    assert not dialog.public_api_check.isChecked()
    labels = [label.text() for label in dialog.findChildren(type(dialog.error_label))]
    assert any("buiten school" in text for text in labels)
    dialog.public_api_check.setChecked(True)
    assert dialog.edited_settings().languagetool_public_api


def test_every_input_has_an_accessible_name(qtbot, channels, settings_path):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    dialog = make_dialog(qtbot, channels, settings_path)
    for kind in (QLineEdit, QComboBox, QAbstractButton):
        for control in dialog.findChildren(kind):
            assert control.accessibleName() or control.text(), control


def make_managed(qtbot, channels, settings_path, tmp_path, settings=None, folder=""):
    managed = ManagedPolicy(tmp_path / "ProgramData" / "policy.toml", "De Arabesk", folder)
    dialog = SettingsDialog(settings or UserSettings(), channels, settings_path, managed=managed)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_machine_wide_policy_is_shown_as_managed(qtbot, channels, settings_path, tmp_path):
    dialog = make_managed(qtbot, channels, settings_path, tmp_path)
    note = dialog.findChild(QLabel, "managedPolicy")
    assert note is not None and note.isVisible()
    assert "Beheerd door ICT-beheer" in note.text() and "policy.toml" in note.text()
    assert dialog.policy_edit.accessibleName() == "Eigen termen"
    plain = make_dialog(qtbot, channels, settings_path)
    assert plain.findChild(QLabel, "managedPolicy") is None


def test_under_management_another_policy_is_refused(qtbot, channels, settings_path, tmp_path):
    other = tmp_path / "ander-beleid.toml"
    other.write_text('[rules."tone.swearing"]\nenabled = false\n', encoding="utf-8")
    dialog = make_managed(qtbot, channels, settings_path, tmp_path)
    assert not dialog.try_policy_file(str(other))
    assert "may only add [terms]" in dialog.policy_status.text()
    assert dialog.edited_settings().policy_file == ""


def test_under_management_a_terms_file_is_added(qtbot, channels, settings_path, tmp_path):
    terms = tmp_path / "mijn-termen.toml"
    terms.write_text('[terms]\n"tone/swearing" = ["prutsweer"]\n', encoding="utf-8")
    dialog = make_managed(qtbot, channels, settings_path, tmp_path)
    assert dialog.try_policy_file(str(terms))
    assert "toegevoegd aan het beleid van ICT-beheer" in dialog.policy_status.text()
    assert dialog.edited_settings().policy_file == str(terms)


def test_a_review_folder_set_by_ict_is_shown_not_edited(qtbot, channels, settings_path, tmp_path):
    mine = UserSettings(review_folder=str(tmp_path / "mijn-map"))
    dialog = make_managed(qtbot, channels, settings_path, tmp_path, mine, folder="~/Beoordelingen")
    assert dialog.review_edit.isReadOnly() and not dialog.review_browse.isEnabled()
    assert dialog.review_edit.text().endswith("Beoordelingen")
    assert dialog.problems() == []  # ICT's share may be offline: not the user's problem
    assert dialog.edited_settings().review_folder == str(tmp_path / "mijn-map")
