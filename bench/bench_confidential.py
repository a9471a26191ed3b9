"""Speed of the confidential family (guideline 3), with and without a 600-pupil roster.

Targets (issue 2, whole rule set): 280 chars ≤ 2 ms median; 5,000 chars ≤ 15 ms median.
This prints the confidential family's share as wall-clock median and as median CPU time of
the checking thread (which a busy machine does not inflate), and its three slowest rules.
Run: .venv/bin/python bench/bench_confidential.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from checks import Engine, EngineSettings, load_engine
from checks.roster import RosterEntry

sys.path.insert(0, str(Path(__file__).resolve().parent))
from posts import post

FIRST = ("Sanne", "Daan", "Emma", "Noah", "Julia", "Sem", "Tess", "Lucas", "Mila", "Finn")
LAST = ("Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Dekker")
INFIX = ("", "de", "van", "van der", "", "", "van den", "", "ter", "")
# Confidential material mixed into the ordinary sentences of bench/posts.py.
EXTRA = (
    " Bel juf Anna op 06-12345678 of mail anna.jansen@gmail.com."
    " Daan heeft ADHD en zijn ouders zitten in scheiding. Kerkstraat 12, 1234 AB."
)


def roster(size: int) -> tuple[RosterEntry, ...]:
    return tuple(
        RosterEntry(
            f"{FIRST[i % 10]}{i // 100 or ''}", LAST[(i // 10) % 10], INFIX[i % 10], str(i % 8 + 1)
        )
        for i in range(size)
    )


def timings_ms(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall-clock time and median thread CPU time of ``repeat`` calls, in ms."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.thread_time()
        function()
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def measure(label: str, engine: Engine, size: int) -> None:
    text = (post(size - len(EXTRA)) + EXTRA)[:size]
    repeat = 300 if size < 1000 else 60
    rules = [r.id for r in engine.rules if r.id.startswith("confidential.")]
    median, cpu = timings_ms(lambda: engine.check(text, only=["confidential"]), repeat)
    _, whole = timings_ms(lambda: engine.check(text), repeat // 3)
    per_rule = {
        rule: timings_ms(lambda rule=rule: engine.check(text, only=[rule]), repeat // 3)[1]
        for rule in rules
    }
    slowest = sorted(per_rule.items(), key=lambda item: -item[1])[:3]
    print(
        f"{label:<17} {size:>5} chars: confidential {median:6.3f} ms wall, {cpu:6.3f} ms CPU"
        f" (whole rule set {whole:7.3f} ms CPU); slowest alone (CPU): "
        + ", ".join(f"{rule.split('.')[1]} {ms:.3f}" for rule, ms in slowest)
    )


def main() -> None:
    for label, settings in (
        ("no roster", EngineSettings()),
        ("600-pupil roster", EngineSettings(roster=roster(600))),
    ):
        engine = load_engine(settings)
        for size in (280, 5000):
            measure(label, engine, size)


if __name__ == "__main__":
    main()
