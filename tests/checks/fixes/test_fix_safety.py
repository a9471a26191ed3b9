"""A fix never makes a post worse: every fix on every rule's examples and on the development
posts is applied and checked again (LanguageTool's advice: untested corrections are bugs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks import Capacity, CheckContext, ReplyTo, Role
from checks.fixes.verify import fix_problems

DEV_POSTS = Path(__file__).resolve().parents[3] / "quality" / "posts" / "dev.jsonl"
# Adding the "persoonlijke titel" line is the fix the disclosure rule asks for; on a long
# post it can push the text past a channel's preview, which is then said.
ACCEPTED = {("capacity.disclosure", "new finding: length.preview_cut")}


def _context(post: dict) -> CheckContext:
    reply_to = post.get("reply_to")
    return CheckContext(
        channel=post.get("channel") or "x",
        capacity=Capacity(post.get("capacity") or "personal"),
        role=Role(post.get("role") or "staff"),
        reply_to=ReplyTo(reply_to) if reply_to else None,
    )


def _dev_posts() -> list[tuple[str, CheckContext]]:
    lines = DEV_POSTS.read_text(encoding="utf-8").splitlines()
    return [(post["text"], _context(post)) for post in map(json.loads, filter(None, lines))]


def _unexpected(engine, text, context):
    return [
        problem.describe()
        for problem in fix_problems(engine, text, context)
        if (problem.rule, problem.problem.split(" on ")[0]) not in ACCEPTED
    ]


def test_no_fix_on_a_rule_example_makes_the_post_worse(engine):
    problems = []
    for rule in engine.rules:
        for example in rule.fires_on:
            problems.extend(_unexpected(engine, example.text, example.context))
    assert problems == []


def test_no_fix_on_a_development_post_makes_it_worse(engine):
    problems = []
    for text, context in _dev_posts():
        problems.extend(_unexpected(engine, text, context))
    assert problems == []


def test_the_development_posts_get_fixes_to_judge(engine):
    fixes = sum(len(f.fixes) for text, ctx in _dev_posts() for f in engine.check(text, ctx))
    assert fixes >= 40  # the test above judges real fixes, not an empty list


def test_every_fix_example_reads_as_written(engine):
    wrong = []
    pairs = [(rule, text, want) for rule in engine.rules for text, want in rule.fixed_examples]
    assert len(pairs) >= 10
    for rule, text, want in pairs:
        found = [f for f in engine.check(text) if f.rule == rule.id and f.fixes]
        got = found[0].fixes[0].applied_to(text) if found else None
        if got != want:
            wrong.append(f"{rule.id}: {text!r} -> {got!r}, expected {want!r}")
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "rule", "fixed"),
    [
        # The cases a new user met (issue 9).
        ("Bel haar moeder op 06-12345678.", "confidential.phone", "Neem contact op via de school."),
        (
            "Vandaag naar Artis! Sanne de Vries uit groep 3 was blij.",
            "confidential.name_with_group",
            "Vandaag naar Artis! Een leerling uit groep 3 was blij.",
        ),
        ("Wat een trut is die moeder.", "tone.insult", ""),
        (
            "Gisteren was het feest. Wat een trut is die moeder.",
            "tone.insult",
            "Gisteren was het feest.",
        ),
        ("Het kutweer bleef.", "tone.swearing", "Het slechte weer bleef."),
        (
            "Wij als school vinden dat de werkdruk omlaag moet.",
            "capacity.speaks_for_school",
            "Persoonlijk vind ik dat de werkdruk omlaag moet.",
        ),
        ("Tot morgen, kusjes", "tone.sign_off", "Tot morgen"),
    ],
)
def test_fixes_read_as_good_dutch(engine, text, rule, fixed):
    [finding] = [f for f in engine.check(text) if f.rule == rule]
    assert finding.fixes[0].applied_to(text) == fixed


def test_an_insult_is_never_swapped_for_another(engine):
    for text in ("Wat een trut.", "Wat een idioot.", "Jij sukkel.", "Stelletje losers."):
        for finding in engine.check(text):
            for fix in finding.fixes:
                after = fix.applied_to(text)
                assert not [f for f in engine.check(after) if f.category == "tone"], after


def test_the_name_message_names_the_group_in_the_text(engine):
    text = "Mohammed (klas 2b) scoorde het winnende doelpunt."
    [finding] = engine.check(text, only=["confidential.name_with_group"])
    assert "'een leerling uit klas 2b'" in finding.message
    assert "'a pupil from klas 2b'" in finding.message_en
    other = engine.check("Sanne de Vries uit groep 3 won.", only=["confidential.name_with_group"])
    assert "'een leerling uit groep 3'" in other[0].message
    assert "groep 6" not in other[0].message
