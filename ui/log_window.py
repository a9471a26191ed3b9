"""The publication log: search and filter what was published, read an entry with its findings
and review trail, export it, check the chain, and see the year at a glance."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.store import LogEntry, LogFilter, Store
from arabesk_desk.store.export import write_csv, write_json
from arabesk_desk.store.verify import VerifyResult
from arabesk_desk.user_settings import DEFAULT_CHANNELS
from checks.channels import Channel
from ui.channel_names import label_for
from ui.i18n import count_text
from ui.lanes.store_lane import StoreLane
from ui.log_charts import MonthlyBarChart, YearOverview, year_overview
from ui.log_entry_html import entry_html, row_values
from ui.log_filters import LogFilterBar
from ui.log_followups import FollowUps
from ui.user_folders import user_folder

PAGE_SIZE = 500


class LogWindow(QMainWindow):
    """Reads the log through the store lane; never touches the database on the GUI thread."""

    entries_loaded = Signal(object)  # list[LogEntry]
    entry_shown = Signal(str)  # entry id
    overview_loaded = Signal(object)  # YearOverview
    exported = Signal(str, int)  # path, entries written
    verified = Signal(object)  # VerifyResult
    problem = Signal(str)

    def __init__(
        self,
        store_lane: StoreLane,
        *,
        review_policy: ReviewPolicy | None = None,
        channels: Sequence[str] = DEFAULT_CHANNELS,
        channel_table: Mapping[str, Channel] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = store_lane
        self.review_policy = review_policy or ReviewPolicy()
        self.channel_table = dict(channel_table or {})
        self.entries: list[LogEntry] = []
        self.shown: LogEntry | None = None
        self.follow_ups = FollowUps(store_lane, self)
        self.filters = LogFilterBar(
            [(name, label_for(name, self.channel_table)) for name in channels]
        )
        self._build()
        self._connect()
        self.setWindowTitle(self.tr("Logboek"))
        self.resize(1150, 740)
        self.refresh()
        self.load_overview()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list_tab(), self.tr("Publicaties"))
        self.tabs.addTab(self._build_overview_tab(), self.tr("Jaaroverzicht"))
        self.setCentralWidget(self.tabs)

    def _build_list_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.filters)
        columns = [
            self.tr("Datum"),
            self.tr("Auteur"),
            self.tr("Kanalen"),
            self.tr("Namens"),
            self.tr("Tekst"),
            self.tr("Adviezen"),
            self.tr("Toch gepubliceerde fouten"),
            self.tr("Beoordeling"),
        ]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Details van de publicatie"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 300])
        column.addWidget(splitter, 1)
        column.addLayout(self._build_actions())
        return tab

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.url_button = QPushButton(self.tr("&Link toevoegen…"))
        self.withdraw_button = QPushButton(self.tr("&Verwijdering vastleggen…"))
        for button in (self.url_button, self.withdraw_button):
            button.setEnabled(False)
        self.export_csv_button = QPushButton(self.tr("Exporteren als &CSV…"))
        self.export_json_button = QPushButton(self.tr("Exporteren als &JSON…"))
        self.verify_button = QPushButton(self.tr("Logboek &controleren"))
        row.addWidget(self.count_label, 1)
        row.addWidget(self.url_button)
        row.addWidget(self.withdraw_button)
        for button in (self.verify_button, self.export_csv_button, self.export_json_button):
            row.addWidget(button)
        return row

    def _build_overview_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.overview_summary = QLabel()
        self.overview_summary.setWordWrap(True)
        top.addWidget(QLabel(self.tr("Jaar:")))
        top.addWidget(self.year)
        top.addWidget(self.overview_summary, 1)
        column.addLayout(top)
        grid = QGridLayout()
        self.channel_chart = MonthlyBarChart(self.tr("Berichten per maand en kanaal"))
        self.capacity_chart = MonthlyBarChart(self.tr("Persoonlijk en namens de school"))
        self.override_chart = MonthlyBarChart(self.tr("Genegeerde fouten per maand"))
        grid.addWidget(self.channel_chart, 0, 0, 1, 2)
        grid.addWidget(self.capacity_chart, 1, 0)
        grid.addWidget(self.override_chart, 1, 1)
        column.addLayout(grid, 1)
        return tab

    def _ask_url(self) -> None:
        if self.shown is not None:
            self.follow_ups.ask_url(self.shown)

    def _ask_withdrawal(self) -> None:
        if self.shown is not None:
            self.follow_ups.ask_withdrawal(self.shown)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.export_csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.export_json_button.clicked.connect(lambda: self._ask_export("json"))
        self.verify_button.clicked.connect(self.verify)
        self.url_button.clicked.connect(self._ask_url)
        self.withdraw_button.clicked.connect(self._ask_withdrawal)
        self.follow_ups.recorded.connect(lambda _entry: self.refresh())
        self.follow_ups.problem.connect(self._show_problem)
        self.year.valueChanged.connect(lambda _: self.load_overview())

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list for the current search and filters (call it after a publish)."""
        query, filters = self.filters.search_text(), self.filters.log_filter()
        self.lane.submit(
            lambda store: store.search(query, filters, limit=PAGE_SIZE + 1),
            self._loaded,
            self.tr("logboek lezen"),
        )

    def _loaded(self, entries: list[LogEntry]) -> None:
        more = len(entries) > PAGE_SIZE
        self.entries = entries[:PAGE_SIZE]
        self.filters.set_authors(e.item.author for e in self.entries)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, value in enumerate(row_values(entry, self.channel_table)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(entry.item.text if column == 4 else value)
                self.table.setItem(row, column, cell)
        self.count_label.setText(self._count_text(len(self.entries), more))
        if self.entries:
            self.table.selectRow(0)
        else:
            self.detail.setHtml(f"<p><i>{html.escape(self.tr('Niets gevonden.'))}</i></p>")
        self.entries_loaded.emit(self.entries)

    def _count_text(self, shown: int, more: bool) -> str:
        if more:
            return self.tr("De eerste %1 worden getoond; verfijn je zoekopdracht.").replace(
                "%1", str(shown)
            )
        return count_text(
            shown, self.tr("Geen publicaties"), self.tr("1 publicatie"), self.tr("%1 publicaties")
        )

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return
        entry = self.entries[rows[0].row()]
        self.lane.submit(
            lambda store: store.referring(entry.id),
            lambda later: self._show_entry(entry, later),
            self.tr("publicatie lezen"),
        )

    def _show_entry(self, entry: LogEntry, later: list[LogEntry]) -> None:
        self.shown = entry
        about_a_post = entry.item.kind in ("published", "imported")
        for button in (self.url_button, self.withdraw_button):
            button.setEnabled(about_a_post)
        self.detail.setHtml(entry_html(entry, later, self.review_policy, self.channel_table))
        self.entry_shown.emit(entry.id)

    def _show_problem(self, message: str) -> None:
        self.count_label.setText(message)
        self.problem.emit(message)

    # -- export and verify -----------------------------------------------------------------

    def _ask_export(self, fmt: str) -> None:
        pattern = self.tr("CSV-bestand (*.csv)") if fmt == "csv" else self.tr("JSON (*.json)")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Logboek exporteren"),
            str(Path(user_folder()) / f"arabesk-logboek.{fmt}"),
            pattern,
        )
        if name:
            self.export_to(Path(name), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write every entry matching the current search and filters (not only the shown page)."""
        query, filters = self.filters.search_text(), self.filters.log_filter()
        self.lane.submit(
            lambda store: _export(store, path, fmt, query, filters),
            lambda count: self._exported(path, count),
            self.tr("exporteren"),
        )

    def _exported(self, path: Path, count: int) -> None:
        self.count_label.setText(
            count_text(
                count,
                self.tr("Niets geëxporteerd naar %2"),
                self.tr("1 publicatie geëxporteerd naar %2"),
                self.tr("%1 publicaties geëxporteerd naar %2"),
            ).replace("%2", str(path))
        )
        self.exported.emit(str(path), count)

    def verify(self) -> None:
        self.lane.submit(lambda store: store.verify(), self._verified, self.tr("controleren"))

    def _verified(self, result: VerifyResult) -> None:
        if result.ok:
            text = self.tr("Logboek in orde: %1 gecontroleerd, keten klopt.").replace(
                "%1",
                count_text(
                    result.checked,
                    self.tr("geen publicaties"),
                    self.tr("1 publicatie"),
                    self.tr("%1 publicaties"),
                ),
            )
        else:
            text = self.tr("Het logboek is gewijzigd! Eerste afwijking bij nummer %1: %2")
            text = text.replace("%1", str(result.first_bad_seq)).replace("%2", result.reason)
            self.problem.emit(text)
        self.count_label.setText(text)
        self.verified.emit(result)

    # -- the yearly overview ---------------------------------------------------------------

    def load_overview(self) -> None:
        year = self.year.value()
        filters = LogFilter(since=date(year, 1, 1), until=date(year, 12, 31))
        self.lane.submit(
            lambda store: year_overview(store.entries(filters, newest_first=False), year),
            self._show_overview,
            self.tr("jaaroverzicht"),
        )

    def _show_overview(self, overview: YearOverview) -> None:
        self.channel_chart.set_series(list(overview.per_channel.items()))
        self.capacity_chart.set_series(
            [
                (self.tr("persoonlijk"), overview.personal),
                (self.tr("namens de school"), overview.official),
            ],
            ("#56B4E9", "#0072B2"),
        )
        self.override_chart.set_series([(self.tr("genegeerd"), overview.overrides)], ("#D55E00",))
        self.overview_summary.setText(
            self.tr("%1: %2 berichten, %3 met review, %4 genegeerde fouten, %5 verwijderd.")
            .replace("%1", str(overview.year))
            .replace("%2", str(overview.posts))
            .replace("%3", str(overview.reviewed))
            .replace("%4", str(overview.override_total))
            .replace("%5", str(overview.withdrawals))
        )
        self.overview_loaded.emit(overview)


def _export(store: Store, path: Path, fmt: str, query: str, filters: LogFilter) -> int:
    """Runs on the store thread: every match, oldest first, to ``path``."""
    entries = (
        store.search(query, filters, limit=10_000_000)
        if query
        else store.entries(filters, newest_first=False)
    )
    with open(path, "w", encoding="utf-8", newline="") as out:
        if fmt == "csv":
            return int(write_csv(entries, out))
        return int(write_json(entries, out, (store.count(), store.head_hash())))
