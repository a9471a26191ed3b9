"""Where LanguageTool answers from: a school server, the public API, or nowhere.

The app's own server is
:class:`arabesk_desk.spelling.languagetool_local_endpoint.LocalEndpoint`. This module stays
light (no HTTP or process libraries at import): ``arabesk-desk check`` loads it on every
run, mostly to learn that there is no LanguageTool.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from arabesk_desk.spelling.languagetool_client import LanguageToolClient

PUBLIC_API_URL = "https://api.languagetool.org/"
_RETRY_REMOTE_AFTER = 60.0  # seconds before an unreachable school server is tried again


class EngineStatus(StrEnum):
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True, slots=True)
class EndpointState:
    status: EngineStatus
    reason: str = ""


class LanguageToolEndpoint(Protocol):
    """What the spelling service needs from any LanguageTool source."""

    description: str

    def start(self) -> None: ...
    def state(self) -> EndpointState: ...
    def wait_ready(self, timeout: float) -> bool: ...
    def client(self) -> LanguageToolClient | None: ...
    def report_failure(self, problem: str) -> None: ...
    def close(self) -> None: ...


class RemoteEndpoint:
    """A school LanguageTool server, or the public API after the user opted in."""

    def __init__(self, url: str, description: str) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.description = description
        self._lock = threading.Condition()
        self._state = EndpointState(EngineStatus.UNAVAILABLE, "not contacted yet")
        self._checked_at = -_RETRY_REMOTE_AFTER
        self._probing = False
        self._client = LanguageToolClient(self.url, local=False)

    def start(self) -> None:
        with self._lock:
            due = time.monotonic() - self._checked_at >= _RETRY_REMOTE_AFTER
            if self._probing or self._state.status is EngineStatus.READY or not due:
                return
            self._probing = True
            self._state = EndpointState(EngineStatus.STARTING)
        threading.Thread(target=self._probe, name="languagetool-probe", daemon=True).start()

    def _probe(self) -> None:
        from arabesk_desk.spelling.languagetool_server import languages_answer

        ok = languages_answer(self.url, timeout=5.0, local=False)
        with self._lock:
            self._probing = False
            self._checked_at = time.monotonic()
            self._state = (
                EndpointState(EngineStatus.READY)
                if ok
                else EndpointState(EngineStatus.UNAVAILABLE, f"{self.url} does not answer")
            )
            self._lock.notify_all()

    def state(self) -> EndpointState:
        with self._lock:
            return self._state

    def wait_ready(self, timeout: float) -> bool:
        self.start()
        with self._lock:
            self._lock.wait_for(lambda: not self._probing, timeout)
            return self._state.status is EngineStatus.READY

    def client(self) -> LanguageToolClient | None:
        self.start()
        with self._lock:
            return self._client if self._state.status is EngineStatus.READY else None

    def report_failure(self, problem: str) -> None:
        with self._lock:
            self._state = EndpointState(EngineStatus.UNAVAILABLE, problem)
            self._checked_at = time.monotonic()

    def close(self) -> None:
        self._client.close()


class MissingEndpoint:
    """No LanguageTool on this machine: says why, once, and never starts anything."""

    def __init__(self, reason: str) -> None:
        self.description = "LanguageTool"
        self.reason = reason

    def start(self) -> None:
        return None

    def state(self) -> EndpointState:
        return EndpointState(EngineStatus.UNAVAILABLE, self.reason)

    def wait_ready(self, timeout: float) -> bool:
        return False

    def client(self) -> LanguageToolClient | None:
        return None

    def report_failure(self, problem: str) -> None:
        return None

    def close(self) -> None:
        return None
