"""The channel preview cuts like the feed, styles links and tags, and follows the palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette

from checks import EngineSettings
from checks.channels import load_channels
from checks.resources import Resources
from ui.channel_preview import ChannelPreview, PreviewColours, preview_end, styled_html

COLOURS = PreviewColours(text="#000000", link="#0000ee", muted="#777777", overflow="#b00020")
LONG = "We zijn trots op groep 8 en hun eindmusical in de aula. " * 8 + "Slotwoord!"


@pytest.fixture(scope="module")
def channels():
    return load_channels(Resources(EngineSettings()))


@pytest.fixture
def preview(qtbot, channels):
    widget = ChannelPreview(channels)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_short_text_is_not_cut():
    assert preview_end("Fijne vakantie!", 210) == len("Fijne vakantie!")


def test_cut_falls_at_a_word_within_the_limit():
    end = preview_end(LONG, 210)
    assert end <= 210
    assert end > 210 * 0.75
    assert LONG[end] == " "
    assert not LONG[:end].endswith(" ")


def test_cut_never_splits_an_emoji_sequence():
    family = "👨‍👩‍👧‍👦"  # seven code points, one grapheme
    text = "x" * 205 + family + "y" * 50
    end = preview_end(text, 210)
    assert end == 205


def test_links_mentions_and_tags_are_coloured_and_escaped():
    out = styled_html("Zie https://dearabesk.nl. @juf_anna #onderwijs <b>", COLOURS)
    assert '#0000ee;">https://dearabesk.nl</span>.' in out
    assert ">@juf_anna</span>" in out
    assert ">#onderwijs</span>" in out
    assert "&lt;b&gt;" in out
    assert "<b>" not in out


def test_email_is_not_a_mention():
    assert "span" not in styled_html("mail info@dearabesk.nl", COLOURS)


def test_linkedin_shows_meer_weergeven_and_expands(qtbot, preview):
    preview.set_post(LONG, ["x", "linkedin"], author="Anna")
    preview.select_channel("linkedin")
    html = preview.rendered_html("linkedin")
    assert "meer weergeven" in html
    assert "Slotwoord" not in html
    preview.browser("linkedin").anchorClicked.emit(QUrl("#meer"))
    assert preview.is_expanded("linkedin")
    assert "Slotwoord" in preview.rendered_html("linkedin")
    assert "meer weergeven" not in preview.rendered_html("linkedin")


def test_new_text_folds_again(preview):
    preview.set_post(LONG, ["linkedin"])
    preview.set_expanded("linkedin", True)
    preview.set_post(LONG + " Nog iets.", ["linkedin"])
    assert not preview.is_expanded("linkedin")


def test_x_strikes_through_what_does_not_fit(preview):
    preview.set_post(LONG, ["x"])
    html = preview.rendered_html("x")
    assert "line-through" in html
    assert "Te lang voor X" in html
    assert "meer weergeven" not in html


def test_line_breaks_are_kept(preview):
    preview.set_post("Regel een\nRegel twee", ["facebook"])
    assert "white-space:pre-wrap" in preview.rendered_html("facebook")
    document = preview.browser("facebook").toPlainText()
    assert "Regel een\nRegel twee" in document


def test_one_tab_per_known_channel_and_selection_signal(qtbot, preview):
    preview.set_post("Hallo", ["x", "bestaat-niet", "linkedin"])
    assert [preview.tabs.tabText(i) for i in range(preview.tabs.count())] == ["X", "LinkedIn"]
    with qtbot.waitSignal(preview.channel_selected) as blocker:
        preview.tabs.setCurrentIndex(1)
    assert blocker.args == ["linkedin"]
    preview.set_post("Hallo!", ["x", "linkedin", "facebook"])
    assert preview.current_channel() == "linkedin"


def test_dark_palette_changes_the_colours(preview):
    preview.set_post("Lees #onderwijs", ["x"])
    light = preview.rendered_html("x")
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    preview.setPalette(dark)
    html = preview.rendered_html("x")
    assert html != light
    assert "#8ab4f8" in html
    assert "#eeeeee" in html


def test_browsers_have_accessible_names(preview):
    preview.set_post("Hallo", ["x", "linkedin"])
    assert preview.browser("linkedin").accessibleName() == "Voorbeeld op LinkedIn"
