"""Issue 11, points 6 and 14: plain-file keyrings refused, a broken keyring set-up in one line,
and ``log search --limit`` out of range refused as a usage error."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring
import pytest

from arabesk_desk.cli import main
from arabesk_desk.review.signing import KeyringUnavailable, create_reviewer_key, keyring_problem
from tests.arabesk_desk.review.memory_keyring import MemoryKeyring


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's PlaintextKeyring: a file path, in that package."""

    file_path = "/home/someone/.local/share/python_keyring/keyring_pass.cfg"


PlaintextKeyring.__module__ = "keyrings.alt.file"


class ChainerLike(MemoryKeyring):
    def __init__(self, *backends):
        super().__init__()
        self.backends = list(backends)


def test_a_plain_file_keyring_is_no_keyring(capsys):
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeyringUnavailable, match="plain file"):
        create_reviewer_key("Mw. J. de Vries")
    assert "plain file" in keyring_problem()
    assert main(["review", "keygen", "--name", "Mw. J. de Vries"]) == 1
    assert "plain file" in capsys.readouterr().err


def test_a_plain_file_keyring_inside_a_chain_is_refused_too():
    keyring.set_keyring(ChainerLike(MemoryKeyring(), PlaintextKeyring()))
    with pytest.raises(KeyringUnavailable):
        create_reviewer_key("A")


def test_a_broken_keyring_backend_setting_gives_one_line_and_no_traceback(tmp_path):
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "no_such_module.Keyring",
        "ARABESK_DESK_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "arabesk_desk", "review", "keygen", "--name", "A"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "keyring configuration is broken" in result.stderr


@pytest.mark.parametrize("limit", ["99999999999999999999", "-5", "0", "1e3", "veel"])
def test_log_search_limit_out_of_range_is_a_clear_usage_error(limit, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["log", "--database", str(tmp_path / "log.db"), "search", "x", "--limit", limit])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--limit" in err and len(err.strip().splitlines()) == 1


def test_log_search_limit_in_range_works(tmp_path, capsys):
    from arabesk_desk.store import PublishedItem, Store

    with Store.open(tmp_path / "log.db") as store:
        for n in range(3):
            store.append_published(PublishedItem(f"open dag {n}", ("x",), "official", "A", "staff"))
    assert (
        main(["log", "--database", str(tmp_path / "log.db"), "search", "open", "--limit", "2"]) == 0
    )
    assert len(capsys.readouterr().out.strip().splitlines()) == 2
