"""Build a .deb from the frozen bundle: /opt/arabesk-desk, two commands, a menu entry, an icon.

    python packaging/linux/build_deb.py dist/arabesk-desk [--output dist] [--compression zstd]

The package holds the one-folder bundle in ``/opt/arabesk-desk``, ``/usr/bin/arabesk-desk``
and ``/usr/bin/arabesk-desk-window`` (links), ``arabesk-desk.desktop`` with the icon (256 px and
scalable), and the copyright file. Its Depends list is worked out from the bundle itself: every
system library a program or library in it needs (``ldd``) that the bundle does not carry,
mapped to its Debian package (``dpkg -S``). After building, the package is unpacked into a
temporary folder and its ``arabesk-desk --version`` is run there.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "arabesk-desk"
INSTALL_DIR = Path("opt") / PACKAGE
DEFAULT_MAINTAINER = "De Arabesk <info@dearabesk.nl>"
_RESOLVED_RE = re.compile(r"=>\s+(/\S+)\s+\(")
_ELF_MAGIC = b"\x7fELF"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from arabesk_desk import __version__

    return __version__


def architecture() -> str:
    return _output(["dpkg", "--print-architecture"]).strip()


def _output(command: list[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == _ELF_MAGIC:
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> set[Path]:
    """Libraries outside the bundle that its programs and libraries load (as the bootloader
    runs them: with the bundle's own folder searched first)."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    outside: set[Path] = set()
    for elf in elf_files(bundle):
        done = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for match in _RESOLVED_RE.finditer(done.stdout):
            library = Path(match.group(1))
            if not library.resolve().is_relative_to(bundle.resolve()):
                outside.add(library)
    return outside


def debian_packages(libraries: set[Path]) -> set[str]:
    """The installed packages that own ``libraries`` (merged /usr tried both ways)."""
    packages: set[str] = set()
    for library in sorted(libraries):
        candidates = {library, library.resolve()}
        candidates |= {Path("/usr" + str(c)) for c in list(candidates) if str(c).startswith("/lib")}
        for candidate in sorted(candidates):
            done = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
            if done.returncode == 0:
                packages.add(done.stdout.split(":", 1)[0].split(",")[0].strip())
                break
        else:
            raise SystemExit(f"build_deb: no Debian package owns {library}")
    return packages


def depends(bundle: Path) -> str:
    packages = debian_packages(system_libraries(bundle))
    libc = _output(["dpkg-query", "-W", "-f=${Version}", "libc6"])
    libc_minimum = ".".join(re.findall(r"\d+", libc)[:2])
    listed = [f"libc6 (>= {libc_minimum})" if p == "libc6" else p for p in sorted(packages)]
    return ", ".join(listed)


def control(bundle: Path, size_kib: int, maintainer: str) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends(bundle)}\n"
        "Section: text\n"
        "Priority: optional\n"
        "Homepage: https://www.dearabesk.nl\n"
        "Description: write school social media posts with the school's protocol at hand\n"
        " Arabesk Desk points out, while staff type a post, what the school's social media\n"
        " protocol asks them to reconsider: tone, confidential information, discussions\n"
        " with pupils or parents, safety, permanence, length and Dutch spelling. It works\n"
        " offline; a machine-wide policy in /etc/xdg/ArabeskDesk/policy.toml applies to\n"
        " every user.\n"
    )


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: arabesk-desk

Files: *
Copyright: Arabesk Desk developers
License: GPL-3.0-only
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.

Files: opt/arabesk-desk/_internal/resources/dictionaries/*
Copyright: OpenTaal (https://opentaal.org)
License: BSD-3-Clause or CC-BY-3.0
 The full text is in /opt/arabesk-desk/_internal/resources/dictionaries/LICENSE-OpenTaal.txt.
 The bundle also holds Python, Qt (LGPL-3.0) through PySide6 and other libraries, each
 under its own licence, as listed in their metadata in /opt/arabesk-desk/_internal.
"""


def stage(bundle: Path, root: Path, maintainer: str) -> None:
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    for program in ("arabesk-desk", "arabesk-desk-window"):
        (usr_bin / program).symlink_to(Path("/") / INSTALL_DIR / program)
    share = root / "usr" / "share"
    _copy(ROOT / "packaging" / "linux" / "arabesk-desk.desktop", share / "applications")
    icons = ROOT / "resources" / "icons"
    _copy(icons / "arabesk-desk.png", share / "icons" / "hicolor" / "256x256" / "apps")
    _copy(icons / "arabesk-desk.svg", share / "icons" / "hicolor" / "scalable" / "apps")
    (share / "doc" / PACKAGE).mkdir(parents=True)
    (share / "doc" / PACKAGE / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    files = (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    size_kib = sum(p.stat().st_size for p in files) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        control(bundle, size_kib, maintainer), encoding="utf-8"
    )


def _copy(source: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, folder / source.name)


def try_unpacked(deb: Path) -> str:
    """Unpack the package (without installing it) and run its program through /usr/bin's link."""
    with tempfile.TemporaryDirectory(prefix="arabesk-deb-") as folder:
        subprocess.run(["dpkg-deb", "-x", str(deb), folder], check=True)
        program = Path(folder) / INSTALL_DIR / "arabesk-desk"
        link = Path(folder) / "arabesk-desk-link"
        link.symlink_to(program)
        return _output([str(link), "--version"]).strip()


def build(bundle: Path, output: Path, maintainer: str, compression: str = "xz") -> Path:
    deb = output / f"{PACKAGE}_{version()}_{architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="arabesk-deb-root-") as staging:
        root = Path(staging)
        os.chmod(root, 0o755)
        stage(bundle, root, maintainer)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build the .deb from the frozen bundle.")
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/arabesk-desk)")
    parser.add_argument("--output", type=Path, default=ROOT / "dist", help="where the .deb goes")
    parser.add_argument("--maintainer", default=DEFAULT_MAINTAINER)
    parser.add_argument(
        "--compression",
        choices=["xz", "zstd", "gzip"],
        default="xz",
        help="xz (default): smallest, any dpkg; zstd: 40 times faster to build, needs dpkg "
        "1.21.18 or later (Debian 12, Ubuntu 21.10)",
    )
    args = parser.parse_args(argv)
    if not (args.bundle / "arabesk-desk").is_file():
        parser.error(f"{args.bundle} holds no arabesk-desk program: build the bundle first")
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(ROOT / "packaging" / "linux" / "arabesk-desk.desktop")],
            check=True,
        )
    deb = build(args.bundle, args.output, args.maintainer, args.compression)
    print(f"built {deb} ({deb.stat().st_size / 2**20:.0f} MB)")
    print(f"unpacked, it answers: {try_unpacked(deb)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
