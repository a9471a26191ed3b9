"""Guideline 5 on every path: a leader's post is official, and the Bericht menu says so."""

from __future__ import annotations

from dataclasses import replace

import pytest

from arabesk_desk.posts import Draft
from arabesk_desk.store import Store
from arabesk_desk.user_settings import UserSettings
from checks import Capacity, Role
from tests.ui.conftest import make_services, type_text, wait_painted
from ui.compose_window import ComposeWindow


def assert_official_and_ticked(window: ComposeWindow) -> None:
    actions = window.compose_actions
    assert window.capacity.official.isChecked() and not window.capacity.personal.isEnabled()
    assert window.capacity.capacity() is Capacity.OFFICIAL
    assert window.snapshot().capacity is Capacity.OFFICIAL
    assert window.session.draft.capacity is Capacity.OFFICIAL
    assert actions.official.isChecked() and not actions.personal.isChecked()
    assert not actions.personal.isEnabled() and not actions.add_disclosure.isEnabled()
    assert not window.capacity.offer.isVisibleTo(window)  # no "Toelichting toevoegen"
    assert window.capacity.leader_note.isVisibleTo(window)


@pytest.fixture
def leader_window(qtbot, test_checker):
    services = make_services(test_checker, UserSettings(name="Dhr. Bakker", role=Role.LEADER))
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    wait_painted(qtbot, window)
    yield window
    window.spelling_lane.close()
    if services.store_lane is not None:
        services.store_lane.close()


def test_a_role_switch_to_leader_applies_without_a_restart(qtbot, window):
    type_text(qtbot, window, "Ik vind de nieuwe toetsen een slecht idee.")
    assert window.capacity.capacity() is Capacity.PERSONAL
    assert window.capacity.offer.isVisibleTo(window)
    window.apply_settings(replace(window.services.settings, role=Role.LEADER))
    wait_painted(qtbot, window)
    assert_official_and_ticked(window)


def test_a_leader_starts_official_and_a_new_post_stays_official(qtbot, leader_window):
    assert_official_and_ticked(leader_window)
    type_text(qtbot, leader_window, "Eerste bericht")
    leader_window.compose_actions.new_draft.trigger()
    assert leader_window.editor.toPlainText() == ""
    assert_official_and_ticked(leader_window)


def test_a_personal_draft_restored_by_a_leader_is_official(qtbot, leader_window):
    services = leader_window.services
    personal = Draft(text="Persoonlijk concept", capacity=Capacity.PERSONAL, role=Role.STAFF)
    with Store.open(services.paths.database) as store:
        store.save_draft(personal)
    leader_window.load_draft(Draft(), stored=False)  # an empty editor lets the restore in
    with qtbot.waitSignal(leader_window.restore_finished) as restored:
        leader_window.drafts.restore_last()
    assert restored.args == [True]
    assert leader_window.editor.toPlainText() == "Persoonlijk concept"
    assert_official_and_ticked(leader_window)
    assert leader_window.session.draft.role is Role.LEADER


def test_the_menu_cannot_make_a_leaders_post_personal(qtbot, leader_window):
    leader_window.compose_actions.personal.trigger()
    leader_window.capacity.set_capacity(Capacity.PERSONAL)  # what the action would do
    assert_official_and_ticked(leader_window)


def test_the_menu_ticks_follow_the_toggle_for_staff(qtbot, window):
    actions = window.compose_actions
    assert actions.personal.isChecked() and not actions.official.isChecked()
    window.capacity.official.click()
    assert actions.official.isChecked() and not actions.personal.isChecked()
    actions.personal.trigger()
    assert window.capacity.capacity() is Capacity.PERSONAL and actions.personal.isChecked()


def test_the_leaders_review_menu_appears_without_a_restart(qtbot, window, services):
    from ui.review_wiring import ReviewWiring

    wiring = ReviewWiring(window, services)
    window.review = wiring
    assert not wiring.menu_actions["queue"].isVisible()
    window.apply_settings(replace(services.settings, role=Role.LEADER))
    assert wiring.menu_actions["queue"].isVisible()
    assert "Te beoordelen" in window.messages.text()
