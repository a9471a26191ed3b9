"""Issue 11, point 10: the user's own settings file is never lost, and TOML is written right."""

from __future__ import annotations

import tomllib

from arabesk_desk.cli import main
from arabesk_desk.user_settings import UserSettings, load_settings, save_settings
from checks import Role


def test_every_broken_file_gets_its_own_numbered_backup(tmp_path):
    path = tmp_path / "settings.toml"
    versions = ['name = "Anna\n', "role = 'koning'\n", "name = [1,\n"]
    for version in versions:
        path.write_text(version, encoding="utf-8")
        settings, problem = load_settings(path)
        assert settings == UserSettings() and problem is not None
    kept = sorted(tmp_path.glob("settings.toml.broken-*"))
    assert [p.name for p in kept] == [f"settings.toml.broken-{n}" for n in (1, 2, 3)]
    assert [p.read_text(encoding="utf-8") for p in kept] == versions


def test_the_problem_is_said_in_dutch_for_the_window_and_english_for_the_cli(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("naam = = 3\n", encoding="utf-8")
    _, problem = load_settings(path)
    assert problem is not None
    assert "Je bestand is bewaard als settings.toml.broken-1" in problem.message
    assert "your file was kept as settings.toml.broken-1" in problem.message_en
    assert problem.backup == tmp_path / "settings.toml.broken-1"


def test_the_cli_says_where_the_file_went(arabesk_home, capsys):
    (arabesk_home / "settings.toml").write_text("name = \n", encoding="utf-8")
    assert main(["review", "list", "--folder", str(arabesk_home / "none")]) == 0
    err = capsys.readouterr().err
    assert "settings.toml.broken-1" in err and "defaults are used" in err


def test_a_quoted_key_survives_a_round_trip(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(
        'role = "leader"\nname = "Anna"\n"window.size" = 3\n[window]\n"a b" = 1\n', "utf-8"
    )
    settings, problem = load_settings(path)
    assert problem is None and settings.role is Role.LEADER
    save_settings(path, settings)
    again, problem = load_settings(path)
    assert problem is None and again == settings and again.role is Role.LEADER
    written = tomllib.loads(path.read_text(encoding="utf-8"))
    assert written["window.size"] == 3 and written["window"] == {"a b": 1}


def test_an_unreadable_file_is_reported_and_left_where_it_is(tmp_path):
    path = tmp_path / "settings.toml"
    path.mkdir()  # a folder where the file should be: cannot be opened as a file
    _, problem = load_settings(path)
    assert problem is not None and path.is_dir()
    assert not list(tmp_path.glob("*.broken-*"))


def test_a_settings_file_symlinked_to_dev_zero_is_bounded(tmp_path):
    path = tmp_path / "settings.toml"
    path.symlink_to("/dev/zero")
    settings, problem = load_settings(path)
    assert settings == UserSettings() and problem is not None


def test_channels_written_as_one_string_is_a_broken_file_not_a_list_of_letters(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('channels = "linkedin"\n', encoding="utf-8")
    settings, problem = load_settings(path)
    assert settings.channels != tuple("linkedin") and problem is not None
    assert (tmp_path / "settings.toml.broken-1").exists()
