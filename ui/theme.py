"""Colours and fonts that follow the system: light or dark palette, the user's font size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from checks import Severity

# Chosen for contrast on both a white and a dark grey base (WCAG AA for the badges' text).
_LIGHT = {
    Severity.ERROR: "#c62828",
    Severity.WARNING: "#b26a00",
    Severity.INFO: "#1565c0",
    "spelling": "#c62828",
    "over_limit": "#c62828",
}
_DARK = {
    Severity.ERROR: "#ff6b6b",
    Severity.WARNING: "#ffb74d",
    Severity.INFO: "#64b5f6",
    "spelling": "#ff8a80",
    "over_limit": "#ff6b6b",
}


def is_dark() -> bool:
    """True when the system (or the palette Qt derived from it) is in dark mode."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colour(key: Severity | str) -> QColor:
    """The colour for a severity, ``"spelling"`` or ``"over_limit"`` in the current scheme."""
    table = _DARK if is_dark() else _LIGHT
    return QColor(table[key])


def badge_text_colour() -> str:
    """White on the deep light-scheme colours; near-black on the bright dark-scheme ones."""
    return "#1b1b1b" if is_dark() else "#ffffff"


def severity_label(severity: Severity) -> str:
    """The short Dutch badge text for a severity, translated through Qt."""
    labels = {
        Severity.ERROR: QApplication.translate("Theme", "Fout"),
        Severity.WARNING: QApplication.translate("Theme", "Let op"),
        Severity.INFO: QApplication.translate("Theme", "Tip"),
    }
    return labels[severity]


def apply_dark_palette(app: QApplication) -> None:
    """A dark Fusion palette, for systems whose style has no dark mode of its own."""
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#7fb3ff",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    app.setPalette(palette)


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    """Follow the system scheme; ``"dark"``/``"light"`` force one (screenshots, tests)."""
    hints = QGuiApplication.styleHints()
    if scheme == "dark":
        if hints is not None:
            hints.setColorScheme(Qt.ColorScheme.Dark)
        apply_dark_palette(app)
    elif scheme == "light" and hints is not None:
        hints.setColorScheme(Qt.ColorScheme.Light)
