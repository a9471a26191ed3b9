"""ICT's machine-wide policy: in force for every user, who may only add terms to it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from arabesk_desk.cli import main
from arabesk_desk.machine_policy import (
    load_policy_in_force,
    load_term_additions,
    machine_policy_in_place,
)
from arabesk_desk.paths import MACHINE_POLICY_VARIABLE, machine_policy_file
from arabesk_desk.policy import PolicyError
from arabesk_desk.post_checker import load_post_checker
from arabesk_desk.review.folder import open_review_folder
from checks import CheckContext

MACHINE = """
[school]
name = "De Arabesk"

[rules."tone.swearing"]
severity = "error"

[review]
always = true
folder = "~/Beoordelingen"

[channels.mastodon]
limit = 1000
account = "@dearabesk@onderwijs.social"  # the older place for it, still read
share_url = "https://onderwijs.social/share?text={text}"
"""
SWEARING = "Wat een kutweer vandaag op het schoolplein."


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def machine(tmp_path, monkeypatch) -> Path:
    """ICT's policy, named by the environment variable (as on a managed laptop)."""
    folder = tmp_path / "ProgramData"
    folder.mkdir()
    path = write(folder / "policy.toml", MACHINE)
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(path))
    return path


def test_without_a_machine_policy_the_users_own_policy_applies(tmp_path):
    own = write(tmp_path / "own.toml", '[rules."tone.swearing"]\nenabled = false\n')
    in_force = load_policy_in_force(own)
    assert not in_force.managed and in_force.policy.path == own
    assert in_force.policy.rule_overrides["tone.swearing"].enabled is False


def test_the_machine_folder_is_the_platforms_and_the_variable_overrides_it(tmp_path):
    assert machine_policy_file({}).name == "policy.toml"
    assert machine_policy_file({MACHINE_POLICY_VARIABLE: str(tmp_path / "p.toml")}) == (
        tmp_path / "p.toml"
    )
    assert machine_policy_in_place({}) is None  # nothing placed in this test's machine folder


def test_the_machine_policy_is_in_force_without_a_policy_of_ones_own(machine):
    in_force = load_policy_in_force(None)
    assert in_force.managed and in_force.machine_file == machine
    assert in_force.policy.rule_overrides["tone.swearing"].severity == "error"
    assert in_force.policy.review.always is True


def test_a_user_cannot_pick_another_policy_that_weakens_rules_or_review(machine, tmp_path):
    weaker = write(
        tmp_path / "weaker.toml",
        '[rules."tone.swearing"]\nenabled = false\n\n[review]\nalways = false\n',
    )
    with pytest.raises(PolicyError) as refused:
        load_policy_in_force(weaker)
    assert refused.value.path == str(weaker) and refused.value.line == 1
    assert "may only add [terms]" in str(refused.value)


def test_a_user_policy_adds_terms_to_the_machine_policy(machine, tmp_path):
    own = write(tmp_path / "own.toml", '[terms]\n"tone/swearing" = ["prutsweer"]\n')
    checker = load_post_checker(own, spelling=False)
    assert checker.machine_policy == machine
    found = {f.rule: f for f in checker.check("Wat een prutsweer vandaag.", CheckContext())}
    assert found["tone.swearing"].severity == "error"  # ICT's severity, the user's word


@pytest.mark.parametrize(
    ("terms", "fragment"),
    [
        ('"tone/swearing" = ["!kutweer"]', "is an exception"),
        ('"confidential/not_names" = ["Noor"]', "lists exceptions to the rules"),
        ('"confidential/names_also_words" = ["noor"]', "lists exceptions to the rules"),
        ('"tone/swearing" = "prutsweer"\n"x" = 3', "must be a list of strings"),
    ],
)
def test_additions_that_would_weaken_a_rule_are_refused(machine, tmp_path, terms, fragment):
    own = write(tmp_path / "own.toml", f"[terms]\n{terms}\n")
    with pytest.raises(PolicyError, match=fragment) as refused:
        load_term_additions(own)
    assert refused.value.line is not None


def test_a_missing_file_named_by_the_variable_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(tmp_path / "nowhere.toml"))
    with pytest.raises(PolicyError, match="does not exist"):
        load_policy_in_force(None)


def test_a_broken_machine_policy_names_its_file_and_line(tmp_path, monkeypatch):
    broken = write(tmp_path / "policy.toml", '[rules."tone.swearing"]\nseverity = "loud"\n')
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(broken))
    with pytest.raises(PolicyError) as refused:
        load_policy_in_force(None)
    assert refused.value.path == str(broken) and "severity" in str(refused.value)


def test_the_policy_sets_the_account_and_share_page_per_channel(machine):
    checker = load_post_checker(None, spelling=False)
    assert checker.policy.accounts == {"mastodon": "@dearabesk@onderwijs.social"}
    mastodon = checker.channels["mastodon"]
    assert mastodon.share_url == "https://onderwijs.social/share?text={text}"
    assert mastodon.limit == 1000
    assert checker.channels["x"].share_url == checker.engine.channels["x"].share_url


@pytest.mark.parametrize(
    ("channels", "fragment"),
    [
        ('[channels.mastodon]\nshare_url = "javascript:alert(1)"', "must be a web address"),
        ("[channels.mastodon]\naccount = 5", "'account' must be text"),
        ('[channels.mastodon]\nhandle = "@x"', "does not know 'handle'"),
        ("[channels.mastodon]\nlimit = 0", "positive number"),
    ],
)
def test_bad_channel_settings_are_refused(tmp_path, channels, fragment):
    from arabesk_desk.policy import load_policy

    with pytest.raises(PolicyError, match=fragment):
        load_policy(write(tmp_path / "policy.toml", channels + "\n"))


def test_the_review_folder_of_the_policy_wins_over_the_users(machine, tmp_path):
    policy = load_policy_in_force(None).policy
    folder = open_review_folder(str(tmp_path / "mine"), tmp_path, policy.review)
    assert folder.root == Path("~/Beoordelingen").expanduser()


def test_review_readiness_and_doctor_look_at_the_folder_the_policy_sets(tmp_path, monkeypatch):
    import base64

    from arabesk_desk.cli import doctor_command
    from arabesk_desk.paths import data_paths
    from arabesk_desk.review.readiness import POLICY_FOLDER_STEP, ReviewGap, review_readiness
    from arabesk_desk.user_settings import UserSettings

    shared = tmp_path / "OneDrive" / "Beoordelingen"
    key = base64.b64encode(bytes(32)).decode("ascii")
    policy_file = write(
        tmp_path / "policy.toml",
        f'[review]\nfolder = "{shared.as_posix()}"\n\n'
        f'[[review.reviewers]]\nname = "Mw. J. de Vries"\npublic_key = "{key}"\n',
    )
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(policy_file))
    policy = load_policy_in_force(None).policy
    ready = review_readiness(policy.review, str(tmp_path), tmp_path)  # the user's folder exists
    assert ready.folder == shared and ready.set_by_policy and ready.shared_folder
    assert ready.gaps == (ReviewGap.FOLDER_UNREACHABLE,)
    settings = UserSettings(review_folder=str(tmp_path))
    report = doctor_command.check_review(doctor_command.Machine(data_paths(), settings, None))
    assert str(shared) in report.summary and report.advice == POLICY_FOLDER_STEP
    shared.mkdir(parents=True)
    report = doctor_command.check_review(doctor_command.Machine(data_paths(), settings, None))
    assert report.level == "ok" and str(shared) in report.summary


def test_a_users_terms_file_is_checked_as_the_policy_checks_terms(machine, tmp_path):
    own = write(tmp_path / "own.toml", '[terms]\n"tone/swaering" = ["prutsweer"]\n')
    with pytest.raises(PolicyError, match="did you mean 'tone/swearing'") as refused:
        load_term_additions(own)
    assert refused.value.line == 2
    huge = write(tmp_path / "huge.toml", '[terms]\n"tone/swearing" = ["' + "a" * 300 + '"]\n')
    with pytest.raises(PolicyError, match="at most 200"):
        load_term_additions(huge)


def test_the_cli_checks_with_the_machine_policy(machine, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SWEARING.encode())))
    assert main(["check", "-", "--no-spelling"]) == 1  # ICT made swearing an error
    assert "error [richtlijn 6] tone.swearing" in capsys.readouterr().out
    own = write(tmp_path / "own.toml", '[rules."tone.swearing"]\nseverity = "info"\n')
    assert main(["check", str(own), "--policy", str(own), "--no-spelling"]) == 2
    err = capsys.readouterr().err
    assert "may only add [terms]" in err and "Traceback" not in err


def test_doctor_names_the_machine_policy(machine, capsys):
    from arabesk_desk.cli import doctor_command
    from arabesk_desk.paths import data_paths
    from arabesk_desk.user_settings import UserSettings

    report = doctor_command.check_rule_packs(
        doctor_command.Machine(data_paths(), UserSettings(), None)
    )
    assert report.level == "ok" and f"machine-wide policy {machine} (set by ICT)" in report.summary
