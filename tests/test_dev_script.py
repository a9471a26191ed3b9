"""``./dev start`` on a fresh Linux: a missing Qt library gets its apt-get line before setup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="./dev is a bash script")


def fake_tools(folder: Path, libraries: str) -> dict[str, str]:
    """A PATH whose ``uname`` says Linux and whose ``ldconfig`` knows only ``libraries``."""
    folder.mkdir()
    for name, output in (("uname", "Linux"), ("ldconfig", libraries)):
        tool = folder / name
        tool.write_text(f"#!/bin/sh\nprintf '%s\\n' '{output}'\n", encoding="utf-8")
        tool.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
    env["PATH"] = f"{folder}{os.pathsep}{env['PATH']}"
    return env


def run_start(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``./dev start`` from a copy of the script in an empty folder: no .venv there, and
    ``PYTHON=false`` makes setup stop at once, so nothing is installed."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("dev", "pyproject.toml"):
        (checkout / name).write_bytes((ROOT / name).read_bytes())
    (checkout / "dev").chmod(0o755)
    env["PYTHON"] = "false"
    return subprocess.run(
        [str(checkout / "dev"), "start"], capture_output=True, text=True, env=env, timeout=30
    )


def test_a_missing_libxcb_cursor_stops_before_setup(tmp_path):
    env = fake_tools(tmp_path / "bin", "\tlibc.so.6 (libc6,x86-64) => /lib/libc.so.6")
    done = run_start(tmp_path, env)
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-cursor0" in done.stderr
    assert "Creating the virtual environment" not in done.stdout


@pytest.mark.parametrize(
    ("libraries", "platform"),
    [
        ("\tlibxcb-cursor.so.0 (libc6,x86-64) => /lib/libxcb-cursor.so.0", ""),
        ("", "offscreen"),
    ],
)
def test_with_the_library_or_another_platform_setup_goes_on(tmp_path, libraries, platform):
    env = fake_tools(tmp_path / "bin", libraries)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    done = run_start(tmp_path, env)
    assert "Creating the virtual environment" in done.stdout
    assert "libxcb-cursor0" not in done.stderr
