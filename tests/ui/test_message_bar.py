"""Messages that matter are read whole above the editor; the status bar keeps short state."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from arabesk_desk.posts import Attachment
from tests.ui.conftest import type_text
from tests.ui.test_compose_publish import capture_urls
from ui.message_bar import MessageBar, MessageKind

LONG = (
    "Nog niet gepubliceerd: dit bericht heeft eerst de goedkeuring van een leidinggevende "
    "nodig, omdat het een bericht namens de school is van iemand buiten communicatie. "
) * 3


def shown_whole(bar: MessageBar) -> bool:
    """The label is as tall as its text needs at its width: no line is cut off."""
    label = bar.label
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_a_long_message_is_shown_whole_and_wraps(qtbot, window):
    window.resize(900, 700)
    window.messages.show_message(LONG, MessageKind.INFO)
    qtbot.waitUntil(lambda: shown_whole(window.messages))
    assert window.messages.text() == LONG
    assert window.messages.label.wordWrap()
    assert window.messages.width() <= window.width()
    assert window.status.currentMessage() == ""  # nothing long in the status bar


def test_buttons_act_and_close_the_message(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    pressed: list[str] = []
    bar.show_message(
        "Gepubliceerd.", MessageKind.SUCCESS, [("Opnieuw", lambda: pressed.append("x"))]
    )
    assert not bar.isHidden() and bar.button_texts() == ["Opnieuw"]
    bar.trigger("Opnieuw")
    assert pressed == ["x"] and bar.isHidden()
    bar.show_message("Let op.", MessageKind.WARNING)
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden() and bar.text() == ""


def test_saved_settings_say_only_what_waits_for_a_restart(qtbot, window):
    settings = window.services.settings
    window.apply_settings(replace(settings, name="Juf Test"))
    assert window.messages.text() == "Je instellingen zijn opgeslagen en gelden meteen."
    window.apply_settings(replace(settings, language="en"))
    assert "opnieuw start" in window.messages.text()
    assert window.messages.kind is MessageKind.SUCCESS


def publish_now(qtbot, window) -> None:
    window.compose_actions.publish.trigger()
    with qtbot.waitSignal(window.publisher.published, timeout=5000):
        qtbot.mouseClick(window.publisher.dialog.go_button, Qt.MouseButton.LeftButton)


def test_a_browser_that_does_not_open_is_reported(qtbot, window):
    window.publisher._open_url = lambda _url: False
    window.channel_bar.set_selected(("x", "instagram"))
    type_text(qtbot, window, "Morgen is de open dag.")
    publish_now(qtbot, window)
    text = window.messages.text()
    assert window.messages.kind is MessageKind.WARNING
    assert "De browser kon de pagina van X niet openen" in text
    assert "Instagram heeft geen deelpagina" in text
    QGuiApplication.clipboard().clear()
    window.messages.trigger("Tekst opnieuw kopiëren")
    assert QGuiApplication.clipboard().text() == "Morgen is de open dag."


def test_after_publishing_photos_are_uploaded_by_hand(qtbot, window):
    capture_urls(window)
    photo = Attachment("/tmp/klas.jpg", "ab" * 32, "image")
    type_text(qtbot, window, "Een mooie dag in de klas.")
    window.session.update(attachments=(photo,))
    window.compose_actions.publish.trigger()
    gate = window.publisher.dialog
    for checkbox in gate.checkboxes.values():
        checkbox.setChecked(True)
    with qtbot.waitSignal(window.publisher.published, timeout=5000):
        qtbot.mouseClick(gate.go_button, Qt.MouseButton.LeftButton)
    assert window.messages.kind is MessageKind.SUCCESS
    assert "Foto's en video upload je zelf" in window.messages.text()
    assert window.editor.toPlainText() == ""
