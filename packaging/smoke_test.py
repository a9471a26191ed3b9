"""Smoke test of a frozen bundle: its programs run as a user (or ICT) would run them.

    python packaging/smoke_test.py dist/arabesk-desk

On a fresh data folder, with Qt off screen: ``--version`` answers fast; the CLI checks a post
with a misspelling and reports the spelling finding (Hunspell, the OpenTaal dictionary and the
per-word cache frozen); a BSN and an IBAN are found (python-stdnum and its data); the doctor
finds nothing essential broken; the LanguageTool installer knows its hashes
(language-tool-python's ``integrity.toml``); the English translations, Qt's own included, are
there; and both programs start the window with the spelling process alive
(``--self-test``). Prints one line per step; exit 0 when every step held, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MISSPELLED_POST = "Ik heb het boek gelezzen."
NUMBERS_POST = "Het BSN van de leerling is 111222333 en het IBAN NL91ABNA0417164300."
VERSION_TARGET_S = 0.5
SELF_TEST_TIMEOUT_S = 180


@dataclass(frozen=True)
class Bundle:
    folder: Path
    env: dict[str, str]

    def program(self, name: str) -> Path:
        return self.folder / (f"{name}.exe" if sys.platform == "win32" else name)

    def run(
        self, name: str, *args: str, stdin: str = "", timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.program(name)), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=timeout,
            check=False,
        )


Step = Callable[[Bundle], str]  # returns what it saw; raises StepFailed when it did not hold


class StepFailed(Exception):
    """A step that did not hold; the message says what was seen instead."""


def version_is_fast(bundle: Bundle) -> str:
    times = []
    for _ in range(5):
        started = time.perf_counter()
        done = bundle.run("arabesk-desk", "--version")
        times.append(time.perf_counter() - started)
        _expect(done.returncode == 0 and "arabesk-desk" in done.stdout, done)
    median = statistics.median(times)
    if median > VERSION_TARGET_S:
        raise StepFailed(f"--version takes {median:.2f} s (target {VERSION_TARGET_S} s)")
    return f"--version in {median:.2f} s (median of 5; max {max(times):.2f} s)"


def spelling_finding(bundle: Bundle) -> str:
    for attempt in ("first", "again"):  # the second run answers from the verdict cache
        started = time.perf_counter()
        done = bundle.run("arabesk-desk", "check", "--format", "json", "-", stdin=MISSPELLED_POST)
        elapsed = time.perf_counter() - started
        _expect(done.returncode == 0, done)
        findings = json.loads(done.stdout)["findings"]
        words = [
            MISSPELLED_POST[f["start"] : f["end"]] for f in findings if f["category"] == "spelling"
        ]
        if words != ["gelezzen"]:
            raise StepFailed(
                f"spelling findings {words} on the {attempt} run; expected ['gelezzen']"
            )
        suggestions = findings[0]["suggestions"]
        if "gelezen" not in suggestions:
            raise StepFailed(f"suggestions {suggestions} for 'gelezzen'")
    return f"check reports 'gelezzen' with 'gelezen' ({elapsed:.2f} s the second time)"


def numbers_found(bundle: Bundle) -> str:
    done = bundle.run(
        "arabesk-desk", "check", "--format", "json", "--no-spelling", "-", stdin=NUMBERS_POST
    )
    _expect(done.returncode in (0, 1), done)
    found = {NUMBERS_POST[f["start"] : f["end"]] for f in json.loads(done.stdout)["findings"]}
    for number in ("111222333", "NL91ABNA0417164300"):
        if not any(number in text for text in found):
            raise StepFailed(f"{number} not reported; findings on {sorted(found)}")
    return "BSN and IBAN found (python-stdnum with its data)"


def doctor_is_clean(bundle: Bundle) -> str:
    done = bundle.run("arabesk-desk", "doctor", "--format", "json")
    _expect(done.returncode == 0, done)
    report = json.loads(done.stdout)
    levels = {item["component"]: item["level"] for item in report["components"]}
    broken = [name for name, level in levels.items() if level == "problem"]
    if broken or not report["can_run"]:
        raise StepFailed(f"doctor reports problems: {broken}")
    for essential in ("Data folder", "Rule packs", "Dutch dictionary"):
        if levels.get(essential) != "ok":
            raise StepFailed(f"doctor: {essential} is {levels.get(essential)}")
    notes = sorted(name for name, level in levels.items() if level == "note")
    return f"doctor: no problems (notes: {', '.join(notes) or 'none'})"


def languagetool_hashes(bundle: Bundle) -> str:
    done = bundle.run("arabesk-desk", "languagetool", "install", "--show-hash")
    _expect(done.returncode == 0 and "SHA-256" in done.stdout, done)
    return done.stdout.strip()


def translations_present(bundle: Bundle) -> str:
    internal = bundle.folder / "_internal"
    ours = internal / "resources" / "translations" / "arabesk_desk_en.qm"
    qt_own = sorted(internal.glob("PySide6/**/translations/qtbase_en.qm"))
    if not ours.is_file():
        raise StepFailed(f"missing {ours}")
    if not qt_own:
        raise StepFailed("Qt's own qtbase_en.qm is not in the bundle")
    return f"translations: {ours.name} and Qt's {qt_own[0].name}"


def window_self_test(program: str) -> Step:
    def step(bundle: Bundle) -> str:
        started = time.perf_counter()
        done = bundle.run(program, "--self-test", timeout=SELF_TEST_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        if done.returncode != 0:
            raise StepFailed(f"{program} --self-test exit {done.returncode}: {_tail(done)}")
        if sys.platform != "win32" or program == "arabesk-desk":  # a GUI program has no stdout
            lines = done.stdout.strip().splitlines()
            if not lines or lines[-1] != "self-test: ok":
                raise StepFailed(f"{program} --self-test said: {_tail(done)}")
            alive = next((line for line in lines if "spelling process alive" in line), "")
            alive = alive.removeprefix("self-test: ")
            return f"{program}: window off screen, {alive}, {elapsed:.1f} s"
        return f"{program}: window off screen, spelling finding painted, {elapsed:.1f} s"

    return step


STEPS: tuple[Step, ...] = (
    version_is_fast,
    spelling_finding,
    numbers_found,
    doctor_is_clean,
    languagetool_hashes,
    translations_present,
    window_self_test("arabesk-desk"),
    window_self_test("arabesk-desk-window"),
)


def _expect(condition: bool, done: subprocess.CompletedProcess[str]) -> None:
    if not condition:
        raise StepFailed(f"exit {done.returncode}: {_tail(done)}")


def _tail(done: subprocess.CompletedProcess[str]) -> str:
    text = (done.stdout + "\n" + done.stderr).strip()
    return " | ".join(text.splitlines()[-6:]) or "(no output)"


def smoke_test(folder: Path) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="arabesk-smoke-") as home:
        env = {**os.environ, "ARABESK_DESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("ARABESK_DESK_MACHINE_POLICY", None)
        bundle = Bundle(folder, env)
        for step in STEPS:
            try:
                print(f"ok    {step(bundle)}", flush=True)
            except (StepFailed, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
                failures += 1
                print(f"FAIL  {getattr(step, '__name__', 'step')}: {exc}", flush=True)
    print(f"smoke test of {folder}: {'passed' if not failures else f'{failures} step(s) failed'}")
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python packaging/smoke_test.py dist/arabesk-desk", file=sys.stderr)
        return 2
    return smoke_test(Path(argv[0]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
