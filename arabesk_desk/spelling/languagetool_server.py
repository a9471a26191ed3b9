"""The one LanguageTool server process the app owns: started lazily, health-checked, stopped.

Never two and never an orphan: one process at a time per :class:`LocalLanguageToolServer`,
in its own process group, stopped by :meth:`close` or at interpreter exit. We do not use
language-tool-python's own start-up (it starts another JVM after a fixed 15 s wait).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from arabesk_desk.spelling.languagetool_finder import JavaRuntime, LanguageToolInstall
from arabesk_desk.spelling.server_record import remove_record, stop_orphans, write_record

CommandBuilder = Callable[[int, Path], list[str]]
"""Builds the server's command line from its port and its properties file."""

DEFAULT_PROPERTIES: Mapping[str, str] = {
    "cacheSize": "1000",
    "pipelineCaching": "true",
    "maxCheckThreads": "1",
    "maxTextLength": "20000",
    "maxCheckTimeMillis": "20000",
}
WARM_UP_TEXT = "Dit is een korte zin om de server op te warmen."
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class ServerState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    FAILED = "unavailable"


@dataclass(frozen=True)
class ServerOptions:
    ready_timeout: float = 120.0  # a first JVM start on a slow laptop takes tens of seconds
    poll_interval: float = 0.1
    max_restarts: int = 1
    stop_timeout: float = 5.0
    properties: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_PROPERTIES))


def java_command(
    java: JavaRuntime, install: LanguageToolInstall, memory: str = "640m"
) -> CommandBuilder:
    """The real server: ``java -Xmx640m -cp languagetool-server.jar …HTTPServer``."""

    def build(port: int, properties: Path) -> list[str]:
        return [
            str(java.path),
            f"-Xmx{memory}",
            "-cp",
            str(install.server_jar),
            "org.languagetool.server.HTTPServer",
            "--port",
            str(port),
            "--config",
            str(properties),
        ]

    return build


def free_port() -> int:
    """A port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalLanguageToolServer:
    """Owns at most one server process; all methods are thread-safe and never block long.

    :meth:`start` returns at once; the process starts on a background thread. Use
    :attr:`state`, :meth:`wait_ready` and :meth:`ensure_running` (which restarts a dead server
    once) from any thread.
    """

    def __init__(
        self, command: CommandBuilder, work_dir: Path, options: ServerOptions | None = None
    ) -> None:
        self.command = command
        self.work_dir = work_dir
        self.options = options or ServerOptions()
        self._condition = threading.Condition()
        self._state = ServerState.STOPPED
        self._reason = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._restarts = 0
        self._closed = False
        self._stop = threading.Event()
        self._starter: threading.Thread | None = None
        self._exit_hook = False

    @property
    def state(self) -> ServerState:
        with self._condition:
            return self._state

    @property
    def reason(self) -> str:
        with self._condition:
            return self._reason

    @property
    def url(self) -> str:
        with self._condition:
            return f"http://127.0.0.1:{self._port}/" if self._port else ""

    @property
    def pid(self) -> int | None:
        with self._condition:
            return self._process.pid if self._process else None

    def start(self) -> None:
        """Start in the background unless already starting, ready, failed or closed."""
        with self._condition:
            if self._closed or self._state is not ServerState.STOPPED:
                return
            self._begin_start()

    def _begin_start(self) -> None:
        self._state, self._reason = ServerState.STARTING, ""
        self._stop.clear()
        self._starter = threading.Thread(
            target=self._start_and_wait, name="languagetool-start", daemon=True
        )
        self._starter.start()
        if not self._exit_hook:
            atexit.register(self.close)
            self._exit_hook = True

    def wait_ready(self, timeout: float) -> bool:
        """Block until ready (True) or failed, closed or ``timeout`` passed (False)."""
        with self._condition:
            self._condition.wait_for(lambda: self._state is not ServerState.STARTING, timeout)
            return self._state is ServerState.READY

    def ensure_running(self) -> bool:
        """True when ready; a server that died is restarted once (in the background)."""
        with self._condition:
            if self._state is ServerState.READY and not self._process_alive():
                self._after_death()
            return self._state is ServerState.READY

    def notice_failure(self, grace: float = 2.0) -> bool:
        """After a failed request: give a dying server ``grace`` s to exit, then restart it.

        Returns whether the server is still ready (a request can fail on a live server).
        """
        with self._condition:
            process = self._process
        if process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(grace)
        return self.ensure_running()

    def _after_death(self) -> None:
        code = self._process.returncode if self._process else None
        self._process = None
        if self._restarts < self.options.max_restarts and not self._closed:
            self._restarts += 1
            self._begin_start()
        else:
            self._fail(
                f"LanguageTool stopped unexpectedly (exit code {code}) "
                f"after {self._restarts} restart(s)"
            )

    def _process_alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _start_and_wait(self) -> None:
        stop_orphans(self.work_dir, self.options.stop_timeout)
        while True:
            try:
                process, port = self._launch()
            except OSError as exc:
                with self._condition:
                    self._fail(f"LanguageTool could not be started: {exc.strerror or exc}")
                return
            ok, problem = self._wait_until_answering(process, port)
            if not ok:
                self._kill(process)  # first, so whoever sees "unavailable" sees no process
            with self._condition:
                current = not self._closed and self._process is process
                if current and ok:
                    self._state = ServerState.READY
                    self._condition.notify_all()
                elif current and not self._retry_after_early_exit(process):
                    self._process = None
                    self._fail(problem)
                    return
                elif not current:
                    return
            if ok:
                self._warm_up(port)
                return

    def _retry_after_early_exit(self, process: subprocess.Popen[bytes]) -> bool:
        """A server that died while starting (a port taken meanwhile) gets its one restart."""
        if process.returncode is None or self._restarts >= self.options.max_restarts:
            return False
        self._restarts += 1
        self._process = None
        return True

    def _launch(self) -> tuple[subprocess.Popen[bytes], int]:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        properties = self.work_dir / "languagetool-server.properties"
        properties.write_text(
            "".join(f"{key}={value}\n" for key, value in self.options.properties.items()),
            encoding="utf-8",
        )
        port = free_port()
        with self._condition:
            if self._closed:
                raise OSError("the app is closing")
            log = (self.work_dir / "languagetool-server.log").open("wb")
            try:
                process = _popen_in_own_group(self.command(port, properties), log, self.work_dir)
            finally:
                log.close()
            self._process, self._port = process, port
        write_record(self.work_dir, process.pid)
        return process, port

    def _wait_until_answering(
        self, process: subprocess.Popen[bytes], port: int
    ) -> tuple[bool, str]:
        deadline = time.monotonic() + self.options.ready_timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False, (
                    f"LanguageTool stopped while starting (exit code {process.returncode}); "
                    f"see {self.work_dir / 'languagetool-server.log'}"
                )
            if languages_answer(f"http://127.0.0.1:{port}/", timeout=2.0):
                return True, ""
            if self._stop.wait(self.options.poll_interval):
                return False, "the app is closing"
        return False, f"LanguageTool did not answer within {self.options.ready_timeout:g} s"

    def _warm_up(self, port: int) -> None:
        """One check so the first real one is not the slow one (loads the Dutch rules)."""
        data = urllib.parse.urlencode({"language": "nl-NL", "text": WARM_UP_TEXT}).encode()
        with contextlib.suppress(OSError, ValueError):
            _NO_PROXY.open(f"http://127.0.0.1:{port}/v2/check", data=data, timeout=60).close()

    def _fail(self, reason: str) -> None:
        self._state, self._reason = ServerState.FAILED, reason
        self._condition.notify_all()

    def close(self) -> None:
        """Stop the server and wait for it to be gone. Safe to call more than once."""
        with self._condition:
            self._closed = True
            self._stop.set()
            process, self._process = self._process, None
            if self._state is not ServerState.FAILED:
                self._state = ServerState.STOPPED
            self._condition.notify_all()
            starter = self._starter
        if process is not None:
            self._kill(process)
        if starter is not None and starter is not threading.current_thread():
            starter.join(self.options.stop_timeout)
        atexit.unregister(self.close)

    def _kill(self, process: subprocess.Popen[bytes]) -> None:
        if process.poll() is None:
            _signal_group(process, terminate=True)
            try:
                process.wait(self.options.stop_timeout)
            except subprocess.TimeoutExpired:
                _signal_group(process, terminate=False)
                process.wait(self.options.stop_timeout)
        remove_record(self.work_dir, process.pid)


def languages_answer(base_url: str, timeout: float, *, local: bool = True) -> bool:
    """True when ``/v2/languages`` answers with a JSON list (LanguageTool's health check).

    Loopback requests never go through a proxy; a school server may need the system's.
    """
    url = urllib.parse.urljoin(base_url, "v2/languages")
    opener = _NO_PROXY if local else urllib.request.build_opener()
    try:
        with opener.open(url, timeout=timeout) as response:
            return isinstance(json.loads(response.read()), list)
    except (OSError, ValueError, urllib.error.URLError):
        return False


def _popen_in_own_group(command: list[str], log: IO[bytes], cwd: Path) -> subprocess.Popen[bytes]:
    """Start the server in its own process group, so stopping it stops all of it."""
    common: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": log,
        "stderr": subprocess.STDOUT,
        "cwd": cwd,
    }
    if sys.platform == "win32":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        return subprocess.Popen(command, creationflags=flags, **common)
    return subprocess.Popen(command, start_new_session=True, **common)


def _signal_group(process: subprocess.Popen[bytes], *, terminate: bool) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if sys.platform == "win32":
            process.terminate() if terminate else process.kill()
        else:
            os.killpg(process.pid, signal.SIGTERM if terminate else signal.SIGKILL)
