"""Before Qt starts on Linux: name the system libraries its X11 (xcb) platform plugin lacks.

PySide6 6.5 and later need ``libxcb-cursor0`` for the xcb platform, which a fresh Debian or
Ubuntu may not have. Qt then aborts with a message that names no package. This module asks
``ldd`` which libraries the plugin cannot find and turns them into one ``apt-get`` line.
Nothing here imports Qt, so it runs before Qt can abort.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

_NOT_FOUND_RE = re.compile(r"^\s*(?P<soname>\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME_RE = re.compile(r"^(?P<name>.+?)\.so\.(?P<major>\d+)")
LddRunner = Callable[[Path], str]


def debian_package(soname: str) -> str:
    """Debian's package name for a library: ``libxcb-cursor.so.0`` -> ``libxcb-cursor0``.

    Debian names a library package after its soname, with a hyphen before the major version
    when the name already ends in a digit (``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``).
    """
    match = _SONAME_RE.match(soname)
    if match is None:
        return soname
    name, major = match["name"].lower(), match["major"]
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, each once, in its order."""
    return list(dict.fromkeys(m["soname"] for m in _NOT_FOUND_RE.finditer(ldd_output)))


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open its xcb (X11) platform: asked for, or the default outside Wayland."""
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin (in a checkout, a wheel install or a frozen bundle)."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        plugin = Path(location) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def run_ldd(library: Path) -> str:
    """``ldd``'s report on ``library``; '' when there is no ``ldd`` (not glibc) or it fails."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    try:
        done = subprocess.run(
            [ldd, str(library)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def platform_problem(
    environ: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    plugin: Path | None = None,
    ldd: LddRunner = run_ldd,
) -> str:
    """A message naming the missing libraries and the ``apt-get`` line; '' when Qt can start."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or not uses_xcb(env):
        return ""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return ""
    missing = missing_libraries(ldd(plugin))
    if not missing:
        return ""
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (
        f"Arabesk Desk cannot open its window: Qt's X11 platform needs {', '.join(missing)}, "
        f"which this system does not have.\n"
        f"On Debian or Ubuntu, install it with:\n\n    sudo apt-get install {packages}\n"
    )
