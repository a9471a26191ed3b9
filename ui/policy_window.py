"""The policy window: the school's digital rules and measures (guidelines 9 and 10).

A leader edits violation types, measures and who does what; the window validates and saves
them as the policy's ``[measures]`` section (:mod:`arabesk_desk.measures_writing`) and shows
the text for staff, pupils and parents as it will be read, with the app's readability
verdict, to export as PDF or text. Under ICT's machine-wide policy it only shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.measures import AUDIENCES, TEXT_KEYS, Measures, parse_measures
from arabesk_desk.measures_writing import save_measures
from arabesk_desk.reports.audience_text import (
    AUDIENCE_LABELS,
    audience_document,
    readability_findings,
)
from arabesk_desk.reports.document import as_text
from checks import Engine, PackError

VIOLATION_COLUMNS = ("id", "name", "explain", "inform_parents", "inform_police", *AUDIENCES)
POLICE_LABELS = {"always": "altijd", "serious": "als het ernstig is", "never": "nooit"}


class PolicyWindow(QDialog):
    """Edit, check and save the measures; preview and export the audience texts."""

    def __init__(
        self,
        measures: Measures,
        school: str,
        engine: Engine,
        policy_file: Path | None,
        *,
        managed: bool = False,
        parent: QWidget | None = None,
        write_pdf: Callable[..., None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schoolbeleid: digitale regels en maatregelen"))
        self.school, self.engine, self.policy_file = school, engine, policy_file
        self.managed = managed or policy_file is None
        self.measures = measures
        self.write_pdf = write_pdf
        self._build()
        self.show_measures(measures)
        self.resize(1180, 700)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._violations_tab(), self.tr("Overtredingen"))
        self.tabs.addTab(self._actions_tab(), self.tr("Maatregelen"))
        self.tabs.addTab(self._general_tab(), self.tr("Afspraken"))
        self.tabs.addTab(self._texts_tab(), self.tr("Teksten voor de doelgroepen"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Controleren en &opslaan"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        where = self._where_text()
        layout.addWidget(QLabel(where))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.save_button.setEnabled(not self.managed)

    def _where_text(self) -> str:
        if self.policy_file is None:
            return self.tr(
                "Geen beleidsbestand gekozen: de standaardmaatregelen van de app gelden. Kies "
                "een beleidsbestand in de instellingen om ze aan te passen."
            )
        if self.managed:
            return self.tr("Beheerd door ICT (%1): alleen lezen.").replace(
                "%1", str(self.policy_file)
            )
        return self.tr("Opgeslagen in het schoolbeleid: %1").replace("%1", str(self.policy_file))

    def _violations_tab(self) -> QWidget:
        self.violations = QTableWidget(0, len(VIOLATION_COLUMNS))
        self.violations.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Naam"),
                self.tr("Uitleg (B1)"),
                self.tr("Ouders inlichten"),
                self.tr("Politie"),
                self.tr("Medewerkers"),
                self.tr("Leerlingen"),
                self.tr("Ouders"),
            ]
        )
        header = self.violations.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((140, 150, 260, 110, 130, 200, 200)):
            self.violations.setColumnWidth(column, width)
        self.violations.verticalHeader().hide()
        self.violations.setWordWrap(True)
        box = self._table_with_buttons(self.violations, self.tr("Overtreding"))
        hint = QLabel(
            self.tr(
                "Per groep de maatregelen, van licht naar zwaar: de ids uit het tabblad "
                "Maatregelen, met komma's. Politie: altijd, als het ernstig is, of nooit."
            )
        )
        hint.setWordWrap(True)
        layout = box.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, hint)
        return box

    def _actions_tab(self) -> QWidget:
        self.actions_table = QTableWidget(0, 2)
        self.actions_table.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Wat het is (B1)")])
        self.actions_table.setColumnWidth(0, 180)
        self.actions_table.horizontalHeader().setStretchLastSection(True)
        self.actions_table.verticalHeader().hide()
        return self._table_with_buttons(self.actions_table, self.tr("Maatregel"))

    def _table_with_buttons(self, table: QTableWidget, what: str) -> QWidget:
        add = QPushButton(self.tr("%1 toevoegen").replace("%1", what))
        remove = QPushButton(self.tr("Verwijderen"))
        add.clicked.connect(lambda: _add_row(table))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
        for button in (add, remove):
            button.setEnabled(not self.managed)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return box

    def _general_tab(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.retention = QSpinBox()
        self.retention.setRange(1, 50)
        self.retention.setSuffix(self.tr(" jaar"))
        form.addRow(self.tr("Bewaartermijn incidentgegevens"), self.retention)
        labels = {
            "register_keepers": self.tr("Wie houdt het register bij"),
            "report_to": self.tr("Bij wie meld je iets"),
            "victims": self.tr("Slachtoffers: wie helpt"),
            "press": self.tr("De pers: wie praat"),
        }
        self.text_fields: dict[str, QLineEdit] = {}
        for key in TEXT_KEYS:
            self.text_fields[key] = QLineEdit()
            form.addRow(labels[key], self.text_fields[key])
        self.device_fields: dict[str, QLineEdit] = {}
        for audience in AUDIENCES:
            self.device_fields[audience] = QLineEdit()
            label = self.tr("Telefoon en camera: %1").replace("%1", AUDIENCE_LABELS[audience])
            form.addRow(label, self.device_fields[audience])
        return box

    def _texts_tab(self) -> QWidget:
        self.audience = QComboBox()
        for audience in AUDIENCES:
            self.audience.addItem(AUDIENCE_LABELS[audience], audience)
        self.audience.currentIndexChanged.connect(lambda _index: self.show_text())
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        pdf = QPushButton(self.tr("Als &PDF bewaren…"))
        pdf.clicked.connect(self.export_pdf)
        text = QPushButton(self.tr("Als &tekst bewaren…"))
        text.clicked.connect(self.export_text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Doelgroep")))
        row.addWidget(self.audience)
        row.addStretch()
        row.addWidget(pdf)
        row.addWidget(text)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.preview, 1)
        return box

    # -- showing -------------------------------------------------------------------------

    def show_measures(self, measures: Measures) -> None:
        self.measures = measures
        self.violations.setRowCount(0)
        for v in measures.violations.values():
            police = POLICE_LABELS[v.inform_police]
            cells = [v.id, v.name, v.explain, "ja" if v.inform_parents else "nee", police]
            _add_row(self.violations, cells + [", ".join(v.measures[a]) for a in AUDIENCES])
        self.violations.resizeRowsToContents()
        self.actions_table.setRowCount(0)
        for action_id, text in measures.actions.items():
            _add_row(self.actions_table, [action_id, text])
        self.retention.setValue(measures.retention_years)
        for key, field in self.text_fields.items():
            field.setText(getattr(measures, key))
        for audience, field in self.device_fields.items():
            field.setText(measures.devices.get(audience, ""))
        for widget in (self.retention, *self.text_fields.values(), *self.device_fields.values()):
            widget.setEnabled(not self.managed)
        for table in (self.violations, self.actions_table):
            table.setEditTriggers(
                QTableWidget.EditTrigger.NoEditTriggers
                if self.managed
                else QTableWidget.EditTrigger.AllEditTriggers
            )
        self.show_text()

    def current_audience(self) -> str:
        return str(self.audience.currentData())

    def show_text(self) -> None:
        document = audience_document(self.measures, self.school, self.current_audience())
        text = as_text(document)
        self.preview.setPlainText(text)
        findings = readability_findings(document, self.engine)
        if not findings:
            self.verdict.setText(self.tr("✓ Leest op B1-niveau volgens de leesbaarheidsregels."))
            return
        hard = "; ".join(f"“{' '.join(text[f.start : f.end].split())[:70]}”" for f in findings)
        self.verdict.setText(self.tr("Deze tekst leest moeilijker dan B1: %1").replace("%1", hard))

    # -- editing and saving ----------------------------------------------------------------

    def edited_table(self) -> dict[str, object]:
        """The form as a ``[measures]`` table (checked by :func:`parse_measures`)."""
        violations = {}
        for row in range(self.violations.rowCount()):
            cells = [_cell(self.violations, row, c) for c in range(len(VIOLATION_COLUMNS))]
            if not cells[0]:
                continue
            violations[cells[0]] = {
                "name": cells[1],
                "explain": cells[2],
                "inform_parents": cells[3].lower() in ("ja", "yes", "true", "1", "x"),
                "inform_police": _police_id(cells[4]),
                **{a: _ids(cells[5 + i]) for i, a in enumerate(AUDIENCES)},
            }
        actions = {
            _cell(self.actions_table, r, 0): _cell(self.actions_table, r, 1)
            for r in range(self.actions_table.rowCount())
            if _cell(self.actions_table, r, 0)
        }
        return {
            "retention_years": self.retention.value(),
            **{key: field.text() for key, field in self.text_fields.items()},
            "devices": {a: f.text() for a, f in self.device_fields.items() if f.text().strip()},
            "actions": actions,
            "violations": violations,
        }

    def check_form(self) -> Measures | None:
        try:
            measures = parse_measures(self.edited_table(), _FormError)
        except _FormError as exc:
            self._say(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)), problem=True)
            return None
        return measures

    def save(self) -> bool:
        measures = self.check_form()
        if measures is None or self.policy_file is None or self.managed:
            return False
        try:
            policy = save_measures(self.policy_file, measures)
        except (PackError, OSError) as exc:
            self._say(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)), problem=True)
            return False
        self.show_measures(policy.measures)
        self._say(self.tr("Opgeslagen in %1.").replace("%1", str(self.policy_file)))
        return True

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if problem else "")
        self.message.setText(text)

    def export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("PDF bewaren"), self._suggested("pdf"), "PDF (*.pdf)"
        )
        if path:
            self.export_to(Path(path), "pdf")

    def export_text(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Tekst bewaren"), self._suggested("txt"), self.tr("Tekst (*.txt)")
        )
        if path:
            self.export_to(Path(path), "text")

    def _suggested(self, suffix: str) -> str:
        return f"veilig-online-{AUDIENCE_LABELS[self.current_audience()]}.{suffix}"

    def export_to(self, path: Path, kind: str) -> None:
        document = audience_document(self.measures, self.school, self.current_audience())
        try:
            if kind == "pdf":
                from ui.pdf_writer import write_pdf

                (self.write_pdf or write_pdf)(document, path)
            else:
                path.write_text(as_text(document), encoding="utf-8")
        except OSError as exc:
            self._say(self.tr("Niet bewaard: %1").replace("%1", str(exc)), problem=True)
            return
        self._say(self.tr("Bewaard: %1").replace("%1", str(path)))


class _FormError(Exception):
    def __init__(self, needle: str, problem: str) -> None:
        super().__init__(problem)


def _add_row(table: QTableWidget, cells: list[str] | None = None) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(cells or [""] * table.columnCount()):
        table.setItem(row, column, QTableWidgetItem(text))


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _police_id(text: str) -> str:
    reverse = {label: key for key, label in POLICE_LABELS.items()}
    return reverse.get(text.strip(), text.strip())
