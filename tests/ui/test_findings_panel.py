"""The findings panel builds new rows a few at a time and reuses rows of known findings."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from checks import Category, Finding, Severity
from ui.editor.marks import build_marks
from ui.finding_text import FindingTexts
from ui.findings_panel import ROWS_PER_TURN, FindingsPanel

GUIDELINES = {"6": {"nl": "Medewerkers zijn persoonlijk verantwoordelijk.", "en": "Staff are."}}


def findings_on(text: str, word: str) -> list[Finding]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append(
            Finding(
                "tone.swearing",
                Category.TONE,
                6,
                Severity.WARNING,
                start,
                start + len(word),
                "Schuttingtaal.",
                suggestions=("vervelend",),
            )
        )
        start = text.find(word, start + 1)
    return found


def test_many_new_rows_arrive_over_several_turns(qtbot):
    text = " ".join(f"klote{i}" for i in range(10))
    document = QTextDocument(text)
    panel = FindingsPanel(FindingTexts(GUIDELINES))
    qtbot.addWidget(panel)
    marks = build_marks(document, text, findings_on(text, "klote"), "protocol")
    panel.show_marks(marks)
    assert len(panel.rows) == ROWS_PER_TURN < len(marks)
    qtbot.waitUntil(lambda: len(panel.rows) == len(marks))
    assert [row.mark for row in panel.rows] == marks
    assert panel.rows[0].guideline == "Richtlijn 6 — Medewerkers zijn persoonlijk verantwoordelijk."


def test_known_findings_keep_their_rows(qtbot):
    text = "klote en klote"
    document = QTextDocument(text)
    panel = FindingsPanel(FindingTexts(GUIDELINES))
    qtbot.addWidget(panel)
    panel.show_marks(build_marks(document, text, findings_on(text, "klote"), "protocol"))
    first = list(panel.rows)
    longer = "Nou, " + text
    document.setPlainText(longer)
    panel.show_marks(build_marks(document, longer, findings_on(longer, "klote"), "protocol"))
    assert panel.rows == first
    assert panel.rows[0].mark.cursor.selectionStart() == 5


def test_the_all_clear_comes_only_after_a_finished_check_of_a_written_post(qtbot):
    from ui.findings_panel import PanelState

    panel = FindingsPanel(FindingTexts(GUIDELINES))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_marks([])
    assert "Schrijf je bericht" in panel.empty_text()  # an empty post: nothing to approve yet
    panel.set_state(PanelState.CHECKING)
    assert panel.empty_text() == "Je bericht wordt gecontroleerd…"
    panel.set_state(PanelState.CHECKED)
    assert panel.empty_text() == "Geen adviezen: je bericht volgt het protocol."
