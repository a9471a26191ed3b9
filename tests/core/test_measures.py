"""The school's measures as policy data: defaults, a school's own, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabesk_desk.measures import AUDIENCES, default_measures
from arabesk_desk.policy import PolicyError, SchoolPolicy, load_policy


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_measures_cover_every_audience_and_name_known_measures():
    measures = default_measures()
    assert {"bedreiging", "kleineren", "seksuele_intimidatie", "privacyschending"} <= set(
        measures.violations
    )
    for violation in measures.violations.values():
        for audience in AUDIENCES:
            assert violation.measures[audience], (violation.id, audience)
            assert set(violation.measures[audience]) <= set(measures.actions)
    assert SchoolPolicy().measures == measures


def test_a_policy_replaces_the_keys_it_gives_and_keeps_the_rest(tmp_path):
    policy = load_policy(
        write(
            tmp_path,
            """
[measures]
retention_years = 5
press = "De bestuurder praat met de pers."

[measures.actions]
gesprek = "een gesprek"
[measures.violations.spammen]
name = "spammen"
staff = ["gesprek"]
pupils = ["gesprek"]
parents = []
inform_police = "never"
""",
        )
    )
    measures = policy.measures
    assert measures.retention_years == 5 and measures.press.startswith("De bestuurder")
    assert list(measures.violations) == ["spammen"]
    assert measures.victims == default_measures().victims  # not given: the app's default
    assert measures.violations["spammen"].measures["parents"] == ()


@pytest.mark.parametrize(
    ("body", "problem", "line"),
    [
        ("[measures]\nretention = 3\n", "does not know 'retention'", 2),
        ("[measures]\nretention_years = 0\n", "1 to 50", 2),
        ("[measures]\nretention_years = 2.5\n", "whole number", 2),
        (
            '[measures.violations.pesten]\nstaff = ["gesprekk"]\n',
            "unknown measure 'gesprekk' (did you mean 'gesprek'?)",
            2,
        ),
        ('[measures.violations.pesten]\ninform_police = "soms"\n', "always, serious, never", 1),
        ('[measures.violations.Pesten]\nname = "x"\n', "an id is lower-case", 1),
        ("[measures.violations.pesten]\ninform_parents = 'ja'\n", "true or false", 1),
        ("[measures.devices]\nteachers = 'x'\n", "does not know 'teachers'", 2),
        ("[measures]\nactions = {}\n", "at least one measure", 2),
        ("[measures]\nviolations = {}\n", "at least one type", 2),
        ("[measures]\nvictims = 3\n", "'victims' must be text", 2),
        (f"[measures]\npress = '{'x' * 1001}'\n", "at most 1000", 2),
    ],
)
def test_bad_measures_are_refused_with_file_and_line(tmp_path, body, problem, line):
    path = write(tmp_path, body)
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert problem in str(caught.value)
    assert caught.value.line == line and str(path) in str(caught.value)
