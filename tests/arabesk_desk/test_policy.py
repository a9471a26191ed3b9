"""The school policy: sections, overrides, added terms, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabesk_desk.policy import PolicyError, load_policy
from checks import PackError, Severity, load_engine

POLICY = """
[school]
name = "De Arabesk"
email = "info@dearabesk.nl"
phone = "020 123 45 67"

[rules."tone.swearing"]
severity = "error"

[rules."tone.sign_off"]
enabled = false

[terms]
"tone/swearing" = ["prutswerk => slordig werk"]

[channels]
mastodon = 1000
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_policy_changes_the_engine(tmp_path):
    policy = load_policy(write(tmp_path, POLICY))
    assert policy.school_name == "De Arabesk"
    assert "info@dearabesk.nl" in policy.public_contacts
    engine = load_engine(policy.engine_settings())
    assert engine.rule("tone.swearing").severity == Severity.ERROR
    assert engine.rule("tone.sign_off").enabled is False
    assert engine.check("Fijne vakantie! xxx", only=["tone.sign_off"]) == []
    (finding,) = engine.check("Wat een prutswerk.", only=["tone.swearing"])
    assert finding.severity == Severity.ERROR and finding.suggestions == ("slordig werk",)
    assert engine.channels["mastodon"].limit == 1000


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("[school]\nname = 'x'\n[gossip]\nx = 1\n", 3, "unknown section"),
        ('[rules."tone.swearing"]\nseverity = "fatal"\n', 1, "severity"),
        ('[rules."tone.swearing"]\nenabled = "nee"\n', 1, "enabled"),
        ("\n[channels]\nmastodon = -5\n", 3, "positive"),
        ('[terms]\n"tone/swearing" = 5\n', 2, "list of strings"),
        ("[school\n", 1, "TOML"),
    ],
)
def test_bad_policies_name_file_and_line(tmp_path, text, line, fragment):
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as exc:
        load_policy(path)
    assert exc.value.path == str(path)
    assert exc.value.line == line
    assert fragment in exc.value.problem


def test_an_unknown_rule_in_a_policy_is_refused_when_loading_the_engine(tmp_path):
    policy = load_policy(write(tmp_path, '[rules."tone.gossip"]\nenabled = false\n'))
    with pytest.raises(PackError, match=r"tone\.gossip"):
        load_engine(policy.engine_settings())


def test_a_missing_policy_file_is_a_clear_error(tmp_path):
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "absent.toml")


def test_the_school_names_its_account_per_channel(tmp_path):
    policy = load_policy(
        write(tmp_path, '[school]\nname = "De Arabesk"\n\n[school.accounts]\nx = " @dearabesk "\n')
    )
    assert policy.accounts == {"x": "@dearabesk"}


def test_an_account_in_a_channel_table_counts_as_in_school_accounts(tmp_path):
    policy = load_policy(
        write(
            tmp_path,
            '[school.accounts]\nx = "@dearabesk"\n\n'
            '[channels.mastodon]\nlimit = 1000\naccount = "@dearabesk@onderwijs.social"\n',
        )
    )
    assert policy.accounts == {"x": "@dearabesk", "mastodon": "@dearabesk@onderwijs.social"}
    assert policy.channel_limits == {"mastodon": 1000}


def test_one_channel_with_two_different_accounts_is_refused(tmp_path):
    path = write(
        tmp_path,
        '[school.accounts]\nx = "@dearabesk"\n\n[channels.x]\naccount = "@DeArabesk"\n',
    )
    with pytest.raises(PolicyError, match=r"keep one") as caught:
        load_policy(path)
    assert caught.value.line == 4


def test_the_same_account_named_in_both_places_is_fine(tmp_path):
    path = write(
        tmp_path,
        '[school.accounts]\nx = "@dearabesk"\n\n[channels.x]\naccount = "@dearabesk"\n',
    )
    assert load_policy(path).accounts == {"x": "@dearabesk"}


def test_an_account_for_an_unknown_channel_is_refused_with_a_suggestion(tmp_path):
    path = write(tmp_path, '[school.accounts]\nmastadon = "@dearabesk"\n')
    with pytest.raises(PolicyError, match=r"did you mean 'mastodon'") as caught:
        load_policy(path)
    assert caught.value.line == 2


def test_an_account_that_is_not_a_name_is_refused_with_its_line(tmp_path):
    path = write(tmp_path, '[school]\nname = "De Arabesk"\n\n[school.accounts]\nx = 3\n')
    with pytest.raises(PolicyError, match=r"school\.accounts") as caught:
        load_policy(path)
    assert caught.value.line == 5
