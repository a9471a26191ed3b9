"""Score tone and safety on toxic Dutch web text, and false alarms on edited Dutch prose.

Our own material (``quality/toxic/``, ``quality/prose/``), written blind by another writer
before the rules changed: web text of every kind (insults, profanity, violence, sexual
harassment, identity attacks, self-harm, masked words, and edgy but civil text), and edited
prose (news, encyclopedia, letters, textbooks, sport, health, history). The ``heldout``
toxic split is only scored, never read.

* toxic: toxic items with a tone or safety finding (any severity); violent items with a
  safety finding; masked items flagged; non-toxic items with a tone or safety warning/error;
* prose: items with any warning or error of the protocol rules (length left out: a
  paragraph is not written for a channel), and which rules raised them.

    .venv/bin/python quality/score_toxic_prose.py [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from checks import CheckContext, Engine, Finding, load_engine

HERE = Path(__file__).resolve().parent
FLAG_CATEGORIES = ("tone", "safety")


def read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def alarms(findings: list[Finding]) -> list[Finding]:
    return [
        f
        for f in findings
        if f.severity in ("warning", "error")
        and f.category not in ("spelling", "grammar", "style", "length")
    ]


def score_toxic(engine: Engine, split: str, show: bool) -> list[str]:
    items = read(HERE / "toxic" / f"{split}.jsonl")
    counts: Counter[str] = Counter()
    context = CheckContext(channel="facebook")
    for item in items:
        findings = engine.check(item["text"], context)
        flagged = any(f.category in FLAG_CATEGORIES for f in findings)
        safety = any(f.category == "safety" for f in findings)
        if item["toxic"]:
            counts["toxic"] += 1
            counts["toxic_hit"] += flagged
            for harm in item.get("harm", []):
                counts[f"harm:{harm}"] += 1
                counts[f"harm_hit:{harm}"] += flagged
            if "violence" in item.get("harm", []):
                counts["violent"] += 1
                counts["violent_safety"] += safety
            if item.get("masked"):
                counts["masked"] += 1
                counts["masked_hit"] += flagged
            missed = not flagged
        else:
            counts["clean"] += 1
            fp = any(f.category in FLAG_CATEGORIES for f in alarms(findings))
            counts["clean_fp"] += fp
            missed = fp
        if show and split == "dev" and missed:
            _show(item, findings)
    lines = [
        f"== toxic {split}: {len(items)} items",
        _ratio("toxic items flagged (tone or safety)", counts["toxic_hit"], counts["toxic"]),
        _ratio("violent items with a safety finding", counts["violent_safety"], counts["violent"]),
        _ratio("masked items flagged", counts["masked_hit"], counts["masked"]),
        _ratio("non-toxic items with a tone/safety alarm", counts["clean_fp"], counts["clean"]),
    ]
    harms = sorted(k.split(":", 1)[1] for k in counts if k.startswith("harm:"))
    lines.append(
        "  per harm: "
        + ", ".join(f"{h} {counts[f'harm_hit:{h}']}/{counts[f'harm:{h}']}" for h in harms)
    )
    return lines


def score_prose(engine: Engine, show: bool) -> list[str]:
    items = read(HERE / "prose" / "dev.jsonl")
    flagged = 0
    rules: Counter[str] = Counter()
    for item in items:
        found = alarms(engine.check(item["text"], CheckContext(channel="facebook")))
        if found:
            flagged += 1
            rules.update({f.rule for f in found})
            if show:
                _show(item, found)
    listed = ", ".join(f"{rule} {n}" for rule, n in rules.most_common())
    return [
        f"== prose dev: {len(items)} items",
        _ratio("items with a warning or error", flagged, len(items)),
        f"  by rule: {listed or '-'}",
    ]


def _ratio(label: str, hit: int, total: int) -> str:
    share = hit / total if total else 0.0
    return f"  {label:<42} {hit:>3}/{total:<3} = {share:.2f}"


def _show(item: dict[str, Any], findings: list[Finding]) -> None:
    print(f"-- {item['id']} {item.get('harm', item.get('style', ''))}: {item['text']!r}")
    for f in findings:
        print(f"   [{f.severity}] {f.rule}: {item['text'][f.start : f.end]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--only", choices=["toxic", "prose"])
    args = parser.parse_args(argv)
    engine = load_engine()
    lines: list[str] = []
    if args.only != "prose":
        lines += score_toxic(engine, "dev", args.show_misses)
        lines += score_toxic(engine, "heldout", False)
    if args.only != "toxic":
        lines += score_prose(engine, args.show_misses)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
