"""The endpoint over the app's own LanguageTool server on 127.0.0.1, started on first use."""

from __future__ import annotations

import threading

from arabesk_desk.spelling.languagetool_client import LanguageToolClient
from arabesk_desk.spelling.languagetool_endpoint import EndpointState, EngineStatus
from arabesk_desk.spelling.languagetool_server import LocalLanguageToolServer, ServerState


class LocalEndpoint:
    """The app's own server on 127.0.0.1, started on first use."""

    def __init__(self, server: LocalLanguageToolServer, description: str) -> None:
        self.server = server
        self.description = description
        self._client: LanguageToolClient | None = None
        self._client_url = ""
        self._lock = threading.Lock()

    def start(self) -> None:
        self.server.start()

    def state(self) -> EndpointState:
        self.server.ensure_running()
        state = self.server.state
        if state is ServerState.READY:
            return EndpointState(EngineStatus.READY)
        if state is ServerState.FAILED:
            return EndpointState(EngineStatus.UNAVAILABLE, self.server.reason)
        return EndpointState(EngineStatus.STARTING)

    def wait_ready(self, timeout: float) -> bool:
        self.server.start()
        return self.server.wait_ready(timeout)

    def client(self) -> LanguageToolClient | None:
        if not self.server.ensure_running():
            return None
        url = self.server.url
        with self._lock:
            if self._client is None or self._client_url != url:  # a restart changes the port
                self._client, self._client_url = LanguageToolClient(url, local=True), url
            return self._client

    def report_failure(self, problem: str) -> None:
        self.server.notice_failure()  # restarts a dead server once

    def close(self) -> None:
        self.server.close()
