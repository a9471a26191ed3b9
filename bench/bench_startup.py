"""Start-up time and memory of whole ``arabesk-desk`` processes, beside proselint's CLI.

Run: .venv/bin/python bench/bench_startup.py [--proselint PATH] [--runs N]

Every figure is a whole process, started the way a user or a script starts it: the median
wall time of ``--runs`` runs (after one warm-up run that fills the OS file cache and writes
the byte-code caches) and the largest peak resident set size of those runs, as GNU time
reports it (``wait4`` in this process would count the parent's memory, which a forked child
shares until it runs its program). Then ``check --no-spelling`` split into its parts, timed
inside one process: the checking engine (importing ``checks``, loading the rule packs, the
first check) and the rest that this project's start-up owns (launcher, CLI, policy).

proselint is the peer: install it outside the project, e.g. ``python3 -m venv /tmp/proselint
&& /tmp/proselint/bin/pip install proselint``, and pass ``--proselint
/tmp/proselint/bin/proselint``. The load average is printed before and after: on a shared
machine it says how much the figures can be trusted.

Targets: ``check --no-spelling`` ≤ 0.25 s and ≤ 25 MiB; ``check`` with spelling ≤ 0.4 s
(every word's verdict cached); the frozen ``--version`` ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POST = "Morgen is de sportdag van groep 5. We beginnen om half negen op het schoolplein.\n"
ENGLISH_POST = "Tomorrow is sports day for year 5. We start at half past eight in the playground.\n"
PARTS = """
import json, sys, time
started = time.perf_counter()
import checks, checks.text
imported = time.perf_counter() - started
spent = {"engine": imported}

def timed(function):
    def wrapper(*args, **kwargs):
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent["engine"] += time.perf_counter() - began
    return wrapper

checks.load_engine = timed(checks.load_engine)
checks.engine.Engine.check = timed(checks.engine.Engine.check)
from ui.launcher import main
main(["check", "--no-spelling", "-"])
total = time.perf_counter() - started
print(json.dumps({"engine": spent["engine"], "rest": total - spent["engine"]}), file=sys.stderr)
"""
GNU_TIME = Path("/usr/bin/time")


@dataclass(frozen=True)
class Measured:
    label: str
    median_s: float
    max_s: float
    max_rss_mib: float
    target: str = ""


def run_once(command: list[str], stdin: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one whole process."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        subprocess.run(
            [str(GNU_TIME), "-o", report.name, "-f", "%M", *command],
            input=stdin.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            check=False,
        )
        elapsed = time.perf_counter() - started
        peak_kib = int(report.read().split()[-1])
    return elapsed, peak_kib / 1024


def measure(
    label: str, command: list[str], stdin: str, env: dict[str, str], runs: int, target: str = ""
) -> Measured:
    run_once(command, stdin, env)  # warm-up: file cache, byte-code caches, verdict cache
    samples = [run_once(command, stdin, env) for _ in range(runs)]
    times = [elapsed for elapsed, _ in samples]
    return Measured(
        label, statistics.median(times), max(times), max(rss for _, rss in samples), target
    )


def parts(env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median seconds of the engine's part of ``check --no-spelling`` and of the rest."""
    samples = []
    for _ in range(runs + 1):  # the first one warms up
        done = subprocess.run(
            [sys.executable, "-c", PARTS], input=POST, env=env, capture_output=True, text=True
        )
        samples.append(json.loads(done.stderr.strip().splitlines()[-1]))
    engine = statistics.median(s["engine"] for s in samples[1:])
    rest = statistics.median(s["rest"] for s in samples[1:])
    return engine, rest


def commands(proselint: str | None) -> list[tuple[str, list[str], str, str]]:
    app = str(Path(sys.executable).with_name("arabesk-desk"))
    listed = [
        ("python -c pass (the interpreter alone)", [sys.executable, "-c", "pass"], "", ""),
        ("arabesk-desk --version", [app, "--version"], "", ""),
        (
            "arabesk-desk check --no-spelling -",
            [app, "check", "--no-spelling", "-"],
            POST,
            "≤ 0.25 s, ≤ 25 MiB",
        ),
        ("arabesk-desk check - (spelling, words cached)", [app, "check", "-"], POST, "≤ 0.4 s"),
    ]
    frozen = ROOT / "dist" / "arabesk-desk" / "arabesk-desk"
    if frozen.is_file():
        listed += [
            ("frozen arabesk-desk --version", [str(frozen), "--version"], "", "≤ 0.5 s"),
            (
                "frozen arabesk-desk check --no-spelling -",
                [str(frozen), "check", "--no-spelling", "-"],
                POST,
                "",
            ),
        ]
    if proselint:
        listed.append(
            ("proselint check (peer, English post)", [proselint, "check"], ENGLISH_POST, "")
        )
    return listed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proselint", help="proselint's executable, installed outside the project")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if args.proselint and not Path(args.proselint).is_file():
        parser.error(f"{args.proselint} does not exist")
    if not GNU_TIME.is_file():
        parser.error(f"{GNU_TIME} (GNU time, for the peak memory) is needed: apt-get install time")
    with tempfile.TemporaryDirectory(prefix="arabesk-bench-") as home:
        env = {**os.environ, "ARABESK_DESK_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its byte-code caches
        env.pop("ARABESK_DESK_MACHINE_POLICY", None)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        results = [measure(*item[:3], env, args.runs, item[3]) for item in commands(args.proselint)]
        engine, rest = parts(env, args.runs)
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\n{'whole process':<48} {'median':>8} {'max':>8} {'max RSS':>9}   target")
    for result in results:
        print(
            f"{result.label:<48} {result.median_s:>7.3f}s {result.max_s:>7.3f}s "
            f"{result.max_rss_mib:>6.1f} MiB   {result.target}"
        )
    interpreter = results[0].median_s
    print(
        f"\n'check --no-spelling' in parts (medians, one process each): the interpreter "
        f"{interpreter:.3f} s (above), the checking engine (import, rule packs, first check) "
        f"{engine:.3f} s, the rest (launcher, CLI, policy, output) {rest:.3f} s"
    )


if __name__ == "__main__":
    main()
