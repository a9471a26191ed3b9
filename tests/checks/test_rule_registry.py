"""Meta-tests on the rule registry: every rule has examples that fire and that stay quiet."""

from __future__ import annotations

import pytest

from checks import load_engine
from checks.kinds.registry import all_kinds

ENGINE = load_engine()
RULES = ENGINE.rules


def test_rule_ids_are_unique():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


def test_every_kind_is_used_by_a_rule():
    used = {rule.kind for rule in RULES}
    assert set(all_kinds()) <= used, f"kinds without a rule: {set(all_kinds()) - used}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_complete(rule):
    assert rule.fires_on, f"{rule.id} has no examples that must fire"
    assert rule.quiet_on, f"{rule.id} has no examples that must stay quiet"
    assert rule.message_en, f"{rule.id} has no English message"
    assert rule.id.split(".")[0] == str(rule.category) or rule.id.startswith(str(rule.category))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_fires_on_its_examples(rule):
    for example in rule.fires_on:
        found = ENGINE.check(example.text, example.context, only=[rule.id])
        assert any(f.rule == rule.id for f in found), f"{rule.id} did not fire on {example.text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_stays_quiet_on_its_counter_examples(rule):
    for example in rule.quiet_on:
        found = ENGINE.check(example.text, example.context, only=[rule.id])
        hits = [example.text[f.start : f.end] for f in found if f.rule == rule.id]
        assert not hits, f"{rule.id} fired on {example.text!r}: {hits}"
