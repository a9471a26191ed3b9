"""The compose window's menu and keyboard commands, connected to what they do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from checks import Capacity, Role

if TYPE_CHECKING:
    from ui.compose_window import ComposeWindow


def connect_commands(window: ComposeWindow) -> None:
    """Every action of :class:`ui.actions.ComposeActions` to its slot; edit actions follow
    the editor's undo, redo and selection state."""
    from ui.compose_panels import open_settings  # the dialog loads on first use

    a, editor = window.compose_actions, window.editor
    a.new_draft.triggered.connect(window.new_draft)
    a.open_drafts.triggered.connect(window.drafts.open)
    a.settings.triggered.connect(lambda: open_settings(window))
    a.attach.triggered.connect(window.attachments.add_button.click)
    a.show_preview.triggered.connect(window.preview.reveal)
    a.save.triggered.connect(window.session.save_now)
    a.publish.triggered.connect(window.publish)
    a.ask_leader.triggered.connect(window.ask_leader)
    a.quit.triggered.connect(window.close)
    for action, slot in (
        (a.undo, editor.undo),
        (a.redo, editor.redo),
        (a.cut, editor.cut),
        (a.copy, editor.copy),
        (a.paste, editor.paste),
        (a.select_all, editor.selectAll),
    ):
        action.triggered.connect(slot)
    editor.undoAvailable.connect(a.undo.setEnabled)
    editor.redoAvailable.connect(a.redo.setEnabled)
    editor.copyAvailable.connect(a.cut.setEnabled)
    editor.copyAvailable.connect(a.copy.setEnabled)
    a.next_finding.triggered.connect(lambda: editor.step_to_mark(+1))
    a.previous_finding.triggered.connect(lambda: editor.step_to_mark(-1))
    a.apply_fix.triggered.connect(editor.apply_first_fix)
    a.ignore_finding.triggered.connect(lambda: _ignore_current(window))
    a.personal.triggered.connect(lambda: window.capacity.set_capacity(Capacity.PERSONAL))
    a.official.triggered.connect(lambda: window.capacity.set_capacity(Capacity.OFFICIAL))
    # A menu tick follows the toggle, also when a leader's click on "Persoonlijk" is refused.
    a.personal.triggered.connect(lambda: sync_capacity_actions(window))
    a.official.triggered.connect(lambda: sync_capacity_actions(window))
    a.add_disclosure.triggered.connect(
        lambda: window.add_disclosure(window.capacity.disclosure_line)
    )
    a.focus_findings.triggered.connect(lambda: window.panel.setFocus())
    a.focus_editor.triggered.connect(lambda: editor.setFocus())


def sync_capacity_actions(window: ComposeWindow) -> None:
    """The Bericht menu ticks what the toggle shows; a leader cannot choose personal."""
    capacity = window.capacity.capacity()
    actions = window.compose_actions
    actions.personal.setChecked(capacity is Capacity.PERSONAL)
    actions.official.setChecked(capacity is Capacity.OFFICIAL)
    leader = window.services.settings.role is Role.LEADER
    actions.personal.setEnabled(not leader)
    actions.add_disclosure.setEnabled(not leader)


def _ignore_current(window: ComposeWindow) -> None:
    mark = window.editor.current_mark()
    if mark is not None:
        window.ignore(mark)
