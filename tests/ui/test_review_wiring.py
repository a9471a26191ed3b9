"""Review wired into the compose window: the twijfel signal, the menu, publishing clearance."""

from __future__ import annotations

import keyring
import pytest

from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.requests import scan_requests
from arabesk_desk.review.states import Outcome, ReviewMode
from checks import Capacity
from tests.arabesk_desk.review.helpers import reviewer
from tests.arabesk_desk.review.memory_keyring import use_memory_keyring
from tests.ui.conftest import type_text
from ui.review_wiring import ReviewWiring


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    yield use_memory_keyring()
    keyring.set_keyring(previous)


@pytest.fixture
def wiring(window, services, arabesk_home):
    wired = ReviewWiring(window, services)
    assert wired.folder.root == arabesk_home / "review"  # same-laptop review by default
    return wired


def test_the_twijfel_signal_sends_the_question(qtbot, window, services):
    wiring = ReviewWiring(window, services, answer_review_requested=True)
    type_text(qtbot, window, "Mag ik dit delen?")
    window.request_review("Is dit officieel genoeg?")
    dialog = wiring.dialog
    with qtbot.waitSignal(dialog.request_sent, timeout=3000) as sent:
        pass
    request = sent.args[0]
    assert request.mode is ReviewMode.QUESTION and request.text == "Mag ik dit delen?"
    assert request.message == "Is dit officieel genoeg?"
    assert scan_requests(wiring.folder.root).items == (request,)


def test_the_menu_opens_the_queue_and_the_log(qtbot, window, wiring):
    names = [a.text() for a in window.menuBar().actions()]
    assert "Beoordeling en &logboek" in names
    assert not wiring.menu_actions["queue"].isVisible()  # "Juf Test" is staff and no reviewer
    wiring.menu_actions["queue"].trigger()
    assert wiring.queue is not None and wiring.queue.isVisible()
    qtbot.addWidget(wiring.queue)
    wiring.menu_actions["log"].trigger()
    assert wiring.log is not None and wiring.log.isVisible()
    qtbot.addWidget(wiring.log)
    with qtbot.waitSignal(wiring.log.entries_loaded, timeout=3000):
        pass


def test_publishing_an_official_post_waits_for_a_signed_approval(qtbot, window, wiring):
    signer, policy = reviewer()
    wiring.folder = ReviewFolder(wiring.folder.root, policy)
    type_text(qtbot, window, "Morgen is de open dag.")
    window.capacity.set_capacity(Capacity.OFFICIAL)
    draft = window.session.draft
    cleared: list[object] = []
    with qtbot.waitSignal(wiring.publish_blocked, timeout=3000) as blocked:
        wiring.clear_for_publish(draft, [], [], cleared.append)
    assert blocked.args[0].needed and not cleared
    dialog = wiring.dialog
    assert dialog is not None and dialog.mode() is ReviewMode.REVIEW
    with qtbot.waitSignal(dialog.request_sent, timeout=3000) as sent:
        dialog.send_button.click()
    wiring.folder.record(decide(sent.args[0], Outcome.APPROVED, "", signer))
    wiring.clear_for_publish(draft, [], [], cleared.append)
    qtbot.waitUntil(lambda: bool(cleared), timeout=3000)
    assert cleared[0]["verified"] and cleared[0]["decision"] == "goedgekeurd"


def test_a_personal_post_is_cleared_at_once(qtbot, window, wiring):
    type_text(qtbot, window, "Mooie lezing gevolgd.")
    cleared: list[object] = []
    wiring.clear_for_publish(window.session.draft, [], [], cleared.append)
    qtbot.waitUntil(lambda: bool(cleared), timeout=3000)
    assert cleared == [None]


def test_leaders_see_the_review_queue(window, services):
    from dataclasses import replace

    from checks import Role

    services.settings = replace(services.settings, role=Role.LEADER)
    wiring = ReviewWiring(window, services)
    assert wiring.menu_actions["queue"].isVisible()


def test_the_publish_button_waits_for_approval_and_logs_the_signed_review(
    qtbot, window, wiring, services
):
    from PySide6.QtCore import Qt

    from tests.ui.test_compose_publish import capture_urls, published_entries

    capture_urls(window)
    signer, policy = reviewer()
    wiring.folder = ReviewFolder(wiring.folder.root, policy)
    type_text(qtbot, window, "Morgen is de open dag.")
    window.capacity.set_capacity(Capacity.OFFICIAL)
    window.compose_actions.publish.trigger()
    with qtbot.waitSignal(wiring.publish_blocked, timeout=5000):
        qtbot.mouseClick(window.publisher.dialog.go_button, Qt.MouseButton.LeftButton)
    assert published_entries(services) == []
    with qtbot.waitSignal(wiring.dialog.request_sent, timeout=3000) as sent:
        wiring.dialog.send_button.click()
    wiring.folder.record(decide(sent.args[0], Outcome.APPROVED, "Prima.", signer))
    window.compose_actions.publish.trigger()
    with qtbot.waitSignal(window.publisher.published, timeout=5000) as published:
        qtbot.mouseClick(window.publisher.dialog.go_button, Qt.MouseButton.LeftButton)
    review = published.args[0].review
    assert review["verified"] and review["decision"] == "goedgekeurd"
    qtbot.waitUntil(lambda: len(published_entries(services)) == 1, timeout=5000)
