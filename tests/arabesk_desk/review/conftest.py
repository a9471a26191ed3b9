"""Review tests: an in-memory keyring, restored afterwards, and a ready review set-up."""

from __future__ import annotations

import keyring
import pytest

from tests.arabesk_desk.review.memory_keyring import MemoryKeyring, use_memory_keyring


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = use_memory_keyring()
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def memory_backend(memory_keyring) -> MemoryKeyring:
    return memory_keyring
