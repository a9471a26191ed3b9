"""Fixtures for the store tests: a fresh store in the test's own data folder."""

from __future__ import annotations

import pytest

from arabesk_desk.paths import data_paths
from arabesk_desk.store import Store


@pytest.fixture
def store_path(arabesk_home):
    return data_paths().ensure().database


@pytest.fixture
def store(store_path):
    opened = Store.open(store_path)
    yield opened
    opened.close()
