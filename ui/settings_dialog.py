"""The settings dialog: about you, language and theme, school policy, spelling, channels.

API::

    dialog = SettingsDialog(settings, channels, settings_path=paths.settings_file, parent=w)
    dialog.settings_saved.connect(lambda new: ...)   # UserSettings, after a successful save
    dialog.open()
    dialog.edited_settings()   # the values as entered now (UserSettings)

``channels`` is the engine's channel table (``engine.channels``: name -> checks Channel).
A policy file is checked with :func:`arabesk_desk.policy.load_policy` when chosen; a bad one
shows its error and the old value stays. With ``managed`` (ICT's machine-wide policy is in
force: :class:`ManagedPolicy`) the dialog says so, the user's own file may only add terms
(:func:`arabesk_desk.machine_policy.load_term_additions` checks it), and a review folder the
policy sets is shown, not editable. Saving validates the rest (server address, folders,
at least one channel) and keeps the dialog open with a clear message when something is wrong;
a failed write loses nothing either. Without ``settings_path`` nothing is written (the
caller saves). Everything applies at once except the language, which needs a new start. Field
labels line up across the groups; folder and file choosers open in the user's own folders.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.machine_policy import load_term_additions
from arabesk_desk.policy import PolicyError, load_policy
from arabesk_desk.review.folder import expanded_folder
from arabesk_desk.user_settings import UserSettings, save_settings
from checks import Role
from checks.channels import Channel
from ui.channel_names import channel_label
from ui.i18n import SUPPORTED_LANGUAGES
from ui.theme import THEME_SETTING, THEMES, theme_choice
from ui.user_folders import user_folder

CHANNEL_COLUMNS = 3


@dataclass(frozen=True, slots=True)
class ManagedPolicy:
    """ICT's machine-wide policy as the dialog shows it."""

    file: Path
    school_name: str
    review_folder: str = ""  # set by the policy: the user cannot choose another


class SettingsDialog(QDialog):
    """Edits a copy of the user's settings; nothing changes until "Opslaan" succeeds."""

    settings_saved = Signal(object)  # UserSettings

    def __init__(
        self,
        settings: UserSettings,
        channels: Mapping[str, Channel],
        settings_path: Path | None = None,
        parent: QWidget | None = None,
        *,
        managed: ManagedPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.settings_path = settings_path
        self.managed = managed
        self.policy_file = settings.policy_file
        self.setWindowTitle(self.tr("Instellingen"))
        self.setAccessibleName(self.tr("Instellingen"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        self._forms: list[QFormLayout] = []
        layout.addWidget(self._about_you())
        layout.addWidget(self._appearance())
        layout.addWidget(self._school())
        layout.addWidget(self._language_tool())
        layout.addWidget(self._channels(channels))
        _align_labels(self._forms)
        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Foutmelding"))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(self._buttons())
        self._load(settings)

    # -- sections -----------------------------------------------------------------------

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._forms.append(form)
        return form

    def _about_you(self) -> QGroupBox:
        box = QGroupBox(self.tr("Over jou"))
        form = self._form(box)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Naam"))
        self.name_edit.setPlaceholderText(self.tr("zoals collega's je kennen"))
        form.addRow(self.tr("&Naam:"), self.name_edit)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Rol"))
        for role, label in self._role_labels().items():
            self.role_combo.addItem(label, role)
        form.addRow(self.tr("&Rol:"), self.role_combo)
        return box

    def _appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Weergave"))
        form = self._form(box)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Taal"))
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        form.addRow(self.tr("&Taal (na herstart):"), self.language_combo)
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Licht of donker"))
        labels = (self.tr("Zoals het systeem"), self.tr("Licht"), self.tr("Donker"))
        for name, label in zip(THEMES, labels, strict=True):
            self.theme_combo.addItem(label, name)
        form.addRow(self.tr("&Licht of donker:"), self.theme_combo)
        return box

    def _role_labels(self) -> dict[Role, str]:
        return {
            Role.STAFF: self.tr("medewerker"),
            Role.COMMUNICATIONS: self.tr("communicatie"),
            Role.LEADER: self.tr("schoolleider"),
        }

    def _school(self) -> QGroupBox:
        box = QGroupBox(self.tr("School"))
        form = self._form(box)
        if self.managed is not None:
            form.addRow(self._managed_note(self.managed))
        self.policy_edit = self._path_field(
            self.tr("Eigen termen") if self.managed else self.tr("Beleidsbestand van de school")
        )
        pick = self._small_button(self.tr("&Kiezen…"), self._pick_policy)
        pick.setAccessibleName(self.tr("Beleidsbestand kiezen"))
        clear = self._small_button(self.tr("Wissen"), self._clear_policy)
        clear.setAccessibleName(self.tr("Beleidsbestand wissen"))
        label = self.tr("Eigen &termen:") if self.managed else self.tr("&Beleidsbestand:")
        form.addRow(label, _row(self.policy_edit, pick, clear))
        self.policy_status = QLabel()
        self.policy_status.setWordWrap(True)
        self.policy_status.setAccessibleName(self.tr("Status van het beleidsbestand"))
        self.policy_status.hide()  # shown once a chosen file says something
        form.addRow("", self.policy_status)
        self.review_edit = QLineEdit()
        self.review_edit.setAccessibleName(self.tr("Map voor beoordelingen"))
        self.review_edit.setPlaceholderText(self.tr("leeg: alleen op deze laptop"))
        self.review_edit.setToolTip(
            self.tr(
                "Een map die jij en je leidinggevenden allebei zien (gedeelde map, OneDrive, "
                "stick). Daar staan verzoeken om beoordeling en de besluiten."
            )
        )
        self.review_browse = self._small_button(self.tr("&Bladeren…"), self._pick_review_folder)
        self.review_browse.setAccessibleName(self.tr("Map voor beoordelingen kiezen"))
        form.addRow(self.tr("Map voor &beoordelingen:"), _row(self.review_edit, self.review_browse))
        return box

    def _managed_note(self, managed: ManagedPolicy) -> QLabel:
        note = QLabel(
            self.tr(
                "Beheerd door ICT-beheer: het schoolbeleid van %1 (%2) geldt voor iedereen op "
                "deze computer. Je kunt alleen eigen termen toevoegen."
            )
            .replace("%1", managed.school_name)
            .replace("%2", str(managed.file))
        )
        note.setObjectName("managedPolicy")
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Beheerd door ICT-beheer"))
        return note

    @property
    def review_folder_locked(self) -> bool:
        """The machine-wide policy sets the review folder: shown, never edited or saved."""
        return self.managed is not None and bool(self.managed.review_folder)

    def _language_tool(self) -> QGroupBox:
        box = QGroupBox(self.tr("Spelling en grammatica (LanguageTool)"))
        form = self._form(box)
        self.lt_dir_edit = QLineEdit()
        self.lt_dir_edit.setAccessibleName(self.tr("Map van LanguageTool"))
        self.lt_dir_edit.setPlaceholderText(self.tr("leeg: de standaardmap"))
        browse = self._small_button(self.tr("B&laderen…"), self._pick_lt_folder)
        browse.setAccessibleName(self.tr("Map van LanguageTool kiezen"))
        form.addRow(self.tr("&Map op deze laptop:"), _row(self.lt_dir_edit, browse))
        self.lt_server_edit = QLineEdit()
        self.lt_server_edit.setAccessibleName(self.tr("Server van de school"))
        self.lt_server_edit.setPlaceholderText("https://languagetool.school.nl")
        form.addRow(self.tr("Of &server van de school:"), self.lt_server_edit)
        self.public_api_check = QCheckBox(self.tr("&Openbare LanguageTool-dienst gebruiken"))
        self.public_api_check.setAccessibleName(self.tr("Openbare LanguageTool-dienst gebruiken"))
        form.addRow(self.public_api_check)
        warning = QLabel(
            self.tr(
                "Let op: dan gaat je tekst via internet naar een dienst buiten school.\n"
                "Zet dit niet aan voor berichten met namen of gegevens van leerlingen."
            )
        )  # two short lines, not wrapped: a wrapped label in a form is cut off in a dialog
        warning.setAccessibleName(self.tr("Waarschuwing over de openbare dienst"))
        form.addRow(warning)
        return box

    def _channels(self, channels: Mapping[str, Channel]) -> QGroupBox:
        box = QGroupBox(self.tr("Kanalen die je ziet"))
        grid = QGridLayout(box)
        self.channel_checks: dict[str, QCheckBox] = {}
        for index, channel in enumerate(channels.values()):
            check = QCheckBox(channel_label(channel))
            check.setAccessibleName(self.tr("Kanaal %1").replace("%1", channel_label(channel)))
            self.channel_checks[channel.name] = check
            grid.addWidget(check, index // CHANNEL_COLUMNS, index % CHANNEL_COLUMNS)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Opslaan"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _path_field(self, accessible_name: str) -> QLineEdit:
        field = QLineEdit()
        field.setReadOnly(True)
        field.setAccessibleName(accessible_name)
        field.setPlaceholderText(
            self.tr("geen: alleen het beleid van ICT-beheer")
            if self.managed
            else self.tr("geen: de standaardregels")
        )
        return field

    def _small_button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # -- values -------------------------------------------------------------------------

    def _load(self, settings: UserSettings) -> None:
        self.name_edit.setText(settings.name)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(settings.role)))
        language = settings.language if settings.language in SUPPORTED_LANGUAGES else "nl"
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.theme_combo.setCurrentIndex(THEMES.index(theme_choice(settings)))
        self.policy_edit.setText(settings.policy_file)
        self.review_edit.setText(settings.review_folder)
        if self.review_folder_locked:
            assert self.managed is not None
            self.review_edit.setText(str(expanded_folder(self.managed.review_folder)))
            self.review_edit.setReadOnly(True)
            self.review_edit.setToolTip(self.tr("Ingesteld door ICT-beheer"))
            self.review_browse.setEnabled(False)
        self.lt_dir_edit.setText(settings.languagetool_dir)
        self.lt_server_edit.setText(settings.languagetool_server)
        self.public_api_check.setChecked(settings.languagetool_public_api)
        for name, check in self.channel_checks.items():
            check.setChecked(name in settings.channels)

    def edited_settings(self) -> UserSettings:
        """The values as entered now; ``extra`` and unknown channels of the original stay."""
        known = set(self.channel_checks)
        kept_unknown = tuple(c for c in self.original.channels if c not in known)
        chosen = tuple(name for name, check in self.channel_checks.items() if check.isChecked())
        return replace(
            self.original,
            name=self.name_edit.text().strip(),
            role=Role(self.role_combo.currentData()),
            policy_file=self.policy_file,
            languagetool_dir=self.lt_dir_edit.text().strip(),
            languagetool_server=self.lt_server_edit.text().strip(),
            languagetool_public_api=self.public_api_check.isChecked(),
            channels=chosen + kept_unknown,
            language=str(self.language_combo.currentData()),
            review_folder=(
                self.original.review_folder
                if self.review_folder_locked
                else self.review_edit.text().strip()
            ),
            extra={**self.original.extra, THEME_SETTING: str(self.theme_combo.currentData())},
        )

    # -- policy file --------------------------------------------------------------------

    def try_policy_file(self, path: str) -> bool:
        """Use ``path`` if it can be used; otherwise show why and keep the old one.

        Under ICT's machine-wide policy the file may only add terms."""
        try:
            if self.managed is not None:
                load_term_additions(Path(path))
                accepted = self.tr("Je termen worden toegevoegd aan het beleid van ICT-beheer.")
            else:
                policy = load_policy(Path(path))
                accepted = self.tr("Beleid van %1 geladen.").replace("%1", policy.school_name)
        except PolicyError as exc:
            self.policy_status.setText(
                self.tr("Dit beleidsbestand is niet gebruikt: %1").replace("%1", str(exc))
            )
            self._mark_error(self.policy_status, True)
            self.policy_status.show()
            return False
        self.policy_file = path
        self.policy_edit.setText(path)
        self.policy_status.setText(accepted)
        self._mark_error(self.policy_status, False)
        self.policy_status.show()
        return True

    def _pick_policy(self) -> None:
        start = str(Path(self.policy_file).parent) if self.policy_file else user_folder()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Beleidsbestand kiezen"), start, self.tr("Beleid (*.toml)")
        )
        if path:
            self.try_policy_file(path)

    def _clear_policy(self) -> None:
        self.policy_file = ""
        self.policy_edit.clear()
        self.policy_status.clear()
        self.policy_status.hide()

    def _pick_review_folder(self) -> None:
        self._pick_folder(self.review_edit, self.tr("Map voor beoordelingen kiezen"))

    def _pick_lt_folder(self) -> None:
        self._pick_folder(self.lt_dir_edit, self.tr("Map van LanguageTool kiezen"))

    def _pick_folder(self, field: QLineEdit, title: str) -> None:
        start = field.text().strip() or user_folder()
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if folder:
            field.setText(folder)

    # -- saving -------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is wrong with the entered values, in Dutch; empty when they can be saved."""
        problems = []
        server = self.lt_server_edit.text().strip()
        if server and not _is_web_address(server):
            problems.append(self.tr("Het serveradres moet beginnen met http:// of https://."))
        folders = [(self.lt_dir_edit, self.tr("De map van LanguageTool"))]
        if not self.review_folder_locked:  # ICT's folder may be a share that is offline now
            folders.append((self.review_edit, self.tr("De map voor beoordelingen")))
        for field, what in folders:
            folder = field.text().strip()
            if folder and not Path(folder).expanduser().is_dir():
                problems.append(
                    self.tr("%1 bestaat niet: %2").replace("%1", what).replace("%2", folder)
                )
        if not any(check.isChecked() for check in self.channel_checks.values()):
            problems.append(self.tr("Kies minstens één kanaal."))
        return problems

    def _on_save(self) -> None:
        problems = self.problems()
        if not problems:
            settings = self.edited_settings()
            try:
                if self.settings_path is not None:
                    save_settings(self.settings_path, settings)
            except OSError as exc:
                problems = [self.tr("Opslaan is mislukt: %1").replace("%1", str(exc))]
            else:
                self.error_label.hide()
                self.settings_saved.emit(settings)
                self.accept()
                return
        self.error_label.setText("\n".join(problems))
        self._mark_error(self.error_label, True)
        self.error_label.show()

    def _mark_error(self, label: QLabel, is_error: bool) -> None:
        # The palette's link colour is readable on both light and dark; red is ours only
        # for errors and is picked to contrast with the window colour.
        dark = self.palette().window().color().lightness() < 128
        colour = ("#ff8a80" if dark else "#b00020") if is_error else ""
        label.setStyleSheet(f"color: {colour};" if colour else "")


def _align_labels(forms: list[QFormLayout]) -> None:
    """One label column for every group, so the fields line up down the whole dialog."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    widest = max((label.sizeHint().width() for label in labels if label is not None), default=0)
    for label in labels:
        if label is not None:
            label.setMinimumWidth(widest)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return holder


def _is_web_address(text: str) -> bool:
    parsed = urlparse(text)
    return parsed.scheme in {"http", "https"} and bool(parsed.netloc)
