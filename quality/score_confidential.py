"""Score the confidential checks (guideline 3) against the external evaluation data.

Reads ``../shared/eval/external/deduce`` and ``../shared/eval/external/python-stdnum-nl``
(relative to the repository root) at run time; nothing of it is copied into the project.
Prints recall per kind, false positives on the unannotated rows, and the number of
invalid-checksum numbers reported as a BSN, onderwijsnummer or IBAN (must be 0).

    .venv/bin/python quality/score_confidential.py
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stdnum import iban
from stdnum.nl import bsn, onderwijsnummer

from checks import Finding, load_engine

REPO = Path(__file__).resolve().parent.parent
EXTERNAL = REPO.parent / "shared" / "eval" / "external"

# deduce tag -> the confidential rules that count as a hit for it
TAG_RULES = {
    "bsn": {"confidential.bsn"},
    "telefoonnummer": {"confidential.phone"},
    "emailadres": {"confidential.email", "confidential.email_role"},
    "persoon": {"confidential.name_with_group", "confidential.pupil_name"},
    "address": {"confidential.address", "confidential.postcode"},
}
NUMBER_RULES = {
    "bsn": "confidential.bsn",
    "onderwijsnummer": "confidential.onderwijsnummer",
    "iban": "confidential.iban",
    "postcode": "confidential.postcode",
}
CARRIER = "Het nummer is {} en dat staat in het dossier."
# What each number rule claims, checked independently with python-stdnum.
CLAIMS = {
    "confidential.bsn": bsn.is_valid,
    "confidential.onderwijsnummer": onderwijsnummer.is_valid,
    "confidential.iban": iban.is_valid,
}


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def address_like(annotation: dict[str, Any]) -> bool:
    """deduce tags plain towns as 'locatie' too; only a street with a number is an address.

    A PO box ("Postbus 123") is an organisation's address, not where someone lives, so it
    is not counted either.
    """
    text = annotation["text"]
    return (
        annotation["tag"] == "locatie"
        and any(ch.isdigit() for ch in text)
        and not text.lower().startswith("postbus")
    )


def overlaps(finding: Finding, annotation: dict[str, Any]) -> bool:
    return finding.start < annotation["end_char"] and annotation["start_char"] < finding.end


def false_claims(text: str, findings: list[Finding]) -> list[Finding]:
    """Findings that call a number a BSN, onderwijsnummer or IBAN while its checksum fails."""
    return [f for f in findings if f.rule in CLAIMS and not CLAIMS[f.rule](text[f.start : f.end])]


def score_deduce(engine: Any, verbose: bool) -> int:
    folder = EXTERNAL / "deduce"
    rows = list(read_jsonl(folder / "regression_cases_sample.jsonl"))
    rows += list(read_jsonl(folder / "pipeline_example.jsonl"))
    hits, totals = Counter[str](), Counter[str]()
    false_positives: Counter[str] = Counter()
    unannotated = wrong_claims = 0
    for row in rows:
        findings = engine.check(row["text"], only=["confidential"])
        wrong_claims += len(false_claims(row["text"], findings))
        annotations = []
        for annotation in row["annotations"]:
            tag = "address" if address_like(annotation) else annotation["tag"]
            if tag in TAG_RULES:
                annotations.append((tag, annotation))
        for tag, annotation in annotations:
            totals[tag] += 1
            if any(f.rule in TAG_RULES[tag] and overlaps(f, annotation) for f in findings):
                hits[tag] += 1
            elif verbose:
                print(f"  miss {tag}: {annotation['text']!r} in {row['text']!r}")
        if not row["annotations"]:
            unannotated += 1
        for finding in findings:
            if not any(overlaps(finding, a) for a in row["annotations"]):
                false_positives[finding.rule] += 1
                if verbose:
                    flagged = row["text"][finding.start : finding.end]
                    print(f"  outside: {finding.rule} {flagged!r} in {row['text']!r}")
    print(f"deduce ({len(rows)} rows, {unannotated} without annotation)")
    for tag in ("bsn", "telefoonnummer", "emailadres", "address", "persoon"):
        if totals[tag]:
            share = hits[tag] / totals[tag]
            print(f"  recall {tag:<15} {hits[tag]:>3}/{totals[tag]:<3} = {share:.3f}")
    total_fp = sum(false_positives.values())
    detail = ", ".join(f"{rule} {n}" for rule, n in false_positives.most_common())
    print(
        f"  findings outside every annotated span: {total_fp}" + (f" ({detail})" if detail else "")
    )
    print(f"  numbers reported as a BSN, onderwijsnummer or IBAN wrongly: {wrong_claims}")
    return wrong_claims


def score_stdnum(engine: Any, verbose: bool) -> int:
    rows = list(read_jsonl(EXTERNAL / "python-stdnum-nl" / "nl_identifiers.jsonl"))
    right, counted, wrongly_reported = Counter[str](), Counter[str](), 0
    for row in rows:
        rule = NUMBER_RULES.get(row["type"])
        if rule is None:
            continue
        text = CARRIER.format(row["value"])
        findings = engine.check(text, only=["confidential"])
        flagged = any(f.rule == rule for f in findings)
        counted[row["type"]] += 1
        right[row["type"]] += flagged == row["expected_valid"]
        wrongly_reported += len(false_claims(text, findings))
        if verbose and flagged != row["expected_valid"]:
            print(f"  wrong: {row['type']} {row['value']!r} expected_valid={row['expected_valid']}")
    print(f"python-stdnum-nl ({sum(counted.values())} numbers in a carrier sentence)")
    for kind in NUMBER_RULES:
        if counted[kind]:
            print(f"  valid/invalid right {kind:<16} {right[kind]:>3}/{counted[kind]:<3}")
    print(f"  numbers reported as a BSN, onderwijsnummer or IBAN wrongly: {wrongly_reported}")
    return wrongly_reported


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    if not EXTERNAL.is_dir():
        print(f"no evaluation data at {EXTERNAL}; nothing to score", file=sys.stderr)
        return 2
    engine = load_engine()
    wrongly_reported = score_deduce(engine, args.verbose)
    wrongly_reported += score_stdnum(engine, args.verbose)
    return 1 if wrongly_reported else 0


if __name__ == "__main__":
    sys.exit(main())
