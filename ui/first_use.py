"""First use: ask the writer's name and role, so requests and the log say who wrote a post."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.user_settings import UserSettings, save_settings
from checks import Role


class FirstUseDialog(QDialog):
    """ "Welkom": name and role, saved to the settings file; both can change later."""

    settings_saved = Signal(object)  # UserSettings
    save_failed = Signal(str)  # why the file could not be written (the name still applies)

    def __init__(
        self, settings: UserSettings, settings_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.settings_path = settings_path
        self.setWindowTitle(self.tr("Welkom"))
        intro = QLabel(
            self.tr(
                "Welkom bij Arabesk Desk. Hoe heet je? Je naam staat bij je verzoeken om "
                "beoordeling en in het logboek van wat je publiceert. Je kunt hem later "
                "wijzigen via Bestand › Instellingen."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(settings.name)
        self.name_edit.setAccessibleName(self.tr("Je naam"))
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld Anna de Vries"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Je rol"))
        for role, label in (
            (Role.STAFF, self.tr("medewerker")),
            (Role.COMMUNICATIONS, self.tr("communicatie")),
            (Role.LEADER, self.tr("schoolleider")),
        ):
            self.role_combo.addItem(label, role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(settings.role)))
        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.name_edit)
        form.addRow(self.tr("&Rol:"), self.role_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.name_edit.textChanged.connect(self._sync)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._sync()

    def _sync(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(bool(self.name_edit.text().strip()))

    def save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        settings = replace(self.original, name=name, role=Role(self.role_combo.currentData()))
        self.settings_saved.emit(settings)
        if self.settings_path is not None:
            try:
                save_settings(self.settings_path, settings)
            except OSError as exc:
                self.save_failed.emit(
                    self.tr(
                        "Je naam geldt nu, maar kon niet worden bewaard: %1. Sla hem later op "
                        "via Bestand › Instellingen."
                    ).replace("%1", exc.strerror or str(exc))
                )
        self.accept()
