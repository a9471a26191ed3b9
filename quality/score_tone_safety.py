"""Score the tone (guideline 6) and safety (guideline 9) checks against external data.

Reads ``../shared/eval/external`` (relative to the repository root) at run time; nothing of it
is copied into the project. Prints, per source:

* multilingual-hatecheck-nl: recall per hateful functionality (hit = an offensive, swearing,
  slur or safety flag; for threats, a threat or incitement flag), the false-positive rate on
  the neutral cases, and the cases HateCheck calls non-hateful that a school account should
  still not post, apart;
* ldnoobw-nl and groflex: lexicon recall on the entries a school post should always get
  flagged for (the hand split in ``quality/lexicon_split.toml``, by line number or id), and
  how often the other, context-dependent entries are flagged.

    .venv/bin/python quality/score_tone_safety.py [--show-misses] [--timing]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from checks import CheckContext, Engine, Finding, load_engine

REPO = Path(__file__).resolve().parent.parent
EXTERNAL = REPO.parent / "shared" / "eval" / "external"
SPLIT = Path(__file__).resolve().parent / "lexicon_split.toml"
FAMILIES = ["tone", "safety"]
# Flags that say "offensive": style flags (shouting, "!!!", emoji) do not count.
OFFENSIVE = {"tone.swearing", "tone.insult", "tone.insult_aimed", "tone.slur"}
THREAT = {"safety.threat", "safety.incitement", "safety.death_wish"}
PRECISION_SET = ["ident_neutral_nh", "ident_pos_nh", "negate_neg_nh", "target_obj_nh"]
APART = ["target_indiv_nh", "target_group_nh", "counter_quote_nh", "counter_ref_nh"]
SUMMARY = {
    "profanity (profanity_h + profanity_nh)": ["profanity_h", "profanity_nh"],
    "slurs (slur_h)": ["slur_h"],
    "threats (threat_dir_h + threat_norm_h)": ["threat_dir_h", "threat_norm_h"],
}


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def is_offensive(finding: Finding) -> bool:
    return finding.rule in OFFENSIVE or finding.rule.startswith("safety.")


def hit_rules(functionality: str) -> Any:
    """Which flags count as a hit for a HateCheck functionality."""
    if functionality.startswith("threat_"):
        return lambda f: f.rule in THREAT
    return is_offensive


class Scorer:
    """Runs the tone and safety families of one engine on texts."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.context = CheckContext()

    def findings(self, text: str) -> list[Finding]:
        return self.engine.check(text, self.context, only=FAMILIES)


def score_hatecheck(scorer: Scorer, show_misses: bool) -> None:
    path = EXTERNAL / "multilingual-hatecheck-nl" / "cases_sample.jsonl"
    rows = list(read_jsonl(path))
    by_function: dict[str, list[tuple[str, list[Finding]]]] = defaultdict(list)
    for row in rows:
        by_function[row["functionality"]].append(
            (row["test_case"], scorer.findings(row["test_case"]))
        )
    print(f"== multilingual-hatecheck-nl ({len(rows)} cases)")
    print(f"{'functionality':24} {'flagged':>9}  rules that fired")
    for name in sorted(by_function):
        cases = by_function[name]
        counts = _rule_counts(cases)
        flagged = _flagged(name, cases)
        print(f"{name:24} {flagged:>3}/{len(cases):<3} {_rate(flagged, len(cases)):>5}  {counts}")
        if show_misses:
            _print_misses(name, cases)
    print()
    for label, names in SUMMARY.items():
        flagged, total = _sum(by_function, names)
        print(f"recall {label}: {flagged}/{total} = {_rate(flagged, total)}")
    hateful = [n for n in by_function if n.endswith("_h")]
    flagged, total = _sum(by_function, hateful)
    print(f"recall all hateful functionalities: {flagged}/{total} = {_rate(flagged, total)}")
    flagged, total = _sum(by_function, PRECISION_SET, any_offensive=True)
    print(
        f"false positives on neutral cases ({', '.join(PRECISION_SET)}): "
        f"{flagged}/{total} = {_rate(flagged, total)}"
    )
    alarms = sum(
        1
        for name in PRECISION_SET
        for _, found in by_function.get(name, [])
        if any(is_offensive(f) and f.severity in ("warning", "error") for f in found)
    )
    print(f"  of which a warning or an error (not only a reminder): {alarms}/{total}")
    for name in APART:
        flagged, total = _sum(by_function, [name], any_offensive=True)
        print(f"flagged apart, {name}: {flagged}/{total}")
    print()


def _flagged(name: str, cases: list[tuple[str, list[Finding]]], any_offensive: bool = False) -> int:
    wanted = is_offensive if any_offensive or name.endswith("_nh") else hit_rules(name)
    if any_offensive:
        wanted = lambda f: is_offensive(f) or f.rule in THREAT  # noqa: E731
    return sum(1 for _, found in cases if any(wanted(f) for f in found))


def _sum(
    by_function: dict[str, Any], names: Iterable[str], any_offensive: bool = False
) -> tuple[int, int]:
    flagged = total = 0
    for name in names:
        cases = by_function.get(name, [])
        flagged += _flagged(name, cases, any_offensive)
        total += len(cases)
    return flagged, total


def _rule_counts(cases: list[tuple[str, list[Finding]]]) -> str:
    counter: Counter[str] = Counter()
    for _, found in cases:
        counter.update({f.rule for f in found})
    return ", ".join(f"{rule} {n}" for rule, n in counter.most_common())


def _print_misses(name: str, cases: list[tuple[str, list[Finding]]]) -> None:
    wanted_hit = not name.endswith("_nh") or name == "profanity_nh"
    for text, found in cases:
        hit = any(is_offensive(f) or f.rule in THREAT for f in found)
        if hit != wanted_hit:
            print(f"    {'missed' if wanted_hit else 'flagged'}: {text}")


def score_lexicon(
    scorer: Scorer, source: str, key: str, term_field: str, show_misses: bool
) -> None:
    rows = list(read_jsonl(EXTERNAL / source / _lexicon_file(source)))
    always = {str(x) for x in tomllib.loads(SPLIT.read_text(encoding="utf-8"))[key]["always"]}
    groups: dict[bool, list[tuple[str, bool]]] = {True: [], False: []}
    for row in rows:
        term = str(row[term_field])
        flagged = any(is_offensive(f) for f in scorer.findings(term))
        groups[str(row["line" if key == "ldnoobw" else "id"]) in always].append((term, flagged))
    hits = sum(flagged for _, flagged in groups[True])
    context = sum(flagged for _, flagged in groups[False])
    print(f"== {source} ({len(rows)} entries, each checked alone)")
    print(
        f"recall on 'always flag' entries: {hits}/{len(groups[True])} = "
        f"{_rate(hits, len(groups[True]))}"
    )
    print(
        f"context-dependent entries flagged: {context}/{len(groups[False])} = "
        f"{_rate(context, len(groups[False]))}"
    )
    if show_misses:
        print("    missed:", ", ".join(t for t, f in groups[True] if not f))
        print("    context flagged:", ", ".join(t for t, f in groups[False] if f))
    print()


def _lexicon_file(source: str) -> str:
    return {"ldnoobw-nl": "nl_terms.jsonl", "groflex": "groflex_sample.jsonl"}[source]


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "n/a"


POST = (
    "Wat een mooie dag hadden we vandaag op De Arabesk! Groep 6 ging naar het Rijksmuseum en "
    "de kleuters speelden buiten in de zon. Dank aan alle ouders die hielpen met rijden. "
    "Morgen is er weer gewoon les; vergeet jullie gymspullen niet. Fijne avond allemaal 🎉"
)


def timing(scorer: Scorer) -> None:
    """Median time of the tone and safety families on a 280- and a 5,000-character post."""
    short = POST[:280]
    long = (POST + " ") * (5000 // (len(POST) + 1) + 1)
    for label, text in (("280 characters", short), ("5,000 characters", long[:5000])):
        scorer.findings(text)
        runs = []
        for _ in range(200 if len(text) < 1000 else 50):
            start = time.perf_counter()
            scorer.findings(text)
            runs.append(time.perf_counter() - start)
        print(f"tone+safety on {label}: median {statistics.median(runs) * 1000:.2f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="print missed and flagged items")
    parser.add_argument("--timing", action="store_true", help="also time the two families")
    args = parser.parse_args(argv)
    if not EXTERNAL.is_dir():
        print(f"evaluation data not found at {EXTERNAL}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    scorer = Scorer(load_engine())
    print(f"engine loaded in {(time.perf_counter() - started) * 1000:.0f} ms\n")
    score_hatecheck(scorer, args.show_misses)
    score_lexicon(scorer, "ldnoobw-nl", "ldnoobw", "term", args.show_misses)
    score_lexicon(scorer, "groflex", "groflex", "lemma", args.show_misses)
    if args.timing:
        timing(scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
