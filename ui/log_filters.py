"""The log window's search and filter bar: words, period, channel, capacity, author, overrides."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from arabesk_desk.store import LogFilter

SEARCH_DELAY_MS = 250
PERIODS = ("all", "month", "quarter", "school_year", "year", "custom")


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """(since, until), both inclusive, for a preset; the Dutch school year starts on 1 August."""
    if period == "month":
        return today.replace(day=1), today
    if period == "quarter":
        return today - timedelta(days=91), today
    if period == "school_year":
        start_year = today.year if today.month >= 8 else today.year - 1
        return date(start_year, 8, 1), date(start_year + 1, 7, 31)
    if period == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return None, None


class LogFilterBar(QWidget):
    """Emits ``changed`` (debounced for typing) whenever what to show changes."""

    changed = Signal()

    def __init__(self, channels: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``channels``: (stored name, shown name) pairs for the channel filter."""
        super().__init__(parent)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._build(channels)
        self._connect()

    def _build(self, channels: Sequence[tuple[str, str]]) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Zoek in tekst, auteur en kanalen…"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Zoeken"))
        self.period = QComboBox()
        labels = (
            self.tr("Alles"),
            self.tr("Deze maand"),
            self.tr("Afgelopen 3 maanden"),
            self.tr("Dit schooljaar"),
            self.tr("Dit kalenderjaar"),
            self.tr("Zelf kiezen"),
        )
        for key, label in zip(PERIODS, labels, strict=True):
            self.period.addItem(label, key)
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
        self.channel = self._combo(
            self.tr("Alle kanalen"), [(label, name) for name, label in channels]
        )
        self.capacity = self._combo(
            self.tr("Persoonlijk en namens de school"),
            [(self.tr("Persoonlijk"), "personal"), (self.tr("Namens de school"), "official")],
        )
        self.author = self._combo(self.tr("Alle auteurs"), [])
        self.overrides_only = QCheckBox(self.tr("Alleen met genegeerde fouten"))
        grid.addWidget(self.query, 0, 0, 1, 4)
        grid.addWidget(self.overrides_only, 0, 4, 1, 2)
        for column, (label, widget) in enumerate(
            [
                (self.tr("Periode"), self.period),
                (self.tr("van"), self.since),
                (self.tr("t/m"), self.until),
            ]
        ):
            grid.addWidget(self._labelled(label, widget), 1, column)
        grid.addWidget(self.channel, 1, 3)
        grid.addWidget(self.capacity, 1, 4)
        grid.addWidget(self.author, 1, 5)

    def _combo(self, everything: str, choices: Iterable[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setAccessibleName(everything)
        return combo

    def _labelled(self, text: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        row = QGridLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label, 0, 0)
        row.addWidget(widget, 0, 1)
        return holder

    def _connect(self) -> None:
        self.query.textChanged.connect(lambda _: self._typing.start())
        self._typing.timeout.connect(self.changed)
        self.period.currentIndexChanged.connect(lambda _: self._period_changed())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _: self.changed.emit())
        for combo in (self.channel, self.capacity, self.author):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.overrides_only.toggled.connect(lambda _: self.changed.emit())

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for edit in (self.since, self.until):
            edit.setEnabled(custom)
        if not custom:
            since, until = period_range(self.period.currentData(), date.today())
            for edit, value in ((self.since, since), (self.until, until)):
                edit.blockSignals(True)
                edit.setDate(
                    QDate(value.year, value.month, value.day) if value else QDate.currentDate()
                )
                edit.blockSignals(False)
        self.changed.emit()

    def set_authors(self, authors: Iterable[str]) -> None:
        """Offer every author seen so far, keeping the current choice."""
        chosen = self.author.currentData()
        known = {self.author.itemData(i) for i in range(1, self.author.count())}
        for name in sorted(set(authors) - known - {""}, key=str.casefold):
            self.author.addItem(name, name)
        if chosen:
            self.author.setCurrentIndex(max(0, self.author.findData(chosen)))

    def search_text(self) -> str:
        return self.query.text().strip()

    def log_filter(self) -> LogFilter:
        since: date | None
        until: date | None
        if self.period.currentData() == "custom":
            since, until = _python_date(self.since.date()), _python_date(self.until.date())
        else:
            since, until = period_range(self.period.currentData(), date.today())
        return LogFilter(
            since=since,
            until=until,
            channel=self.channel.currentData(),
            capacity=self.capacity.currentData(),
            author=self.author.currentData(),
            has_overrides=True if self.overrides_only.isChecked() else None,
        )


def _python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
