"""Whole-process time of ``arabesk-desk check`` on a one-line post (target ≤ 1 s).

Run: .venv/bin/python bench/bench_cli.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

POST = "Ik heb het boek gelezen en wat een kutweer vandaag!"


def run(args: list[str]) -> float:
    exe = Path(sys.executable).with_name("arabesk-desk")
    start = time.perf_counter()
    subprocess.run([str(exe), *args], input=POST.encode(), capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    for label, args in (
        ("check, protocol rules only (--no-spelling)", ["check", "-", "--no-spelling"]),
        ("check, with spelling", ["check", "-"]),
    ):
        run(args)  # the first run fills the OS file cache
        times = [run(args) for _ in range(7)]
        print(
            f"{label:<46} median {statistics.median(times):.3f} s   max {max(times):.3f} s"
            "   target 1 s"
        )


if __name__ == "__main__":
    main()
