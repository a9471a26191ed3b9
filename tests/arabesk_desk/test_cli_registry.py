"""The command list: every ``*_command.py`` is in it, and each loads only when it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from arabesk_desk import cli
from arabesk_desk.cli.commands import COMMANDS

CLI_FOLDER = Path(cli.__file__).parent


def test_every_command_module_is_in_the_list_and_nothing_else():
    on_disk = {path.stem.removesuffix("_command") for path in CLI_FOLDER.glob("*_command.py")}
    assert set(COMMANDS) == on_disk, (
        "arabesk_desk/cli/commands.py must list exactly the *_command.py modules: "
        f"missing {sorted(on_disk - set(COMMANDS))}, extra {sorted(set(COMMANDS) - on_disk)}"
    )


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_entry_loads_its_own_module(name):
    module = COMMANDS[name].load()
    assert module.__name__ == f"arabesk_desk.cli.{name}_command"
    assert name == module.NAME
    assert callable(module.add_parser) and callable(module.run)


def test_help_lists_every_command_with_its_summary(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for command in COMMANDS.values():
        assert f"{command.name} {' '.join(command.summary.split())}" in out


def test_an_unknown_command_names_the_valid_ones(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["chek"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'chek'" in err and "'languagetool'" in err


def test_check_loads_no_other_command():
    code = (
        "import sys; from arabesk_desk.cli import main; "
        "main(['check', '--no-spelling', '-']); "
        "loaded = sorted(m for m in sys.modules if m.endswith('_command')); "
        "print(loaded)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input="Hallo", capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "['arabesk_desk.cli.check_command']"
