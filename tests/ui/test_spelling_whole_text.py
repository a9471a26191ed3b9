"""The whole text is spell-checked in the window, however long, and never on the GUI thread."""

from __future__ import annotations

import pytest

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings
from ui.compose_window import ComposeWindow
from ui.lanes.spelling_lane import load_spelling_service

SENTENCE = "De kinderen van groep zes maakten vandaag een mooie tekening voor de ouders. "


def long_post(length: int, typo: str) -> str:
    """Whole sentences up to about ``length`` characters, the typo in the last one."""
    ending = f"Ik heb het boek {typo} en de kinderen ook."
    return SENTENCE * ((length - len(ending)) // len(SENTENCE)) + ending


@pytest.mark.slow
def test_a_typo_at_the_end_of_20000_characters_is_underlined(qtbot, services, tmp_path):
    service, problem = load_spelling_service(UserSettings(), DataPaths(tmp_path), ())
    assert service is not None, problem
    services.spelling_service = service
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    text = long_post(20_000, "gelezzen")
    assert len(text) >= 19_900  # far beyond every channel's limit
    window.editor.setPlainText(text)
    qtbot.waitUntil(
        lambda: any(m.excerpt == "gelezzen" for m in window.editor.marks()), timeout=60000
    )
    [mark] = [m for m in window.editor.marks() if m.excerpt == "gelezzen"]
    assert mark.finding.start > 19_800
    window.spelling_lane.close()


def test_the_spelling_check_never_runs_on_the_gui_thread(qtbot, services):
    import threading

    from tests.ui.test_spelling_lane import FakeService, spelling_finding

    threads: list[int] = []

    def findings(text):
        threads.append(threading.get_ident())
        return [spelling_finding(text, "gelezzen")] if "gelezzen" in text else []

    services.spelling_service = FakeService(findings)
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.editor.setPlainText(long_post(20_000, "gelezzen"))
    qtbot.waitUntil(lambda: any(m.excerpt == "gelezzen" for m in window.editor.marks()))
    assert threads and threading.get_ident() not in threads
    window.spelling_lane.close()
