"""Spelling speed: Hunspell over a 300-word post (target ≤ 5 ms), and a LanguageTool lane that
never blocks its caller.

Run: .venv/bin/python bench/bench_spelling.py

The LanguageTool part uses the stand-in server from ``tests/fakes`` in its slow-start mode
(this machine has no LanguageTool): it shows that starting, asking the status and checking
while the server starts all return at once (Hunspell answers meanwhile), and what a check
costs through the HTTP lane once the server is ready, with and without the paragraph cache.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from posts import SENTENCES

from arabesk_desk.spelling.dictionary import find_dictionary
from arabesk_desk.spelling.hunspell_checker import HunspellChecker
from arabesk_desk.spelling.languagetool_local_endpoint import LocalEndpoint
from arabesk_desk.spelling.languagetool_server import LocalLanguageToolServer, ServerOptions
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from arabesk_desk.spelling.service import SpellingService
from arabesk_desk.spelling.words import NameList

FAKE = Path(__file__).resolve().parent.parent / "tests" / "fakes" / "fake_languagetool.py"


def post_of_words(count: int) -> str:
    words: list[str] = []
    index = 0
    while len(words) < count:
        words.extend(SENTENCES[index % len(SENTENCES)].split())
        index += 1
    lines = [" ".join(words[i : i + 40]) for i in range(0, count, 40)]
    return "\n".join(lines).replace("gelezen", "gelezzen")


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def bench_hunspell(folder: Path) -> HunspellChecker:
    location = find_dictionary("", environ={}).location
    assert location is not None, "the app's dictionary is missing"
    checker = HunspellChecker(location, PersonalDictionary(folder / "words.txt"))
    start = time.perf_counter()
    checker.load()
    print(
        f"Hunspell load (OpenTaal)                 {(time.perf_counter() - start) * 1000:7.1f} ms"
    )
    text = post_of_words(300)
    checker.check(text)

    def cold() -> None:
        checker.forget_verdicts()
        checker.check(text)

    median, worst = median_ms(cold, 200)
    print(f"Hunspell, 300-word post, cold    median {median:6.2f} ms  max {worst:6.2f} ms  (5 ms)")
    median, worst = median_ms(lambda: checker.check(text), 200)
    print(
        f"Hunspell, 300-word post, re-check median {median:6.2f} ms  max {worst:6.2f} ms"
        "  (word verdicts cached, as while typing; target 5 ms)"
    )
    start = time.perf_counter()
    suggestions = checker.suggest("gelezzen")
    print(
        f"Hunspell suggest('gelezzen') first call  {(time.perf_counter() - start) * 1000:7.1f} ms"
        f"  -> {', '.join(suggestions)}"
    )
    return checker


def fake_builder(release: Path) -> Callable[[int, Path], list[str]]:
    def build(port: int, properties: Path) -> list[str]:
        return [
            sys.executable,
            str(FAKE),
            "--port",
            str(port),
            "--config",
            str(properties),
            "--mode",
            "slow",
            "--release-file",
            str(release),
        ]

    return build


def bench_lane(folder: Path, checker: HunspellChecker) -> None:
    release = folder / "release"
    server = LocalLanguageToolServer(
        fake_builder(release), folder / "lt", ServerOptions(ready_timeout=60, poll_interval=0.02)
    )
    service = SpellingService(
        checker, checker.personal, LocalEndpoint(server, "stand-in"), NameList()
    )
    text = post_of_words(300)
    try:
        start_ms, _ = median_ms(service.start, 1)
        status_ms, status_max = median_ms(service.status, 1000)
        check_ms, check_max = median_ms(lambda: service.check(text, with_suggestions=False), 20)
        engine = service.check(text, with_suggestions=False).engine_name
        print(
            f"LanguageTool lane while the server starts: start() {start_ms:.2f} ms; "
            f"status() median {status_ms * 1000:.0f} µs (max {status_max:.2f} ms); "
            f"check() median {check_ms:.2f} ms (max {check_max:.2f} ms) by {engine}"
        )
        release.touch()
        started = time.perf_counter()
        server.wait_ready(60)
        print(f"  stand-in server ready {time.perf_counter() - started:.2f} s after release")
        first_ms, _ = median_ms(lambda: service.check(text, revision=1), 1)
        cached_ms, _ = median_ms(lambda: service.check(text, revision=2), 20)
        edited = text + " Nog een zin."
        edit_ms, _ = median_ms(lambda: service.check(edited, revision=3), 1)
        print(
            f"  through HTTP: first check {first_ms:.1f} ms ({len(text.splitlines())} "
            f"paragraphs), all cached {cached_ms:.2f} ms, one paragraph changed {edit_ms:.1f} ms"
        )
    finally:
        service.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        checker = bench_hunspell(folder)
        bench_lane(folder, checker)


if __name__ == "__main__":
    main()
