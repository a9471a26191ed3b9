"""The drafts list shows, filters, opens and deletes drafts through plain callables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from arabesk_desk.posts import Draft, DraftStatus
from ui.drafts_list import DraftsDialog, DraftsList, draft_title

OLD = Draft(
    id="oud",
    text="\n  Sportdag groep 5\nMet foto's",
    channels=("x", "facebook"),
    updated="2026-11-20T09:00:00+00:00",
)
NEW = Draft(
    id="nieuw",
    text="Ouderavond donderdag",
    channels=("linkedin",),
    status=DraftStatus.IN_REVIEW,
    updated="2026-11-25T14:30:00+00:00",
)


class FakeStore:
    def __init__(self, drafts):
        self.drafts = {d.id: d for d in drafts}
        self.fail_delete = False

    def list_drafts(self):
        return list(self.drafts.values())

    def delete_draft(self, draft_id):
        if self.fail_delete:
            raise OSError("schijf vol")
        del self.drafts[draft_id]


@pytest.fixture
def store():
    return FakeStore([OLD, NEW])


def make_list(qtbot, store, confirm=lambda draft: True):
    widget = DraftsList(
        store.list_drafts, store.delete_draft, {"x": "X", "facebook": "Facebook"}, confirm
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(widget):
    tree = widget.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)]
        for i in range(tree.topLevelItemCount())
        if not tree.topLevelItem(i).isHidden()
    ]


def test_title_is_the_first_non_empty_line_cut_when_long():
    assert draft_title(OLD.text) == "Sportdag groep 5"
    assert draft_title("a" * 200).endswith("…")
    assert len(draft_title("a" * 200)) == 70
    assert draft_title("\n \n") == ""


def test_rows_newest_first_with_dutch_status_and_channel_labels(qtbot, store):
    widget = make_list(qtbot, store)
    assert rows(widget) == [
        ["Ouderavond donderdag", "linkedin", "ter beoordeling"],
        ["Sportdag groep 5", "X, Facebook", "concept"],
    ]
    assert widget.tree.topLevelItem(0).text(3)  # a local, readable time


def test_enter_opens_the_selected_draft(qtbot, store):
    widget = make_list(qtbot, store)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(1))
    widget.tree.setFocus()
    with qtbot.waitSignal(widget.draft_opened) as blocker:
        qtbot.keyClick(widget.tree, Qt.Key.Key_Return)
    assert blocker.args == ["oud"]


def test_buttons_need_a_selection(qtbot, store):
    widget = make_list(qtbot, store)
    widget.tree.clearSelection()
    assert not widget.open_button.isEnabled()
    assert not widget.delete_button.isEnabled()


def test_delete_asks_first_and_refuses_without_yes(qtbot, store):
    asked = []
    widget = make_list(qtbot, store, confirm=lambda draft: asked.append(draft.id) or False)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0))
    widget.delete_button.click()
    assert asked == ["nieuw"]
    assert "nieuw" in store.drafts
    assert len(rows(widget)) == 2


def test_confirmed_delete_removes_and_announces(qtbot, store):
    widget = make_list(qtbot, store)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0))
    with qtbot.waitSignal(widget.draft_deleted) as blocker:
        widget.delete_button.click()
    assert blocker.args == ["nieuw"]
    assert [r[0] for r in rows(widget)] == ["Sportdag groep 5"]


def test_failed_delete_keeps_the_draft_and_says_why(qtbot, store):
    store.fail_delete = True
    widget = make_list(qtbot, store)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(0))
    widget.delete_button.click()
    assert "schijf vol" in widget.message_label.text()
    assert len(rows(widget)) == 2


def test_failing_list_is_shown_not_raised(qtbot):
    def broken():
        raise RuntimeError("database op slot")

    widget = DraftsList(broken, lambda draft_id: None)
    qtbot.addWidget(widget)
    assert "database op slot" in widget.message_label.text()


def test_filter_hides_non_matching(qtbot, store):
    widget = make_list(qtbot, store)
    qtbot.keyClicks(widget.filter_edit, "FOTO")
    assert [r[0] for r in rows(widget)] == ["Sportdag groep 5"]


def test_refresh_keeps_the_selection(qtbot, store):
    widget = make_list(qtbot, store)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(1))
    store.drafts["derde"] = Draft(id="derde", text="Nieuw", updated="2026-11-26T08:00:00+00:00")
    widget.refresh()
    assert widget.selected_draft() == OLD
    assert len(rows(widget)) == 3


def test_empty_store_says_so(qtbot):
    widget = make_list(qtbot, FakeStore([]))
    assert widget.message_label.text() == "Nog geen concepten."


def test_dialog_returns_the_opened_draft(qtbot, store):
    dialog = DraftsDialog(store.list_drafts, store.delete_draft, confirm=lambda d: True)
    qtbot.addWidget(dialog)
    dialog.drafts.tree.setCurrentItem(dialog.drafts.tree.topLevelItem(0))
    dialog.drafts.open_button.click()
    assert dialog.result() == DraftsDialog.DialogCode.Accepted
    assert dialog.opened_draft_id() == "nieuw"
