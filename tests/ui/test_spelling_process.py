"""The real spelling child over the portable transport: spawn and multiprocessing pipes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from arabesk_desk.paths import DataPaths
from arabesk_desk.user_settings import UserSettings
from ui import launcher
from ui.lanes.spelling_process import START_METHOD, SpellingProcess


@pytest.fixture
def child(tmp_path):
    process = SpellingProcess(UserSettings(), DataPaths(tmp_path), ("Noor Yilmaz",))
    yield process
    process.close()


def test_the_child_is_spawned_like_it_must_be_on_windows_and_frozen(child):
    assert START_METHOD == "spawn"  # no fork, no file descriptors handed over
    assert child.check("Hallo", 0).revision == 0  # answering: it runs its own program now
    command = " ".join(psutil.Process(child.pid).cmdline())
    assert "multiprocessing" in command and "spawn_main" in command


def test_the_child_checks_suggests_and_learns_words(child, tmp_path):
    result = child.check("Noor heeft het boek gelezzen.", 1)
    assert result.revision == 1
    assert [f.data for f in result.findings] == [(("word", "gelezzen"),)]
    assert result.engine_name.startswith("Hunspell")
    assert "gelezen" in child.suggest("gelezzen")
    assert child.add_word("Arabeskdag") == "Arabeskdag"
    assert child.check("Op de Arabeskdag lezen we.", 2).findings == ()
    assert "Arabeskdag" in (tmp_path / "personal-words.txt").read_text(encoding="utf-8")
    assert child.status().engine_name.startswith("Hunspell")


def test_a_refused_word_comes_back_as_an_error_not_a_dead_child(child):
    with pytest.raises(RuntimeError, match="not a single word"):
        child.add_word("twee woorden")
    assert child.alive and child.check("Een zin.", 3).findings == ()


def test_closing_stops_the_child(tmp_path):
    process = SpellingProcess(UserSettings(), DataPaths(tmp_path), ())
    pid = process.pid
    assert process.check("Hallo", 1).revision == 1
    process.close()
    assert not process.alive and _gone(pid)


def test_the_child_goes_when_the_app_dies_without_closing(tmp_path):
    # An app killed outright never calls close(): its pipe ends close, and the child sees it.
    app = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from arabesk_desk.paths import DataPaths
        from arabesk_desk.user_settings import UserSettings
        from ui.lanes.spelling_process import SpellingProcess
        if __name__ == "__main__":
            process = SpellingProcess(UserSettings(), DataPaths(Path({str(tmp_path)!r})), ())
            process.check("Hallo", 1)
            print(process.pid, flush=True)
            os._exit(0)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", app], capture_output=True, text=True, timeout=120, check=True
    )
    pid = int(done.stdout.split()[-1])
    deadline = time.monotonic() + 30
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(pid)


def test_a_frozen_app_becomes_the_child_before_anything_else(monkeypatch):
    calls = []
    monkeypatch.setattr("multiprocessing.freeze_support", lambda: calls.append("child?"))
    launcher.become_child_if_asked()
    assert calls == []  # a checkout starts children through the interpreter
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    launcher.become_child_if_asked()
    assert calls == ["child?"]


def _gone(pid: int) -> bool:
    """Exited: no such process, or a zombie nobody reaped yet (PID 1 in a container)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


FAKE_SERVER = Path(__file__).resolve().parents[1] / "fakes" / "fake_languagetool.py"
FAKE_JAVA = f"""#!{sys.executable}
# Stands in for java: answers -version, and runs the stand-in LanguageTool server.
import os, sys
if "-version" in sys.argv:
    print('openjdk version "17.0.9" 2023-10-17', file=sys.stderr)
    sys.exit(0)
port = sys.argv[sys.argv.index("--port") + 1]
config = sys.argv[sys.argv.index("--config") + 1]
server = {str(FAKE_SERVER)!r}
os.execv(sys.executable, [sys.executable, server, "--port", port, "--config", config])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a Python script with a #! line plays java")
def test_the_child_owns_the_languagetool_server_and_stops_it(tmp_path, monkeypatch):
    java_home = tmp_path / "jdk"
    (java_home / "bin").mkdir(parents=True)
    java = java_home / "bin" / "java"
    java.write_text(FAKE_JAVA, encoding="utf-8")
    java.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(java_home))
    install = tmp_path / "lt" / "LanguageTool-6.8"
    install.mkdir(parents=True)
    (install / "languagetool-server.jar").write_bytes(b"PK")
    settings = UserSettings(languagetool_dir=str(tmp_path / "lt"))
    process = SpellingProcess(settings, DataPaths(tmp_path / "data"), ())
    try:
        deadline = time.monotonic() + 60
        while process.check("Een zin.", 1).engine_name != "LanguageTool":
            assert time.monotonic() < deadline, process.status()
            time.sleep(0.2)
        [server] = psutil.Process(process.pid).children(recursive=True)
        assert "fake_languagetool" in " ".join(server.cmdline())
    finally:
        process.close()
    server.wait(10)
    assert _gone(server.pid)
