"""What the findings panel says: never "all clear" too early, ignored findings can come back."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPushButton

from checks import Category, Finding, Severity
from tests.ui.conftest import send_keys, type_text, wait_painted
from ui.editor.marks import build_marks, whole_words

ALL_CLEAR = "Geen adviezen: je bericht volgt het protocol."


def test_an_empty_post_is_not_all_clear(qtbot, window):
    assert window.editor.toPlainText() == ""
    assert window.panel.empty_text() != ALL_CLEAR
    assert "Schrijf je bericht" in window.panel.empty_text()
    assert window.status.checks.text() == ""


def test_no_all_clear_before_the_check_of_a_paste_finished(qtbot, window):
    window.editor.insertPlainText("Een rustige zin over de sportdag.")  # a paste: one change
    assert window.painted_revision != window.revision
    assert window.panel.empty_text() == "Je bericht wordt gecontroleerd…"
    assert window.status.checks.text() == "Controleren…"
    wait_painted(qtbot, window)
    assert window.panel.empty_text() == ALL_CLEAR
    assert window.status.checks.text() == "Geen adviezen"


def test_an_ignored_finding_is_listed_and_can_be_shown_again(qtbot, window):
    type_text(qtbot, window, "Wat een kutweer vandaag.")
    [card] = window.panel.rows
    card.ignore_clicked.emit()
    assert window.panel.rows == []
    assert window.panel.empty_text() == "Geen open adviezen."  # not "volgt het protocol"
    assert window.panel.ignored_box.isVisibleTo(window.panel)
    texts = [
        label.text() for label in window.panel.ignored_box.findChildren(type(window.role_label))
    ]
    assert texts[0] == "1 advies genegeerd in dit bericht:"
    assert any(text.startswith("“kutweer” — ") for text in texts)
    [again] = window.panel.ignored_box.findChildren(QPushButton)
    again.click()
    assert [row.mark.excerpt for row in window.panel.rows] == ["kutweer"]
    assert window.session.draft.ignored == ()
    assert window.panel.ignored_box.isHidden()


def test_the_status_bar_counts_open_advice_in_the_singular_and_plural(qtbot, window):
    type_text(qtbot, window, "Wat een kutweer vandaag.")
    assert window.status.checks.text() == "1 advies"
    send_keys(window.editor, " Echt klote.")
    wait_painted(qtbot, window)
    assert window.status.checks.text() == "2 adviezen"


def test_card_titles_are_whole_words():
    text = "Op reis #Artis en verder"
    assert whole_words(text, 4, 13) == "reis #Artis"  # a span starting inside "reis"
    assert whole_words(text, 3, 7) == "reis"
    long = "een " * 30
    assert whole_words(long, 0, len(long)).endswith("…") and len(whole_words(long, 0, 120)) <= 40


def test_a_card_heading_quotes_the_whole_word(qtbot):
    from ui.finding_text import FindingTexts
    from ui.findings_panel import FindingsPanel

    text = "Op reis #Artis gaan we."
    finding = Finding("style.hashtag", Category.STYLE, None, Severity.INFO, 4, 13, "Hashtag.")
    panel = FindingsPanel(FindingTexts({}))
    qtbot.addWidget(panel)
    panel.show_marks(build_marks(QTextDocument(text), text, [finding], "protocol"))
    assert panel.rows[0].title.text() == "“reis #Artis”"


def test_a_paste_into_a_checked_post_waits_but_a_typed_letter_does_not_flicker(qtbot, window):
    type_text(qtbot, window, "Een rustige zin.")
    assert window.panel.empty_text() == ALL_CLEAR
    send_keys(window.editor, " ")  # one keystroke: the panel stays as it was
    assert window.panel.empty_text() == ALL_CLEAR
    wait_painted(qtbot, window)
    window.editor.insertPlainText(" Nog een hele alinea die net is geplakt.")
    assert window.panel.empty_text() == "Je bericht wordt gecontroleerd…"
    wait_painted(qtbot, window)
    assert window.panel.empty_text() == ALL_CLEAR
