"""Guideline 2: "Persoonlijk" or "Namens De Arabesk", with the disclosure line on offer.

Guideline 5: a leader always speaks for the school. With the role set to leader the toggle
shows "Namens …" chosen and "Persoonlijk" unavailable, whatever a draft or a click asks for,
so every path (a role switch, a new post, a restored draft, the menu) ends official.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from checks import Capacity, CheckContext, Role

DISCLOSURE_LINE = "Ik schrijf dit op persoonlijke titel."


def effective_capacity(capacity: Capacity, role: Role) -> Capacity:
    """The capacity a post really has: official for a leader whatever was chosen."""
    official = CheckContext(capacity=capacity, role=role).counts_as_official
    return Capacity.OFFICIAL if official else Capacity.PERSONAL


class CapacityToggle(QWidget):
    """Two choices in one group; a leader is reminded that they always speak for the school."""

    capacity_changed = Signal(object)  # Capacity
    disclosure_requested = Signal(str)

    def __init__(
        self,
        school_name: str,
        role: Role,
        disclosure_line: str = DISCLOSURE_LINE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.disclosure_line = disclosure_line
        self.role = role
        self._has_line = False
        self._has_text = False
        self.personal = QRadioButton(self.tr("&Persoonlijk"))
        self.official = QRadioButton()
        self.personal.setAccessibleName(self.tr("Ik schrijf op persoonlijke titel"))
        self.official.setAccessibleName(self.tr("Ik schrijf namens de school"))
        self.set_school_name(school_name)
        self._group = QButtonGroup(self)
        for button in (self.personal, self.official):
            self._group.addButton(button)
        self.personal.setChecked(True)
        self.offer = QPushButton(self.tr("Toelichting toevoegen"))
        self.offer.setToolTip(
            self.tr(
                "Over onderwijs? Zeg erbij dat je op persoonlijke titel schrijft: “%1”"
            ).replace("%1", disclosure_line)
        )
        self.offer.setAccessibleName(self.tr("Zin ‘op persoonlijke titel’ toevoegen"))
        self.offer.clicked.connect(lambda: self.disclosure_requested.emit(self.disclosure_line))
        self.leader_note = QLabel(self.tr("Als leidinggevende spreek je altijd namens de school."))
        self.leader_note.setToolTip(self.tr("Richtlijn 5: bij twijfel niet publiceren."))
        self._group.buttonToggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.personal, self.official, self.offer, self.leader_note):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Persoonlijk of namens de school"))
        self.set_role(role)

    def set_school_name(self, school_name: str) -> None:
        self.official.setText(self.tr("&Namens %1").replace("%1", school_name))

    def capacity(self) -> Capacity:
        chosen = Capacity.OFFICIAL if self.official.isChecked() else Capacity.PERSONAL
        return effective_capacity(chosen, self.role)

    def set_capacity(self, capacity: Capacity) -> None:
        """Choose ``capacity``; for a leader the choice is always official."""
        wanted = effective_capacity(capacity, self.role)
        target = self.official if wanted is Capacity.OFFICIAL else self.personal
        target.setChecked(True)
        self._sync_offer()

    def set_role(self, role: Role) -> None:
        """A leader's post is official (guideline 5): "Persoonlijk" is then not available."""
        self.role = role
        leader = role is Role.LEADER
        self.personal.setEnabled(not leader)
        self.personal.setToolTip(
            self.tr("Als leidinggevende spreek je altijd namens de school (richtlijn 5).")
            if leader
            else ""
        )
        self.leader_note.setVisible(leader)
        if leader:
            self.official.setChecked(True)  # emits capacity_changed when it was personal
        self._sync_offer()

    def set_text(self, text: str) -> None:
        """Offer the disclosure line only for a personal post that does not yet carry it."""
        self._has_text = bool(text.strip())
        self._has_line = self.disclosure_line.lower() in text.lower()
        self._sync_offer()

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._sync_offer()
            self.capacity_changed.emit(self.capacity())

    def _sync_offer(self) -> None:
        wanted = self.capacity() is Capacity.PERSONAL and self._has_text and not self._has_line
        self.offer.setVisible(wanted)
