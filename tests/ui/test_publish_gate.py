"""The publish gate dialog blocks open errors without a reason and lets the rest through."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from arabesk_desk.gate_verdict import PERMANENCE_REMINDER, PHOTO_CHECKLIST
from arabesk_desk.posts import Attachment, Draft, Override
from arabesk_desk.review.readiness import review_readiness
from arabesk_desk.review.review_policy import Reviewer
from checks import Capacity, Category, Finding, Role, Severity
from ui.publish_gate import PublishGateDialog, gate_needed
from ui.publish_gate_context import GateContext, ReviewPreview

TEXT = "Wat een kutdag, bel Sanne op 06-12345678."
SWEAR = Finding("tone.swearing", Category.TONE, 6, Severity.ERROR, 8, 14, "Schuttingtaal.")
PHONE = Finding("confidential.phone", Category.CONFIDENTIAL, 3, Severity.ERROR, 29, 40, "Nummer.")
WARN = Finding("tone.popular", Category.TONE, 6, Severity.WARNING, 0, 3, "Populair.")
PHOTO = Attachment("/tmp/klas.jpg", "ab" * 32, "image")


def make_dialog(qtbot, findings, attachments=()):
    dialog = PublishGateDialog(TEXT, findings, attachments)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_permanence_reminder_is_shown_once(qtbot):
    dialog = make_dialog(qtbot, [SWEAR, PHONE], [PHOTO])
    labels = [w for w in dialog.findChildren(type(dialog.problems_label)) if w.isVisible()]
    assert sum(PERMANENCE_REMINDER in label.text() for label in labels) == 1


def test_open_error_without_answer_blocks(qtbot):
    dialog = make_dialog(qtbot, [SWEAR, WARN])
    assert len(dialog.rows) == 1
    assert not dialog.go_button.isEnabled()
    assert "kutdag" in dialog.problems_label.text()


def test_override_needs_a_typed_reason(qtbot):
    dialog = make_dialog(qtbot, [SWEAR])
    row = dialog.row_for(SWEAR)
    qtbot.mouseClick(row.override_radio, Qt.MouseButton.LeftButton)
    assert row.reason_edit.isEnabled()
    assert not dialog.go_button.isEnabled()
    qtbot.keyClicks(row.reason_edit, "   ")
    assert not dialog.go_button.isEnabled()
    qtbot.keyClicks(row.reason_edit, "citaat van een leerling")
    assert dialog.go_button.isEnabled()


def test_publish_returns_the_overrides(qtbot):
    dialog = make_dialog(qtbot, [SWEAR])
    row = dialog.row_for(SWEAR)
    row.override_radio.click()
    qtbot.keyClicks(row.reason_edit, "citaat")
    with qtbot.waitSignal(dialog.publish_confirmed) as signal:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    expected = (Override("tone.swearing", 8, 14, "kutdag", "citaat"),)
    assert signal.args == [expected]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.gate_result().proceed
    assert dialog.gate_result().overrides == expected


def test_choosing_fix_goes_back_to_the_text(qtbot):
    dialog = make_dialog(qtbot, [SWEAR, PHONE])
    dialog.row_for(PHONE).fix_radio.click()
    assert dialog.go_button.isEnabled()
    assert "Terug" in dialog.go_button.text()
    with qtbot.waitSignal(dialog.fix_requested) as signal:
        dialog.go_button.click()
    assert signal.args == [[PHONE]]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.gate_result().proceed
    assert dialog.gate_result().to_fix == (PHONE,)


def test_enter_in_a_reason_does_not_publish(qtbot):
    dialog = make_dialog(qtbot, [SWEAR])
    row = dialog.row_for(SWEAR)
    row.override_radio.click()
    qtbot.keyClicks(row.reason_edit, "citaat")
    row.reason_edit.setFocus()
    qtbot.keyClick(row.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not dialog.gate_result().proceed


def test_photos_need_the_checklist(qtbot):
    dialog = make_dialog(qtbot, [], [PHOTO])
    assert not dialog.go_button.isEnabled()
    for item in PHOTO_CHECKLIST:
        dialog.checkbox_for(item.key).click()
    assert dialog.go_button.isEnabled()
    dialog.go_button.click()
    assert dialog.gate_result().proceed
    assert dialog.gate_result().overrides == ()


def test_nothing_open_lets_through_at_once(qtbot):
    dialog = make_dialog(qtbot, [WARN])
    assert dialog.go_button.isEnabled()
    assert not dialog.problems_label.isVisible()


def test_cancel_does_not_proceed(qtbot):
    dialog = make_dialog(qtbot, [SWEAR])
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.gate_result().proceed


def test_gate_needed_only_for_errors_or_photos():
    assert not gate_needed([WARN], [])
    assert gate_needed([SWEAR], [])
    assert gate_needed([], [PHOTO])


def test_every_control_has_an_accessible_name(qtbot):
    dialog = make_dialog(qtbot, [SWEAR, PHONE], [PHOTO])
    row = dialog.row_for(SWEAR)
    for control in [row.fix_radio, row.override_radio, row.reason_edit, dialog.go_button]:
        assert control.accessibleName()
    assert all(box.accessibleName() for box in dialog.checkboxes.values())


def official_context(warnings=(), review=None) -> GateContext:
    return GateContext(
        summary="Je publiceert namens De Arabesk op X en LinkedIn.",
        official_warnings=tuple(warnings),
        review=review,
    )


def review_preview(reviewers=("Mw. J. de Vries",), role=Role.STAFF) -> ReviewPreview:
    from arabesk_desk.review.review_policy import ReviewPolicy

    draft = Draft(text=TEXT, channels=("x",), capacity=Capacity.OFFICIAL, role=role)
    policy = ReviewPolicy(reviewers=tuple(Reviewer(name, "key") for name in reviewers))
    readiness = review_readiness(policy, "", Path("/tmp"))
    return ReviewPreview(draft, policy, readiness, {})


def test_an_official_post_lists_its_warnings_and_asks_to_confirm_them(qtbot):
    dialog = PublishGateDialog(TEXT, [SWEAR, WARN], context=official_context([WARN, SWEAR]))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Je publiceert namens De Arabesk op X en LinkedIn." in shown
    assert "“Wat” — Populair." in shown  # the warning, in whole words, with its message
    assert dialog.confirm_warnings is not None
    dialog.row_for(SWEAR).fix_radio.click()
    assert "Terug" in dialog.go_button.text()  # fixing leads back whatever else is open
    dialog.row_for(SWEAR).override_radio.click()
    qtbot.keyClicks(dialog.row_for(SWEAR).reason_edit, "een citaat")
    assert not dialog.go_button.isEnabled()
    assert "aandachtspunten" in dialog.problems_label.text()
    dialog.confirm_warnings.click()
    assert dialog.go_button.isEnabled()


def test_an_override_that_needs_review_says_why_who_and_what_next(qtbot):
    context = official_context(review=review_preview(role=Role.COMMUNICATIONS))
    dialog = PublishGateDialog(TEXT, [SWEAR], context=context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.review_box.isHidden()  # communications' own official post: no review yet
    row = dialog.row_for(SWEAR)
    row.override_radio.click()
    qtbot.keyClicks(row.reason_edit, "een citaat van een ouder")
    outlook = dialog.review_box.label.text()
    assert dialog.review_box.isVisible()
    assert "“kutdag”" in outlook and "tone.swearing" not in outlook  # why, in words
    assert "Mw. J. de Vries keurt het goed." in outlook  # who
    assert "Ter beoordeling sturen" in outlook and "Publiceren…" in outlook  # what next
    assert dialog.go_button.text() == "&Ter beoordeling sturen…"
    dialog.set_approval("Mw. J. de Vries")
    assert dialog.go_button.text() == "&Publiceren"
    assert "Goedgekeurd door Mw. J. de Vries" in dialog.review_box.label.text()


def test_without_reviewers_the_gate_says_what_ict_must_do(qtbot):
    dialog = PublishGateDialog(TEXT, [], context=official_context(review=review_preview(())))
    qtbot.addWidget(dialog)
    dialog.show()
    outlook = dialog.review_box.label.text()
    assert "nog niet ingericht" in outlook and "arabesk-desk review keygen" in outlook
    assert "arabesk-desk doctor" in outlook
    assert "moet het eerst goedkeuren" in dialog.summary.text()  # said at the top, too
    assert not dialog.go_button.isEnabled()
    assert "beoordelen is ingericht" in dialog.problems_label.text()


def test_an_unreachable_folder_ict_set_is_not_for_the_user_to_choose_again(tmp_path):
    from arabesk_desk.review.review_policy import ReviewPolicy
    from ui.review_texts import ict_must

    reviewers = (Reviewer("Mw. J. de Vries", "key"),)
    own = review_readiness(ReviewPolicy(reviewers=reviewers), str(tmp_path / "gone"), tmp_path)
    assert "kies in de instellingen een andere map" in ict_must(own)
    ict_folder = ReviewPolicy(reviewers=reviewers, folder=str(tmp_path / "share"))
    managed = review_readiness(ict_folder, "", tmp_path)
    said = ict_must(managed)
    assert "die ICT-beheer heeft ingesteld" in said and str(tmp_path / "share") in said
    assert "instellingen" not in said


def test_the_reason_field_appears_only_for_publish_anyway(qtbot):
    dialog = make_dialog(qtbot, [SWEAR])
    row = dialog.row_for(SWEAR)
    assert row.reason_edit.isHidden()
    row.override_radio.click()
    assert row.reason_edit.isVisible() and row.reason_edit.isEnabled()
    row.fix_radio.click()
    assert row.reason_edit.isHidden()


def test_cancel_and_the_way_forward_sit_apart(qtbot):
    dialog = make_dialog(qtbot, [SWEAR])
    dialog.row_for(SWEAR).fix_radio.click()
    cancel, forward = dialog.cancel_button.geometry(), dialog.go_button.geometry()
    assert cancel.right() < dialog.width() // 2 < forward.left()
