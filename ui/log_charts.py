"""The yearly overview of the log: counts per month (pure) and bar charts drawn with QPainter.

QtCharts is not part of PySide6-Essentials, so the charts are small custom widgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from arabesk_desk.store import LogEntry

POST_KINDS = frozenset({"published", "imported"})
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# Distinguishable in colour-blind vision and on light and dark backgrounds (Okabe–Ito).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")


@dataclass(frozen=True, slots=True)
class YearOverview:
    """Counts per month (index 0 = January) for one calendar year. Plain data."""

    year: int
    per_channel: dict[str, tuple[int, ...]] = field(default_factory=dict)
    personal: tuple[int, ...] = (0,) * 12
    official: tuple[int, ...] = (0,) * 12
    overrides: tuple[int, ...] = (0,) * 12
    posts: int = 0
    withdrawals: int = 0
    reviewed: int = 0

    @property
    def override_total(self) -> int:
        return sum(self.overrides)


def month_of(published_at: str) -> tuple[int, int] | None:
    """(year, month) in the laptop's time zone, or None for an unreadable time."""
    try:
        moment = datetime.fromisoformat(published_at)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.year, moment.month


def year_overview(entries: Iterable[LogEntry], year: int) -> YearOverview:
    """Pure: posts per month and channel, personal vs official, and overrides, in ``year``."""
    channels: dict[str, list[int]] = {}
    personal, official, overrides = [0] * 12, [0] * 12, [0] * 12
    posts = withdrawals = reviewed = 0
    for entry in entries:
        item = entry.item
        when = month_of(item.published_at)
        if when is None or when[0] != year:
            continue
        month = when[1] - 1
        if item.kind == "withdrawal":
            withdrawals += 1
        if item.kind not in POST_KINDS:
            continue
        posts += 1
        for channel in item.channels:
            channels.setdefault(channel, [0] * 12)[month] += 1
        (official if item.capacity == "official" else personal)[month] += 1
        overrides[month] += len(item.overrides)
        reviewed += 1 if item.review else 0
    ordered = sorted(channels.items(), key=lambda pair: (-sum(pair[1]), pair[0]))
    return YearOverview(
        year=year,
        per_channel={name: tuple(counts) for name, counts in ordered},
        personal=tuple(personal),
        official=tuple(official),
        overrides=tuple(overrides),
        posts=posts,
        withdrawals=withdrawals,
        reviewed=reviewed,
    )


class MonthlyBarChart(QWidget):
    """Twelve stacked bars (one per month) with a legend; series are (label, counts)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.series: list[tuple[str, tuple[int, ...]]] = []
        self.colours: list[str] = list(PALETTE)
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def set_series(
        self, series: Sequence[tuple[str, Sequence[int]]], colours: Sequence[str] = ()
    ) -> None:
        self.series = [(label, tuple(counts)) for label, counts in series]
        self.colours = list(colours) or list(PALETTE)
        self.setToolTip(self.summary())
        self.setAccessibleDescription(self.summary())
        self.update()

    def totals(self) -> list[int]:
        return [sum(counts[m] for _, counts in self.series) for m in range(12)]

    def summary(self) -> str:
        """The numbers in words, for the tooltip and screen readers."""
        parts = [f"{label}: {sum(counts)}" for label, counts in self.series]
        return f"{self.title} — " + (", ".join(parts) if parts else "geen gegevens")

    def sizeHint(self) -> QSize:  # Qt calls this
        return QSize(520, 240)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt calls this
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        metrics = painter.fontMetrics()
        painter.drawText(QPointF(8, metrics.ascent() + 4), self.title)
        painter.setFont(self.font())
        legend_height = self._draw_legend(painter, metrics.height() + 8)
        # Half a line of room above the plot so the top grid label is not clipped.
        top = metrics.height() * 1.5 + 14 + legend_height
        plot = QRectF(36, top, self.width() - 48, 0)
        plot.setBottom(self.height() - metrics.height() - 10)
        if plot.height() > 20:
            self._draw_plot(painter, plot, text_colour)
        painter.end()

    def _draw_legend(self, painter: QPainter, top: float) -> float:
        metrics = painter.fontMetrics()
        x, y = 8.0, top
        for index, (label, counts) in enumerate(self.series):
            text = f"{label} ({sum(counts)})"
            width = 16 + metrics.horizontalAdvance(text) + 14
            if x + width > self.width() and x > 8:
                x, y = 8.0, y + metrics.height() + 2
            painter.fillRect(QRectF(x, y + 3, 10, 10), QColor(self._colour(index)))
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            x += width
        return (y - top) + metrics.height() + 4 if self.series else 0

    def _draw_plot(self, painter: QPainter, plot: QRectF, text_colour: QColor) -> None:
        metrics = painter.fontMetrics()
        top_value = max(1, *self.totals())
        step = _nice_step(top_value)
        top_value = step * -(-top_value // step)
        grid = QColor(text_colour)
        grid.setAlpha(50)
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight, str(value))
        slot = plot.width() / 12
        for month in range(12):
            self._draw_bar(painter, plot, slot, month, top_value)
            painter.setPen(text_colour)
            label_rect = QRectF(
                plot.left() + slot * month, plot.bottom() + 2, slot, metrics.height()
            )
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter, MONTHS[month])

    def _draw_bar(
        self, painter: QPainter, plot: QRectF, slot: float, month: int, top_value: int
    ) -> None:
        bottom = plot.bottom()
        left = plot.left() + slot * month + slot * 0.18
        for index, (_, counts) in enumerate(self.series):
            height = plot.height() * counts[month] / top_value
            if height <= 0:
                continue
            painter.fillRect(
                QRectF(left, bottom - height, slot * 0.64, height), QColor(self._colour(index))
            )
            bottom -= height

    def _colour(self, index: int) -> str:
        return self.colours[index % len(self.colours)]


def _nice_step(maximum: int) -> int:
    """A grid step giving at most about five lines: 1, 2, 5, 10, 20, 50, …"""
    step = 1
    while maximum / step > 5:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if maximum / step <= 5:
                break
    return max(1, step)
