"""Draw a :class:`arabesk_desk.reports.document.Document` as an A4 PDF with ``QPdfWriter``.

The core builds the document as plain data; this is the one place that turns it into a PDF
(the CLI gets :func:`write_pdf` from the launcher, the windows call it directly). Text is
wrapped by Qt; a block that does not fit on the page starts a new one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from arabesk_desk.reports.document import (
    BarChart,
    Block,
    Bullets,
    Document,
    Heading,
    Paragraph,
    Table,
)

RESOLUTION = 300  # dots per inch; 1 pt = RESOLUTION / 72 dots
MARGIN_MM = 20
ACCENT = QColor("#1f5f8b")
BAR_COLOUR = QColor("#3b82b5")
MUTED = QColor("#555555")
_WRAP = int(Qt.TextFlag.TextWordWrap)


def write_pdf(document: Document, path: Path) -> None:
    """Write ``document`` to ``path`` as PDF; raises ``OSError`` when it cannot be written."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator("Arabesk Desk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write a PDF to {path}")
    try:
        _Pages(painter, writer, document).draw()
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF {path} was not written")


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; a CLI run makes an offscreen one."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["arabesk-desk"])


def _points(size: float) -> float:
    return size * RESOLUTION / 72


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(round(_points(size)))
    font.setBold(bold)
    return font


class _Pages:
    """Draws blocks top to bottom, starting a new page when one does not fit."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, document: Document) -> None:
        self.painter, self.writer, self.document = painter, writer, document
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.footer_height = _points(14)
        self.y = 0.0
        self.page = 1

    def draw(self) -> None:
        self.text(self.document.title, _font(18, bold=True), ACCENT, after=_points(10))
        for block in self.document.blocks:
            self.block(block)
        self.footer()

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.text(
                block.text,
                _font(13, bold=True),
                ACCENT,
                before=_points(8),
                after=_points(3),
                keep=3,
            )
        elif isinstance(block, Paragraph):
            self.text(block.text, _font(11), after=_points(6))
        elif isinstance(block, Bullets):
            for item in block.items:
                self.text(item, _font(11), indent=_points(14), bullet=True, after=_points(3))
            self.y += _points(4)
        elif isinstance(block, Table):
            self.table(block)
        else:
            self.bar_chart(block)

    def room_for(self, needed: float) -> None:
        if self.y + needed > self.height - self.footer_height and self.y > 0:
            self.footer()
            self.writer.newPage()
            self.page += 1
            self.y = 0.0

    def text(
        self,
        text: str,
        font: QFont,
        colour: QColor | None = None,
        *,
        before: float = 0.0,
        after: float = 0.0,
        indent: float = 0.0,
        bullet: bool = False,
        keep: int = 1,
    ) -> None:
        """A wrapped paragraph; ``keep`` lines' worth of room is asked for below a heading,
        so a heading never ends a page."""
        metrics = QFontMetricsF(font)
        box = QRectF(indent, 0, self.width - indent, 1e6)
        height = metrics.boundingRect(box, _WRAP, text).height()
        self.room_for(before + height + metrics.lineSpacing() * keep)
        self.y += before
        self.painter.setFont(font)
        self.painter.setPen(colour or QColor("black"))
        if bullet:
            self.painter.drawText(QRectF(indent - _points(10), self.y, _points(10), height), 0, "•")
        self.painter.drawText(QRectF(indent, self.y, self.width - indent, height), _WRAP, text)
        self.y += height + after

    def table(self, table: Table) -> None:
        font, bold = _font(10), _font(10, bold=True)
        row_height = QFontMetricsF(font).lineSpacing() * 1.4
        columns = max(len(table.header), 1)
        first = self.width * 0.4 if columns > 1 else self.width
        widths = [first] + [(self.width - first) / (columns - 1)] * (columns - 1)
        for index, row in enumerate((table.header, *table.rows)):
            self.room_for(row_height * (2 if index == 0 else 1))
            self.painter.setFont(bold if index == 0 else font)
            self.painter.setPen(QColor("black"))
            x = 0.0
            for width, cell in zip(widths, row, strict=False):
                align = Qt.AlignmentFlag.AlignVCenter | (
                    Qt.AlignmentFlag.AlignLeft if x == 0 else Qt.AlignmentFlag.AlignRight
                )
                self.painter.drawText(
                    QRectF(x, self.y, width - _points(4), row_height), align, cell
                )
                x += width
            self.painter.setPen(MUTED)
            self.painter.drawLine(
                0, int(self.y + row_height), int(self.width), int(self.y + row_height)
            )
            self.y += row_height
        self.y += _points(8)

    def bar_chart(self, chart: BarChart) -> None:
        font = _font(10)
        metrics = QFontMetricsF(font)
        bar_height = metrics.lineSpacing() * 1.3
        self.text(chart.title, _font(11, bold=True), before=_points(4), after=_points(4), keep=2)
        label_width = min(
            self.width * 0.4, max((metrics.horizontalAdvance(b[0]) for b in chart.bars), default=0)
        ) + _points(8)
        top = max((count for _, count in chart.bars), default=0) or 1
        room = self.width - label_width - _points(30)
        self.painter.setFont(font)
        for label, count in chart.bars:
            self.room_for(bar_height)
            self.painter.setPen(QColor("black"))
            row = QRectF(0, self.y, label_width - _points(6), bar_height)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            self.painter.drawText(
                row, right, metrics.elidedText(label, Qt.TextElideMode.ElideRight, row.width())
            )
            length = room * count / top
            bar = QRectF(
                label_width, self.y + bar_height * 0.15, max(length, 1.0), bar_height * 0.7
            )
            self.painter.fillRect(bar, BAR_COLOUR)
            number = QRectF(label_width + length + _points(4), self.y, _points(30), bar_height)
            self.painter.drawText(
                number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count)
            )
            self.y += bar_height
        self.y += _points(8)

    def footer(self) -> None:
        self.painter.setFont(_font(8))
        self.painter.setPen(MUTED)
        box = QRectF(0, self.height - self.footer_height * 0.8, self.width, self.footer_height)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignLeft, self.document.footer)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignRight, f"pagina {self.page}")
