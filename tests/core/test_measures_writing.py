"""Saving [measures] into a policy file: the rest of the file, comments too, stays."""

from __future__ import annotations

from dataclasses import replace

import pytest

from arabesk_desk.measures import default_measures
from arabesk_desk.measures_writing import save_measures, with_measures
from arabesk_desk.policy import PolicyError, load_policy

POLICY = """# ICT: the school policy, do not remove this comment
[school]
name = "De Arabesk"  # the name on every post

[measures]
retention_years = 3

[measures.actions]
gesprek = "oud"

[review]
folder = "~/Beoordelingen"
"""


def test_only_the_measures_are_rewritten(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, encoding="utf-8")
    measures = replace(default_measures(), retention_years=4)
    policy = save_measures(path, measures)
    text = path.read_text(encoding="utf-8")
    assert "# ICT: the school policy" in text and "# the name on every post" in text
    assert 'gesprek = "oud"' not in text and policy.measures.retention_years == 4
    assert policy.measures == load_policy(path).measures == measures
    assert policy.review.folder


def test_a_new_policy_file_is_made(tmp_path):
    path = tmp_path / "new.toml"
    assert save_measures(path, default_measures()).measures == default_measures()


def test_invalid_measures_are_refused_and_the_file_is_untouched(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, encoding="utf-8")
    broken = replace(default_measures(), actions={"gesprek": "een gesprek"})
    with pytest.raises(PolicyError, match="unknown measure"):
        save_measures(path, broken)
    assert path.read_text(encoding="utf-8") == POLICY
    assert not list(tmp_path.glob(".policy.toml.*"))


def test_a_root_level_dotted_key_is_still_replaced():
    text = 'measures.retention_years = 9\n[school]\nname = "X"\n'
    new = with_measures(text, default_measures())
    assert "retention_years = 9" not in new and 'name = "X"' in new
