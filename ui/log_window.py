"""The publication log: search and filter what was published, read an entry with its findings
and review trail, export it, check the chain, and see the year at a glance."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from arabesk_desk.review.logged import check_logged_review, logged_trail
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.store import LogEntry, LogFilter
from arabesk_desk.store.export import write_csv, write_json
from arabesk_desk.user_settings import DEFAULT_CHANNELS
from checks import Finding
from ui.lanes.store_lane import StoreLane
from ui.log_charts import MonthlyBarChart, YearOverview, year_overview
from ui.log_filters import LogFilterBar
from ui.review_html import (
    capacity_label,
    findings_list,
    local_time,
    role_label,
    trail_html,
    verdict_html,
)

PAGE_SIZE = 500
COLUMNS = ("Datum", "Auteur", "Kanalen", "Hoedanigheid", "Tekst", "Adviezen", "Genegeerd", "Review")
KIND_LABELS = {
    "published": "gepubliceerd",
    "imported": "geïmporteerd",
    "correction": "correctie",
    "withdrawal": "verwijderd",
    "url_added": "link toegevoegd",
}


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lane = store_lane
        self.review_policy = review_policy or ReviewPolicy()
        self.entries: list[LogEntry] = []
        self.filters = LogFilterBar(channels)
        self._build()
        self._connect()
        self.setWindowTitle(self.tr("Arabesk Desk — logboek"))
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
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
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
        self.export_csv_button = QPushButton(self.tr("Exporteren als &CSV…"))
        self.export_json_button = QPushButton(self.tr("Exporteren als &JSON…"))
        self.verify_button = QPushButton(self.tr("Logboek &controleren"))
        row.addWidget(self.count_label, 1)
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

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.export_csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.export_json_button.clicked.connect(lambda: self._ask_export("json"))
        self.verify_button.clicked.connect(self.verify)
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
            for column, value in enumerate(_row_values(entry)):
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
        return self.tr("%1 publicatie(s)").replace("%1", str(shown))

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
        self.detail.setHtml(entry_html(entry, later, self.review_policy))
        self.entry_shown.emit(entry.id)

    # -- export and verify -----------------------------------------------------------------

    def _ask_export(self, fmt: str) -> None:
        pattern = self.tr("CSV-bestand (*.csv)") if fmt == "csv" else self.tr("JSON (*.json)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Logboek exporteren"), f"arabesk-logboek.{fmt}", pattern
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
            self.tr("%1 publicatie(s) geëxporteerd naar %2")
            .replace("%1", str(count))
            .replace("%2", str(path))
        )
        self.exported.emit(str(path), count)

    def verify(self) -> None:
        self.lane.submit(lambda store: store.verify(), self._verified, self.tr("controleren"))

    def _verified(self, result: Any) -> None:
        if result.ok:
            text = self.tr("Logboek in orde: %1 publicatie(s), keten klopt.").replace(
                "%1", str(result.checked)
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


def _export(store: Any, path: Path, fmt: str, query: str, filters: LogFilter) -> int:
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


def _row_values(entry: LogEntry) -> list[str]:
    item = entry.item
    first_line = next((line for line in item.text.splitlines() if line.strip()), "")
    kind = "" if item.kind == "published" else f"[{KIND_LABELS.get(item.kind, item.kind)}] "
    review = item.review or {}
    return [
        local_time(item.published_at),
        item.author,
        ", ".join(item.channels),
        capacity_label(item.capacity),
        kind + first_line,
        str(len(item.findings)),
        str(len(item.overrides)) if item.overrides else "",
        str(review.get("decision") or review.get("status") or ""),
    ]


def entry_html(entry: LogEntry, later: Sequence[LogEntry], policy: ReviewPolicy) -> str:
    """One entry in full: text, facts, findings, overrides with reasons, review, later notes."""
    item = entry.item
    findings = _findings(item.findings)
    facts = (
        f"<b>{html.escape(item.author)}</b> ({html.escape(role_label(item.role))}) · "
        f"{html.escape(', '.join(item.channels))} · {html.escape(capacity_label(item.capacity))}"
        f" · {html.escape(local_time(item.published_at))} · "
        f"{html.escape(KIND_LABELS.get(item.kind, item.kind))} · #{entry.seq}"
    )
    parts = [
        f"<p>{facts}</p>",
        "<p style='white-space:pre-wrap'>" + html.escape(item.text) + "</p>",
    ]
    if item.url:
        parts.append(f"<p><a href='{html.escape(item.url)}'>{html.escape(item.url)}</a></p>")
    if item.note:
        parts.append(f"<p><i>{html.escape(item.note)}</i></p>")
    parts.append(_heading("Adviezen bij publicatie") + findings_list(findings, item.text))
    if item.overrides:
        rows = "".join(
            f"<li><b>{html.escape(o.rule)}</b> “{html.escape(o.excerpt)}”: "
            f"{html.escape(o.reason)}</li>"
            for o in item.overrides
        )
        parts.append(_heading("Genegeerde fouten, met reden") + f"<ul>{rows}</ul>")
    parts.append(_heading("Review") + _review_html(item, policy))
    if later:
        rows = "".join(
            f"<li>{html.escape(local_time(e.item.published_at))}: "
            f"{html.escape(KIND_LABELS.get(e.item.kind, e.item.kind))} "
            f"{html.escape(e.item.note or e.item.url or '')}</li>"
            for e in later
        )
        parts.append(_heading("Later") + f"<ul>{rows}</ul>")
    return "".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LogWindow", text)


def _heading(text: str) -> str:
    return f"<h4>{html.escape(_tr(text))}</h4>"


def _findings(raw: Sequence[dict[str, Any]]) -> list[Finding]:
    result = []
    for entry in raw:
        try:
            result.append(Finding.from_dict(entry))
        except (KeyError, ValueError, TypeError):
            continue
    return result


def _review_html(item: Any, policy: ReviewPolicy) -> str:
    if not item.review:
        return f"<p><i>{html.escape(_tr('Zonder review gepubliceerd.'))}</i></p>"
    verdict = check_logged_review(
        item.review,
        text=item.text,
        channels=item.channels,
        capacity=item.capacity,
        author=item.author,
        role=item.role,
        draft_id=item.draft_id,
        attachment_hashes=item.attachment_hashes,
        policy=policy,
    )
    check = ""
    if verdict is not None:
        check = f"<p>{verdict_html(verdict.valid, verdict.reason)}</p>"
    return check + trail_html(logged_trail(item.review))
