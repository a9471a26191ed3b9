"""The author's review dialog: send, see the decision, and see why a bad one does not count."""

from __future__ import annotations

import json

import keyring
import pytest

from arabesk_desk.posts import DraftStatus, Override
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.requests import scan_requests
from arabesk_desk.review.signing import load_or_create_signer
from arabesk_desk.review.states import Outcome, ReviewMode
from checks import Capacity
from tests.arabesk_desk.review.helpers import error_finding, official_draft, reviewer
from tests.arabesk_desk.review.memory_keyring import use_memory_keyring
from ui.review_request_dialog import ReviewRequestDialog


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    yield use_memory_keyring()
    keyring.set_keyring(previous)


@pytest.fixture
def signer_and_folder(tmp_path):
    signer, policy = reviewer()
    return signer, ReviewFolder(tmp_path / "Review", policy)


def open_dialog(qtbot, folder, draft, **options) -> ReviewRequestDialog:
    dialog = ReviewRequestDialog(folder, draft, **options)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.review_updated, timeout=3000):
        pass
    return dialog


def look_again(qtbot, dialog):
    with qtbot.waitSignal(dialog.review_updated, timeout=3000) as caught:
        dialog.check_button.click()
    return caught.args[0]


def test_the_dialog_explains_why_review_is_needed(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    override = Override("confidential.pupil_name", 0, 6, "Morgen", "Toestemming ouders.")
    dialog = open_dialog(
        qtbot, folder, official_draft(), findings=[error_finding()], overrides=[override]
    )
    assert "buiten communicatie" in dialog.reasons_label.text()
    assert "“Morgen”" in dialog.reasons_label.text()  # the words, never the rule id
    assert "confidential" not in dialog.reasons_label.text()
    assert "(official" not in dialog.reasons_label.text()  # one language at a time
    assert dialog.status_label.text() == "Nog niet verstuurd."
    personal = open_dialog(qtbot, folder, official_draft(capacity=Capacity.PERSONAL))
    assert "niet verplicht" in personal.reasons_label.text()


def test_sending_a_question_writes_one_request(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    draft = official_draft()
    dialog = open_dialog(qtbot, folder, draft, question="Mag dit zo?")
    assert dialog.mode() is ReviewMode.QUESTION
    with qtbot.waitSignal(dialog.request_sent, timeout=3000) as sent:
        dialog.send_button.click()
    request = sent.args[0]
    assert request.message == "Mag dit zo?" and request.mode is ReviewMode.QUESTION
    assert scan_requests(folder.root).items == (request,)
    qtbot.waitUntil(lambda: dialog.review is not None and dialog.review.case is not None)
    assert dialog.review.status is DraftStatus.IN_REVIEW
    assert not dialog.send_button.isEnabled()  # no second request while one is waiting


def test_a_signed_approval_shows_as_valid(qtbot, signer_and_folder):
    signer, folder = signer_and_folder
    draft = official_draft()
    request = folder.submit(draft)
    dialog = open_dialog(qtbot, folder, draft)
    folder.record(decide(request, Outcome.APPROVED, "Akkoord.", signer))
    review = look_again(qtbot, dialog)
    assert review.approved
    assert "Handtekening geldig" in dialog.signature_label.text()
    assert "Akkoord." in dialog.status_label.text()


def test_a_forged_approval_is_shown_as_rejected(qtbot, signer_and_folder):
    _, folder = signer_and_folder
    draft = official_draft()
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", load_or_create_signer("Sanne Jansen")))
    dialog = open_dialog(qtbot, folder, draft)
    assert dialog.review.status is DraftStatus.IN_REVIEW and not dialog.review.approved
    assert "niet in het schoolbeleid" in dialog.signature_label.text()


def test_a_tampered_decision_file_is_shown_as_rejected(qtbot, signer_and_folder):
    signer, folder = signer_and_folder
    draft = official_draft()
    request = folder.submit(draft)
    path = folder.record(decide(request, Outcome.REJECTED, "Nee.", signer))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["outcome"], raw["comment"] = "goedgekeurd", ""
    path.write_text(json.dumps(raw), encoding="utf-8")
    dialog = open_dialog(qtbot, folder, draft)
    assert not dialog.review.approved
    assert "handtekening klopt niet" in dialog.signature_label.text().lower()


def test_an_edited_text_is_no_longer_approved(qtbot, signer_and_folder):
    signer, folder = signer_and_folder
    draft = official_draft()
    folder.record(decide(folder.submit(draft), Outcome.APPROVED, "", signer))
    dialog = open_dialog(qtbot, folder, draft.edited(text=draft.text + " Tot dan!"))
    assert dialog.review.status is DraftStatus.DRAFT
    assert "opnieuw" in dialog.status_label.text()
    assert dialog.send_button.isEnabled()


def test_sending_to_an_unwritable_folder_keeps_the_text_and_says_so(qtbot, tmp_path):
    _, policy = reviewer()
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    dialog = open_dialog(qtbot, ReviewFolder(blocker / "Review", policy), official_draft())
    dialog.message.setPlainText("Mijn vraag")
    with qtbot.waitSignal(dialog.problem, timeout=3000):
        dialog.send_button.click()
    assert "Versturen lukte niet" in dialog.status_label.text()
    assert dialog.message.toPlainText() == "Mijn vraag" and dialog.send_button.isEnabled()
