"""Speed of the confidential family (guideline 3), with and without a 600-pupil roster.

Targets (issue 2, whole rule set): 280 chars ≤ 2 ms median; 5,000 chars ≤ 15 ms median.
This prints the confidential family's share, rule by rule for the slowest.
Run: .venv/bin/python bench/bench_confidential.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from posts import post  # noqa: E402

from checks import EngineSettings, load_engine  # noqa: E402
from checks.roster import RosterEntry  # noqa: E402

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


def median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    for label, settings in (
        ("no roster", EngineSettings()),
        ("600-pupil roster", EngineSettings(roster=roster(600))),
    ):
        engine = load_engine(settings)
        rules = [r.id for r in engine.rules if r.id.startswith("confidential.")]
        for size in (280, 5000):
            text = (post(size - len(EXTRA)) + EXTRA)[:size]
            repeat = 300 if size < 1000 else 60
            family = median_ms(lambda t=text: engine.check(t, only=["confidential"]), repeat)
            whole = median_ms(lambda t=text: engine.check(t), repeat)
            per_rule = {
                rule: median_ms(lambda t=text, r=rule: engine.check(t, only=[r]), repeat // 3)
                for rule in rules
            }
            slowest = sorted(per_rule.items(), key=lambda item: -item[1])[:3]
            print(
                f"{label:<17} {size:>5} chars: confidential {family:6.3f} ms, "
                f"whole rule set {whole:6.3f} ms; slowest: "
                + ", ".join(f"{rule.split('.')[1]} {ms:.3f}" for rule, ms in slowest)
            )


if __name__ == "__main__":
    main()
