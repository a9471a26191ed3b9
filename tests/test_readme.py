"""The README cannot drift: its commands, options and policy example are the app's own."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from arabesk_desk.cli import build_parser
from arabesk_desk.cli.commands import COMMANDS
from arabesk_desk.policy import load_policy
from checks import load_engine

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme(name):
    assert f"arabesk-desk {name}" in README


def _command_tree(
    parser: argparse.ArgumentParser, words: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], list[str]]]:
    """Every (sub)command below ``parser`` with its long options, hidden aliases left out."""
    options: list[str] = []
    children: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            children.extend(action.choices.items())
        elif action.help is not argparse.SUPPRESS:
            options += [o for o in action.option_strings if o.startswith("--") and o != "--help"]
    yield words, options
    for name, child in children:
        yield from _command_tree(child, (*words, name))


def _commands_and_options() -> list[tuple[tuple[str, ...], list[str]]]:
    found = []
    for name in sorted(COMMANDS):
        parser = build_parser(only=name)
        [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        found.extend(_command_tree(subparsers.choices[name], (name,)))
    return found


def _section(command: str) -> str:
    """The README's section on one command: from its heading to the next heading."""
    match = re.search(rf"^### `arabesk-desk {command}[ `].*?(?=^##)", README, re.M | re.S)
    assert match, f"README has no section '### `arabesk-desk {command} …`'"
    return match.group(0)


@pytest.mark.parametrize(
    ("words", "options"),
    [
        pytest.param(words, options, id=" ".join(words))
        for words, options in _commands_and_options()
    ],
)
def test_every_command_and_option_is_in_its_readme_section(words, options):
    """As sqlite-utils does for its commands: the parser is walked, nothing is listed by hand."""
    section = _section(words[0])
    assert f"arabesk-desk {' '.join(words)}" in section
    missing = [o for o in options if not re.search(rf"{o}(?![a-z-])", section)]
    assert not missing, f"arabesk-desk {' '.join(words)}: options missing from README: {missing}"


def test_the_walk_finds_the_subcommands_and_their_options():
    walked = dict(_commands_and_options())
    assert walked[("review", "show")] == ["--folder", "--policy"]
    assert "--start-languagetool" in walked[("doctor",)]
    assert len(walked) > len(COMMANDS)


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
