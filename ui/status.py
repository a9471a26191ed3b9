"""The status bar: short state only (checks, spelling, saved); messages go to the message bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.i18n import count_text


class StatusLine(QStatusBar):
    """Three permanent parts, each a few words; details in their tooltips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.checks = QLabel(self.tr("Controle start…"))
        self.spelling = QLabel()
        self.saved = QLabel()
        for label in (self.checks, self.spelling, self.saved):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.checks.setAccessibleName(self.tr("Adviezen bij je bericht"))
        self.spelling.setAccessibleName(self.tr("Spellingcontrole"))
        self.saved.setAccessibleName(self.tr("Opslaan"))

    def show_checking(self) -> None:
        """A newer text is being checked: no count that belongs to an older one."""
        self.checks.setText(self.tr("Controleren…"))

    def show_nothing_to_check(self) -> None:
        self.checks.clear()
        self.checks.setToolTip("")

    def show_checks(self, rule_count: int, finding_count: int, elapsed_ms: float) -> None:
        self.checks.setText(
            count_text(
                finding_count, self.tr("Geen adviezen"), self.tr("1 advies"), self.tr("%1 adviezen")
            )
        )
        self.checks.setToolTip(
            self.tr("%1 regels van het protocol gecontroleerd in %2 ms")
            .replace("%1", str(rule_count))
            .replace("%2", f"{elapsed_ms:.0f}")
        )

    def show_spelling(self, engine: str | None, detail: str = "") -> None:
        """``engine`` is the service's name (LanguageTool or the Hunspell fallback) or None."""
        if engine is None:
            self.spelling.setText(self.tr("Spelling: niet gecontroleerd"))
        else:
            self.spelling.setText(self.tr("Spelling: %1").replace("%1", engine))
        self.spelling.setToolTip(detail)

    def show_saved(self, when: str) -> None:
        self.saved.setText(self.tr("Opgeslagen %1").replace("%1", when))

    def show_unsaved(self) -> None:
        self.saved.setText(self.tr("Niet opgeslagen…"))
