"""Score the Hunspell (OpenTaal) fallback on LanguageTool's Dutch replace.txt pairs.

Reads ``../shared/eval/external/languagetool-nl/replace_txt_pairs.jsonl`` (relative to the
repository root) at run time; nothing of it is copied into the project. For each pair:

- recall: the ``incorrect`` text gets a spelling flag; bonus when applying one of the flagged
  word's suggestions gives one of the pair's corrections;
- false positives: the first correction, run as text, gets a flag (corrections the folder's
  README calls wrong are left out, read from that README).

Figures are printed per window of the source file: window 0 holds multi-word phrases (mostly
grammar such as d/t errors, which a word list cannot see), window 3300000 single words.

    .venv/bin/python quality/score_spelling.py [--no-suggestions] [--show-misses] [--dutch-only]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from arabesk_desk.spelling.dictionary import english_dictionary, find_dictionary
from arabesk_desk.spelling.hunspell_checker import HunspellChecker
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from checks import Finding

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "eval" / "external" / "languagetool-nl"
PAIRS = SOURCE / "replace_txt_pairs.jsonl"


def read_pairs() -> list[dict[str, Any]]:
    with PAIRS.open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def wrong_corrections() -> list[str]:
    """The corrections the folder's README lists as wrong ("A few look wrong: ...")."""
    readme = (SOURCE / "README.md").read_text(encoding="utf-8")
    found = re.search(r"A few look wrong:(.*?)(?:\n\s*Do not|\n-|\Z)", readme, re.S)
    return re.findall(r'"([^"]+)"', found.group(1)) if found else []


def corrected_by_suggestion(text: str, finding: Finding, targets: set[str]) -> bool:
    return any(
        text[: finding.start] + suggestion + text[finding.end :] in targets
        for suggestion in finding.suggestions
    )


class Tally:
    def __init__(self) -> None:
        self.items = self.hits = self.bonus = 0
        self.clean_items = self.false_positives = 0
        self.misses: list[str] = []
        self.flagged_right: list[str] = []

    def line(self, name: str) -> str:
        recall = self.hits / self.items if self.items else 0.0
        fp = self.false_positives / self.clean_items if self.clean_items else 0.0
        bonus = f", right suggestion {self.bonus}/{self.hits}" if self.hits else ""
        return (
            f"{name:<28} recall {self.hits}/{self.items} = {recall:.2f}{bonus}; "
            f"false positives {self.false_positives}/{self.clean_items} = {fp:.2f}"
        )


def score(checker: HunspellChecker, suggestions: bool) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    skip = {s.strip() for s in wrong_corrections()}
    for pair in read_pairs():
        window = "phrases (window 0)" if pair["window_offset"] == 0 else "words (window 3300000)"
        for tally in (tallies[window], tallies["all"]):
            _score_pair(checker, pair, tally, suggestions, skip)
    return dict(tallies)


def _score_pair(
    checker: HunspellChecker,
    pair: dict[str, Any],
    tally: Tally,
    suggestions: bool,
    skip: set[str],
) -> None:
    text, targets = pair["incorrect"], set(pair["suggestions"])
    findings = _warnings(checker.check(text, with_suggestions=suggestions))
    tally.items += 1
    if findings:
        tally.hits += 1
        tally.bonus += any(corrected_by_suggestion(text, f, targets) for f in findings)
    else:
        tally.misses.append(text)
    first = pair["suggestions"][0] if pair["suggestions"] else ""
    if first and first.strip() not in skip:
        tally.clean_items += 1
        flagged = _warnings(checker.check(first))
        if flagged:
            tally.false_positives += 1
            tally.flagged_right.append(", ".join(first[f.start : f.end] for f in flagged))


def _warnings(findings: list[Finding]) -> list[Finding]:
    """Spelling warnings only: an "onbekende naam?" info is no flag on a misspelling."""
    return [f for f in findings if str(f.severity) == "warning"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-suggestions", action="store_true", help="skip the slow bonus")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--dutch-only", action="store_true", help="count English words as unknown (app option)"
    )
    args = parser.parse_args(argv)
    if not PAIRS.is_file():
        print(f"score_spelling: {PAIRS} not found (the evaluation data lives beside the repo)")
        return 2
    location = find_dictionary("", environ={}).location
    if location is None:
        print("score_spelling: the app's Dutch dictionary is missing")
        return 2
    english = () if args.dutch_only else tuple(filter(None, [english_dictionary()]))
    checker = HunspellChecker(location, PersonalDictionary(REPO / ".no-personal-words"), english)
    started = time.perf_counter()
    tallies = score(checker, not args.no_suggestions)
    accepting = "Dutch only" if args.dutch_only else "English words accepted, as in the app"
    print(f"Hunspell (OpenTaal) on {PAIRS.relative_to(REPO.parent)} ({accepting})")
    for name in ("phrases (window 0)", "words (window 3300000)", "all"):
        print(tallies[name].line(name))
    print(f"corrections left out as wrong (from the README): {len(wrong_corrections())}")
    all_ = tallies["all"]
    print(f"flagged in the corrections: {'; '.join(all_.flagged_right) or 'none'}")
    if args.show_misses:
        for name in ("phrases (window 0)", "words (window 3300000)"):
            print(f"missed, {name}:", *tallies[name].misses, sep="\n  ")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
