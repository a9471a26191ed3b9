"""The attachments panel reads, hashes and shows photos and video; bad files are explained."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from arabesk_desk.posts import Attachment
from ui.attachment_files import file_sha256, load_file
from ui.attachments_panel import AttachmentsPanel


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "klas.png"
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path))
    return path


@pytest.fixture
def panel(qtbot):
    widget = AttachmentsPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def add_and_wait(qtbot, panel, paths, signal):
    with qtbot.waitSignal(signal, timeout=5000) as blocker:
        panel.add_files([str(p) for p in paths])
    return blocker.args


def test_sha256_matches_hashlib(photo):
    assert file_sha256(photo) == hashlib.sha256(photo.read_bytes()).hexdigest()


def test_photo_gets_hash_kind_and_thumbnail(qtbot, panel, photo):
    (items,) = add_and_wait(qtbot, panel, [photo], panel.attachments_changed)
    expected = Attachment(str(photo), hashlib.sha256(photo.read_bytes()).hexdigest(), "image")
    assert items == (expected,)
    assert panel.attachments() == (expected,)
    icon = panel.list.item(0).icon()
    assert not icon.isNull()
    biggest = icon.availableSizes()[0]
    assert max(biggest.width(), biggest.height()) <= 192  # 96 shown, sharp at 200 %


def test_thumbnail_keeps_aspect_ratio(photo):
    loaded = load_file(str(photo))
    assert loaded.thumbnail is not None
    assert (loaded.thumbnail.width(), loaded.thumbnail.height()) == (192, 96)


def test_small_photo_is_not_blown_up(tmp_path):
    path = tmp_path / "icoon.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(path))
    thumbnail = load_file(str(path)).thumbnail
    assert thumbnail is not None
    assert (thumbnail.width(), thumbnail.height()) == (40, 30)


def test_video_is_recognised_and_gets_an_icon(qtbot, panel, tmp_path):
    video = tmp_path / "sportdag.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
    (items,) = add_and_wait(qtbot, panel, [video], panel.attachments_changed)
    assert items[0].kind == "video"
    assert not panel.list.item(0).icon().isNull()


def test_broken_photo_is_refused_with_a_clear_message(qtbot, panel, tmp_path):
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 niet echt een foto")
    path, message = add_and_wait(qtbot, panel, [broken], panel.attachment_rejected)
    assert path == str(broken)
    assert "kapot.jpg" in message
    assert "onleesbaar" in message
    assert panel.attachments() == ()
    assert panel.message_label.text() == message


def test_missing_and_other_files_are_refused(qtbot, panel, tmp_path):
    _, missing = add_and_wait(qtbot, panel, [tmp_path / "weg.png"], panel.attachment_rejected)
    assert "bestaat niet" in missing
    text = tmp_path / "notities.txt"
    text.write_text("hallo", encoding="utf-8")
    _, other = add_and_wait(qtbot, panel, [text], panel.attachment_rejected)
    assert "geen foto of video" in other


def test_same_photo_twice_is_kept_once(qtbot, panel, photo, tmp_path):
    add_and_wait(qtbot, panel, [photo], panel.attachments_changed)
    copy = tmp_path / "kopie.png"
    copy.write_bytes(photo.read_bytes())
    _, message = add_and_wait(qtbot, panel, [copy], panel.attachment_rejected)
    assert "staat er al bij" in message
    assert len(panel.attachments()) == 1


def test_remove_selected(qtbot, panel, photo):
    add_and_wait(qtbot, panel, [photo], panel.attachments_changed)
    assert not panel.remove_button.isEnabled()
    panel.list.item(0).setSelected(True)
    assert panel.remove_button.isEnabled()
    with qtbot.waitSignal(panel.attachments_changed) as blocker:
        panel.remove_button.click()
    assert blocker.args == [()]
    assert panel.list.count() == 0


def test_delete_key_removes(qtbot, panel, photo):
    add_and_wait(qtbot, panel, [photo], panel.attachments_changed)
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.attachments_changed):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.attachments() == ()


def test_dropped_files_are_added(qtbot, panel, photo):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.attachments_changed):
        panel.dropEvent(event)  # Qt routes real drops only during a drag session
    assert panel.attachments()[0].path == str(photo)


def test_set_attachments_restores_without_rehash_or_signal(qtbot, photo):
    kept = Attachment(str(photo), "f" * 64, "image")
    panel = AttachmentsPanel([kept])
    qtbot.addWidget(panel)
    assert panel.attachments() == (kept,)
    qtbot.waitUntil(lambda: not panel._restoring)
    assert panel.attachments() == (kept,)
    assert not panel.list.item(0).icon().isNull()


def test_files_keep_the_order_they_were_chosen_in(qtbot, panel, tmp_path):
    paths = []
    for index, colour in enumerate(["red", "green", "blue", "orange"]):
        image = QImage(40 + index, 30, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        path = tmp_path / f"foto-{index}.png"
        image.save(str(path))
        paths.append(str(path))
    panel.add_files(paths)
    qtbot.waitUntil(lambda: len(panel.attachments()) == 4)
    assert [a.path for a in panel.attachments()] == paths
    assert not panel.is_busy()


def test_every_refusal_in_one_batch_is_listed(qtbot, panel, tmp_path):
    first, second = tmp_path / "een.txt", tmp_path / "twee.txt"
    first.write_text("x", encoding="utf-8")
    second.write_text("y", encoding="utf-8")
    panel.add_files([str(first), str(second)])
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert "een.txt" in panel.message_label.text()
    assert "twee.txt" in panel.message_label.text()


def test_strip_shows_only_with_attachments(qtbot, panel, photo):
    assert not panel.list.isVisible()
    assert panel.drop_hint.isVisible()
    add_and_wait(qtbot, panel, [photo], panel.attachments_changed)
    assert panel.list.isVisible()
    panel.list.item(0).setSelected(True)
    panel.remove_selected()
    assert not panel.list.isVisible()
