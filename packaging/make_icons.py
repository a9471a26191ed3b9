"""Render the app icon (resources/icons/arabesk-desk.svg) to the PNG and ICO the packages use.

Run after changing the SVG: ``.venv/bin/python packaging/make_icons.py``. The PNG (256 px) is
the window icon and the Linux menu icon; the ICO holds 16-256 px for Windows (the
executables, the MSI's shortcuts and Add/Remove Programs).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    """The SVG as a square PNG of ``size`` pixels, transparent around it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file with one PNG-compressed image per size (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # Qt's painting needs an application object
    svg = ICONS / "arabesk-desk.svg"
    (ICONS / "arabesk-desk.png").write_bytes(render(svg, 256))
    (ICONS / "arabesk-desk.ico").write_bytes(ico({s: render(svg, s) for s in ICO_SIZES}))
    print(f"wrote {ICONS / 'arabesk-desk.png'} and {ICONS / 'arabesk-desk.ico'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
