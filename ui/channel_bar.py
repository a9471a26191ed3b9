"""The channel chooser: several channels at once, each with a live counter like "213 / 280"."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from checks.channels import Channel
from checks.counting import LengthCount, count_for_channel
from ui import theme
from ui.lanes.background import BackgroundRunner

Counter = Callable[[str, Channel], LengthCount]
COUNT_COALESCE_MS = 80  # keystrokes within this pause share one count (12 updates/s)


class ChannelButton(QToolButton):
    """A checkable channel with its counter; red and announced when past the limit."""

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.count = LengthCount(0, channel.limit)
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.show_count(self.count)

    @property
    def over_limit(self) -> bool:
        return self.count.is_over

    def show_count(self, count: LengthCount) -> None:
        self.count = count
        self.setText(f"{self.channel.label}  {count.label}")
        style = _style(theme.colour("over_limit").name() if self.over_limit else None)
        if style != self.styleSheet():
            self.setStyleSheet(style)  # restyling costs ~0.5 ms: only when over/under flips
        over = self.tr("te lang") if self.over_limit else self.tr("past")
        self.setAccessibleName(
            self.tr("Kanaal %1: %2 van %3 tekens, %4")
            .replace("%1", self.channel.label)
            .replace("%2", str(count.length))
            .replace("%3", str(count.limit))
            .replace("%4", over)
        )
        self.setToolTip(
            self.tr("%1: maximaal %2 tekens. Klik om dit kanaal aan of uit te zetten.")
            .replace("%1", self.channel.label)
            .replace("%2", str(self.channel.limit))
        )


def _style(over_limit_colour: str | None) -> str:
    """Chosen channels stand out; a channel past its limit turns red, chosen or not."""
    base = (
        "QToolButton { padding: 3px 9px; border: 1px solid palette(mid); border-radius: 4px; }"
        " QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); }"
    )
    if over_limit_colour is None:
        return base
    return base + (
        f" QToolButton {{ color: {over_limit_colour}; border: 2px solid {over_limit_colour};"
        " font-weight: 700; }"
        f" QToolButton:checked {{ background: {over_limit_colour}; color: white; }}"
    )


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
        self._counter = counter or count_for_channel
        self._text = ""
        self.buttons: dict[str, ChannelButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Kanalen:"))
        layout.addWidget(caption)
        for name in shown:
            if name in channels and name not in self.buttons:
                self.buttons[name] = self._button(channels[name])
                layout.addWidget(self.buttons[name])
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Kanalen en tekenteller"))
        self._timer = QTimer(self, singleShot=True, interval=COUNT_COALESCE_MS)
        self._timer.timeout.connect(self._recount)
        self._runner = BackgroundRunner(parent=self)
        self._stale = False
        self.counted_text: str | None = None

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
        """Repaint the counters in the current colour scheme."""
        for button in self.buttons.values():
            button.show_count(button.count)

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
            lambda: (text, [counter(text, channel) for channel in channels]),
            self._counted,
            lambda error: None,  # counting is advice only; the next keystroke counts again
        )

    def _counted(self, result: tuple[str, list[LengthCount]]) -> None:
        text, counts = result
        for button, count in zip(self.buttons.values(), counts, strict=True):
            button.show_count(count)
        self.counted_text = text
        if self._stale or text != self._text:
            self._recount()

    def _toggled(self, button: ChannelButton, checked: bool) -> None:
        if not checked and not self.selected():
            button.blockSignals(True)
            button.setChecked(True)  # a post is always for at least one channel
            button.blockSignals(False)
            return
        self.channels_changed.emit(self.selected())
