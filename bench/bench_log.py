"""Benchmark the published log with 100,000 entries: append, search and verify. Prints figures.

Every entry is signed with the author's Ed25519 key (issue 11), and verify checks the
signatures, a witnessed checkpoint and the search index as ``log verify`` does.
Targets (issue 5): append ≤ 5 ms median, search ≤ 50 ms, verify ≤ 3 s.
Run: .venv/bin/python bench/bench_log.py [--entries N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from arabesk_desk.posts import Override
from arabesk_desk.review.signing import ReviewerSigner
from arabesk_desk.store import LogFilter, PublishedItem, Store
from arabesk_desk.store.log_witness import Checkpoint
from arabesk_desk.store.search_index import index_problem

# A Zipf-like vocabulary, as in real text: a few school words are very common, most are rare.
COMMON = [
    "kinderboekenweek",
    "ouders",
    "leerlingen",
    "sportdag",
    "excursie",
    "museum",
    "schoolreis",
    "juf",
    "meester",
    "groep",
    "rapport",
    "oudergesprek",
    "trots",
    "feest",
    "lezen",
    "rekenen",
    "muziek",
    "toneel",
    "voorstelling",
    "inschrijving",
    "open",
    "dag",
    "welkom",
    "bedankt",
    "vrijwilligers",
    "schoolplein",
    "moestuin",
    "natuur",
    "wetenschap",
    "techniek",
    "project",
    "presentatie",
    "afscheid",
    "musical",
    "kamp",
    "zomer",
    "winter",
]
VOCABULARY = COMMON + [f"woord{n}" for n in range(5000)]
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]
CHANNELS = ("x", "linkedin", "mastodon", "facebook", "instagram")
AUTHORS = ("Jan de Vries", "Fatima el Amrani", "Piet Jansen", "Sanne Bakker", "Communicatie")


def make_item(rng: random.Random, number: int) -> PublishedItem:
    text = " ".join(rng.choices(VOCABULARY, WEIGHTS, k=rng.randint(12, 40)))
    overrides = (Override("tone.caps", 0, 4, text[:4], "eigen naam"),) if number % 17 == 0 else ()
    day = number % 365
    return PublishedItem(
        text=f"{text} #{number}",
        channels=(rng.choice(CHANNELS),),
        capacity=rng.choice(("personal", "official")),
        author=rng.choice(AUTHORS),
        role=rng.choice(("staff", "communications", "leader")),
        findings=({"rule": "permanence.party", "severity": "info", "start": 0, "end": 4},),
        overrides=overrides,
        attachment_hashes=("ab" * 32,) if number % 5 == 0 else (),
        published_at=f"2026-{1 + day // 31 % 12:02d}-{1 + day % 28:02d}T10:{number % 60:02d}:00Z",
    )


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def build(store: Store, entries: int, rng: random.Random) -> float:
    """The bulk path: many appends in one transaction each batch."""
    start = time.perf_counter()
    batch = 5000
    for first in range(0, entries, batch):
        store.append_many([make_item(rng, n) for n in range(first, min(entries, first + batch))])
    return time.perf_counter() - start


def bench(entries: int, folder: Path) -> None:
    rng = random.Random(5)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (timings are wall clock)")
    store = Store.open(folder / "bench.sqlite3")
    store.signer = ReviewerSigner("bench", Ed25519PrivateKey.generate())  # no keyring needed
    started = time.process_time()
    seconds = build(store, entries, rng)
    print(
        f"built {store.count():,} entries with the bulk path in {seconds:.1f} s "
        f"(CPU {time.process_time() - started:.1f} s)"
    )

    report_appends(store, rng, entries)
    report_searches(store, rng)
    owner = store.signer.public_key
    middle = store.count() // 2
    row = store.db.execute("SELECT hash FROM published_log WHERE seq = ?", [middle]).fetchone()
    witness = Checkpoint(middle, row[0], "bench", "2026-12-07", "bench")

    def verify() -> None:
        result = store.verify(owner_key=owner, checkpoints=[witness])
        _check(result.ok and result.signed == result.checked and not result.index_problem)

    verify_ms = timed(verify)
    print(
        f"verify {store.count():,} signed entries (chain, signatures, a checkpoint, search "
        f"index): {verify_ms / 1000:.2f} s  (target ≤ 3 s)"
    )
    index_ms = timed(lambda: index_problem(store.db))
    print(f"  of which the search-index check: {index_ms / 1000:.2f} s")
    integrity_ms = timed(store.integrity_problems)
    print(f"PRAGMA integrity_check: {integrity_ms / 1000:.2f} s")
    store.close()
    open_ms = timed(lambda: Store.open(folder / "bench.sqlite3").close())
    print(f"open (quick_check of the file, read-only first): {open_ms:.0f} ms")
    size = (folder / "bench.sqlite3").stat().st_size / 1e6
    print(f"database size: {size:.0f} MB")


def report_appends(store: Store, rng: random.Random, entries: int) -> None:
    """Single appends as the app makes them: one write transaction and one fsync each."""
    appends, cpu = [], []
    for n in range(300):
        item = make_item(rng, entries + n)
        started = time.process_time()
        appends.append(timed(lambda item=item: store.append_published(item)))
        cpu.append((time.process_time() - started) * 1000)
    print(
        f"append (one transaction, synchronous=FULL): median {statistics.median(appends):.2f} ms, "
        f"p95 {sorted(appends)[284]:.2f} ms; CPU median {statistics.median(cpu):.2f} ms, the "
        "rest is waiting for the fsync and for a CPU  (target ≤ 5 ms median)"
    )


def report_searches(store: Store, rng: random.Random) -> None:
    cases = {
        "the most common word": lambda: store.search("kinderboekenweek"),
        "a common word": lambda: store.search("ouders"),
        "two words": lambda: store.search("sportdag museum"),
        "prefix + channel filter": lambda: store.search("kinderboek", LogFilter(channel="x")),
        "word + author + overrides": lambda: store.search(
            "trots", LogFilter(author="Piet Jansen", has_overrides=True)
        ),
        "rare word (an entry number)": lambda: store.search(f"{rng.randint(1, 99_999)}"),
        "a common word, a log-window page (501)": lambda: store.search("ouders", limit=501),
        "filters only, one month": lambda: store.entries(
            LogFilter(since="2026-03-01", until="2026-03-31"), limit=200
        ),
    }
    for name, action in cases.items():
        times = [timed(action) for _ in range(20)]
        print(f"search, {name}: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")
    print("  (searches return the newest 200 matches unless said; target ≤ 50 ms)")


def _check(ok: bool) -> None:
    if not ok:
        raise SystemExit("verify failed on the benchmark database")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, help="where to build (default: a temp dir)")
    args = parser.parse_args()
    if args.folder:
        args.folder.mkdir(parents=True, exist_ok=True)
        bench(args.entries, args.folder)
        return
    with tempfile.TemporaryDirectory(prefix="arabesk-bench-") as folder:
        bench(args.entries, Path(folder))


if __name__ == "__main__":
    main()
