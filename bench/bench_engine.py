"""Speed of the protocol engine: pack loading, and checking 280- and 5,000-character posts.

Targets (issue 2): load ≤ 150 ms; 280 chars ≤ 2 ms median; 5,000 chars ≤ 15 ms median.
Run: .venv/bin/python bench/bench_engine.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from posts import PLAIN, post

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
    contexts = {
        "personal staff": CheckContext(channel="x"),
        "official leader": CheckContext(
            channel="linkedin", capacity=Capacity.OFFICIAL, role=Role.LEADER
        ),
    }
    for size, target, kind, sentences in (
        (280, 2.0, "mixed", None),
        (5000, 15.0, "mixed", None),
        (5000, 15.0, "plain", PLAIN),
    ):
        text = post(size) if sentences is None else post(size, sentences)
        for name, context in contexts.items():
            engine.check(text, context)  # warm caches
            findings = len(engine.check(text, context))
            times = timed(lambda t=text, c=context: engine.check(t, c), 300 if size < 1000 else 60)
            report(f"check {size} {kind}, {name} ({findings} findings)", times, target)


if __name__ == "__main__":
    main()
