"""Fixtures for the engine tests: one default engine for the whole session."""

from __future__ import annotations

import pytest

from checks import load_engine


@pytest.fixture(scope="session")
def engine():
    return load_engine()
