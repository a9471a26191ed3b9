"""packaging/install-languagetool: hash checked against language-tool-python's, safe unpacking."""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import subprocess
import sys
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest
from language_tool_python import download_lt

from arabesk_desk.spelling.languagetool_install import find_languagetool

SCRIPT = Path(__file__).resolve().parents[3] / "packaging" / "install-languagetool"


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


def run(*args: str, sha: str | None = None, env_home: Path | None = None):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(env_home or Path.home())}
    if env_home is not None:
        env["ARABESK_DESK_HOME"] = str(env_home)
    if sha is not None:
        env["LTP_DOWNLOAD_SHA256_6_8"] = sha
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_expected_hash_is_language_tool_pythons_own():
    done = run("--show-hash")
    assert done.returncode == 0
    version = download_lt.LTP_DOWNLOAD_VERSION
    assert download_lt.EXPECTED_DOWNLOAD_SHA256[version] in done.stdout
    assert f"LanguageTool-{version}.zip" in done.stdout


def test_a_matching_zip_is_installed_where_the_app_looks(tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    home = tmp_path / "home"
    done = run(str(archive), sha=sha256(archive), env_home=home)
    assert done.returncode == 0, done.stderr
    installed = home / "languagetool" / "LanguageTool-6.8"
    assert (installed / "languagetool-server.jar").read_bytes() == b"PK server"
    found = find_languagetool("", home / "languagetool", environ={"LTP_PATH": str(tmp_path)})
    assert found.install is not None and found.install.folder == installed
    assert not list((home / "languagetool").glob(".installing-*"))


def test_installing_again_replaces_the_old_copy(tmp_path):
    target = tmp_path / "lt"
    first = make_zip(tmp_path / "LanguageTool-6.8.zip")
    assert run(str(first), "--target", str(target), sha=sha256(first)).returncode == 0
    stale = target / "LanguageTool-6.8" / "stale.txt"
    stale.write_text("old")
    (tmp_path / "again").mkdir()
    second = make_zip(tmp_path / "again" / "LanguageTool-6.8.zip")
    done = run(str(second), "--target", str(target), sha=sha256(second))
    assert done.returncode == 0, done.stderr
    assert not stale.exists() and (target / "LanguageTool-6.8" / "languagetool-server.jar").exists()
    assert 'Set "LanguageTool folder"' in done.stdout


def test_a_wrong_hash_is_refused_and_nothing_is_unpacked(tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    target = tmp_path / "lt"
    done = run(str(archive), "--target", str(target))  # the real, shipped hash
    assert done.returncode == 1
    assert "SHA-256" in done.stderr and download_lt.EXPECTED_DOWNLOAD_SHA256["6.8"] in done.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_text("<html>error</html>"), "is not a zip file"),
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "is not a file"),
    ],
)
def test_bad_files_get_a_clear_message(tmp_path, setup, message):
    path = tmp_path / "LanguageTool-6.8.zip"
    setup(path)
    done = run(str(path), "--target", str(tmp_path / "lt"))
    assert done.returncode == 1 and message in done.stderr
    assert "Traceback" not in done.stderr


def test_a_zip_without_the_server_jar_is_refused(tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip", {"something/else.txt": b"x"})
    done = run(str(archive), "--target", str(tmp_path / "lt"), sha=sha256(archive))
    assert done.returncode == 1 and "languagetool-server.jar" in done.stderr


def test_a_zip_that_would_write_elsewhere_is_refused(tmp_path):
    archive = make_zip(
        tmp_path / "LanguageTool-6.8.zip",
        {"LanguageTool-6.8/languagetool-server.jar": b"PK", "../../evil.txt": b"x"},
    )
    done = run(str(archive), "--target", str(tmp_path / "lt" / "deep"), sha=sha256(archive))
    assert done.returncode == 1 and "unsafe path" in done.stderr
    assert not (tmp_path / "evil.txt").exists()


def test_an_unknown_version_names_the_known_ones(tmp_path):
    archive = make_zip(tmp_path / "LanguageTool-0.1.zip")
    done = run(str(archive), "--target", str(tmp_path / "lt"))
    assert done.returncode == 1 and "ships no SHA-256 for LanguageTool 0.1" in done.stderr


def test_no_zip_is_a_usage_error():
    assert run().returncode == 2


def test_too_little_disk_space_is_refused(tmp_path, monkeypatch):
    loader = importlib.machinery.SourceFileLoader("install_languagetool", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(module.shutil, "disk_usage", lambda path: usage(10, 10, 0))
    archive = make_zip(tmp_path / "LanguageTool-6.8.zip")
    with pytest.raises(module.InstallError, match="not enough disk space"):
        module.install(archive, tmp_path / "lt", "6.8", sha256(archive))
    assert not (tmp_path / "lt").exists()
