"""`arabesk-desk check --batch` with spelling: milliseconds per post on edited Dutch prose.

Target (issue 9): ≤ 5 ms per post with spelling. Runs the check command's own batch loop
in this process over ``quality/prose/dev.jsonl`` (322 edited news and encyclopedia
sentences) and the clean development posts, with a fresh data folder, so the first pass has
no cached word verdicts ("cold") and the second has them ("warm"). Each pass is printed with
suggestions as a batch gives them by default (none) and with ``--suggestions``.

Run: .venv/bin/python bench/bench_batch_spelling.py
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 3
SETS_WARMUP = REPO / "quality" / "posts" / "dev.jsonl"
SETS = {
    "prose (quality/prose/dev.jsonl)": REPO / "quality" / "prose" / "dev.jsonl",
    "dev posts (quality/posts/dev.jsonl)": REPO / "quality" / "posts" / "dev.jsonl",
}


def batch_input(path: Path) -> bytes:
    lines = []
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file):
            if line.strip():
                lines.append(json.dumps({"id": number, "text": json.loads(line)["text"]}))
    return ("\n".join(lines) + "\n").encode("utf-8")


def per_post_ms(checker, data: bytes, suggestions: bool | None) -> float:
    from arabesk_desk.cli.check_command import run_batch

    args = argparse.Namespace(
        channel="x",
        capacity="personal",
        role="staff",
        reply_to=None,
        batch=True,
        suggestions=suggestions,
    )
    out = io.StringIO()
    started = time.perf_counter()
    run_batch(checker, io.BytesIO(data), args, out)
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed / max(1, out.getvalue().count("\n"))


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["ARABESK_DESK_HOME"] = home
        os.environ.setdefault("LTP_PATH", str(Path(home) / "no-languagetool"))
        from arabesk_desk.post_checker import load_post_checker

        plain = load_post_checker(spelling=False)
        checker = load_post_checker(spelling=True, languagetool_wait=0)
        print("check --batch, ms per post (target with spelling: <= 5 ms)")
        print(f"  {checker.describe_engines()}")
        started = time.perf_counter()
        if checker.spelling is not None and checker.spelling.hunspell is not None:
            checker.spelling.hunspell.load()
        print(f"  loading Hunspell once per run: {(time.perf_counter() - started) * 1000:.0f} ms")
        started = time.perf_counter()
        for warm_up in (plain, checker):  # imports and each engine's lazy tables, once a run
            per_post_ms(warm_up, batch_input(SETS_WARMUP), None)
        print(f"  warming up both engines: {(time.perf_counter() - started) * 1000:.0f} ms")
        for name, path in SETS.items():
            data = batch_input(path)
            rows: dict[str, list[float]] = {}
            for _round in range(ROUNDS):
                rows.setdefault("without spelling", []).append(per_post_ms(plain, data, None))
                if checker.spelling is not None and checker.spelling.hunspell is not None:
                    checker.spelling.hunspell.forget_verdicts()
                for label in ("with spelling, cold verdicts", "with spelling, warm verdicts"):
                    rows.setdefault(label, []).append(per_post_ms(checker, data, None))
            rows["with spelling and --suggestions (warm)"] = [per_post_ms(checker, data, True)]
            posts = data.count(b"\n")
            print(f"  {name}: {posts} posts (median of {ROUNDS} rounds)")
            for label, times in rows.items():
                print(f"    {label:40} {statistics.median(times):6.2f} ms")
        checker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
