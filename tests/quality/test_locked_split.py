"""The held-out school posts are locked: scored, never edited (their hash is fixed here)."""

import hashlib
from pathlib import Path

HELDOUT = Path(__file__).resolve().parents[2] / "quality" / "posts" / "heldout.jsonl"
LOCKED_SHA256 = "bcbcaa3b09cb9ad855764f429a1cd0cd514d0c8df7c48382a5a08feee35a9d66"


def test_the_held_out_split_is_unchanged() -> None:
    assert hashlib.sha256(HELDOUT.read_bytes()).hexdigest() == LOCKED_SHA256
