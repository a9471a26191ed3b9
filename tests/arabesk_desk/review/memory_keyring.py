"""An in-memory keyring backend for tests, so no test ever touches the real OS keyring."""

from __future__ import annotations

import keyring
import keyring.backend
from keyring.backends import fail


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps passwords in a dict for the life of the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a password and keeps nothing, like a misconfigured backend would."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


def use_memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def use_no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())
