"""Installing a LanguageTool zip that ICT downloaded: its SHA-256 checked, unpacked safely.

The hash to trust is the one language-tool-python ships for that version (its
``integrity.toml``); ``LTP_DOWNLOAD_SHA256_<VERSION>`` or ``LTP_DOWNLOAD_SHA256`` override
it, as in language-tool-python. A new copy is unpacked beside the old one and switched to
only when complete, so an interrupted install never leaves a broken LanguageTool.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from arabesk_desk.spelling.languagetool_finder import SERVER_JAR

DOWNLOAD_PAGE = "https://languagetool.org/download/"
SPACE_MARGIN = 1.1  # unpacked size plus ten percent


class InstallError(Exception):
    """A refusal with a message for the person installing."""


@dataclass(frozen=True, slots=True)
class KnownReleases:
    """language-tool-python's default LanguageTool version and the SHA-256 of each release."""

    default_version: str
    sha256: Mapping[str, str]


def known_releases() -> KnownReleases:
    """The versions and hashes the installed language-tool-python knows."""
    try:
        from language_tool_python import download_lt
    except ImportError as exc:  # a broken install or a bundle without its data
        raise InstallError(f"language-tool-python cannot be loaded ({exc})") from None
    hashes = dict(download_lt.EXPECTED_DOWNLOAD_SHA256)
    return KnownReleases(download_lt.LTP_DOWNLOAD_VERSION, hashes)


def expected_sha256(
    version: str, releases: KnownReleases, environ: Mapping[str, str] | None = None
) -> str:
    """The hash to trust: the environment override language-tool-python honours, else its own."""
    env = os.environ if environ is None else environ
    suffix = re.sub(r"[^A-Za-z0-9]+", "_", version).strip("_").upper()
    for value in (
        env.get(f"LTP_DOWNLOAD_SHA256_{suffix}"),
        env.get("LTP_DOWNLOAD_SHA256"),
        releases.sha256.get(version),
    ):
        if value and re.fullmatch(r"[0-9a-fA-F]{64}", value.strip()):
            return value.strip().lower()
    known = ", ".join(sorted(releases.sha256, key=version_key)[-5:])
    raise InstallError(
        f"language-tool-python ships no SHA-256 for LanguageTool {version} "
        f"(it knows {known}, ...); download one of those"
    )


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version))


def version_from_name(zip_path: Path, default: str) -> str:
    """``6.8`` from ``LanguageTool-6.8.zip``; ``default`` when the name does not say."""
    found = re.search(r"LanguageTool-(\d+(?:\.\d+)+)", zip_path.name)
    return found.group(1) if found else default


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_zip(zip_path: Path) -> None:
    if not zip_path.exists():
        raise InstallError(f"{zip_path} does not exist")
    if not zip_path.is_file():
        raise InstallError(f"{zip_path} is not a file")
    if not zipfile.is_zipfile(zip_path):
        raise InstallError(
            f"{zip_path} is not a zip file (an interrupted download or an error page?); "
            f"download it again from {DOWNLOAD_PAGE}"
        )


def check_hash(zip_path: Path, version: str, expected: str) -> None:
    actual = sha256_of(zip_path)
    if actual != expected:
        raise InstallError(
            f"the SHA-256 of {zip_path.name} is {actual}, but LanguageTool {version} "
            f"should be {expected}; the file is damaged or not the official release: "
            f"download it again from {DOWNLOAD_PAGE}"
        )


def safe_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Every member, refusing absolute paths and '..' (a zip must not write elsewhere)."""
    members = archive.infolist()
    for member in members:
        path = PurePosixPath(member.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", member.filename):
            raise InstallError(f"the zip holds an unsafe path: {member.filename}")
    return members


def top_folder(members: list[zipfile.ZipInfo]) -> str:
    """The one folder the release zip unpacks into, holding the server jar."""
    for member in members:
        parts = PurePosixPath(member.filename).parts
        if len(parts) == 2 and parts[1] == SERVER_JAR:
            return parts[0]
    raise InstallError(f"the zip holds no <folder>/{SERVER_JAR}: is it a LanguageTool release?")


def check_space(members: list[zipfile.ZipInfo], target: Path) -> None:
    needed = int(sum(m.file_size for m in members) * SPACE_MARGIN)
    existing = target
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    if free < needed:
        raise InstallError(
            f"not enough disk space in {existing}: {needed // 2**20} MB needed, "
            f"{free // 2**20} MB free"
        )


def install_zip(zip_path: Path, target: Path, version: str, expected: str) -> Path:
    """Unpack into ``target`` beside any older install; returns the LanguageTool folder."""
    check_zip(zip_path)
    check_hash(zip_path, version, expected)
    with zipfile.ZipFile(zip_path) as archive:
        members = safe_members(archive)
        folder = top_folder(members)
        check_space(members, target)
        target.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=target))
        try:
            archive.extractall(staging, members)
            final = target / folder
            _replace(staging / folder, final)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return final


def _replace(new: Path, final: Path) -> None:
    old = final.with_name(final.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    new.rename(final)
    shutil.rmtree(old, ignore_errors=True)
