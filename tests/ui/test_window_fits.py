"""The window fits a school laptop with all nine channels on, and typing never moves the layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextDocument

from arabesk_desk.user_settings import UserSettings
from checks import Category, Finding, Severity
from checks.counting import count_for_channel
from tests.ui.conftest import make_services, send_keys, type_text, wait_painted
from ui.channel_bar import ChannelBar
from ui.compose_window import ComposeWindow
from ui.editor.marks import build_marks
from ui.finding_text import FindingTexts
from ui.findings_panel import FindingsPanel

NINE = ("x", "mastodon", "bluesky", "threads", "linkedin", "facebook", "instagram")
NINE += ("youtube-title", "youtube")
# 1,366 × 768 laptops, and 1,920 × 1,080 at 150 % scaling (1,280 × 720 logical pixels).
SCREENS = [(1366, 768), (1280, 720)]


@pytest.fixture
def nine_channel_window(qtbot, test_checker):
    settings = UserSettings(name="Juf Test", channels=NINE)
    services = make_services(test_checker, settings)
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    window.show()
    wait_painted(qtbot, window)
    yield window
    window.spelling_lane.close()
    if services.store_lane is not None:
        services.store_lane.close()


def visible_in_window(window: ComposeWindow, widget) -> bool:
    corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
    return corner.x() <= window.width() and corner.y() <= window.height()


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_nine_channels_fit_the_screen_and_publish_stays_in_view(
    qtbot, nine_channel_window, width, height
):
    window = nine_channel_window
    assert len(window.channel_bar.buttons) == 9
    assert window.minimumSizeHint().width() <= width
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    assert visible_in_window(window, window.action_row.publish)
    assert all(visible_in_window(window, b) for b in window.channel_bar.buttons.values())


def test_typing_never_widens_the_window_or_moves_the_buttons(qtbot, nine_channel_window):
    window = nine_channel_window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    before = {name: b.geometry() for name, b in window.channel_bar.buttons.items()}
    divider = window.splitter.sizes()
    type_text(qtbot, window, "Kort. ")
    send_keys(window.editor, "Een langer bericht met veel woorden. " * 30)  # counts gain digits
    wait_painted(qtbot, window)
    x = window.channel_bar.buttons["x"]
    qtbot.waitUntil(lambda: x.count == count_for_channel(window.editor.toPlainText(), x.channel))
    assert window.channel_bar.buttons["x"].count.length > 1000
    assert window.width() == 1366 and window.minimumSizeHint().width() <= 1366
    assert {name: b.geometry() for name, b in window.channel_bar.buttons.items()} == before
    assert window.splitter.sizes() == divider  # findings came and went: the divider stayed


def test_channels_keep_the_order_of_the_channel_table(qtbot, test_checker):
    channels = test_checker.engine.channels
    bar = ChannelBar(channels, ("youtube", "linkedin", "x"))
    qtbot.addWidget(bar)
    assert list(bar.buttons) == ["x", "linkedin", "youtube"]
    bar.set_shown(("instagram", "x"))
    assert list(bar.buttons) == ["x", "instagram"]


def test_a_findings_card_wraps_within_the_panel_after_more_suggestions(qtbot):
    text = "Wij hebben een vergaderingsverslaggeversbijeenkomst gehad."
    start = text.index("vergadering")
    finding = Finding(
        "spelling.hunspell", Category.SPELLING, None, Severity.WARNING, start, start + 41, "?"
    )
    suggestions = ["vergaderingsverslaggeversbijeenkomsten", "verslaggeversbijeenkomst", "x" * 30]
    panel = FindingsPanel(FindingTexts({}))
    panel.suggest_words = lambda _word, done: done(suggestions)
    panel.text_source = lambda: text
    qtbot.addWidget(panel)
    panel.resize(320, 500)
    panel.show()
    document = QTextDocument(text)  # kept alive: the marks' cursors live in it
    panel.show_marks(build_marks(document, text, [finding], "spelling"))
    [card] = panel.rows
    card.show_suggestions()  # three long suggestions join the buttons
    qtbot.waitUntil(lambda: card.width() <= panel.viewport().width())
    assert panel.minimumWidth() <= 320
    assert panel.horizontalScrollBar().maximum() == 0
    shown = [button for button in card.buttons.widgets() if not button.isHidden()]
    assert len(shown) == 2  # "Woord toevoegen", "Negeren"; the fixes stand above them
    assert len(card.fix_buttons) == 3
    for button in [*shown, *card.fix_buttons]:
        assert button.geometry().right() <= card.contentsRect().right()
