"""``arabesk-desk doctor``: plain reports with advice; exit 1 only when an essential part breaks."""

from __future__ import annotations

import argparse
import json

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from arabesk_desk.cli import doctor_command


class _MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(_MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def doctor(capsys, *arguments: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    doctor_command.add_parser(parser.add_subparsers())
    args = parser.parse_args([doctor_command.NAME, *arguments])
    code = args.run(args)
    return code, capsys.readouterr().out


def test_a_healthy_machine_exits_0_and_names_every_component(
    capsys, memory_keyring, tmp_path, monkeypatch
):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    code, out = doctor(capsys)
    assert code == 0
    for component in (
        "Data folder",
        "Settings",
        "Rule packs",
        "Dutch dictionary",
        "Personal word list",
        "LanguageTool",
        "Java",
        "Keyring",
    ):
        assert f"{component}:" in out
    assert "OpenTaal" in out and "The app can run." in out
    assert "LanguageTool: not installed" in out
    assert "arabesk-desk languagetool install LanguageTool-<version>.zip" in out
    assert "_MemoryKeyring" in out


def test_an_unwritable_data_folder_exits_1_with_advice(
    capsys, memory_keyring, tmp_path, monkeypatch
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ARABESK_DESK_HOME", str(blocker / "home"))
    code, out = doctor(capsys)
    assert code == 1
    assert "[problem] Data folder" in out and "cannot be written" in out
    assert "what to do: give this user write access" in out
    assert "Something essential is broken" in out


def test_a_broken_policy_file_is_a_problem_naming_the_file(
    capsys, memory_keyring, arabesk_home, tmp_path
):
    policy = tmp_path / "beleid.toml"
    policy.write_text("[school\nname = 'x'\n", encoding="utf-8")
    (arabesk_home / "settings.toml").write_text(f'policy_file = "{policy}"\n', encoding="utf-8")
    code, out = doctor(capsys)
    assert code == 1
    assert "[problem] Rule packs" in out and "beleid.toml" in out


def test_no_keyring_backend_is_a_note_not_a_failure(capsys, tmp_path, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, out = doctor(capsys)
    finally:
        keyring.set_keyring(previous)
    assert code == 0
    assert "[note   ] Keyring: no usable keyring backend" in out


def test_missing_java_and_an_installed_languagetool_are_reported(
    capsys, memory_keyring, arabesk_home, tmp_path, monkeypatch
):
    folder = arabesk_home / "languagetool" / "LanguageTool-6.8"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"PK")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    code, out = doctor(capsys)
    assert code == 0
    assert f"LanguageTool: found in {folder}" in out
    assert "[note   ] Java: not found" in out and "Java 17+" in out


def test_an_unreachable_school_server_is_a_note(capsys, memory_keyring, arabesk_home):
    from arabesk_desk.spelling.languagetool_server import free_port

    url = f"http://127.0.0.1:{free_port()}/"
    (arabesk_home / "settings.toml").write_text(f'languagetool_server = "{url}"\n')
    code, out = doctor(capsys)
    assert code == 0
    assert f"the school server {url} does not answer" in out


@pytest.mark.parametrize("option", [("--format", "json"), ("--json",)])
def test_json_output_for_scripts(capsys, memory_keyring, option):
    code, out = doctor(capsys, *option)  # --json: the old spelling still works, unlisted
    data = json.loads(out)
    assert code == 0 and data["can_run"] is True
    levels = {item["component"]: item["level"] for item in data["components"]}
    assert levels["Dutch dictionary"] == "ok" and levels["Data folder"] == "ok"


def test_review_without_reviewers_tells_ict_what_to_do(capsys, memory_keyring):
    code, out = doctor(capsys)
    assert code == 0
    assert "[note   ] Review: not set up: the school policy names no reviewer" in out
    assert "arabesk-desk review keygen" in out and "[[review.reviewers]]" in out


def test_review_with_a_reviewer_and_an_unreachable_folder(
    capsys, memory_keyring, arabesk_home, tmp_path
):
    from arabesk_desk.review.signing import encode_key

    policy = tmp_path / "beleid.toml"
    policy.write_text(
        f'[[review.reviewers]]\nname = "Mw. J. de Vries"\npublic_key = "{encode_key(bytes(32))}"\n',
        encoding="utf-8",
    )
    settings = f'policy_file = "{policy}"\nreview_folder = "{tmp_path / "share"}"\n'
    (arabesk_home / "settings.toml").write_text(settings, encoding="utf-8")
    _code, out = doctor(capsys)
    assert "Review: the review folder" in out and "cannot be reached" in out
    (tmp_path / "share").mkdir()
    _code, out = doctor(capsys)
    assert "[ok     ] Review: 1 reviewer(s): Mw. J. de Vries" in out
