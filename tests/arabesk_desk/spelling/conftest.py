"""Fixtures for the spelling tests: the stand-in LanguageTool server and a spelling service."""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from arabesk_desk.paths import DataPaths
from arabesk_desk.spelling.dictionary import find_dictionary
from arabesk_desk.spelling.hunspell_checker import HunspellChecker
from arabesk_desk.spelling.languagetool_local_endpoint import LocalEndpoint
from arabesk_desk.spelling.languagetool_server import LocalLanguageToolServer, ServerOptions
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from arabesk_desk.spelling.service import SpellingService
from arabesk_desk.spelling.words import NameList

FAKE_SERVER = Path(__file__).resolve().parents[2] / "fakes" / "fake_languagetool.py"
WAIT = 20.0  # generous upper bound for conditions; tests return as soon as they hold


def fake_command(mode: str = "normal", **options: object) -> Callable[[int, Path], list[str]]:
    """A command builder that starts the stand-in server instead of Java."""
    extra = [item for key, value in options.items() for item in (f"--{key}", str(value))]

    def build(port: int, properties: Path) -> list[str]:
        return [
            sys.executable,
            str(FAKE_SERVER),
            "--port",
            str(port),
            "--config",
            str(properties),
            "--mode",
            mode,
            *extra,
        ]

    return build


@pytest.fixture
def make_server(tmp_path) -> Iterator[Callable[..., LocalLanguageToolServer]]:
    """Builds servers over the stand-in program; every one is closed after the test."""
    made: list[LocalLanguageToolServer] = []

    def make(mode: str = "normal", *, ready_timeout: float = WAIT, **options: object):
        server = LocalLanguageToolServer(
            fake_command(mode, **options),
            tmp_path / f"server-{len(made)}",
            ServerOptions(ready_timeout=ready_timeout, poll_interval=0.02, stop_timeout=5.0),
        )
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


def wait_until(condition: Callable[[], object], timeout: float = WAIT) -> None:
    """Poll ``condition`` until it holds (as ``qtbot.waitUntil`` does); fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        pause.wait(0.01)


def check_requests(server: LocalLanguageToolServer) -> int:
    """How many check requests the stand-in server has answered."""
    with urllib.request.urlopen(server.url + "fake/requests", timeout=5) as response:
        return int(json.loads(response.read())["checks"])


def process_gone(pid: int) -> bool:
    """True when the process no longer runs (a zombie not yet reaped counts as gone)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.fixture(scope="session")
def dictionary():
    location = find_dictionary("", environ={}).location
    assert location is not None, "the app's own nl_NL dictionary must ship with it"
    return location


@pytest.fixture
def personal(tmp_path) -> PersonalDictionary:
    return PersonalDictionary(tmp_path / "personal-words.txt")


@pytest.fixture(scope="session")
def shared_hunspell(dictionary, tmp_path_factory) -> HunspellChecker:
    """Loaded once (it takes a moment); its personal list stays empty: never add to it."""
    empty = PersonalDictionary(tmp_path_factory.mktemp("shared") / "personal-words.txt")
    checker = HunspellChecker(dictionary, empty)
    checker.load()
    return checker


@pytest.fixture
def hunspell(dictionary, personal) -> HunspellChecker:
    """A checker of its own, for tests that add words."""
    return HunspellChecker(dictionary, personal)


@pytest.fixture
def make_service(hunspell, personal, make_server) -> Callable[..., SpellingService]:
    """A spelling service over a stand-in server (started and ready) and Hunspell."""
    services: list[SpellingService] = []

    def make(mode: str = "normal", names: tuple[str, ...] = (), **options: object):
        server = make_server(mode, **options)
        service = SpellingService(
            hunspell, personal, LocalEndpoint(server, "stand-in server"), NameList.from_names(names)
        )
        services.append(service)
        return service

    yield make
    for service in services:
        service.close()


@pytest.fixture
def data_paths_here(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")
