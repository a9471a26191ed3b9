"""Benchmark the review folder: write requests and signed decisions, read and verify them all.

A school's review folder holds a few hundred files a year; this uses thousands. Prints figures.
Run: .venv/bin/python bench/bench_review.py [--requests N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arabesk_desk.posts import Draft
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.review_policy import Reviewer, ReviewPolicy
from arabesk_desk.review.signing import create_reviewer_key, signature_is_valid
from arabesk_desk.review.states import Outcome
from checks import Capacity
from tests.arabesk_desk.review.memory_keyring import MemoryKeyring  # never the real keyring


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    count = parser.parse_args().requests
    keyring.set_keyring(MemoryKeyring())
    signer = create_reviewer_key("Mw. J. de Vries")
    policy = ReviewPolicy(reviewers=(Reviewer(signer.reviewer, signer.public_key),))
    with tempfile.TemporaryDirectory() as root:
        folder = ReviewFolder(Path(root), policy)
        submit, record = [], []
        for number in range(count):
            draft = Draft(
                text=f"Bericht {number}: de open dag is zaterdag van 10 tot 14 uur. " * 3,
                channels=("linkedin", "x"),
                capacity=Capacity.OFFICIAL,
                author="Sanne Jansen",
            )
            started = time.perf_counter()
            request = folder.submit(draft)
            submit.append(time.perf_counter() - started)
            started = time.perf_counter()
            folder.record(decide(request, Outcome.APPROVED, "Akkoord.", signer))
            record.append(time.perf_counter() - started)
        signature_is_valid.cache_clear()
        fresh = ReviewFolder(Path(root), policy)  # another laptop: nothing cached yet
        started = time.perf_counter()
        state = fresh.load()
        cold = time.perf_counter() - started
        started = time.perf_counter()
        fresh.load()
        warm = time.perf_counter() - started
    valid = sum(1 for case in state.cases if case.valid_decision is not None)
    print(f"review folder with {count} requests and {count} signed decisions")
    print(f"  submit (scans the folder for the revision): median {_ms(submit)} ms")
    print(f"  sign + write a decision:                    median {_ms(record)} ms")
    print(f"  first load: parse + verify every file:      {cold:.2f} s ({valid} valid)")
    print(f"  refresh after a sync (files cached):        {warm:.2f} s")


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.2f}"


if __name__ == "__main__":
    main()
