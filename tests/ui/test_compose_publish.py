"""The window's publish action: the gate, then clipboard, share page, published draft, log entry."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from arabesk_desk.posts import DraftStatus
from arabesk_desk.store import Store
from tests.ui.conftest import type_text


def capture_urls(window) -> list[str]:
    opened: list[str] = []
    window.publisher._open_url = lambda url: opened.append(bytes(url.toEncoded()).decode()) or True
    return opened


def published_entries(services):
    with Store.open(services.paths.database) as store:
        return list(store.entries())


def test_clean_post_passes_the_gate_and_is_published(qtbot, window, services):
    opened = capture_urls(window)
    window.channel_bar.set_selected(("x", "linkedin"))
    type_text(qtbot, window, "Morgen 🎉 open dag op De Arabesk!")
    window.compose_actions.publish.trigger()
    dialog = window.publisher.dialog
    assert dialog is not None and dialog.isVisible() and dialog.rows == []
    with qtbot.waitSignal(window.publisher.published, timeout=5000) as published:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    text = "Morgen 🎉 open dag op De Arabesk!"
    assert QGuiApplication.clipboard().text() == text
    assert opened[0] == "https://x.com/intent/post?text=" + quote(text, safe="")
    assert opened[1].startswith("https://www.linkedin.com/feed/?shareActive=true&text=")
    [entry] = published_entries(services)
    with Store.open(services.paths.database) as store:
        assert store.load_draft(entry.item.draft_id).status is DraftStatus.PUBLISHED
    assert window.editor.toPlainText() == ""  # a fresh post: the same text is not sent twice
    assert window.session.draft.id != entry.item.draft_id
    assert window.session.draft.channels == ("x", "linkedin")
    assert window.messages.text().startswith("Gepubliceerd en vastgelegd in het logboek.")
    assert "X en LinkedIn" in window.messages.text()
    assert entry.item.text == text and entry.item.id == published.args[0].id
    assert entry.item.channels == ("x", "linkedin")


def test_share_page_only_when_asked(qtbot, window):
    opened = capture_urls(window)
    window.action_row.open_share.setChecked(False)
    type_text(qtbot, window, "Fijne vakantie!")
    window.publish()
    with qtbot.waitSignal(window.publisher.published, timeout=5000):
        qtbot.mouseClick(window.publisher.dialog.go_button, Qt.MouseButton.LeftButton)
    assert opened == []


def test_open_error_blocks_until_overridden_with_a_reason(qtbot, window, services):
    type_text(qtbot, window, "Het BSN van de leerling is 111222333.")
    window.publish()
    dialog = window.publisher.dialog
    [row] = dialog.rows
    assert row.finding.rule == "confidential.bsn"
    assert not dialog.go_button.isEnabled()
    row.override_radio.click()
    assert not dialog.go_button.isEnabled()  # a reason is still missing
    qtbot.keyClicks(row.reason_edit, "Fictief voorbeeldnummer uit de les")
    assert dialog.go_button.isEnabled()
    with qtbot.waitSignal(window.publisher.published, timeout=5000) as published:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    [override] = published.args[0].overrides
    assert override.rule == "confidential.bsn" and override.excerpt == "111222333"
    assert override.reason == "Fictief voorbeeldnummer uit de les"


def test_choosing_to_fix_goes_back_to_the_text(qtbot, window):
    opened = capture_urls(window)
    type_text(qtbot, window, "Het BSN is 111222333 en dat is geheim.")
    window.publish()
    dialog = window.publisher.dialog
    dialog.rows[0].fix_radio.click()
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.editor.textCursor().selectedText() == "111222333"
    assert window.session.draft.status is DraftStatus.DRAFT
    assert opened == []


def test_ignored_error_still_reaches_the_gate(qtbot, window):
    type_text(qtbot, window, "BSN 111222333")
    window.ignore(window.editor.marks()[0])
    assert window.panel.rows == []
    window.publish()
    assert [row.finding.rule for row in window.publisher.dialog.rows] == ["confidential.bsn"]


def test_asking_the_leader_marks_the_draft_in_review(qtbot, window):
    type_text(qtbot, window, "Mag ik dit zo posten?")
    with qtbot.waitSignal(window.review_requested) as asked:
        window.request_review("Is dit te persoonlijk?")
    assert asked.args == [window.session.draft.id, "Is dit te persoonlijk?"]
    assert window.session.draft.status is DraftStatus.IN_REVIEW


def test_twijfel_opens_the_review_dialog_and_sending_marks_the_draft(qtbot, window):
    type_text(qtbot, window, "Mag ik dit over de staking posten?")
    window.action_row.ask.click()
    dialog = window.reviews.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.message.setPlainText("Is dit te politiek?")
    with qtbot.waitSignal(window.review_requested, timeout=10000) as asked:
        dialog.send()
    assert asked.args == [window.session.draft.id, "Is dit te politiek?"]
    assert window.session.draft.status is DraftStatus.IN_REVIEW
    assert "naar je leidinggevende gestuurd" in window.messages.text()
