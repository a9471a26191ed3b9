"""Shared test set-up: a data folder per test, no machine policy of this PC, no real keyring."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def arabesk_home(tmp_path, monkeypatch):
    """Point ARABESK_DESK_HOME at a fresh folder so no test touches the user's data."""
    home = tmp_path / "arabesk-home"
    home.mkdir()
    monkeypatch.setenv("ARABESK_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def never_the_real_keyring():
    """Authors sign requests and log entries with a key made on first use: every test gets an
    in-memory keyring, so none ever touches (or fills) the real one."""
    import keyring

    from tests.arabesk_desk.review.memory_keyring import use_memory_keyring

    previous = keyring.get_keyring()
    use_memory_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_machine_policy(tmp_path, monkeypatch):
    """Machine-wide configuration is looked up in an empty folder: a policy ICT placed on this
    computer never reaches a test. Tests that want one set ARABESK_DESK_MACHINE_POLICY."""
    monkeypatch.delenv("ARABESK_DESK_MACHINE_POLICY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "machine-config"))
