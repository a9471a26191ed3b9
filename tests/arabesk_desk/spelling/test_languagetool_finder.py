"""Finding LanguageTool's jar and Java, and reading Java's version."""

from __future__ import annotations

import pytest

from arabesk_desk.spelling.languagetool_finder import (
    find_java,
    find_languagetool,
    language_tool_python_folder,
    parse_java_major,
)


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
        ('java version "1.8.0_292"\nJava(TM) SE Runtime Environment', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "11.0.2" 2019-01-15 LTS', 11),
        ("openjdk 22.0.1 2024-04-16", 22),
        ("something else entirely", 0),
        ("", 0),
    ],
)
def test_java_versions_are_read(output, major):
    assert parse_java_major(output) == major


def _jar(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "languagetool-server.jar").write_bytes(b"PK")
    return folder


def test_the_configured_folder_comes_first(tmp_path):
    configured = _jar(tmp_path / "configured")
    _jar(tmp_path / "app" / "LanguageTool-6.8")
    search = find_languagetool(str(configured), tmp_path / "app", environ={})
    assert search.install is not None
    assert (search.install.folder, search.install.origin) == (configured, "configured")


def test_the_app_folder_holds_a_versioned_folder_newest_first(tmp_path):
    _jar(tmp_path / "app" / "LanguageTool-6.6")
    newest = _jar(tmp_path / "app" / "LanguageTool-6.10")
    search = find_languagetool("", tmp_path / "app", environ={})
    assert search.install is not None and search.install.folder == newest
    assert search.install.origin == "app data"


def test_language_tool_pythons_download_layout_is_found(tmp_path):
    ltp = tmp_path / "ltp"
    folder = _jar(ltp / "LanguageTool-6.8")
    search = find_languagetool("", tmp_path / "app", environ={"LTP_PATH": str(ltp)})
    assert search.install is not None and search.install.folder == folder
    assert search.install.server_jar == folder / "languagetool-server.jar"
    assert language_tool_python_folder({}).name == "language_tool_python"


def test_the_machine_folder_serves_every_user_after_their_own(tmp_path):
    machine = _jar(tmp_path / "machine" / "LanguageTool-6.8")
    search = find_languagetool("", tmp_path / "app", {}, machine_dir=tmp_path / "machine")
    assert search.install is not None
    assert (search.install.folder, search.install.origin) == (machine, "machine")
    own = _jar(tmp_path / "app" / "LanguageTool-6.8")
    search = find_languagetool("", tmp_path / "app", {}, machine_dir=tmp_path / "machine")
    assert search.install is not None and search.install.folder == own


def test_nothing_found_lists_every_place_looked(tmp_path):
    search = find_languagetool(
        str(tmp_path / "a"), tmp_path / "b", {"LTP_PATH": "/c"}, machine_dir=tmp_path / "m"
    )
    assert search.install is None
    looked = [str(p) for p in search.looked_in]
    assert looked == [str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "m"), "/c"]


def test_no_java_on_an_empty_path(tmp_path):
    assert find_java({"PATH": str(tmp_path)}) is None
