"""A record of the running LanguageTool server, so one orphaned by a crash is stopped next time.

``atexit`` and :meth:`close` do not run when the app is killed; its server would keep
running. The record names the server's process and the app process that owned it; the next
start stops a server whose owner is gone (and leaves one alone whose owner still runs).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import psutil

_MARKER = "languagetool"  # in the command line of the real server and of the test stand-in


def record_path(work_dir: Path, owner_pid: int | None = None) -> Path:
    """One record per owning app process, so two running apps never overwrite each other's."""
    return work_dir / f"languagetool-server.{os.getpid() if owner_pid is None else owner_pid}.pid"


def write_record(work_dir: Path, server_pid: int) -> None:
    record = {"server": server_pid, "owner": os.getpid()}
    with contextlib.suppress(OSError):  # without a record only the crash case is lost
        record_path(work_dir).write_text(json.dumps(record), encoding="utf-8")


def remove_record(work_dir: Path, server_pid: int) -> None:
    path = record_path(work_dir)
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        if json.loads(path.read_text(encoding="utf-8"))["server"] == server_pid:
            path.unlink()


def stop_orphans(work_dir: Path, timeout: float = 5.0) -> list[int]:
    """Stop every recorded server whose owner is gone; returns the pids that were stopped."""
    try:
        paths = sorted(work_dir.glob("languagetool-server.*.pid"))
    except OSError:
        return []
    return [pid for path in paths if (pid := _stop_orphan(path, timeout)) is not None]


def _stop_orphan(path: Path, timeout: float) -> int | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        server_pid, owner_pid = int(record["server"]), int(record["owner"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if owner_pid == os.getpid() or _running(owner_pid):
        return None  # ours, or another running Arabesk Desk's: not an orphan
    stopped = _stop_if_languagetool(server_pid, timeout)
    with contextlib.suppress(OSError):
        path.unlink()
    return server_pid if stopped else None


def _running(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _stop_if_languagetool(pid: int, timeout: float) -> bool:
    try:
        process = psutil.Process(pid)
        if _MARKER not in " ".join(process.cmdline()).lower():
            return False  # the pid was reused by something else: not ours to stop
        process.terminate()
        try:
            process.wait(timeout)
        except psutil.TimeoutExpired:
            process.kill()
            process.wait(timeout)
    except psutil.Error:
        return False
    return True
