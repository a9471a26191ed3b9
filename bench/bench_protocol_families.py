"""Speed of the capacity, discussion, permanence, readability and length families, and counting.

Each family is timed through the engine (``only=[family]``) in the context that switches on
most of its rules (an official post by a leader, on X), beside the cost of the text views
(words, sentences, links) that the engine computes once per check and every family shares.
Wall time suffers when the machine is busy, so CPU time is printed too.
Run: .venv/bin/python bench/bench_protocol_families.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from posts import post

from checks import CheckContext, load_engine
from checks.context import Capacity, Role
from checks.counting import count_length
from checks.text import Document

FAMILIES = ("capacity", "discussion", "permanence", "readability", "length")
CONTEXT = CheckContext(channel="x", capacity=Capacity.OFFICIAL, role=Role.LEADER)


def medians_ms(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time of one call, in milliseconds."""
    function()
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def shared_views(text: str) -> None:
    doc = Document(text)
    _ = doc.words, doc.sentences, doc.not_prose


def line(label: str, function: Callable[[], object], repeat: int) -> None:
    wall, cpu = medians_ms(function, repeat)
    print(f"  {label:<28} median {wall:7.3f} ms   cpu {cpu:7.3f} ms")


def main() -> None:
    engine = load_engine()
    print(f"machine load (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for length, repeat in ((280, 400), (5000, 60)):
        text = post(length)
        print(f"{length} characters")
        line("text views alone", lambda text=text: shared_views(text), repeat)
        for family in FAMILIES:
            line(family, lambda t=text, f=family: engine.check(t, CONTEXT, only=[f]), repeat)
        line("all five", lambda t=text: engine.check(t, CONTEXT, only=list(FAMILIES)), repeat)
        for counting in ("x-weighted", "mastodon", "graphemes", "code-points"):
            line(
                f"count_length {counting}",
                lambda t=text, c=counting: count_length(t, c, 280),
                repeat,
            )


if __name__ == "__main__":
    main()
