"""The checker hides the language layer's long-lived objects from the garbage collector once,
after the first check built them (full collections walking them made one check in five slow)."""

from __future__ import annotations

import gc

from arabesk_desk.paths import DataPaths
from arabesk_desk.post_checker import load_post_checker
from arabesk_desk.user_settings import UserSettings
from checks import CheckContext


def test_the_first_check_freezes_what_the_engine_built(tmp_path):
    checker = load_post_checker(
        settings=UserSettings(), paths=DataPaths(tmp_path / "data"), spelling=False
    )
    checker.check("Ik sla je morgen in elkaar.", CheckContext())
    frozen = gc.get_freeze_count()
    assert frozen > 100_000  # the lexicon and the compiled rules among them
    checker.check("Nog een bericht.", CheckContext())
    assert gc.get_freeze_count() == frozen  # once per process, not on every check
