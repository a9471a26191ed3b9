"""The list of drafts: title, channels, status and last change; open or delete one.

API::

    drafts = DraftsList(store.list_drafts, store.delete_draft, channel_labels={"x": "X"})
    drafts.draft_opened.connect(lambda draft_id: ...)    # Enter, double-click or "Openen"
    drafts.draft_deleted.connect(lambda draft_id: ...)   # after the confirmed delete succeeded
    drafts.refresh()                                      # re-read (F5); e.g. after a save
    dialog = DraftsDialog(store.list_drafts, store.delete_draft, parent=window)
    if dialog.exec(): dialog.opened_draft_id()

``list_drafts() -> Iterable[Draft]`` and ``delete_draft(draft_id) -> None`` are plain
callables, so the list does not depend on how drafts are stored. ``confirm(draft) -> bool``
asks before deleting (a message box by default; tests pass their own). A failing store call
shows its error in the list and loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arabesk_desk.posts import Draft, DraftStatus

TITLE_MAX = 70
ListDrafts = Callable[[], Iterable[Draft]]
DeleteDraft = Callable[[str], None]
Confirm = Callable[[Draft], bool]


def draft_title(text: str) -> str:
    """The first non-empty line, cut with an ellipsis when long."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= TITLE_MAX else line[: TITLE_MAX - 1].rstrip() + "…"


class DraftsList(QWidget):
    """A sortable, filterable table of drafts, newest change first."""

    draft_opened = Signal(str)
    draft_deleted = Signal(str)

    def __init__(
        self,
        list_drafts: ListDrafts,
        delete_draft: DeleteDraft,
        channel_labels: Mapping[str, str] | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._list_drafts, self._delete_draft = list_drafts, delete_draft
        self._labels = dict(channel_labels or {})
        self._confirm = confirm or self._ask_to_delete
        self._drafts: dict[str, Draft] = {}
        self.setAccessibleName(self.tr("Concepten"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Zoeken in concepten…"))
        self.filter_edit.setAccessibleName(self.tr("Zoeken in concepten"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self._tree())
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Melding"))
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addLayout(self._button_row())
        self._shortcuts()
        self.refresh()

    def _tree(self) -> QTreeWidget:
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Lijst met concepten"))
        self.tree.setHeaderLabels(
            [self.tr("Titel"), self.tr("Kanalen"), self.tr("Status"), self.tr("Bijgewerkt")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        return self.tree

    def _button_row(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("&Openen"))
        self.open_button.setAccessibleName(self.tr("Gekozen concept openen"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.delete_button.setAccessibleName(self.tr("Gekozen concept verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.delete_button)
        row.addStretch()
        return row

    def _shortcuts(self) -> None:
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.activated.connect(self.delete_selected)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.filter_edit.setFocus)

    # -- API ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the drafts; the selection stays on the same draft when it still exists."""
        selected = self.selected_draft()
        try:
            drafts = list(self._list_drafts())
        except Exception as exc:  # the store's failure must not take the window down
            self._show_message(
                self.tr("De concepten konden niet gelezen worden: %1").replace("%1", str(exc))
            )
            return
        self._drafts = {draft.id: draft for draft in drafts}
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for draft in drafts:
            self.tree.addTopLevelItem(self._row(draft))
        self.tree.setSortingEnabled(True)
        self.tree.sortItems(3, Qt.SortOrder.DescendingOrder)
        self._apply_filter(self.filter_edit.text())
        self._select(selected.id if selected else None)
        first = self.tree.topLevelItem(0)
        if self.selected_draft() is None and first is not None:
            self.tree.setCurrentItem(first)  # Enter opens at once
        self._show_message("" if drafts else self.tr("Nog geen concepten."))

    def selected_draft(self) -> Draft | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return self._drafts.get(items[0].data(0, Qt.ItemDataRole.UserRole))

    def open_selected(self) -> None:
        draft = self.selected_draft()
        if draft is not None:
            self.draft_opened.emit(draft.id)

    def delete_selected(self) -> None:
        draft = self.selected_draft()
        if draft is None or not self._confirm(draft):
            return
        try:
            self._delete_draft(draft.id)
        except Exception as exc:  # shown, and the draft stays in the list
            self._show_message(self.tr("Verwijderen is mislukt: %1").replace("%1", str(exc)))
            return
        self.draft_deleted.emit(draft.id)
        self.refresh()

    def status_label(self, status: DraftStatus) -> str:
        labels = {
            DraftStatus.DRAFT: self.tr("concept"),
            DraftStatus.IN_REVIEW: self.tr("ter beoordeling"),
            DraftStatus.APPROVED: self.tr("goedgekeurd"),
            DraftStatus.CHANGES_REQUESTED: self.tr("aanpassen gevraagd"),
            DraftStatus.REJECTED: self.tr("afgewezen"),
            DraftStatus.PUBLISHED: self.tr("gepubliceerd"),
        }
        return labels.get(status, str(status))

    # -- internals ----------------------------------------------------------------------

    def _row(self, draft: Draft) -> QTreeWidgetItem:
        title = draft_title(draft.text) or self.tr("(leeg)")
        channels = ", ".join(self._labels.get(name, name) for name in draft.channels)
        updated = QDateTime.fromString(draft.updated, Qt.DateFormat.ISODate).toLocalTime()
        shown = QLocale().toString(updated, QLocale.FormatType.ShortFormat)
        item = _SortableItem([title, channels, self.status_label(draft.status), shown])
        item.setData(0, Qt.ItemDataRole.UserRole, draft.id)
        item.setData(3, Qt.ItemDataRole.UserRole, draft.updated)
        item.setToolTip(0, draft.text[:500])
        return item

    def _select(self, draft_id: str | None) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == draft_id:
                self.tree.setCurrentItem(item)
                return
        self._update_buttons()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            draft = self._drafts[item.data(0, Qt.ItemDataRole.UserRole)]
            item.setHidden(bool(needle) and needle not in draft.text.casefold())

    def _items(self) -> list[QTreeWidgetItem]:
        count = self.tree.topLevelItemCount()
        items = (self.tree.topLevelItem(index) for index in range(count))
        return [item for item in items if item is not None]

    def _update_buttons(self) -> None:
        chosen = self.selected_draft() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _ask_to_delete(self, draft: Draft) -> bool:
        title = draft_title(draft.text) or self.tr("(leeg)")
        answer = QMessageBox.question(
            self,
            self.tr("Concept verwijderen"),
            self.tr("Concept '%1' verwijderen? Dit kan niet ongedaan worden.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class _SortableItem(QTreeWidgetItem):
    """Sorts the "Bijgewerkt" column by the ISO time, not by the shown local text."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == 3:
            mine = self.data(3, Qt.ItemDataRole.UserRole) or ""
            theirs = other.data(3, Qt.ItemDataRole.UserRole) or ""
            return str(mine) < str(theirs)
        return self.text(column).casefold() < other.text(column).casefold()


class DraftsDialog(QDialog):
    """:class:`DraftsList` in a dialog; opening a draft closes it with Accepted."""

    def __init__(
        self,
        list_drafts: ListDrafts,
        delete_draft: DeleteDraft,
        channel_labels: Mapping[str, str] | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opened = ""
        self.setWindowTitle(self.tr("Concepten"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.drafts = DraftsList(list_drafts, delete_draft, channel_labels, confirm)
        self.drafts.draft_opened.connect(self._on_opened)
        layout.addWidget(self.drafts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_opened(self, draft_id: str) -> None:
        self._opened = draft_id
        self.accept()

    def opened_draft_id(self) -> str:
        """The draft the user opened; empty when they closed the dialog instead."""
        return self._opened
