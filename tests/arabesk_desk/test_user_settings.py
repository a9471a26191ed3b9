"""User settings survive a round trip, and a damaged file never costs the user the app."""

from __future__ import annotations

from arabesk_desk.user_settings import UserSettings, load_settings, save_settings
from checks import Role


def test_round_trip_with_awkward_text(tmp_path):
    path = tmp_path / "settings.toml"
    settings = UserSettings(
        name='Juf "Anna" \\ van\tDijk\n😀\x01',
        role=Role.LEADER,
        channels=("x", "linkedin"),
        languagetool_public_api=True,
        extra={"window": {"width": 900, "max": True}, "future_key": [1, 2]},
    )
    save_settings(path, settings)
    loaded, problem = load_settings(path)
    assert problem is None
    assert loaded == settings


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "absent.toml") == (UserSettings(), None)


def test_damaged_file_is_kept_aside_and_defaults_are_used(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('name = "Anna\nrole = ', encoding="utf-8")
    loaded, problem = load_settings(path)
    assert loaded == UserSettings()
    assert problem and "settings.toml.broken-1" in problem.message_en
    assert "bewaard als settings.toml.broken-1" in problem.message
    kept = tmp_path / "settings.toml.broken-1"
    assert kept.read_text(encoding="utf-8").startswith('name = "Anna')


def test_wrong_types_and_unknown_roles_are_reported(tmp_path):
    path = tmp_path / "settings.toml"
    for content in ('role = "koning"\n', "name = 3\n", b"\xff\xfe".decode("latin-1")):
        path.write_text(content, encoding="utf-8")
        loaded, problem = load_settings(path)
        assert loaded == UserSettings() and problem
