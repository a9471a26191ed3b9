"""Photos and video for a post: add by file or drag and drop, see thumbnails, remove.

API::

    panel = AttachmentsPanel(parent=window)            # optional: attachments=(...), pool=...
    panel.attachments_changed.connect(lambda items: ...)   # tuple[Attachment, ...]
    panel.attachment_rejected.connect(lambda path, message: ...)   # Dutch message
    panel.add_files(["/pad/foto.jpg"])    # what the file dialog and drops call
    panel.set_attachments(draft.attachments)   # reopening a draft; no signal
    panel.attachments()                   # tuple[Attachment, ...], in the order added

Reading, hashing (sha256) and scaling a thumbnail (:mod:`ui.attachment_files`) run on a thread
pool, one job per file:
a video of a few hundred MB must not freeze typing. A file that cannot be read, or is no
photo or video, is named in a clear message and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.posts import Attachment
from ui.attachment_files import (
    IMAGE_FILTER,
    THUMBNAIL,
    VIDEO_FILTER,
    LoadedFile,
    LoadJob,
    LoadSignals,
)
from ui.user_folders import Location, user_folder


class AttachmentsPanel(QWidget):
    """A strip of thumbnails with add and remove; accepts dropped files."""

    attachments_changed = Signal(object)  # tuple[Attachment, ...]
    attachment_rejected = Signal(str, str)  # path, Dutch message
    pictured_changed = Signal(object)  # tuple[str, ...]: who the author says is pictured

    def __init__(
        self,
        attachments: Sequence[Attachment] = (),
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._items: list[Attachment] = []
        self._queue: list[str] = []  # files being read, in the order the user chose them
        self._ready: dict[str, LoadedFile] = {}
        self._restoring: set[str] = set()
        self._signals = LoadSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Foto's en video"))
        self._build()
        self.set_attachments(attachments)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        grid = QSize(THUMBNAIL.width() + 32, THUMBNAIL.height() + 40)
        self.list.setGridSize(grid)
        # One row that scrolls sideways: the strip stays small beside the editor.
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(
            grid.height() + self.list.horizontalScrollBar().sizeHint().height() + 8
        )
        self.list.setMovement(QListView.Movement.Static)
        self.list.hide()  # shown once there is something to show
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Bijlagen"))
        self.list.setAcceptDrops(False)  # the panel takes drops, the list just shows
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list)
        self.pictured_edit = QLineEdit()
        self.pictured_edit.setPlaceholderText(
            self.tr("Wie staat erop? Namen van leerlingen, met komma's (voor de toestemming)")
        )
        self.pictured_edit.setAccessibleName(self.tr("Leerlingen op de foto"))
        self.pictured_edit.textChanged.connect(
            lambda _text: self.pictured_changed.emit(self.pictured())
        )
        self.pictured_edit.hide()
        layout.addWidget(self.pictured_edit)
        layout.addLayout(self._button_row())
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Melding over bijlagen"))
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addStretch()  # spare height below, so the strip stays under the editor
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.activated.connect(self.remove_selected)

    def _button_row(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Foto of video &toevoegen…"))
        self.add_button.setAccessibleName(self.tr("Foto of video toevoegen"))
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(self.tr("Ve&rwijderen"))
        self.remove_button.setAccessibleName(self.tr("Gekozen bijlage verwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.drop_hint = QLabel(self.tr("of sleep ze hierheen"))
        self.drop_hint.setEnabled(False)  # the palette's muted text, in light and dark
        # A hint, not a demand: it may be cut rather than widen the editor's column.
        self.drop_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.drop_hint, 1)  # takes the rest of the row, shows what fits
        return row

    # -- API ----------------------------------------------------------------------------

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(self._items)

    def pictured(self) -> tuple[str, ...]:
        """The pupils the author marked as pictured (checked against photo consent)."""
        return tuple(n.strip() for n in self.pictured_edit.text().split(",") if n.strip())

    def is_busy(self) -> bool:
        """True while files are still being read (the post should wait before publishing)."""
        return bool(self._queue)

    def set_attachments(self, attachments: Iterable[Attachment]) -> None:
        """Show a draft's attachments (thumbnails load in the background); no signal."""
        self.list.clear()
        self._items = list(attachments)
        self._restoring = {a.path for a in self._items}
        for attachment in self._items:
            self.list.addItem(self._item(attachment, None))
            self.pool.start(LoadJob(attachment.path, attachment, self._signals))
        self._update_buttons()

    def add_files(self, paths: Iterable[str]) -> None:
        """Read, hash and show each file; problems come back as messages."""
        self._show_message("")
        for path in paths:
            if path in self._queue:
                continue
            self._queue.append(path)
            self.pool.start(LoadJob(path, None, self._signals))

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        if not rows:
            return
        for row in rows:
            self.list.takeItem(row)
            del self._items[row]
        self._update_buttons()
        self.attachments_changed.emit(self.attachments())

    # -- loading ------------------------------------------------------------------------

    def _on_loaded(self, loaded: LoadedFile) -> None:
        if loaded.path in self._restoring and loaded.path not in self._queue:
            self._restore_thumbnail(loaded)
            return
        # Workers finish in any order; the strip keeps the order the files were chosen in.
        self._ready[loaded.path] = loaded
        while self._queue and self._queue[0] in self._ready:
            self._take(self._ready.pop(self._queue.pop(0)))

    def _take(self, loaded: LoadedFile) -> None:
        attachment = loaded.attachment
        if attachment is None:
            self._reject(loaded.path, loaded.problem)
        elif any(a.sha256 == attachment.sha256 for a in self._items):
            self._reject(
                loaded.path, self.tr("'%1' staat er al bij.").replace("%1", _name(loaded.path))
            )
        else:
            self._items.append(attachment)
            self.list.addItem(self._item(attachment, loaded.thumbnail))
            self._update_buttons()
            self.attachments_changed.emit(self.attachments())

    def _restore_thumbnail(self, loaded: LoadedFile) -> None:
        self._restoring.discard(loaded.path)
        for row, attachment in enumerate(self._items):
            if attachment.path == loaded.path:
                self.list.item(row).setIcon(self._icon(attachment, loaded.thumbnail))
                if loaded.attachment is None:
                    self.list.item(row).setToolTip(loaded.problem)

    def _reject(self, path: str, problem: str) -> None:
        shown = self.message_label.text()
        self._show_message(f"{shown}\n{problem}" if shown else problem)
        self.attachment_rejected.emit(path, problem)

    def _item(self, attachment: Attachment, thumbnail: QImage | None) -> QListWidgetItem:
        item = QListWidgetItem(self._icon(attachment, thumbnail), _name(attachment.path))
        kind = self.tr("video") if attachment.kind == "video" else self.tr("foto")
        item.setToolTip(f"{attachment.path}\n{kind}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}: {_name(attachment.path)}")
        return item

    def _icon(self, attachment: Attachment, thumbnail: QImage | None) -> QIcon:
        if thumbnail is not None:
            return QIcon(QPixmap.fromImage(thumbnail))
        if attachment.kind == "video":
            return QIcon(self._video_tile())
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return QIcon.fromTheme("image-x-generic", fallback)

    def _video_tile(self) -> QPixmap:
        """A thumbnail-sized play tile in palette colours, readable in light and dark."""
        ratio = self.devicePixelRatioF()
        tile = QPixmap(THUMBNAIL * ratio)
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        width, height = THUMBNAIL.width(), THUMBNAIL.height()
        painter = QPainter(tile)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(QRectF(0, height * 0.2, width, height * 0.6), 8, 8)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Text))
        centre_x, centre_y, size = width / 2, height / 2, height * 0.16
        triangle = QPolygonF(
            [
                QPointF(centre_x - size * 0.8, centre_y - size),
                QPointF(centre_x - size * 0.8, centre_y + size),
                QPointF(centre_x + size, centre_y),
            ]
        )
        painter.drawPolygon(triangle)
        painter.end()
        return tile

    def _show_message(self, text: str) -> None:
        # Every message here is a refusal: a red that reads on the light or dark window.
        dark = self.palette().window().color().lightness() < 128
        self.message_label.setStyleSheet(f"color: {'#ff8a80' if dark else '#b00020'};")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
        self.list.setVisible(bool(self._items))
        self.pictured_edit.setVisible(bool(self._items))

    # -- files and drops ----------------------------------------------------------------

    def _choose_files(self) -> None:
        filters = ";;".join(
            [
                self.tr("Foto's en video (%1)").replace("%1", f"{IMAGE_FILTER} {VIDEO_FILTER}"),
                self.tr("Alle bestanden (*)"),
            ]
        )
        start = user_folder(Location.PicturesLocation)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Foto of video toevoegen"), start, filters
        )
        self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt calls us
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt calls us
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)


def _name(path: str) -> str:
    return Path(path).name
