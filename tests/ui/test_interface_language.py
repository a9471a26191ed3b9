"""One language at a time: the English window shows no Dutch interface text and no rule ids."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabBar, QWidget

from arabesk_desk.user_settings import UserSettings
from checks import Capacity
from tests.ui.conftest import make_services, type_text
from ui.compose_window import ComposeWindow
from ui.i18n import install_language, one_language, remove_language, translations_dir

RULE_ID = re.compile(r"\b[a-z]+\.[a-z_]+\b")  # "confidential.phone", "length.over_limit"


def dutch_patterns() -> list[re.Pattern[str]]:
    """Every Dutch source text that has a different English translation, as a pattern."""
    root = ET.parse(translations_dir() / "arabesk_desk_en.ts").getroot()
    patterns = []
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        if len(source) < 4 or source == translation or not re.search(r"[a-z]{3}", source):
            continue
        parts = [re.escape(part) for part in re.split(r"%\d", source)]
        patterns.append(re.compile(".+".join(parts)))
    return patterns


def shown_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    return [text.replace("&", "") for text in texts if text]


def menu_texts(window: ComposeWindow) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
    return [text.replace("&", "") for text in texts]


@pytest.fixture
def english_window(qtbot, qapp, test_checker):
    locale = QLocale()
    assert install_language(qapp, "en") is None
    channels = ("x", "linkedin", "instagram", "youtube-title")
    services = make_services(test_checker, UserSettings(name="Juf Test", channels=channels))
    services.language = "en"
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.spelling_lane.close()
    if services.store_lane is not None:
        services.store_lane.close()
    remove_language(qapp)
    QLocale.setDefault(locale)


def dutch_in(texts: list[str], patterns: list[re.Pattern[str]]) -> list[str]:
    return [text for text in texts if any(p.fullmatch(text) for p in patterns)]


def test_the_english_window_has_no_dutch_interface_text(qtbot, english_window):
    from ui.review_wiring import ReviewWiring

    window = english_window
    window.review = ReviewWiring(window, window.services)
    patterns = dutch_patterns()
    window.channel_bar.set_selected(("x", "youtube-title"))
    window.capacity.set_capacity(Capacity.OFFICIAL)
    type_text(qtbot, window, "Bel 06-12345678, wat een kutweer.")
    window.compose_actions.publish.trigger()
    gate = window.publisher.dialog
    qtbot.waitUntil(lambda: gate is not None and gate.isVisible())
    texts = shown_texts(window) + menu_texts(window) + shown_texts(gate)
    assert dutch_in(texts, patterns) == []
    assert [t for t in texts if RULE_ID.search(t) and "arabesk-desk" not in t] == []
    assert window.channel_bar.buttons["youtube-title"].text().startswith("YouTube (title)  ")
    gate.reject()


def test_core_messages_show_one_language(qapp):
    bilingual = "Dit besluit hoort bij een ander verzoek (decision is for another request)."
    assert one_language(bilingual) == "Dit besluit hoort bij een ander verzoek."
    assert one_language("Geen sleutelbos (keyring) hier. (No keyring.) [keyring.fail]") == (
        "Geen sleutelbos (keyring) hier."
    )
    assert one_language("half.json: geen geldige JSON") == "half.json: geen geldige JSON"
    install_language(qapp, "en")
    try:
        assert one_language(bilingual) == "decision is for another request."
    finally:
        remove_language(qapp)


def test_the_english_menus_are_english(english_window):
    titles = [a.text().replace("&", "") for a in english_window.menuBar().actions()]
    assert titles == ["File", "Edit", "Post"]  # the review menu comes with the review wiring
    texts = menu_texts(english_window)
    assert "Undo" in texts and "Copy" in texts
    assert english_window.windowTitle() == "New post"
