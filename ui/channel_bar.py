"""The channel chooser: several channels at once, each with a live counter like "213 / 280".

The buttons wrap onto a second row when the window is narrow, and each button keeps one width
whatever its counter says, so typing never moves anything (a window on a 1,366 px laptop
screen must never grow past it). Channels appear in the order of the channel table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from checks.channels import Channel
from checks.counting import LengthCount, count_for_channel
from ui import theme
from ui.channel_names import channel_label
from ui.flow_layout import FlowLayout
from ui.lanes.background import BackgroundRunner

Counter = Callable[[str, Channel], LengthCount]
COUNT_COALESCE_MS = 80  # keystrokes within this pause share one count (12 updates/s)


def counter_digits(limit: int) -> int:
    """How many digits a channel's counter reserves room for: as many as its limit has."""
    return len(str(limit))


def counter_text(count: LengthCount) -> str:
    """``"213 / 280"``; a count too long for the reserved room reads ``"999+ / 280"``."""
    most = 10 ** counter_digits(count.limit) - 1
    shown = f"{most}+" if count.length > most else str(count.length)
    return f"{shown} / {count.limit}"


class ChannelButton(QToolButton):
    """A checkable channel with its counter; red and announced when past the limit."""

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.label = channel_label(channel)
        self.count = LengthCount(0, channel.limit)
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.show_count(self.count)

    @property
    def over_limit(self) -> bool:
        return self.count.is_over

    def sizeHint(self) -> QSize:  # Qt calls this
        """Room for the longest counter this channel can show, in bold (past the limit): the
        size never moves, whatever the count or the colour."""
        widest = f"{self.label}  {'8' * counter_digits(self.channel.limit)}+ / {self.channel.limit}"
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        frame = 2 * theme.CHANNEL_BORDER_PX
        width = metrics.horizontalAdvance(widest) + 2 * theme.CHANNEL_PADDING_PX + frame + 2
        return QSize(width, metrics.height() + 2 * theme.CHANNEL_PADDING_V_PX + frame)

    def minimumSizeHint(self) -> QSize:  # Qt calls this
        return self.sizeHint()

    def show_count(self, count: LengthCount) -> None:
        self.count = count
        self.setText(f"{self.label}  {counter_text(count)}")
        style = theme.channel_button_style(self.over_limit)
        if style != self.styleSheet():
            self.setStyleSheet(style)  # restyling costs ~0.5 ms: only when over/under flips
        over = self.tr("te lang") if self.over_limit else self.tr("past")
        self.setAccessibleName(
            self.tr("Kanaal %1: %2 van %3 tekens, %4")
            .replace("%1", self.label)
            .replace("%2", str(count.length))
            .replace("%3", str(count.limit))
            .replace("%4", over)
        )
        self.setToolTip(
            self.tr("%1: maximaal %2 tekens. Klik om dit kanaal aan of uit te zetten.")
            .replace("%1", self.label)
            .replace("%2", str(self.channel.limit))
        )

    def restyle(self) -> None:
        """The colours of the current scheme (light or dark)."""
        self.setStyleSheet(theme.channel_button_style(self.over_limit))


class ChannelBar(QWidget):
    """Buttons for the channels the user chose in the settings; at least one stays chosen."""

    channels_changed = Signal(tuple)

    def __init__(
        self,
        channels: Mapping[str, Channel],
        shown: Sequence[str],
        counter: Counter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = dict(channels)
        self._counter = counter or count_for_channel
        self._text = ""
        self.buttons: dict[str, ChannelButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Kanalen:"))
        row.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignTop)
        self.flow = FlowLayout(spacing=6)
        row.addLayout(self.flow, 1)
        self.setAccessibleName(self.tr("Kanalen en tekenteller"))
        self._timer = QTimer(self, singleShot=True, interval=COUNT_COALESCE_MS)
        self._timer.timeout.connect(self._recount)
        self._runner = BackgroundRunner(parent=self)
        self._stale = False
        self.set_shown(shown)

    def set_shown(self, shown: Sequence[str]) -> None:
        """Show buttons for ``shown`` in the channel table's order; choices that stay, stay."""
        chosen = self.selected()
        wanted = [name for name in self._table if name in set(shown)]
        if wanted == list(self.buttons):
            return
        for button in self.buttons.values():
            self.flow.removeWidget(button)
            button.deleteLater()
        self.buttons = {name: self._button(self._table[name]) for name in wanted}
        for button in self.buttons.values():
            self.flow.addWidget(button)
        if self.buttons:  # the caption reads level with the first row of buttons
            first = next(iter(self.buttons.values()))
            self.caption.setFixedHeight(first.sizeHint().height())
        if chosen:
            self.set_selected(chosen)
        self._recount()

    def _button(self, channel: Channel) -> ChannelButton:
        button = ChannelButton(channel, self)
        button.toggled.connect(lambda checked, b=button: self._toggled(b, checked))
        return button

    def selected(self) -> tuple[str, ...]:
        return tuple(name for name, button in self.buttons.items() if button.isChecked())

    def set_selected(self, names: Sequence[str]) -> None:
        wanted = [n for n in names if n in self.buttons] or list(self.buttons)[:1]
        for name, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(name in wanted)
            button.blockSignals(False)
        self.channels_changed.emit(self.selected())

    def set_text(self, text: str, *, now: bool = False) -> None:
        """Recount for ``text`` off the GUI thread; keystrokes a few ms apart share one count."""
        self._text = text
        if now:
            self._recount()
        else:
            self._timer.start()

    def restyle(self) -> None:
        """Repaint the buttons in the current colour scheme."""
        for button in self.buttons.values():
            button.restyle()

    def counts(self) -> dict[str, LengthCount]:
        return {name: button.count for name, button in self.buttons.items()}

    def _recount(self) -> None:
        """Counting a long post for X takes milliseconds: one job in flight, newest text wins."""
        self._timer.stop()
        if self._runner.busy:
            self._stale = True
            return
        self._stale = False
        text, counter = self._text, self._counter
        channels = [button.channel for button in self.buttons.values()]
        self._runner.run(
            lambda: (text, channels, [counter(text, channel) for channel in channels]),
            self._counted,
            lambda error: None,  # counting is advice only; the next keystroke counts again
        )

    def _counted(self, result: tuple[str, list[Channel], list[LengthCount]]) -> None:
        text, channels, counts = result
        for channel, count in zip(channels, counts, strict=True):
            button = self.buttons.get(channel.name)
            if button is not None:
                button.show_count(count)
        if self._stale or text != self._text:
            self._recount()

    def _toggled(self, button: ChannelButton, checked: bool) -> None:
        if not checked and not self.selected():
            button.blockSignals(True)
            button.setChecked(True)  # a post is always for at least one channel
            button.blockSignals(False)
            return
        self.channels_changed.emit(self.selected())
