"""Finding a LanguageTool installation and a Java runtime to run it, and saying where we looked."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from arabesk_desk.paths import machine_languagetool_dir

SERVER_JAR = "languagetool-server.jar"
MINIMUM_JAVA = 17  # LanguageTool 6.6 and later
LTP_PATH_VARIABLE = "LTP_PATH"  # language-tool-python's download folder
_JAVA_VERSION_RE = re.compile(r'version "(?P<version>[^"]+)"')
_JAVA_BARE_VERSION_RE = re.compile(r"^\S+ (?P<version>\d+(?:\.\d+)*)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class LanguageToolInstall:
    """A LanguageTool folder with its server jar."""

    folder: Path
    origin: str  # "configured", "app data", "machine" or "language-tool-python"

    @property
    def server_jar(self) -> Path:
        return self.folder / SERVER_JAR


@dataclass(frozen=True, slots=True)
class InstallSearch:
    install: LanguageToolInstall | None
    looked_in: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class JavaRuntime:
    """A ``java`` program and its major version (0 when it could not be read)."""

    path: Path
    major: int
    version_text: str

    @property
    def recent_enough(self) -> bool:
        return self.major >= MINIMUM_JAVA


def language_tool_python_folder(environ: Mapping[str, str] | None = None) -> Path:
    """Where language-tool-python keeps its downloads (``$LTP_PATH`` or its cache folder)."""
    env = os.environ if environ is None else environ
    configured = env.get(LTP_PATH_VARIABLE, "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "language_tool_python"


def find_languagetool(
    configured_dir: str,
    app_dir: Path,
    environ: Mapping[str, str] | None = None,
    machine_dir: Path | None = None,
) -> InstallSearch:
    """The first folder holding ``languagetool-server.jar``: configured, this user's app data,
    the machine-wide folder ICT installs into, language-tool-python's cache.

    Each root may hold the jar itself or one ``LanguageTool-<version>`` folder with it (the
    layout of the release zip and of language-tool-python), the newest version first.
    """
    roots: list[tuple[Path, str]] = []
    if configured_dir.strip():
        roots.append((Path(configured_dir.strip()).expanduser(), "configured"))
    roots.append((app_dir, "app data"))
    roots.append((machine_dir or machine_languagetool_dir(), "machine"))
    roots.append((language_tool_python_folder(environ), "language-tool-python"))
    looked: list[Path] = []
    for root, origin in roots:
        looked.append(root)
        folder = _folder_with_jar(root)
        if folder is not None:
            return InstallSearch(LanguageToolInstall(folder, origin), tuple(looked))
    return InstallSearch(None, tuple(looked))


def _folder_with_jar(root: Path) -> Path | None:
    if (root / SERVER_JAR).is_file():
        return root
    try:
        versions = [p for p in root.glob("LanguageTool-*") if (p / SERVER_JAR).is_file()]
    except OSError:
        return None
    return max(versions, key=_version_key) if versions else None


def _version_key(folder: Path) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", folder.name)
    return tuple(int(n) for n in numbers)


def find_java(
    environ: Mapping[str, str] | None = None, timeout: float = 10.0
) -> JavaRuntime | None:
    """``java`` from ``JAVA_HOME`` or ``PATH`` with its version, or None when there is none."""
    env = os.environ if environ is None else environ
    path = _java_path(env)
    if path is None:
        return None
    import subprocess  # only when there is a java to ask: most laptops have no LanguageTool

    try:
        completed = subprocess.run(
            [str(path), "-version"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env=dict(env),
        )
    except (OSError, subprocess.SubprocessError):
        return JavaRuntime(path, 0, "")
    output = (completed.stderr or "") + (completed.stdout or "")
    return JavaRuntime(path, parse_java_major(output), _first_line(output))


def _java_path(env: Mapping[str, str]) -> Path | None:
    java_home = env.get("JAVA_HOME", "").strip()
    if java_home:
        for name in ("java", "java.exe"):
            candidate = Path(java_home) / "bin" / name
            if candidate.is_file():
                return candidate
    found = shutil.which("java", path=env.get("PATH", ""))
    return Path(found) if found else None


def parse_java_major(output: str) -> int:
    """17 from ``openjdk version "17.0.15"``, 8 from ``java version "1.8.0_292"``; 0 if unknown."""
    match = _JAVA_VERSION_RE.search(output) or _JAVA_BARE_VERSION_RE.search(output)
    if not match:
        return 0
    parts = re.findall(r"\d+", match.group("version"))
    if not parts:
        return 0
    major = int(parts[0])
    return int(parts[1]) if major == 1 and len(parts) > 1 else major


def _first_line(output: str) -> str:
    return output.strip().splitlines()[0] if output.strip() else ""
