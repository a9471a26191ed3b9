"""Bad luck with spelling: a crashed spelling process, a missing dictionary, a huge paste.
Each gets a clear Dutch message (no traceback), nothing hangs, and no text is lost."""

from __future__ import annotations

import os
import signal
import time

import pytest

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings
from tests.ui.conftest import send_keys
from ui.compose_window import ComposeWindow
from ui.lanes.spelling_lane import describe_status, load_spelling_service

TRACEBACK_WORDS = ("Traceback", "EOFError", "BrokenPipe", "Error:")


def spelling_marks(window) -> list[str]:
    return [m.excerpt for m in window.editor.marks() if m.layer == "spelling"]


@pytest.mark.slow
def test_a_crashed_spelling_process_is_started_again_and_nothing_is_lost(qtbot, services, tmp_path):
    def loader():
        return load_spelling_service(UserSettings(), DataPaths(tmp_path), ())

    services.spelling_loader = loader
    service, problem = loader()
    assert service is not None, problem
    services.spelling_service = service
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    send_keys(window.editor, "Ik heb het boek gelezzen.")
    qtbot.waitUntil(lambda: spelling_marks(window) == ["gelezzen"], timeout=60000)

    os.kill(service.pid, signal.SIGKILL)  # the spelling process dies outright
    qtbot.waitUntil(lambda: not service.alive, timeout=10000)
    send_keys(window.editor, " Wij hebben geschreeven.")
    qtbot.waitUntil(lambda: window.spelling_lane.service is not service, timeout=10000)
    message = window.messages.text()
    assert "De spellingcontrole stopte onverwacht" in message and "bewaard" in message
    assert not any(word in message for word in TRACEBACK_WORDS)
    assert window.editor.toPlainText() == "Ik heb het boek gelezzen. Wij hebben geschreeven."
    # A new process takes over and checks the whole text again.
    qtbot.waitUntil(lambda: "geschreeven" in spelling_marks(window), timeout=60000)
    assert window.spelling_lane.service.alive
    window.spelling_lane.close()


def test_a_process_that_keeps_dying_is_not_started_forever(qtbot, services):
    from tests.ui.test_spelling_lane import FakeService

    class DyingService(FakeService):
        alive = False

        def check(self, text, revision):
            raise EOFError

    starts: list[int] = []

    def loader():
        starts.append(1)
        return DyingService(lambda text: []), ""

    services.spelling_loader = loader
    services.spelling_service = DyingService(lambda text: [])
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    send_keys(window.editor, "Hallo")
    qtbot.waitUntil(lambda: "start niet meer vanzelf" in window.messages.text(), timeout=20000)
    assert len(starts) == 3
    assert window.editor.toPlainText() == "Hallo"


def test_a_missing_dictionary_is_said_in_dutch(tmp_path, monkeypatch):
    from arabesk_desk.spelling import load_spelling
    from arabesk_desk.spelling import service as spelling_service
    from arabesk_desk.spelling.dictionary import DictionarySearch

    nowhere = DictionarySearch(None, (tmp_path / "nergens",))
    monkeypatch.setattr(spelling_service, "find_dictionary", lambda *_a, **_k: nowhere)
    service = load_spelling(UserSettings(), DataPaths(tmp_path))
    assert service.check("Ik heb het boek gelezzen.").findings == ()  # no crash, no findings
    engine, detail = describe_status(service, "")
    assert engine is None
    assert "woordenboek ontbreekt" in detail and "arabesk-desk doctor" in detail
    assert not any(word in detail for word in ("looked in", "nergens", *TRACEBACK_WORDS))


def test_a_dictionary_that_cannot_be_loaded_is_said_in_dutch(tmp_path):
    from arabesk_desk.spelling import load_spelling

    folder = tmp_path / "kapot"
    folder.mkdir()
    (folder / "nl_NL.aff").write_bytes(b"\xff\xfe SET UTF-8\n")
    (folder / "nl_NL.dic").write_bytes(b"not a count\n\x00\x01")
    settings = UserSettings(extra={"hunspell_dictionary": str(folder)})
    service = load_spelling(settings, DataPaths(tmp_path))
    service.check("Ik heb het boek gelezzen.")  # no traceback, whatever Hunspell makes of it
    engine, detail = describe_status(service, "")
    assert engine is None or engine.startswith("Hunspell")
    assert not any(word in detail for word in TRACEBACK_WORDS)


@pytest.mark.slow
def test_a_huge_paste_is_not_checked_to_the_end_once_newer_text_waits(tmp_path):
    """A 2 MB paste of unknown words keeps Hunspell busy for a minute; a newer text stops it."""
    import random
    import threading

    from ui.lanes.spelling_process import SpellingProcess

    process = SpellingProcess(UserSettings(), DataPaths(tmp_path), ())
    try:
        assert process.check("Hallo", 0).revision == 0  # loaded and ready
        process.status()
        rng = random.Random(9)
        words = (
            "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(5))
            for _ in range(200_000)
        )
        huge = " ".join(words)
        assert len(huge) > 2_000_000
        answers = []
        worker = threading.Thread(target=lambda: answers.append(process.check(huge, 1)))
        worker.start()
        time.sleep(1.0)
        process.tell_newer(2)  # the writer pasted something else meanwhile
        worker.join(timeout=30)
        assert not worker.is_alive(), "the old check ran on"
        [answer] = answers
        assert answer.stale and answer.findings == ()
        fresh = process.check("Ik heb het boek gelezzen.", 2)
        assert [f.data[0][1] for f in fresh.findings] == ["gelezzen"]
    finally:
        process.close()
