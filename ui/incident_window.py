"""The incident register window (guideline 10): record, follow up, and the yearly overview.

Every read and write goes through the store lane; the list refreshes itself after each
write. Opening the window applies the policy's retention period first (details erased,
counts kept), as the CLI does.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.incidents import (
    CHANNELS,
    GROUP_LABELS,
    STATUSES,
    Incident,
    IncidentProblem,
    checked_details,
    checked_fields,
)
from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.reports.year_overview import overview_document, overview_rows
from arabesk_desk.store import Store
from arabesk_desk.store.incident_register import year_overview
from ui.lanes.store_lane import StoreLane

COLUMNS = ("Nr.", "Datum", "Groep", "Soort", "Kanaal", "Maatregel", "Status", "Wie", "Wat")


class IncidentWindow(QDialog):
    """The register as a table, a form to add one, and the yearly overview's exports."""

    incidents_shown = Signal(int)  # how many rows the table shows now

    def __init__(
        self,
        store_lane: StoreLane,
        policy: SchoolPolicy,
        recorded_by: str = "",
        parent: QWidget | None = None,
        write_pdf: Callable[..., None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Incidentenregister"))
        self.store_lane, self.policy, self.recorded_by = store_lane, policy, recorded_by
        self.write_pdf = write_pdf
        self.incidents: list[Incident] = []
        self._build()
        self.resize(1280, 700)
        years = policy.measures.retention_years
        self.store_lane.submit(
            lambda store: store.apply_incident_retention(years), self._retention_done
        )

    def _build(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._overview_row())
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self._add_form(), 3)
        below.addWidget(self._status_box(), 1)
        layout.addLayout(below)
        layout.addWidget(self.message)

    def _overview_row(self) -> QHBoxLayout:
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        pdf = QPushButton(self.tr("Jaaroverzicht als &PDF…"))
        pdf.clicked.connect(self._export_pdf)
        csv_button = QPushButton(self.tr("Jaaroverzicht als &CSV…"))
        csv_button.clicked.connect(self._export_csv)
        note = QLabel(
            self.tr("Namen en notities worden na %1 jaar gewist; de aantallen blijven.").replace(
                "%1", str(self.policy.measures.retention_years)
            )
        )
        note.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Jaar")))
        row.addWidget(self.year)
        row.addWidget(pdf)
        row.addWidget(csv_button)
        row.addStretch()
        row.addWidget(note)
        return row

    def _add_form(self) -> QGroupBox:
        measures = self.policy.measures
        box = QGroupBox(self.tr("Incident vastleggen"))
        form = QFormLayout(box)
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(QDate.currentDate())  # an incident has already happened
        self.group = _combo({g: GROUP_LABELS[g] for g in GROUP_LABELS})
        self.kind = _combo({v.id: v.name for v in measures.violations.values()})
        self.channel = _combo({c: c for c in CHANNELS})
        self.measure = _combo(dict(measures.actions))
        self.persons = QLineEdit()
        self.persons.setPlaceholderText(
            self.tr("initialen of een schuilnaam, geen volledige namen")
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("wat er gebeurde, in een paar woorden (geen berichttekst)")
        )
        add = QPushButton(self.tr("&Vastleggen"))
        add.clicked.connect(self.record)
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Datum"), self.when),
            (self.tr("Groep"), self.group),
            (self.tr("Soort"), self.kind),
            (self.tr("Kanaal"), self.channel),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
            top.addSpacing(12)
        top.addStretch()
        form.addRow(top)
        form.addRow(self.tr("Maatregel"), self.measure)
        form.addRow(self.tr("Betrokkenen"), self.persons)
        form.addRow(self.tr("Wat"), self.note)
        form.addRow(add)
        return box

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gekozen incident"))
        layout = QVBoxLayout(box)
        self.status = _combo(dict(STATUSES))
        change = QPushButton(self.tr("&Status wijzigen"))
        change.clicked.connect(self.change_status)
        erase = QPushButton(self.tr("Gegevens &wissen"))
        erase.clicked.connect(self.erase_selected)
        layout.addWidget(self.status)
        layout.addWidget(change)
        layout.addWidget(erase)
        layout.addStretch()
        return box

    # -- reading -------------------------------------------------------------------------

    def _retention_done(self, erased: list[str]) -> None:
        if erased:
            self._say(
                self.tr("Bewaartermijn: van %1 incident(en) zijn de gegevens gewist.").replace(
                    "%1", str(len(erased))
                )
            )
        self.refresh()

    def refresh(self) -> None:
        self.store_lane.submit(lambda store: store.incidents(), self._show)

    def _show(self, incidents: list[Incident]) -> None:
        self.incidents = sorted(incidents, key=lambda i: (i.fields.date, i.id), reverse=True)
        self.table.setRowCount(0)
        for incident in self.incidents:
            self._add_row(incident)
        self.incidents_shown.emit(len(self.incidents))

    def _add_row(self, incident: Incident) -> None:
        f, measures = incident.fields, self.policy.measures
        violation = measures.violations.get(f.type)
        persons = incident.details.get("persons", [])
        who = ", ".join(str(p) for p in persons) if isinstance(persons, list) else ""
        what = self.tr("[gewist]") if incident.erased else str(incident.details.get("note", ""))
        cells = (
            incident.id,
            f.date,
            GROUP_LABELS.get(f.group, f.group),
            violation.name if violation else f.type,
            f.channel,
            measures.actions.get(f.measure, f.measure),
            STATUSES.get(f.status, f.status),
            who,
            what,
        )
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    # -- writing -------------------------------------------------------------------------

    def record(self) -> None:
        try:
            fields = checked_fields(
                self.policy.measures,
                when=self.when.date().toString("yyyy-MM-dd"),
                group=str(self.group.currentData()),
                violation=str(self.kind.currentData()),
                channel=str(self.channel.currentData()),
                measure=str(self.measure.currentData()),
            )
            details = checked_details(self.persons.text(), self.note.text())
        except IncidentProblem as problem:
            self._say(problem.message, problem=True)
            return
        by = self.recorded_by

        def done(incident: Incident) -> None:
            self.persons.clear()
            self.note.clear()
            self._say(self.tr("Vastgelegd als %1.").replace("%1", incident.id))
            self.refresh()

        self.store_lane.submit(lambda store: store.record_incident(fields, details, by), done)

    def selected(self) -> Incident | None:
        row = self.table.currentRow()
        return self.incidents[row] if 0 <= row < len(self.incidents) else None

    def change_status(self) -> None:
        incident = self.selected()
        if incident is None:
            self._say(self.tr("Kies eerst een incident in de lijst."), problem=True)
            return
        changes = {"status": str(self.status.currentData())}
        self._write(
            lambda s: s.update_incident(incident.id, changes, checked_details(), self.recorded_by)
        )

    def erase_selected(self) -> None:
        incident = self.selected()
        if incident is None:
            self._say(self.tr("Kies eerst een incident in de lijst."), problem=True)
            return
        self._write(lambda s: s.erase_incident(incident.id, "gewist in het register"))

    def _write(self, op: Callable[[Store], object]) -> None:
        self.store_lane.submit(op, lambda _result: self.refresh())

    # -- the yearly overview ---------------------------------------------------------------

    def _export_pdf(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Jaaroverzicht bewaren"), f"incidenten-{year}.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export(Path(path), "pdf")

    def _export_csv(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Jaaroverzicht bewaren"), f"incidenten-{year}.csv", "CSV (*.csv)"
        )
        if path:
            self.export(Path(path), "csv")

    def export(self, path: Path, kind: str) -> None:
        overview = year_overview(self.incidents, self.year.value())
        try:
            if kind == "pdf":
                from ui.pdf_writer import write_pdf

                (self.write_pdf or write_pdf)(overview_document(overview, self.policy), path)
            else:
                out = io.StringIO()
                writer = csv.writer(out, lineterminator="\n")
                writer.writerow(["category", "value", "label", "count"])
                writer.writerows(overview_rows(overview, self.policy))
                path.write_text(out.getvalue(), encoding="utf-8")
        except OSError as exc:
            self._say(self.tr("Niet bewaard: %1").replace("%1", str(exc)), problem=True)
            return
        self._say(self.tr("Bewaard: %1").replace("%1", str(path)))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if problem else "")
        self.message.setText(text)


def _combo(items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for key, label in items.items():
        combo.addItem(label, key)
    return combo
