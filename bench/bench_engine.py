"""Speed of the protocol engine: pack loading, checking 280- and 5,000-character posts, and
how the time grows up to 1 MB.

Targets: load ≤ 150 ms (issue 2); 280 chars ≤ 1 ms and 5,000 chars ≤ 8 ms median, also for
a post where most sentences fire ("mixed"), and linear up to 1 MB (issue 8).
"same" checks one text again and again, as the editor does while a user types; "fresh"
checks a different post each time (the sentences shuffled, a number changed).
Run: .venv/bin/python bench/bench_engine.py [--quick]
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from posts import PLAIN, SENTENCES, post

from checks import CheckContext, load_engine
from checks.context import Capacity, Role


def timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(label: str, times: list[float], target: float) -> None:
    median = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    verdict = "ok" if median <= target else "OVER TARGET"
    print(
        f"{label:<44} median {median:7.3f} ms   p95 {p95:7.3f} ms   target {target} ms  {verdict}"
    )


def main() -> None:
    start = time.perf_counter()
    engine = load_engine()
    first = (time.perf_counter() - start) * 1000
    families = {rule.id.split(".")[0] for rule in engine.rules}
    print(f"{len(engine.rules)} rules in {len(families)} families")
    print(f"{'first load (imports included)':<44} {first:7.1f} ms")
    report("load rule packs (fresh, warm imports)", timed(load_engine, 15), 150)
    # As the app does after its first check (arabesk_desk.post_checker): the engine's
    # long-lived objects out of the garbage collector's walks.
    engine.check(post(280), CheckContext())
    gc.collect()
    gc.freeze()
    contexts = {
        "personal staff": CheckContext(channel="x"),
        "official leader": CheckContext(
            channel="linkedin", capacity=Capacity.OFFICIAL, role=Role.LEADER
        ),
    }
    for size, target, kind, sentences in (
        (280, 1.0, "mixed", SENTENCES),
        (5000, 8.0, "mixed", SENTENCES),
        (5000, 8.0, "plain", PLAIN),
    ):
        text = post(size, sentences)
        repeat = 300 if size < 1000 else 60
        for name, context in contexts.items():
            engine.check(text, context)  # warm caches
            findings = len(engine.check(text, context))
            times = timed(lambda t=text, c=context: engine.check(t, c), repeat)
            report(f"same {size} {kind}, {name} ({findings} findings)", times, target)
        fresh = [_fresh_post(size, sentences, seed) for seed in range(repeat)]
        texts, staff = iter(fresh), contexts["personal staff"]
        times = timed(lambda t=texts, c=staff: engine.check(next(t), c), repeat)
        report(f"fresh {size} {kind}, personal staff", times, target)
    if "--quick" not in sys.argv:
        growth(engine, contexts["official leader"])


def _fresh_post(size: int, sentences: tuple[str, ...], seed: int) -> str:
    shuffled = list(sentences)
    random.Random(seed).shuffle(shuffled)
    text = post(size, tuple(shuffled))
    return text.replace("6", str(seed % 9 + 1), 1)


def growth(engine: object, context: CheckContext) -> None:
    """Milliseconds per 5,000 characters as the post grows: flat means linear."""
    check = engine.check  # type: ignore[attr-defined]
    for size in (5_000, 50_000, 200_000, 1_000_000):
        for kind, sentences in (("mixed", SENTENCES), ("plain", PLAIN)):
            text = post(size, sentences)
            start = time.process_time()
            check(text, context)
            seconds = time.process_time() - start
            per = seconds * 1000 / (size / 5000)
            print(
                f"{'grow ' + kind:<12} {size:>9,} chars {seconds * 1000:9.1f} ms"
                f"   {per:6.2f} ms per 5,000"
            )


if __name__ == "__main__":
    main()
