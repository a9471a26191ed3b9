"""Colours and fonts: the system's light or dark look, or the one the user chose.

API::

    apply_theme(app, "system" | "light" | "dark")   # at start and when the settings change
    theme_choice(settings)    # the user's choice, from UserSettings.extra["theme"]
    is_dark(); colour(Severity.ERROR); outline_colour(); channel_button_style(over_limit)
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from arabesk_desk.user_settings import UserSettings
from checks import Severity

THEMES = ("system", "light", "dark")
THEME_SETTING = "theme"  # kept in UserSettings.extra: a choice of the interface only
CHANNEL_PADDING_PX = 7
CHANNEL_PADDING_V_PX = 3
CHANNEL_BORDER_PX = 2  # a thin border plus a margin, or a thick red one: the same room

# Chosen for contrast on both a white and a dark grey base (WCAG AA for the badges' text).
_LIGHT = {
    Severity.ERROR: "#c62828",
    Severity.WARNING: "#b26a00",
    Severity.INFO: "#1565c0",
    "spelling": "#c62828",
    "over_limit": "#c62828",
    "success": "#2e7d32",
}
_DARK = {
    Severity.ERROR: "#ff6b6b",
    Severity.WARNING: "#ffb74d",
    Severity.INFO: "#64b5f6",
    "spelling": "#ff8a80",
    "over_limit": "#ff6b6b",
    "success": "#81c784",
}


def theme_choice(settings: UserSettings) -> str:
    """``"system"``, ``"light"`` or ``"dark"``; anything else in the file means the system."""
    value = settings.extra.get(THEME_SETTING, "system")
    return value if value in THEMES else "system"


def is_dark() -> bool:
    """True when the palette the app paints with is dark (the system's or the user's choice)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colour(key: Severity | str) -> QColor:
    """The colour for a severity, ``"spelling"``, ``"over_limit"`` or ``"success"``."""
    table: dict[Severity | str, str] = _DARK if is_dark() else _LIGHT
    return QColor(table[key])


def mix(front: QColor, back: QColor, share: float) -> QColor:
    """``share`` of ``front`` over ``back``."""
    pairs = ((front.red(), back.red()), (front.green(), back.green()), (front.blue(), back.blue()))
    red, green, blue = (round(f * share + b * (1 - share)) for f, b in pairs)
    return QColor(red, green, blue)


def outline_colour() -> QColor:
    """Borders of unchosen buttons and of radio and check indicators: visible on both looks."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return mix(text, window, 0.55 if is_dark() else 0.45)


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


def channel_button_style(over_limit: bool) -> str:
    """Chosen channels stand out; a channel past its limit turns red, chosen or not."""
    border = outline_colour().name()
    padding = f"padding: {CHANNEL_PADDING_V_PX}px {CHANNEL_PADDING_PX}px;"
    base = (
        f"QToolButton {{ {padding} border: 1px solid {border}; margin: 1px;"
        " border-radius: 4px; }"
        " QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); }"
    )
    if not over_limit:
        return base
    red = colour("over_limit").name()
    return base + (
        f" QToolButton {{ color: {red}; border: 2px solid {red}; margin: 0px; font-weight: 700; }}"
        f" QToolButton:checked {{ background: {red}; color: {badge_text_colour()}; }}"
    )


class ContrastStyle(QProxyStyle):
    """Fusion, with radio and check indicators outlined so they show on a dark window too."""

    def drawPrimitive(  # Qt calls this
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element is QStyle.PrimitiveElement.PE_IndicatorRadioButton
        check = element is QStyle.PrimitiveElement.PE_IndicatorCheckBox
        if not (radio or check) or not is_dark():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline_colour(), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box: QRect = option.rect.adjusted(1, 1, -1, -1)
        if radio:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 1.5, 1.5)
        painter.restore()


def dark_palette() -> QPalette:
    """A dark palette with every role Fusion draws frames and indicators from."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#7fb3ff",
        QPalette.ColorRole.Light: "#5a5a5a",
        QPalette.ColorRole.Midlight: "#4a4a4a",
        QPalette.ColorRole.Mid: "#6e6e6e",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#101010",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    return palette


_system_look: dict[int, tuple[str, QPalette]] = {}


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    """Follow the system, or force ``"light"``/``"dark"``; may be called again at any time."""
    style = app.style()
    _system_look.setdefault(id(app), (style.name() if style else "", QPalette(app.palette())))
    hints = QGuiApplication.styleHints()
    if scheme == "dark":
        app.setStyle(ContrastStyle("Fusion"))
        app.setPalette(dark_palette())
        if hints is not None:
            hints.setColorScheme(Qt.ColorScheme.Dark)
    elif scheme == "light":
        app.setStyle(ContrastStyle("Fusion"))
        fusion = app.style()
        app.setPalette(fusion.standardPalette() if fusion else QPalette())
        if hints is not None:
            hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        name, palette = _system_look[id(app)]
        if name:
            app.setStyle(ContrastStyle(name))
        app.setPalette(palette)
        if hints is not None:
            hints.unsetColorScheme()
