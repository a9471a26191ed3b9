"""Score the protocol checks on our own school posts (``quality/posts/``).

Three splits, written blind by different writers: ``dev`` (read, used to find classes of
misses) and ``heldout`` (locked: only scored, never read), both written before the rules
changed, and ``heldout2``, written after the rules were tuned by a writer who saw only the
protocol, and scored once at the end. The held-out hashes are in ``quality/README.md`` and
checked by ``tests/quality/test_locked_split.py``.

For each split it prints, per protocol category (tone, confidential, capacity, discussion,
safety, permanence), the recall: posts labelled with the category that get at least one
finding of it (any severity; the warning-or-error figure beside it); and for clean posts
(labelled ``[]``) how many get a warning or an error, and how many an error.

    .venv/bin/python quality/score_posts.py [--split dev|heldout|heldout2|all] [--show-misses]
                                            [--without-reply-to]

``--show-misses`` lists the dev split's misses and false alarms (never the held-out ones).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from checks import CheckContext, Engine, Finding, load_engine
from checks.context import Capacity, Role

POSTS = Path(__file__).resolve().parent / "posts"
CATEGORIES = ["tone", "confidential", "capacity", "discussion", "safety", "permanence"]
SPLITS = {"dev": "dev.jsonl", "heldout": "heldout.jsonl", "heldout2": "heldout2.jsonl"}


def read_posts(split: str) -> list[dict[str, Any]]:
    with (POSTS / SPLITS[split]).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def context_of(post: dict[str, Any], with_reply_to: bool) -> CheckContext:
    fields: dict[str, Any] = {
        "channel": post.get("channel") or "x",
        "capacity": Capacity(post.get("capacity") or "personal"),
        "role": Role(post.get("role") or "staff"),
    }
    reply_to = post.get("reply_to")
    if with_reply_to and reply_to and "reply_to" in CheckContext.__dataclass_fields__:
        fields["reply_to"] = reply_to
    return CheckContext(**fields)


def is_alarm(finding: Finding) -> bool:
    """A finding that asks the author to act: a warning or an error of a protocol rule."""
    return finding.severity in ("warning", "error") and finding.category not in (
        "spelling",
        "grammar",
        "style",
    )


class Score:
    def __init__(self) -> None:
        self.expected: Counter[str] = Counter()
        self.found: Counter[str] = Counter()
        self.found_alarm: Counter[str] = Counter()
        self.clean = self.clean_alarm = self.clean_error = 0
        self.extra: Counter[str] = Counter()
        self.alarm_rules: Counter[str] = Counter()

    def add(self, post: dict[str, Any], findings: list[Finding]) -> tuple[list[str], bool]:
        """Count one post; returns the missed categories and whether it is a false alarm."""
        expect = set(post["expect"])
        categories = {str(f.category) for f in findings}
        alarms = {str(f.category) for f in findings if is_alarm(f)}
        missed = []
        for category in expect:
            self.expected[category] += 1
            if category in categories:
                self.found[category] += 1
            else:
                missed.append(category)
            if category in alarms:
                self.found_alarm[category] += 1
        for category in alarms - expect:
            if expect:
                self.extra[category] += 1
        if expect:
            return missed, False
        self.clean += 1
        alarm = bool(alarms)
        self.alarm_rules.update({f.rule for f in findings if is_alarm(f)})
        self.clean_alarm += alarm
        self.clean_error += any(f.severity == "error" and is_alarm(f) for f in findings)
        return missed, alarm

    def lines(self, name: str) -> Iterator[str]:
        yield f"== {name}: {sum(self.expected.values())} labels, {self.clean} clean posts"
        for category in CATEGORIES:
            total = self.expected[category]
            if total:
                hit, alarm = self.found[category], self.found_alarm[category]
                yield (
                    f"  recall {category:<13} {hit:>3}/{total:<3} = {hit / total:.2f}"
                    f"   (warning or error: {alarm}/{total})"
                )
        share = self.clean_alarm / self.clean if self.clean else 0.0
        yield (
            f"  clean posts with a warning or error: {self.clean_alarm}/{self.clean} = "
            f"{share:.2f}; with an error: {self.clean_error}"
        )
        if self.alarm_rules:
            listed = ", ".join(f"{rule} {n}" for rule, n in self.alarm_rules.most_common())
            yield f"  rules raising those alarms: {listed}"
        if self.extra:
            listed = ", ".join(f"{c} {n}" for c, n in self.extra.most_common())
            yield f"  flawed posts flagged for another category too: {listed}"


def score(engine: Engine, split: str, show: bool, with_reply_to: bool) -> Score:
    result = Score()
    for post in read_posts(split):
        findings = engine.check(post["text"], context_of(post, with_reply_to))
        missed, false_alarm = result.add(post, findings)
        if show and split == "dev" and (missed or false_alarm):
            _show(post, findings, missed, false_alarm)
    return result


def _show(post: dict[str, Any], findings: list[Finding], missed: list[str], alarm: bool) -> None:
    what = f"MISSED {', '.join(missed)}" if missed else "FALSE ALARM"
    print(f"-- {post['id']} {what}  ({post['role']}, {post['capacity']}, {post['channel']})")
    print(f"   {post['text']!r}")
    print(f"   note: {post.get('note', '')}")
    for f in findings:
        print(f"   [{f.severity}] {f.rule}: {post['text'][f.start : f.end]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--without-reply-to", action="store_true")
    args = parser.parse_args(argv)
    engine = load_engine()
    splits = list(SPLITS) if args.split == "all" else [args.split]
    for split in splits:
        result = score(engine, split, args.show_misses, not args.without_reply_to)
        for line in result.lines(split):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
