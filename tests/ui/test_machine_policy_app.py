"""The app under ICT's machine-wide policy: managed settings, the school's accounts and pages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from arabesk_desk.paths import MACHINE_POLICY_VARIABLE
from arabesk_desk.user_settings import UserSettings, save_settings
from checks import Capacity
from tests.ui.conftest import type_text
from ui.app import build_services, load_checker
from ui.compose_window import ComposeWindow
from ui.publish_flow import share_urls
from ui.settings_dialog import SettingsDialog

MACHINE = """
[school]
name = "De Arabesk"

[rules."tone.swearing"]
severity = "error"

[school.accounts]
mastodon = "@dearabesk@onderwijs.social"

[channels.mastodon]
share_url = "https://onderwijs.social/share?text={text}"
"""


@pytest.fixture
def machine(tmp_path, monkeypatch):
    path = tmp_path / "ProgramData" / "policy.toml"
    path.parent.mkdir()
    path.write_text(MACHINE, encoding="utf-8")
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(path))
    return path


@pytest.fixture
def managed_window(qtbot, machine, arabesk_home):
    weaker = arabesk_home / "mijn-beleid.toml"
    weaker.write_text('[rules."tone.swearing"]\nenabled = false\n', encoding="utf-8")
    save_settings(
        arabesk_home / "settings.toml",
        UserSettings(name="Juf Test", policy_file=str(weaker), channels=("mastodon",)),
    )
    services = build_services(with_spelling=False)
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.spelling_lane.close()
    services.store_lane.close()


def test_a_users_weaker_policy_is_not_used_and_says_so(managed_window, machine):
    services = managed_window.services
    assert services.checker.machine_policy == machine
    assert services.checker.policy.rule_overrides["tone.swearing"].severity == "error"
    [problem] = services.startup_problems
    assert "niet gebruikt" in problem and "ICT-beheer geldt" in problem


def test_the_settings_dialog_shows_the_policy_as_managed(qtbot, managed_window):
    managed_window.compose_actions.settings.trigger()
    [dialog] = [d for d in managed_window.findChildren(SettingsDialog) if d.isVisible()]
    assert dialog.managed is not None and dialog.managed.file.name == "policy.toml"
    assert dialog.findChild(QLabel, "managedPolicy").isVisible()
    dialog.reject()


def test_official_posts_show_the_schools_account_and_share_page(qtbot, managed_window):
    window = managed_window
    window.capacity.set_capacity(Capacity.OFFICIAL)
    type_text(qtbot, window, "Morgen is de sportdag.")
    window.compose_actions.show_preview.trigger()
    preview = window.preview.preview
    qtbot.waitUntil(lambda: "@dearabesk@onderwijs.social" in preview.rendered_html("mastodon"))
    window.capacity.set_capacity(Capacity.PERSONAL)
    qtbot.waitUntil(lambda: "Juf Test" in preview.rendered_html("mastodon"))
    [url] = share_urls("Hallo!", ["mastodon"], window.services.channels)
    assert url.toString() == "https://onderwijs.social/share?text=Hallo%21"


def test_a_broken_machine_policy_leaves_the_defaults_and_the_management(tmp_path, monkeypatch):
    broken = tmp_path / "policy.toml"
    broken.write_text("[school\n", encoding="utf-8")
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(broken))
    checker, problem = load_checker(UserSettings())
    assert checker.engine.rules and checker.machine_policy == broken
    assert problem is not None and "ICT-beheer" in problem and "standaardregels" in problem
