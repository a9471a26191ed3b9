"""Fixtures for the UI tests: services on a fresh data folder, a compose window, a test pack."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from arabesk_desk.paths import data_paths
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.post_checker import PostChecker
from arabesk_desk.user_settings import UserSettings
from checks import load_engine
from checks.resources import packaged_resources_dir
from ui.compose_window import ComposeWindow
from ui.lanes.store_lane import StoreLane
from ui.services import AppServices

# A rule that depends on the capacity: a personal post that says "wij als school".
CAPACITY_PACK = """
[pack]
name = "capacitytest"
description = "test pack: capacity mismatch"

[[rule]]
id = "capacitytest.we_as_school"
category = "capacity"
guideline = 2
severity = "warning"
kind = "patterns"
message = "Je schrijft 'wij als school' in een persoonlijk bericht."
message_en = "You write 'we as a school' in a personal post."
params.patterns = ['(?P<hit>\\bwij als school\\b)']
when.capacity = "personal"
examples.fire = ["Wij als school vinden dit belangrijk."]
examples.quiet = ["Ik vind dit belangrijk."]
"""


@pytest.fixture(scope="session")
def test_resources(tmp_path_factory) -> Path:
    """The packaged resources plus the capacity test pack."""
    root = tmp_path_factory.mktemp("resources") / "resources"
    shutil.copytree(packaged_resources_dir(), root, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "rules" / "capacitytest.toml").write_text(CAPACITY_PACK, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def test_checker(test_resources) -> PostChecker:
    policy = SchoolPolicy()
    return PostChecker(load_engine(policy.engine_settings(test_resources)), policy)


def make_services(checker: PostChecker, settings: UserSettings | None = None) -> AppServices:
    paths = data_paths().ensure()
    return AppServices(
        paths=paths,
        settings=settings or UserSettings(name="Juf Test"),
        checker=checker,
        store_lane=StoreLane.for_database(paths.database),
    )


@pytest.fixture
def services(test_checker):
    built = make_services(test_checker)
    yield built
    if built.store_lane is not None:
        built.store_lane.close()


@pytest.fixture
def window(qtbot, services):
    compose = ComposeWindow(services)
    qtbot.addWidget(compose)
    compose.show()
    qtbot.waitUntil(lambda: compose.check_lane.latest_revision >= 0)
    yield compose
    compose.spelling_lane.close()


def type_text(qtbot, window: ComposeWindow, text: str) -> None:
    """Type like a user and wait until the findings for the final text are on screen."""
    send_keys(window.editor, text)
    wait_painted(qtbot, window)


def send_keys(widget, text: str) -> None:
    """One key press per character, emoji included (QTest.keyClicks aborts on surrogates)."""
    widget.setFocus()
    for character in text:
        key = Qt.Key.Key_Return if character == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def wait_painted(qtbot, window: ComposeWindow) -> None:
    """Wait until the protocol findings of the editor's current text are painted."""
    qtbot.waitUntil(lambda: window.painted_revision == window.revision, timeout=5000)
