"""Whether a file is a photo or a video, from its first bytes (and its name as a fallback).

The CLI's ``check --attachment`` needs this without Qt; the app's attachments panel asks Qt,
which also decodes the image for its thumbnail.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

IMAGE, VIDEO = "image", "video"
_IMAGE_MAGIC = (
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)
_HEIF_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"avif")


class AttachmentProblem(ValueError):
    """A file that cannot be an attachment; the message is one line for the user."""


def media_kind(path: Path) -> str:
    """``image`` or ``video``; anything else is an :class:`AttachmentProblem`."""
    if path.is_dir():
        raise AttachmentProblem(f"the attachment '{path}' is a folder")
    try:
        with path.open("rb") as handle:
            head = handle.read(32)
    except FileNotFoundError:
        raise AttachmentProblem(f"the attachment '{path}' does not exist") from None
    except OSError as exc:
        raise AttachmentProblem(f"cannot read the attachment '{path}': {exc.strerror}") from None
    kind = _sniffed(head) or _by_name(path)
    if kind is None:
        raise AttachmentProblem(f"the attachment '{path}' is no photo or video")
    return kind


def _sniffed(head: bytes) -> str | None:
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return IMAGE
    if head[4:8] == b"ftyp":
        return IMAGE if head[8:12] in _HEIF_BRANDS else VIDEO
    if head.startswith(b"\x1a\x45\xdf\xa3") or (head[:4] == b"RIFF" and head[8:11] == b"AVI"):
        return VIDEO
    return None


def _by_name(path: Path) -> str | None:
    guessed = mimetypes.guess_type(path.name)[0] or ""
    kind = guessed.split("/", 1)[0]
    return kind if kind in (IMAGE, VIDEO) else None
