"""The status bar: which checks ran, where spelling came from, whether the draft is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusLine(QStatusBar):
    """Three permanent parts: checks, spelling engine, save state; plus passing messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks = QLabel(self.tr("Controle start…"))
        self.spelling = QLabel()
        self.saved = QLabel()
        for label in (self.checks, self.spelling, self.saved):
            self.addPermanentWidget(label)
        self.checks.setAccessibleName(self.tr("Welke controles liepen"))
        self.spelling.setAccessibleName(self.tr("Spellingcontrole"))
        self.saved.setAccessibleName(self.tr("Opslaan"))

    def show_checks(self, rule_count: int, finding_count: int, elapsed_ms: float) -> None:
        self.checks.setText(
            self.tr("Protocol: %1 regels gecontroleerd, %2 adviezen (%3 ms)")
            .replace("%1", str(rule_count))
            .replace("%2", str(finding_count))
            .replace("%3", f"{elapsed_ms:.0f}")
        )

    def show_spelling(self, engine: str | None, detail: str = "") -> None:
        """``engine`` is the service's name (LanguageTool or the Hunspell fallback) or None."""
        if engine is None:
            self.spelling.setText(self.tr("Spelling: niet gecontroleerd"))
            self.spelling.setToolTip(detail)
            return
        self.spelling.setText(self.tr("Spelling: %1").replace("%1", engine))
        self.spelling.setToolTip(detail)

    def show_saved(self, when: str) -> None:
        self.saved.setText(self.tr("Opgeslagen %1").replace("%1", when))

    def show_unsaved(self) -> None:
        self.saved.setText(self.tr("Niet opgeslagen…"))

    def show_problem(self, message: str) -> None:
        """A problem stays until the next one or ten seconds pass; nothing is lost."""
        self.showMessage(message, 10_000)
