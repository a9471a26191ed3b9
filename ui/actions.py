"""Every action of the compose window, each with a keyboard shortcut (standard keys first)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey


class ComposeActions:
    """The window's actions; the window connects them and places them in menus and bars."""

    def __init__(self, parent: QWidget) -> None:
        tr = parent.tr
        self.new_draft = _action(parent, tr("&Nieuw bericht"), StandardKey.New)
        self.open_drafts = _action(parent, tr("&Concepten…"), StandardKey.Open)
        self.save = _action(parent, tr("&Opslaan"), StandardKey.Save)
        self.publish = _action(parent, tr("&Publiceren…"), "Ctrl+Return")
        self.ask_leader = _action(parent, tr("&Twijfel? Vraag je leidinggevende…"), "Ctrl+Shift+L")
        self.attach = _action(parent, tr("&Foto of video toevoegen…"), "Ctrl+Shift+A")
        self.settings = _action(parent, tr("&Instellingen…"), StandardKey.Preferences, "Ctrl+,")
        self.quit = _action(parent, tr("&Afsluiten"), StandardKey.Quit, "Ctrl+Q")
        self.undo = _action(parent, tr("&Ongedaan maken"), StandardKey.Undo, "Ctrl+Z")
        self.redo = _action(parent, tr("Opnie&uw"), StandardKey.Redo, "Ctrl+Shift+Z")
        self.cut = _action(parent, tr("K&nippen"), StandardKey.Cut, "Ctrl+X")
        self.copy = _action(parent, tr("&Kopiëren"), StandardKey.Copy, "Ctrl+C")
        self.paste = _action(parent, tr("&Plakken"), StandardKey.Paste, "Ctrl+V")
        self.select_all = _action(parent, tr("&Alles selecteren"), StandardKey.SelectAll, "Ctrl+A")
        self.next_finding = _action(parent, tr("&Volgend advies"), "F8")
        self.previous_finding = _action(parent, tr("Vo&rig advies"), "Shift+F8")
        self.apply_fix = _action(parent, tr("Eerste oplossing &toepassen"), "Ctrl+.")
        self.ignore_finding = _action(parent, tr("Advies n&egeren"), "Ctrl+Shift+N")
        self.personal = _action(parent, tr("&Persoonlijk"), "Ctrl+1")
        self.official = _action(parent, tr("&Namens de school"), "Ctrl+2")
        self.add_disclosure = _action(
            parent, tr("&Zin ‘op persoonlijke titel’ toevoegen"), "Ctrl+3"
        )
        self.focus_findings = _action(parent, tr("Naar de a&dviezen"), "F6")
        self.focus_editor = _action(parent, tr("Naar de tek&st"), "Shift+F6")
        self.show_preview = _action(parent, tr("&Voorbeeld per kanaal"), "Ctrl+Shift+P")
        self.personal.setCheckable(True)
        self.official.setCheckable(True)
        for action in (self.undo, self.redo, self.cut, self.copy):
            action.setEnabled(False)  # until the editor says there is something to do

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]


def _action(
    parent: QWidget, text: str, key: StandardKey | str, fallback: str | None = None
) -> QAction:
    action = QAction(text, parent)
    sequence = QKeySequence(key) if isinstance(key, str) else QKeySequence.keyBindings(key)
    if isinstance(sequence, list):
        sequences = sequence or ([QKeySequence(fallback)] if fallback else [])
        action.setShortcuts(sequences)
    else:
        action.setShortcut(sequence)
    parent.addAction(action)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if shortcut:
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
    return action
