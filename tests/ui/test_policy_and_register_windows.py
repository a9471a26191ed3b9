"""The policy window (measures edited, checked, saved; audience texts) and the register."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem

from arabesk_desk.measures import default_measures
from arabesk_desk.paths import data_paths
from arabesk_desk.policy import SchoolPolicy, load_policy
from ui.incident_window import IncidentWindow
from ui.policy_window import PolicyWindow

POLICY = '# ICT\n[school]\nname = "De Arabesk"\n'


def policy_window(qtbot, test_checker, path, managed=False):
    window = PolicyWindow(
        default_measures(), "De Arabesk", test_checker.engine, path, managed=managed
    )
    qtbot.addWidget(window)
    return window


def test_the_window_saves_an_edited_measure_into_the_policy(qtbot, test_checker, tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, encoding="utf-8")
    window = policy_window(qtbot, test_checker, path)
    window.retention.setValue(3)
    window.actions_table.item(0, 1).setText("een goed gesprek met de directeur")
    assert window.save(), window.message.text()
    saved = load_policy(path)
    assert saved.measures.retention_years == 3
    assert saved.measures.actions["gesprek"] == "een goed gesprek met de directeur"
    assert path.read_text(encoding="utf-8").startswith("# ICT")


def test_an_unknown_measure_is_refused_and_nothing_is_written(qtbot, test_checker, tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(POLICY, encoding="utf-8")
    window = policy_window(qtbot, test_checker, path)
    window.violations.setItem(0, 5, QTableWidgetItem("gesprek, strafwerk"))
    assert not window.save()
    assert "strafwerk" in window.message.text()
    assert path.read_text(encoding="utf-8") == POLICY


def test_a_managed_policy_only_shows(qtbot, test_checker, tmp_path):
    window = policy_window(qtbot, test_checker, tmp_path / "machine.toml", managed=True)
    assert not window.save_button.isEnabled() and not window.retention.isEnabled()


def test_the_audience_texts_are_shown_with_the_readability_verdict(qtbot, test_checker, tmp_path):
    window = policy_window(qtbot, test_checker, None)
    window.audience.setCurrentIndex(2)
    assert window.preview.toPlainText().startswith(
        "Veilig online op De Arabesk: afspraken voor ouders"
    )
    assert "B1" in window.verdict.text() and "moeilijker" not in window.verdict.text()
    target = tmp_path / "ouders.txt"
    window.export_to(target, "text")
    assert "afspraken voor ouders" in target.read_text(encoding="utf-8")
    written = []
    window.write_pdf = lambda document, path: written.append(document.title)
    window.export_to(tmp_path / "x.pdf", "pdf")
    assert written == ["Veilig online op De Arabesk: afspraken voor ouders"]


def test_the_register_records_lists_and_exports(qtbot, services, tmp_path):
    window = IncidentWindow(services.store_lane, SchoolPolicy(), "Juf Test")
    qtbot.addWidget(window)
    qtbot.waitSignal(window.incidents_shown, timeout=5000)
    window.persons.setText("S.V.")
    window.note.setText("dreigbericht in de klassenapp")
    with qtbot.waitSignal(window.incidents_shown, timeout=5000):
        window.record()
    assert window.table.rowCount() == 1 and window.table.item(0, 7).text() == "S.V."
    window.persons.setText("Sanne Jansen")
    window.record()
    assert "volledige naam" in window.message.text()
    target = tmp_path / "overzicht.csv"
    window.export(target, "csv")
    assert "S.V." not in target.read_text(encoding="utf-8")
    assert data_paths().database.exists()
