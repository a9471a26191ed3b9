"""The leaders' review queue: list, detail, diff, signing, and refusals with a reason."""

from __future__ import annotations

import keyring
import pytest

from arabesk_desk.posts import DraftStatus
from arabesk_desk.review.decisions import decide, scan_decisions, verify_decision
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.signing import create_reviewer_key
from arabesk_desk.review.states import Outcome, ReviewMode
from checks import EngineSettings
from checks.channels import load_channels
from checks.resources import Resources
from tests.arabesk_desk.review.helpers import error_finding, official_draft, reviewer
from tests.arabesk_desk.review.memory_keyring import use_memory_keyring, use_no_keyring
from ui.review_queue import ReviewQueueWindow

REVIEWER = "Mw. J. de Vries"


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    yield use_memory_keyring()
    keyring.set_keyring(previous)


@pytest.fixture
def signer_and_folder(tmp_path):
    signer, policy = reviewer(REVIEWER)
    return signer, ReviewFolder(tmp_path / "Review", policy)


CHANNELS = load_channels(Resources(EngineSettings()))


def open_queue(qtbot, folder, name=REVIEWER) -> ReviewQueueWindow:
    window = ReviewQueueWindow(folder, name, channels=CHANNELS)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.state_loaded, timeout=3000):
        pass  # the folder is read on a pool thread; the signal follows on the GUI thread
    return window


def decide_in(qtbot, window, button):
    with qtbot.waitSignal(window.decision_recorded, timeout=3000) as caught:
        button.click()
    with qtbot.waitSignal(window.state_loaded, timeout=3000):
        pass
    return caught.args[0]


def test_the_queue_shows_the_request_with_its_findings(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft(), [error_finding(0, 6)], reasons=("Officieel bericht.",))
    window = open_queue(qtbot, folder)
    assert window.requests_list.count() == 1
    assert "Sanne Jansen" in window.requests_list.item(0).text()
    assert "Officieel bericht." in window.header.text()
    shown = window.text_view.toPlainText()
    assert "open dag" in shown and "Naam van een leerling." in shown
    assert "Eerste versie" in window.diff_view.toPlainText()


def test_approving_signs_a_decision_the_author_can_verify(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    request = folder.submit(official_draft())
    window = open_queue(qtbot, folder)
    window.comment.setPlainText("Mooi zo.")
    decision = decide_in(qtbot, window, window.approve_button)
    assert decision.outcome is Outcome.APPROVED and decision.comment == "Mooi zo."
    (stored,) = scan_decisions(folder.root).items
    assert verify_decision(stored, request, folder.policy)
    assert window.requests_list.count() == 0  # only open requests are listed
    assert "Er wachten geen verzoeken" in window.header.text()
    window.pending_only.setChecked(False)
    assert (
        window.requests_list.item(0).text().startswith("Goedgekeurd · Sanne Jansen — LinkedIn en X")
    )


def test_requesting_changes_needs_a_comment(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft())
    window = open_queue(qtbot, folder)
    window.changes_button.click()
    assert "Schrijf erbij" in window.message_label.text()
    assert scan_decisions(folder.root).items == ()
    window.comment.setPlainText("Noem geen namen.")
    decision = decide_in(qtbot, window, window.changes_button)
    assert decision.outcome is Outcome.CHANGES_REQUESTED


def test_a_second_version_shows_what_changed(qtbot, signer_and_folder):
    signer, folder = signer_and_folder
    draft = official_draft("Hallo allemaal, tot morgen!")
    first = folder.submit(draft)
    folder.record(decide(first, Outcome.CHANGES_REQUESTED, "Richt je op ouders.", signer))
    folder.submit(draft.edited(text="Hallo ouders, tot morgen!"), mode=ReviewMode.QUESTION)
    window = open_queue(qtbot, folder)
    assert "twijfel" in window.requests_list.item(0).text()
    html = window.diff_view.toHtml()
    assert "line-through" in html and "allemaal" in html and "ouders" in html
    assert "Richt je op ouders." in window.trail_view.toPlainText()
    assert "Vraag bij twijfel" in window.header.text()


def test_without_a_keyring_nothing_is_signed(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft())
    window = open_queue(qtbot, folder)
    use_no_keyring()
    window.approve_button.click()
    assert "geen sleutelbos" in window.message_label.text()
    assert scan_decisions(folder.root).items == ()


def test_a_reviewer_whose_key_is_not_in_the_policy_is_told_so(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft())
    create_reviewer_key("Meester Bas")
    window = open_queue(qtbot, folder, "Meester Bas")
    window.approve_button.click()
    assert "staat niet in het schoolbeleid" in window.message_label.text()
    assert scan_decisions(folder.root).items == ()


def test_bad_files_are_counted_and_the_rest_still_shows(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft())
    (folder.root / "requests" / "half.json").write_text('{"kind": "ara', encoding="utf-8")
    (folder.root / "decisions").mkdir()
    (folder.root / "decisions" / "leeg.json").write_text("", encoding="utf-8")
    window = open_queue(qtbot, folder)
    assert window.requests_list.count() == 1
    assert "2 bestanden overgeslagen" in window.problems_label.text()
    assert "half.json" in window.problems_label.toolTip()


def test_a_missing_folder_shows_an_empty_queue(qtbot, tmp_path):
    _, policy = reviewer(REVIEWER)
    window = open_queue(qtbot, ReviewFolder(tmp_path / "niet-aangesloten", policy))
    assert window.requests_list.count() == 0
    assert "niet gevonden" in window.problems_label.toolTip()
    assert not window.approve_button.isEnabled()


def test_a_request_arriving_later_appears_after_refresh(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft())
    window = open_queue(qtbot, folder)
    folder.submit(official_draft("Nog een bericht."))
    with qtbot.waitSignal(window.state_loaded, timeout=3000):
        window.refresh_button.click()
    assert window.requests_list.count() == 2
    assert window.state.cases[0].status is DraftStatus.IN_REVIEW


def test_a_request_synced_into_the_folder_appears_by_itself(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    folder.submit(official_draft())
    window = open_queue(qtbot, folder)
    with qtbot.waitSignal(window.state_loaded, timeout=5000):
        folder.submit(official_draft("Van een andere laptop."))
    assert window.requests_list.count() == 2


def test_a_leader_cannot_approve_their_own_post(qtbot, tmp_path):
    _, policy = reviewer("Sanne Jansen")
    folder = ReviewFolder(tmp_path / "Review", policy)
    folder.submit(official_draft())  # written by Sanne Jansen
    window = open_queue(qtbot, folder, "Sanne Jansen")
    window.approve_button.click()
    assert "eigen bericht" in window.message_label.text()
    assert scan_decisions(folder.root).items == ()
