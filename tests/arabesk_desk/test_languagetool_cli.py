"""``arabesk-desk languagetool install``: the hash language-tool-python ships, safe unpacking."""

from __future__ import annotations

import hashlib
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest
from language_tool_python import download_lt

from arabesk_desk import paths
from arabesk_desk.cli import main
from arabesk_desk.spelling import languagetool_zip
from arabesk_desk.spelling.languagetool_finder import find_languagetool
from arabesk_desk.spelling.languagetool_zip import InstallError, install_zip


def make_zip(path: Path, members: dict[str, bytes] | None = None) -> Path:
    members = members or {
        "LanguageTool-6.8/languagetool-server.jar": b"PK server",
        "LanguageTool-6.8/org/languagetool/resource/nl/words.txt": b"school\n",
        "LanguageTool-6.8/README.md": b"LanguageTool",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def install(capsys, monkeypatch):
    """Runs ``arabesk-desk languagetool install ARGS``; ``sha`` trusts that hash for 6.8."""
    monkeypatch.delenv("LTP_DOWNLOAD_SHA256", raising=False)

    def run(*args: str, sha: str | None = None) -> tuple[int, str, str]:
        if sha is not None:
            monkeypatch.setenv("LTP_DOWNLOAD_SHA256_6_8", sha)
        code = main(["languagetool", "install", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_expected_hash_is_language_tool_pythons_own(install):
    code, out, _ = install("--show-hash")
    assert code == 0
    version = download_lt.LTP_DOWNLOAD_VERSION
    assert download_lt.EXPECTED_DOWNLOAD_SHA256[version] in out
    assert f"LanguageTool-{version}.zip" in out


def test_a_matching_zip_is_installed_where_the_app_looks(install, tmp_path, arabesk_home):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    code, out, err = install(str(archive), sha=sha256(archive))
    assert code == 0, err
    installed = arabesk_home / "languagetool" / "LanguageTool-6.8"
    assert (installed / "languagetool-server.jar").read_bytes() == b"PK server"
    found = find_languagetool("", arabesk_home / "languagetool", {}, machine_dir=tmp_path / "m")
    assert found.install is not None and found.install.folder == installed
    assert not list((arabesk_home / "languagetool").glob(".installing-*"))
    assert "arabesk-desk doctor --start-languagetool" in out


def test_machine_installs_go_to_the_folder_every_user_reads(install, tmp_path, monkeypatch):
    machine = tmp_path / "ProgramData" / "ArabeskDesk" / "languagetool"
    monkeypatch.setattr(paths, "machine_languagetool_dir", lambda: machine)
    monkeypatch.setattr(
        "arabesk_desk.cli.languagetool_command.machine_languagetool_dir", lambda: machine
    )
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    code, _, err = install(str(archive), "--machine", sha=sha256(archive))
    assert code == 0, err
    found = find_languagetool("", tmp_path / "nobody", {}, machine_dir=machine)
    assert found.install is not None and found.install.origin == "machine"


def test_installing_again_replaces_the_old_copy(install, tmp_path):
    target = tmp_path / "lt"
    first = make_zip(tmp_path / "LanguageTool-6.8.zip")
    assert install(str(first), "--target", str(target), sha=sha256(first))[0] == 0
    stale = target / "LanguageTool-6.8" / "stale.txt"
    stale.write_text("old")
    (tmp_path / "again").mkdir()
    second = make_zip(tmp_path / "again" / "LanguageTool-6.8.zip")
    code, out, err = install(str(second), "--target", str(target), sha=sha256(second))
    assert code == 0, err
    assert not stale.exists() and (target / "LanguageTool-6.8" / "languagetool-server.jar").exists()
    assert 'Set "LanguageTool folder"' in out


def test_a_wrong_hash_is_refused_and_nothing_is_unpacked(install, tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    target = tmp_path / "lt"
    code, _, err = install(str(archive), "--target", str(target))  # the real, shipped hash
    assert code == 1
    assert "SHA-256" in err and download_lt.EXPECTED_DOWNLOAD_SHA256["6.8"] in err
    assert not target.exists()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_text("<html>error</html>"), "is not a zip file"),
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "is not a file"),
    ],
)
def test_bad_files_get_a_clear_message(install, tmp_path, setup, message):
    path = tmp_path / "LanguageTool-6.8.zip"
    setup(path)
    code, _, err = install(str(path), "--target", str(tmp_path / "lt"))
    assert code == 1 and message in err
    assert "Traceback" not in err


def test_a_zip_without_the_server_jar_is_refused(install, tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip", {"something/else.txt": b"x"})
    code, _, err = install(str(archive), "--target", str(tmp_path / "lt"), sha=sha256(archive))
    assert code == 1 and "languagetool-server.jar" in err


def test_a_zip_that_would_write_elsewhere_is_refused(install, tmp_path):
    archive = make_zip(
        tmp_path / "LanguageTool-6.8.zip",
        {"LanguageTool-6.8/languagetool-server.jar": b"PK", "../../evil.txt": b"x"},
    )
    target = tmp_path / "lt" / "deep"
    code, _, err = install(str(archive), "--target", str(target), sha=sha256(archive))
    assert code == 1 and "unsafe path" in err
    assert not (tmp_path / "evil.txt").exists()


def test_an_unknown_version_names_the_known_ones(install, tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-0.1.zip")
    code, _, err = install(str(archive), "--target", str(tmp_path / "lt"))
    assert code == 1 and "ships no SHA-256 for LanguageTool 0.1" in err


def test_a_target_that_cannot_be_written_is_refused_in_one_line(install, tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = install(str(archive), "--target", str(blocker / "lt"), sha=sha256(archive))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_no_zip_is_a_usage_error(install):
    assert install()[0] == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["languagetool", "install", "x.zip", "--machine", "--target", "t"])
    assert exit_info.value.code == 2


def test_too_little_disk_space_is_refused(tmp_path, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(languagetool_zip.shutil, "disk_usage", lambda path: usage(10, 10, 0))
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    with pytest.raises(InstallError, match="not enough disk space"):
        install_zip(archive, tmp_path / "lt", "6.8", sha256(archive))
    assert not (tmp_path / "lt").exists()
