"""Photo consent in the compose window: a pictured pupil without consent is an error."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from arabesk_desk.paths import data_paths
from arabesk_desk.store import Store
from checks.consent import ConsentRecord
from tests.ui.conftest import type_text, wait_painted

RULE = "confidential.photo_consent"


def import_register() -> None:
    with Store.open(data_paths().database) as store:
        store.import_consent(
            [ConsentRecord("Sanne", "Vries", "de", "5A", uses=(("social_media", False),))],
            "privacy.csv",
        )


def consent_findings(window):
    return [f for f in window.findings() if f.rule == RULE]


def test_a_photo_of_a_named_pupil_without_consent_blocks_it(qtbot, window, tmp_path):
    import_register()
    type_text(qtbot, window, "Sanne de Vries op het schoolplein")
    assert consent_findings(window) == []  # no photo yet
    photo = tmp_path / "plein.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    image.save(str(photo))
    with qtbot.waitSignal(window.consent.loaded, timeout=5000):
        window.attachments.add_files([str(photo)])
    qtbot.waitUntil(lambda: bool(consent_findings(window)), timeout=5000)
    [found] = consent_findings(window)
    assert str(found.severity) == "error" and "Sanne de Vries (5A)" in found.message


def test_a_pupil_marked_as_pictured_counts_too(qtbot, window, tmp_path):
    import_register()
    type_text(qtbot, window, "De sportdag!")
    photo = tmp_path / "sport.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    image.save(str(photo))
    with qtbot.waitSignal(window.consent.loaded, timeout=5000):
        window.attachments.add_files([str(photo)])
    assert window.attachments.pictured_edit.isVisibleTo(window)
    window.attachments.pictured_edit.setText("Sanne de Vries")
    qtbot.waitUntil(lambda: bool(consent_findings(window)), timeout=5000)
    wait_painted(qtbot, window)
