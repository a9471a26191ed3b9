"""Drafts autosave within two seconds and come back after the app is killed."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arabesk_desk.store import Store
from tests.ui.conftest import send_keys
from ui.draft_session import AUTOSAVE_PAUSE_MS, MAX_UNSAVED_MS

# Popen.kill(): SIGKILL on POSIX, TerminateProcess (exit code 1) on Windows: no goodbye.
KILLED_EXIT = 1 if sys.platform == "win32" else -signal.SIGKILL

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")


def test_autosave_stores_the_draft_after_a_pause(qtbot, window, services):
    with qtbot.waitSignal(window.session.saved, timeout=2000) as saved:
        send_keys(window.editor, "Vandaag 🎉 sportdag!")
    assert saved.args[0].text == "Vandaag 🎉 sportdag!"
    with Store.open(services.paths.database) as store:
        stored = store.load_draft(window.session.draft.id)
    assert stored is not None and stored.text == "Vandaag 🎉 sportdag!"
    assert stored.author == "Juf Test"


def test_autosave_never_waits_longer_than_the_limit():
    assert AUTOSAVE_PAUSE_MS < MAX_UNSAVED_MS <= 2000


def test_autosave_keeps_ignored_findings_and_capacity(qtbot, window, services):
    send_keys(window.editor, "Wat een kutweer")
    qtbot.waitUntil(lambda: bool(window.panel.rows))
    window.ignore(window.editor.marks()[0])
    window.capacity.official.click()
    window.session.save_now()
    qtbot.waitUntil(lambda: services.store_lane.pending == 0)
    with Store.open(services.paths.database) as store:
        stored = store.load_draft(window.session.draft.id)
    assert stored.ignored == ("tone.swearing|kutweer",)
    assert str(stored.capacity) == "official"


def read_line(process: subprocess.Popen, timeout: float = 60.0) -> str:
    """One line of the child's output, or fail (never hang the test run)."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if selector.select(timeout=deadline - time.monotonic()):
            line = process.stdout.readline()
            if line or process.poll() is not None:
                return line
    pytest.fail("the app did not answer in time")


def start_child(home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "ARABESK_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


@pytest.mark.slow
def test_the_text_survives_a_kill(tmp_path):
    home = tmp_path / "home"
    text = "Groep 5 bakte 🍪 koekjes\nvoor de ouders"
    typing = start_child(home, "type", text)
    try:
        saved = read_line(typing)
        assert saved.startswith("SAVED"), saved
        typing.kill()  # no goodbye: a crash
    finally:
        typing.kill()
        typing.wait(30)
    assert typing.returncode == KILLED_EXIT
    showing = start_child(home, "show")
    try:
        report = json.loads(read_line(showing))
    finally:
        showing.kill()
        showing.wait(30)
    assert report["restored"] is True
    assert report["text"] == text
    assert report["id"] == saved.split()[1]


def test_an_untouched_new_draft_is_not_saved(qtbot, window, services):
    window.channel_bar.set_selected(("linkedin",))
    window.session.save_now()
    send_keys(window.editor, "x")
    with qtbot.waitSignal(window.session.saved, timeout=3000):
        window.session.save_now()
    with Store.open(services.paths.database) as store:
        assert [d.text for d in store.list_drafts()] == ["x"]
