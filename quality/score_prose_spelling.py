"""Does spelling cry wolf? Spelling warnings on edited Dutch prose, and recall on real typos.

Runs the app's Hunspell checker (OpenTaal, English words accepted, as in the app) over
text that is spelled right, and counts posts with a spelling *warning* (an "onbekende
naam?" info is not one) and warnings per 1,000 words:

- ``quality/prose/dev.jsonl``: edited news and encyclopedia sentences (ours);
- the clean development posts (``quality/posts/dev.jsonl`` with no expected finding);
- data by others, read from ``../shared/eval/external`` at run time: HateCheck's neutral
  and positive cases, deduce's test texts (names), LanguageTool's correct examples and the
  first correction of its replace.txt pairs.

Recall is measured on typos: ``quality/spelling/misspellings.jsonl`` (real Dutch
misspellings collected by us, each in a sentence) and single-edit typos made from the prose's
own words (a letter dropped, doubled, swapped or replaced: only those Hunspell itself
rejects, so the figure shows what the name and compound rules cost).

    .venv/bin/python quality/score_prose_spelling.py [--show]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from arabesk_desk.spelling.dictionary import english_dictionary, find_dictionary
from arabesk_desk.spelling.hunspell_checker import HunspellChecker
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from arabesk_desk.spelling.service import first_name_list
from arabesk_desk.spelling.words import NameList

REPO = Path(__file__).resolve().parent.parent
EXTERNAL = REPO.parent / "shared" / "eval" / "external"
CLEAN_HATECHECK = {"ident_neutral_nh", "ident_pos_nh", "negate_neg_nh", "target_obj_nh"}


def jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def clean_sets() -> dict[str, list[str]]:
    sets = {
        "prose (ours)": [p["text"] for p in jsonl(REPO / "quality/prose/dev.jsonl")],
        "clean dev posts (ours)": [
            p["text"] for p in jsonl(REPO / "quality/posts/dev.jsonl") if not p["expect"]
        ],
    }
    if EXTERNAL.is_dir():
        cases = jsonl(EXTERNAL / "multilingual-hatecheck-nl/cases_sample.jsonl")
        sets["hatecheck neutral"] = [
            c["test_case"] for c in cases if c["functionality"] in CLEAN_HATECHECK
        ]
        sets["deduce texts"] = [
            d["text"]
            for name in ("regression_cases_sample.jsonl", "pipeline_example.jsonl")
            for d in jsonl(EXTERNAL / "deduce" / name)
        ]
        grammar = jsonl(EXTERNAL / "languagetool-nl/grammar_xml_examples.jsonl")
        pairs = jsonl(EXTERNAL / "languagetool-nl/replace_txt_pairs.jsonl")
        sets["languagetool correct"] = [
            g["text"] for g in grammar if g["example_type"] == "correct"
        ]
        sets["languagetool corrections"] = [p["suggestions"][0] for p in pairs if p["suggestions"]]
    return sets


def warnings(checker: HunspellChecker, names: NameList, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in checker.check(text, names) if str(f.severity) == "warning"
    ]


def cry_wolf(checker: HunspellChecker, names: NameList, texts: list[str]) -> tuple[str, Counter]:
    flagged, count, words = 0, 0, 0
    seen: Counter[str] = Counter()
    started = time.perf_counter()
    for text in texts:
        found = warnings(checker, names, text)
        flagged += bool(found)
        count += len(found)
        words += len(text.split())
        seen.update(found)
    elapsed = (time.perf_counter() - started) * 1000 / max(1, len(texts))
    share = flagged / max(1, len(texts))
    line = (
        f"{len(texts):4} texts: {flagged:3} with a warning = {share:5.1%}; "
        f"{count * 1000 / max(1, words):5.1f} warnings per 1,000 words; {elapsed:.2f} ms a text"
    )
    return line, seen


def typo_recall(checker: HunspellChecker, names: NameList, items: Iterable[tuple[str, str]]):
    hits, total, missed = 0, 0, []
    for text, typo in items:
        total += 1
        if typo in warnings(checker, names, text):
            hits += 1
        else:
            missed.append(typo)
    return hits, total, missed


def synthetic_typos(checker: HunspellChecker, texts: list[str], count: int = 400):
    """One-edit typos of the prose's own lower-case words, each in its own sentence."""
    rng = random.Random(9)
    words = sorted(
        {w for t in texts for w in t.split() if w.isalpha() and w.islower() and len(w) >= 5}
    )
    made: list[tuple[str, str]] = []
    while len(made) < count:
        word = rng.choice(words)
        typo = _edit(word, rng)
        if typo != word and not checker.is_correct_plain(typo):
            made.append((f"Dit is een zin met {typo} erin.", typo))
    return made


def _edit(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap":
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + rng.choice("abcdefghijklmnopqrstuvwz") + word[i + 1 :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the flagged and missed words")
    args = parser.parse_args(argv)
    location = find_dictionary("", environ={}).location
    if location is None:
        print("score_prose_spelling: the app's Dutch dictionary is missing")
        return 2
    english = tuple(filter(None, [english_dictionary()]))
    checker = HunspellChecker(location, PersonalDictionary(REPO / ".no-personal-words"), english)
    names = NameList.from_names((), first_name_list())
    print("Spelling warnings on text spelled right (lower is better; aim: <= 5% of posts)")
    sets = clean_sets()
    for name, texts in sets.items():
        line, seen = cry_wolf(checker, names, texts)
        print(f"  {name:26} {line}")
        if args.show and seen:
            print("      " + ", ".join(f"{w} ({n})" for w, n in seen.most_common()))
    collected = [
        (m["text"], m["typo"]) for m in jsonl(REPO / "quality/spelling/misspellings.jsonl")
    ]
    print("Recall on typos (higher is better)")
    for name, items in (
        ("collected misspellings", collected),
        ("one-edit typos of prose words", synthetic_typos(checker, sets["prose (ours)"])),
    ):
        hits, total, missed = typo_recall(checker, names, items)
        print(f"  {name:30} {hits}/{total} = {hits / max(1, total):.2f}")
        if args.show and missed:
            print("      missed: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
