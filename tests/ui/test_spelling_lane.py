"""The spelling lane: a child process answers, stale answers are dropped, the GUI never waits."""

from __future__ import annotations

import pytest

from arabesk_desk.user_settings import UserSettings
from tests.ui.conftest import make_services, send_keys
from ui.compose_window import ComposeWindow
from ui.lanes.spelling_lane import SpellingLane, describe_status, load_spelling_service


class FakeService:
    """Answers like the spelling service; records what it was asked."""

    engine_name = "Hunspell (OpenTaal)"

    def __init__(self, findings_for):
        self.findings_for = findings_for
        self.asked: list[int] = []
        self.added: list[str] = []

    def check(self, text, revision):
        from ui.lanes.spelling_process import ProcessResult

        self.asked.append(revision)
        return ProcessResult(revision, tuple(self.findings_for(text)), self.engine_name)

    def suggest(self, word):
        return ("gelezen",)

    def add_word(self, word):
        self.added.append(word)
        return word

    def status(self):
        return None

    def close(self):
        pass


def spelling_finding(text, word):
    from checks import Category, Finding, Severity

    start = text.index(word)
    return Finding(
        "spelling.hunspell",
        Category.SPELLING,
        None,
        Severity.WARNING,
        start,
        start + len(word),
        f"‘{word}’ staat niet in het woordenboek.",
        source="hunspell",
    )


def test_only_the_newest_revision_is_reported(qtbot):
    service = FakeService(
        lambda text: [spelling_finding(text, "gelezzen")] if "gelezzen" in text else []
    )
    lane = SpellingLane(service, debounce_ms=0)
    got = []
    lane.findings_ready.connect(lambda revision, findings: got.append(revision))
    lane.request("Ik heb gelezzen", 1)
    lane.request("Ik heb gelezzen!", 2)
    qtbot.waitUntil(lambda: got == [2])
    lane.close()


def test_spelling_findings_are_wavy_and_offer_suggestions(qtbot, services):
    service = FakeService(
        lambda text: [spelling_finding(text, "gelezzen")] if "gelezzen" in text else []
    )
    services.spelling_service = service
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    send_keys(window.editor, "😀 Wij hebben gelezzen")
    qtbot.waitUntil(lambda: any(m.layer == "spelling" for m in window.editor.marks()), timeout=5000)
    [mark] = [m for m in window.editor.marks() if m.layer == "spelling"]
    assert mark.excerpt == "gelezzen"
    [row] = [r for r in window.panel.rows if r.mark.layer == "spelling"]
    row.more.click()  # asked on a pool thread; the card fills in when the answer is back
    qtbot.waitUntil(lambda: bool(row.fix_buttons), timeout=5000)
    fix = next(b for b in row.fix_buttons if "gelezen" in b.text())
    fix.click()
    assert window.editor.toPlainText() == "😀 Wij hebben gelezen"
    assert window.editor.hasFocus() or not window.isActiveWindow()
    window.spelling_lane.close()


def test_add_word_goes_to_the_service(qtbot, services):
    service = FakeService(lambda text: [])
    services.spelling_service = service
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window._add_word("Arabeskdag")
    qtbot.waitUntil(lambda: service.added == ["Arabeskdag"])
    window.spelling_lane.close()


def test_status_names_the_fallback_and_why():
    class Report:
        engine_name = "Hunspell (OpenTaal)"
        languagetool = "unavailable"
        reason = "LanguageTool is not installed"
        languagetool_source = "local server"
        dictionary_problem = ""

    class Service:
        def status(self):
            return Report()

    engine, detail = describe_status(Service())
    assert engine == "Hunspell (OpenTaal), zonder grammatica"  # no jargon like "reserve"
    assert "Grammatica wordt niet gecontroleerd" in detail and "arabesk-desk doctor" in detail
    assert "not installed" not in detail  # the core's English reason stays out of Dutch
    assert describe_status(None, "geen module") == (None, "geen module")


def test_no_spelling_service_leaves_the_editor_working(qtbot, services):
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    assert window.status.spelling.text() == "Spelling: niet gecontroleerd"
    assert window.spelling_lane.suggest("gelezzen") == []


@pytest.mark.slow
def test_the_real_spelling_process_finds_a_typo(qtbot, tmp_path):
    from arabesk_desk.paths import DataPaths

    service, problem = load_spelling_service(UserSettings(), DataPaths(tmp_path), ())
    assert service is not None, problem
    lane = SpellingLane(service, debounce_ms=0)
    with qtbot.waitSignal(lane.findings_ready, timeout=60000) as answer:
        lane.request("Ik heb het boek gelezzen.", 1)
    revision, findings = answer.args
    assert revision == 1
    assert [("gelezzen", f.category) for f in findings] == [("gelezzen", "spelling")]
    assert "gelezen" in lane.suggest("gelezzen")
    assert service.status().engine_name.startswith("Hunspell")
    lane.close()
    assert not service.alive


def test_make_services_has_no_spelling_by_default(test_checker):
    built = make_services(test_checker)
    assert built.spelling_service is None
    built.store_lane.close()


def test_a_word_the_protocol_already_flags_is_not_also_a_typo(qtbot, services):
    service = FakeService(
        lambda text: [spelling_finding(text, "kutweer")] if "kutweer" in text else []
    )
    services.spelling_service = service
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.spelling_lane.findings_ready, timeout=5000):
        send_keys(window.editor, "Wat een kutweer")
    qtbot.waitUntil(lambda: window.painted_revision == window.revision)
    window._spelling_findings(
        window.revision, service.check(window.editor.toPlainText(), 0).findings
    )
    assert [m.layer for m in window.editor.marks()] == ["protocol"]
    window.spelling_lane.close()
