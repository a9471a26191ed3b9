"""Issue 11, point 13: a hostile or mistyped policy is refused or bounded, with file and line."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from arabesk_desk.cli import main
from arabesk_desk.policy import MAX_TERM_CHARS, PolicyError, load_policy


def _policy(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "beleid.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path) -> PolicyError:
    with pytest.raises(PolicyError) as refused:
        load_policy(path)
    assert str(path) in str(refused.value)
    return refused.value


@pytest.mark.parametrize(
    ("bomb", "line"),
    [
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", 1),
        ("x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", 1),
        ("[school]\nname = 'A'\n\n[terms]\n" + '"t" = ' + "[" * 2000 + "]" * 2000, 5),
    ],
)
def test_a_nesting_bomb_is_refused_with_its_line(tmp_path, bomb, line):
    error = _refused(_policy(tmp_path, bomb))
    assert "nested" in error.problem and error.line == line


def test_brackets_inside_strings_and_comments_do_not_count(tmp_path):
    text = '[school]\nname = "' + "[" * 100 + '"  # ' + "{" * 100 + "\nemail = 'a@b.nl'\n"
    assert load_policy(_policy(tmp_path, text)).school_name == "[" * 100


def test_a_roster_symlinked_to_dev_zero_is_refused(tmp_path):
    (tmp_path / "leerlingen.csv").symlink_to("/dev/zero")
    error = _refused_roster(tmp_path)
    assert "device" in error.problem


def test_a_roster_that_is_a_fifo_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "leerlingen.csv")
    done: list[PolicyError] = []
    thread = threading.Thread(target=lambda: done.append(_refused_roster(tmp_path)), daemon=True)
    thread.start()
    thread.join(10)
    assert done and "FIFO" in done[0].problem


def _refused_roster(tmp_path: Path) -> PolicyError:
    path = _policy(tmp_path, '[roster]\nfile = "leerlingen.csv"\n')
    with pytest.raises(PolicyError) as refused:
        load_policy(path)
    return refused.value


def test_a_policy_symlinked_to_dev_zero_is_refused(tmp_path):
    path = tmp_path / "beleid.toml"
    path.symlink_to("/dev/zero")
    assert "device" in _refused(path).problem


def test_a_misspelled_term_list_is_named_with_a_suggestion(tmp_path):
    error = _refused(_policy(tmp_path, '\n[terms]\n"tone/swaering" = ["kolere*"]\n'))
    assert error.line == 3
    assert "no term list 'tone/swaering'" in error.problem and "tone/swearing" in error.problem


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('[school]\nname = "A"\nemial = "a@b.nl"\n', "emial", 3),
        ('[roster]\nfiel = "x.csv"\n', "fiel", 2),
        ("[review]\nalways = true\nalwayz = false\n", "alwayz", 3),
    ],
)
def test_unknown_keys_are_refused_with_file_and_line(tmp_path, text, key, line):
    error = _refused(_policy(tmp_path, text))
    assert key in error.problem and error.line == line


def test_an_unknown_channel_names_the_policy_file_and_line(tmp_path):
    path = _policy(tmp_path, "[school]\nname = 'A'\n\n[channels]\nmastodn = 1000\n")
    error = _refused(path)
    assert error.line == 5 and "mastodn" in error.problem and "mastodon" in error.problem


def test_an_unknown_channel_on_the_cli_names_the_policy_file(tmp_path, capsys):
    path = _policy(tmp_path, "[channels]\nmyspace = 1000\n")
    assert main(["check", "-", "--policy", str(path), "--no-spelling"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2" in err and "myspace" in err


def test_an_oversize_term_is_refused_with_its_line(tmp_path):
    term = "a" * 40_000
    error = _refused(
        _policy(tmp_path, f'[terms]\n"tone/swearing" = [\n  "kolere*",\n  "{term}",\n]\n')
    )
    assert error.line == 4 and str(MAX_TERM_CHARS) in error.problem


def test_a_policy_at_the_term_limit_still_checks_quickly(tmp_path):
    from checks import load_engine

    term = "b" * MAX_TERM_CHARS
    policy = load_policy(_policy(tmp_path, f'[terms]\n"tone/swearing" = ["{term}"]\n'))
    engine = load_engine(policy.engine_settings())
    engine.check("Een gewone zin over de sportdag.")
    started = time.perf_counter()
    engine.check("Een gewone zin over de sportdag. " * 20)
    assert time.perf_counter() - started < 1.0
