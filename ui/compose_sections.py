"""Section builders for the compose window: the top bar, the action row and the menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checks import Role
from ui.actions import ComposeActions
from ui.capacity_toggle import CapacityToggle
from ui.channel_bar import ChannelBar
from ui.reply_picker import ReplyPicker


def role_label(role: Role) -> str:
    """The author's role as the top bar names it ("Rol: schoolleider")."""
    names = {
        Role.STAFF: QCoreApplication.translate("Roles", "medewerker"),
        Role.COMMUNICATIONS: QCoreApplication.translate("Roles", "communicatie"),
        Role.LEADER: QCoreApplication.translate("Roles", "schoolleider"),
    }
    return QCoreApplication.translate("Roles", "Rol: %1").replace("%1", names[role])


def build_top_bar(
    owner: QWidget,
    channel_bar: ChannelBar,
    capacity: CapacityToggle,
    reply: ReplyPicker,
    role: QLabel,
) -> QWidget:
    """Channels with their counters (wrapping when narrow); capacity, reply and role below."""
    bar = QWidget(owner)
    layout = QVBoxLayout(bar)
    layout.setContentsMargins(8, 6, 8, 0)
    layout.addWidget(channel_bar)
    second = QHBoxLayout()
    second.addWidget(capacity, 1)
    second.addWidget(reply)
    second.addSpacing(16)
    role.setAccessibleName(QCoreApplication.translate("Roles", "Jouw rol"))
    second.addWidget(role)
    layout.addLayout(second)
    return bar


class ActionRow(QWidget):
    """The end of writing: ask when in doubt on the left; the share page and publish right."""

    def __init__(self, actions: ComposeActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask = QPushButton(self.tr("Twijfel? Vraag je leidinggevende"))
        self.ask.setToolTip(actions.ask_leader.toolTip() + " — " + self.tr("richtlijn 8"))
        self.ask.setAccessibleName(self.tr("Twijfel? Vraag je leidinggevende"))
        self.ask.clicked.connect(actions.ask_leader.trigger)
        self.open_share = QCheckBox(self.tr("Daarna de deelpagina van het kanaal openen"))
        self.open_share.setChecked(True)
        self.open_share.setToolTip(
            self.tr("Na publiceren opent de browser de pagina om je bericht te plaatsen.")
        )
        self.publish = QPushButton(self.tr("Publiceren…"))
        self.publish.setDefault(True)
        self.publish.setToolTip(actions.publish.toolTip())
        self.publish.setAccessibleName(self.tr("Publiceren"))
        self.publish.clicked.connect(actions.publish.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.ask)
        layout.addStretch(1)
        layout.addWidget(self.open_share)
        layout.addWidget(self.publish)


def build_menus(window: QMainWindow, actions: ComposeActions) -> None:
    """Bestand, Bewerken, Bericht: every action reachable by menu and by key."""
    bar = window.menuBar()
    file_menu = bar.addMenu(window.tr("&Bestand"))
    for action in (actions.new_draft, actions.open_drafts, actions.save):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.publish)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(window.tr("Be&werken"))
    for group in (
        (actions.undo, actions.redo),
        (actions.cut, actions.copy, actions.paste, actions.select_all),
        (actions.next_finding, actions.previous_finding, actions.apply_fix),
        (actions.ignore_finding, actions.focus_findings, actions.focus_editor),
    ):
        for action in group:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
    post_menu = bar.addMenu(window.tr("Be&richt"))
    for action in (actions.personal, actions.official, actions.add_disclosure):
        post_menu.addAction(action)
    post_menu.addSeparator()
    for action in (actions.attach, actions.show_preview, actions.ask_leader):
        post_menu.addAction(action)
