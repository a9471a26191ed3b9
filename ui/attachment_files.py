"""Reading one photo or video for a post: kind, sha256 and a thumbnail, off the GUI thread.

``load_file(path)`` is a pure function on a path (QImage and plain Python only, no widgets),
so :class:`LoadJob` may run it on a thread pool; :mod:`ui.attachments_panel` shows the result.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeDatabase, QObject, QRunnable, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from arabesk_desk.posts import Attachment

THUMBNAIL = QSize(96, 96)  # shown size, in device-independent pixels
# Read at twice the size so thumbnails stay sharp on high-DPI (200 %) screens.
THUMBNAIL_PIXELS = THUMBNAIL * 2
IMAGE_FILTER = "*.jpg *.jpeg *.png *.gif *.webp *.heic *.bmp"
VIDEO_FILTER = "*.mp4 *.mov *.m4v *.avi *.mkv *.webm"


def file_sha256(path: Path) -> str:
    """The sha256 of a file's content, read in chunks. Pure; raises OSError."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """What a worker found out about one file: plain data plus a QImage (thread-safe)."""

    path: str
    attachment: Attachment | None
    thumbnail: QImage | None
    problem: str = ""


def load_file(path: str, known: Attachment | None = None) -> LoadedFile:
    """Kind, hash and thumbnail of ``path``; the problem (Dutch) when it cannot be used.

    Runs on a worker thread: only QImage and plain Python here, no widgets.
    """
    file = Path(path)
    name = file.name
    if not file.is_file():
        return LoadedFile(
            path,
            None,
            None,
            _fill(
                QCoreApplication.translate("AttachmentsPanel", "'%1' bestaat niet (meer)."), name
            ),
        )
    kind = _kind_of(file)
    if kind is None:
        return LoadedFile(
            path,
            None,
            None,
            _fill(
                QCoreApplication.translate("AttachmentsPanel", "'%1' is geen foto of video."), name
            ),
        )
    thumbnail = _thumbnail(file) if kind == "image" else None
    if kind == "image" and thumbnail is None:
        problem = _fill(
            QCoreApplication.translate(
                "AttachmentsPanel", "De foto '%1' is beschadigd of onleesbaar."
            ),
            name,
        )
        return LoadedFile(path, None, None, problem)
    try:
        digest = known.sha256 if known is not None else file_sha256(file)
    except OSError as exc:
        problem = _fill(
            QCoreApplication.translate("AttachmentsPanel", "'%1' kan niet gelezen worden: %2."),
            name,
            str(exc.strerror or exc),
        )
        return LoadedFile(path, None, None, problem)
    return LoadedFile(path, Attachment(str(file), digest, kind), thumbnail)


def _fill(text: str, *values: str) -> str:
    """Put values into %1, %2 of a translated text (translate is thread-safe in Qt)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def _kind_of(file: Path) -> str | None:
    if QImageReader.imageFormat(str(file)):
        return "image"
    mime = QMimeDatabase().mimeTypeForFile(str(file))
    if mime.name().startswith("video/"):
        return "video"
    if mime.name().startswith("image/"):
        return "image"  # an image Qt cannot decode: reported as unreadable
    return None


def _thumbnail(file: Path) -> QImage | None:
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if size.isValid() and THUMBNAIL_PIXELS.expandedTo(size) != THUMBNAIL_PIXELS:  # only shrink
        reader.setScaledSize(size.scaled(THUMBNAIL_PIXELS, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class LoadSignals(QObject):
    loaded = Signal(object)  # LoadedFile


class LoadJob(QRunnable):
    def __init__(self, path: str, known: Attachment | None, signals: LoadSignals) -> None:
        super().__init__()
        self.path, self.known, self.signals = path, known, signals

    def run(self) -> None:  # Qt calls us on a pool thread
        self.signals.loaded.emit(load_file(self.path, self.known))
