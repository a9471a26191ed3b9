"""The README cannot drift: its commands, options and policy example are the app's own."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.policy import load_policy
from checks import load_engine

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme(name):
    assert f"arabesk-desk {name}" in README


@pytest.mark.parametrize("name", ["check", "doctor"])
def test_every_option_of_the_main_commands_is_in_the_readme(name):
    subparsers = argparse.ArgumentParser().add_subparsers()
    COMMANDS[name].load().add_parser(subparsers)
    usage = subparsers.choices[name].format_usage()  # hidden aliases are not in it
    options = set(re.findall(r"--[a-z][a-z-]*", usage)) - {"--help"}
    missing = sorted(option for option in options if option not in README)
    assert options and not missing, f"arabesk-desk {name}: options missing from README: {missing}"


def test_the_dev_commands_are_in_the_readme():
    for command in ("./dev start", "./dev test", "./dev bundle"):
        assert command in README
    assert "sudo apt-get install libxcb-cursor0" in README


def test_the_policy_example_loads(tmp_path):
    [example] = re.findall(r"```toml\n(.*?)```", README, re.DOTALL)
    example = example.replace('file = "leerlingen.csv"', "")  # the roster file is the school's
    path = tmp_path / "policy.toml"
    path.write_text(example, encoding="utf-8")
    policy = load_policy(path)
    assert policy.accounts["mastodon"] == "@dearabesk@onderwijs.social"
    assert policy.review.folder and load_engine(policy.engine_settings()).rules
