"""Build the one-folder bundle with PyInstaller into dist/arabesk-desk/, then smoke-test it.

    python packaging/build_bundle.py            # what ./dev bundle runs (also on Windows CI)

The recipe is ``packaging/pyinstaller/arabesk-desk.spec``; the smoke test is
``packaging/smoke_test.py``. Exit 0 when the bundle was built and every smoke step held.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "arabesk-desk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "arabesk-desk"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> None:
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    size = folder_size(BUNDLE) / 2**20
    print(f"built {BUNDLE} in {time.monotonic() - started:.0f} s: {size:.0f} MB")


def main() -> int:
    sys.path.insert(0, str(ROOT / "packaging"))
    from smoke_test import smoke_test

    try:
        build()
    except subprocess.CalledProcessError as exc:
        print(f"build_bundle: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    return smoke_test(BUNDLE)


if __name__ == "__main__":
    sys.exit(main())
