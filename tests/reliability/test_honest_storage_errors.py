"""Issue 11, point 9: a sound database in a folder that refuses writes is not called damaged.

The real cases (an immutable folder, a read-only mount, a full disk) need root; they run
where the test can make them and are skipped elsewhere. The classification itself is tested
everywhere with the errors SQLite gives in those cases.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from arabesk_desk.cli import main
from arabesk_desk.store import PublishedItem, Store, StoreError, storage_errors


def _item(text: str = "Open dag") -> PublishedItem:
    return PublishedItem(text, ("x",), "official", "A", "staff")


def _logged(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "log.db"
    with Store.open(database) as store:
        store.append_published(_item())
    return database


def _run(*command: str) -> bool:
    if os.geteuid() != 0 or shutil.which(command[0]) is None:
        return False
    return subprocess.run(command, capture_output=True).returncode == 0


@contextmanager
def _tmpfs(size: str):
    mount = Path(f"/tmp/arabesk-tmpfs-{uuid.uuid4().hex[:8]}")
    mount.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)):
        mount.rmdir()
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        _run("umount", str(mount))
        mount.rmdir()


def _refusal(database: Path) -> StoreError:
    with pytest.raises(StoreError) as refused, Store.open(database) as store:
        store.append_published(_item("Nog een"))
    return refused.value


def _says_nothing_is_damaged(error: StoreError) -> None:
    assert error.reason != "corrupt"
    assert "damaged" not in error.message_en.replace("Nothing is damaged", "")
    assert "Nothing is damaged" in error.message_en and "niets beschadigd" in error.message


def test_an_immutable_folder_is_called_immutable(tmp_path):
    database = _logged(tmp_path / "data")
    if not _run("chattr", "+i", str(database), str(database.parent)):
        pytest.skip("chattr +i needs root on a file system that supports it")
    try:
        error = _refusal(database)
    finally:
        _run("chattr", "-i", str(database.parent), str(database))
    assert error.reason == "readonly" and "immutable" in error.message_en
    _says_nothing_is_damaged(error)


def test_a_read_only_mount_is_called_read_only():
    with _tmpfs("2m") as mount:
        database = _logged(mount / "data")
        assert _run("mount", "-o", "remount,ro", str(mount))
        error = _refusal(database)
    assert error.reason == "readonly" and "read-only mount" in error.message_en
    _says_nothing_is_damaged(error)


def test_a_full_disk_is_called_full_and_the_log_is_intact_afterwards():
    with _tmpfs("400k") as mount:
        database = _logged(mount / "data")
        filler = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(filler, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(filler)
        error = _refusal(database)
        (mount / "filler").unlink()
        with Store.open(database) as store:
            assert store.count() == 1 and store.verify().ok
    assert error.reason == "full"
    _says_nothing_is_damaged(error)


@pytest.mark.parametrize(
    ("cause", "reason", "words"),
    [
        (errno.EROFS, "readonly", "read-only mount"),
        (errno.EPERM, "readonly", "immutable"),
        (errno.EACCES, "readonly", "not writable"),
        (errno.ENOSPC, "full", "is full"),
    ],
)
def test_sqlite_open_errors_are_explained_by_the_folder(cause, reason, words, monkeypatch):
    monkeypatch.setattr(storage_errors, "folder_problem", lambda folder: cause)
    for message, code in (("unable to open database file", 14), ("disk I/O error", 10)):
        exc = sqlite3.OperationalError(message)
        exc.sqlite_errorcode = code
        error = storage_errors.explain_sqlite_error(Path("/data/log.db"), exc)
        assert error.reason == reason and words in error.message_en
        _says_nothing_is_damaged(error)


def test_real_damage_is_still_called_damage(monkeypatch):
    monkeypatch.setattr(storage_errors, "folder_problem", lambda folder: None)
    exc = sqlite3.DatabaseError("database disk image is malformed")
    exc.sqlite_errorcode = 11
    assert storage_errors.explain_sqlite_error(Path("x.db"), exc).reason == "corrupt"


def test_log_verify_on_a_read_only_mount_says_so_on_the_cli(capsys):
    with _tmpfs("2m") as mount:
        database = _logged(mount / "data")
        assert _run("mount", "-o", "remount,ro", str(mount))
        code = main(["log", "--database", str(database), "verify"])
    err = capsys.readouterr().err
    assert code == 2 and "read-only mount" in err and "Nothing is damaged" in err
    assert "Traceback" not in err
