"""Whom a post replies to reaches the check; the preview shows the account it goes out from."""

from __future__ import annotations

from dataclasses import replace

from arabesk_desk.policy import SchoolPolicy
from arabesk_desk.post_checker import PostChecker
from arabesk_desk.store import Store
from checks import Capacity, CheckContext, ReplyTo, Role
from tests.ui.conftest import type_text, wait_painted
from ui.lanes.check_lane import CheckSnapshot, run_checks


class RecordingChecker:
    """The real checker, remembering every context it was asked to check with."""

    def __init__(self, checker: PostChecker) -> None:
        self.checker = checker
        self.engine = checker.engine
        self.contexts: list[CheckContext] = []

    def check(self, text: str, context: CheckContext):
        self.contexts.append(context)
        return self.checker.check(text, context)


def test_the_reply_choice_reaches_the_check_context(qtbot, window, test_checker):
    recorder = RecordingChecker(test_checker)
    window.services.checker = recorder  # type: ignore[assignment]
    type_text(qtbot, window, "Bedankt voor uw bericht.")
    window.reply.combo.setCurrentIndex(1)  # "een ouder"
    wait_painted(qtbot, window)
    assert window.snapshot().reply_to is ReplyTo.PARENT
    assert recorder.contexts[-1].reply_to is ReplyTo.PARENT
    assert window.session.draft.reply_to is ReplyTo.PARENT


def test_run_checks_passes_reply_to_for_every_channel(test_checker):
    recorder = RecordingChecker(test_checker)
    snapshot = CheckSnapshot("Hoi", Capacity.PERSONAL, ("x", "linkedin"), Role.STAFF, 1)
    run_checks(recorder, replace(snapshot, reply_to=ReplyTo.PUPIL))  # type: ignore[arg-type]
    assert [c.reply_to for c in recorder.contexts] == [ReplyTo.PUPIL, ReplyTo.PUPIL]


def test_the_reply_choice_is_kept_with_the_draft_and_reset_for_a_new_post(qtbot, window, services):
    type_text(qtbot, window, "Dank voor de vraag, ik bel u morgen.")
    window.reply.combo.setCurrentIndex(3)  # "een collega"
    window.session.save_now()
    draft_id = window.session.draft.id
    qtbot.waitUntil(lambda: stored_reply(services, draft_id) is ReplyTo.COLLEAGUE)
    window.compose_actions.new_draft.trigger()
    assert window.reply.value() is None and window.session.draft.reply_to is None
    with Store.open(services.paths.database) as store:
        window.load_draft(store.load_draft(draft_id), stored=True)
    assert window.reply.value() is ReplyTo.COLLEAGUE


def stored_reply(services, draft_id: str):
    with Store.open(services.paths.database) as store:
        draft = store.load_draft(draft_id)
    return draft.reply_to if draft else None


def test_an_official_preview_shows_the_schools_account_per_channel(qtbot, window):
    policy = replace(SchoolPolicy(), accounts={"x": "@dearabesk"})
    window.services.checker = PostChecker(window.services.checker.engine, policy)
    window.channel_bar.set_selected(("x", "linkedin", "instagram"))
    window.capacity.set_capacity(Capacity.OFFICIAL)
    type_text(qtbot, window, "Morgen open dag!")
    window.compose_actions.show_preview.trigger()
    preview = window.preview.preview
    qtbot.waitUntil(lambda: "@dearabesk" in preview.rendered_html("x"))
    assert "De Arabesk" in preview.rendered_html("linkedin")  # no account named: the school
    assert "Juf Test" not in preview.rendered_html("x")
    assert "zonder foto of video" in preview.rendered_html("instagram")
    window.capacity.set_capacity(Capacity.PERSONAL)
    qtbot.waitUntil(lambda: "Juf Test" in preview.rendered_html("x"))
