"""Stale results never paint; the capacity toggle and channels change the findings; counters."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from checks import Capacity, Role
from tests.ui.conftest import send_keys, type_text, wait_painted
from ui.compose_window import ComposeWindow
from ui.lanes.check_lane import CheckLane, CheckResult, CheckSnapshot, run_checks


def snapshot(text: str, revision: int) -> CheckSnapshot:
    return CheckSnapshot(text, Capacity.PERSONAL, ("x",), Role.STAFF, revision)


class GatedRun:
    """Runs the real checks, but holds the first call until the test releases it."""

    def __init__(self, checker) -> None:
        self.checker = checker
        self.release = threading.Event()
        self.started = threading.Event()
        self.calls: list[int] = []

    def __call__(self, snap: CheckSnapshot) -> CheckResult:
        self.calls.append(snap.revision)
        if len(self.calls) == 1:
            self.started.set()
            self.release.wait(10)
        return run_checks(self.checker, snap)


def test_lane_drops_a_result_overtaken_while_running(qtbot, test_checker):
    run = GatedRun(test_checker)
    lane = CheckLane(run, pool=QThreadPool(), debounce_ms=0)
    emitted: list[int] = []
    lane.findings_ready.connect(lambda result: emitted.append(result.snapshot.revision))
    lane.request_now(snapshot("Wat een kutweer", 1))
    qtbot.waitUntil(run.started.is_set)
    lane.request_now(snapshot("Wat een mooie dag", 2))
    run.release.set()
    qtbot.waitUntil(lambda: emitted == [2])
    assert run.calls == [1, 2]  # the newest snapshot ran after the stale one finished


def test_window_never_paints_a_stale_result(qtbot, services, test_checker):
    run = GatedRun(test_checker)
    lane = CheckLane(run, pool=QThreadPool(), debounce_ms=0)
    window = ComposeWindow(services, check_lane=lane)
    qtbot.addWidget(window)
    painted: list[int] = []
    window.results_painted.connect(painted.append)
    qtbot.waitUntil(run.started.is_set)  # the window's first check is held
    send_keys(window.editor, "Wat een kutweer")  # typed while an old snapshot is in flight
    run.release.set()
    wait_painted(qtbot, window)
    assert painted == [window.revision]
    assert [m.excerpt for m in window.editor.marks()] == ["kutweer"]


def test_old_results_arriving_late_are_ignored_by_the_window(qtbot, window):
    type_text(qtbot, window, "Wat een kutweer")
    old = run_checks(window.services.checker, window.snapshot())
    send_keys(window.editor, "!")
    window._protocol_findings(old)  # as if a slow worker delivered it now
    assert window.painted_revision == window.revision - 1


def test_capacity_toggle_changes_the_findings(qtbot, window):
    def rules():
        return {m.finding.rule for m in window.editor.marks()}

    type_text(qtbot, window, "Wij als school vinden lezen belangrijk.")
    assert "capacitytest.we_as_school" in rules()
    window.capacity.official.click()
    qtbot.waitUntil(lambda: "capacitytest.we_as_school" not in rules())
    assert window.session.draft.capacity is Capacity.OFFICIAL
    window.capacity.personal.click()
    qtbot.waitUntil(lambda: "capacitytest.we_as_school" in rules())


def test_disclosure_line_is_offered_for_personal_posts(qtbot, window):
    type_text(qtbot, window, "Onderwijs is mooi.")
    assert window.capacity.offer.isVisibleTo(window)
    window.capacity.offer.click()
    assert (
        window.editor.toPlainText() == "Onderwijs is mooi.\n\nIk schrijf dit op persoonlijke titel."
    )
    assert not window.capacity.offer.isVisibleTo(window)
    window.capacity.official.click()
    assert not window.capacity.offer.isVisibleTo(window)


def test_counter_follows_x_weighting(qtbot, window):
    window.channel_bar.set_selected(("x", "linkedin"))
    type_text(qtbot, window, "Hoi 😀 https://www.dearabesk.nl/nieuws/heel-lange-link")
    qtbot.waitUntil(lambda: window.channel_bar.counts()["x"].length == 4 + 2 + 1 + 23)
    x_button = window.channel_bar.buttons["x"]
    assert x_button.text() == "X  30 / 280"
    assert window.channel_bar.counts()["linkedin"].length == len(window.editor.toPlainText())


def test_counter_turns_red_past_the_limit(qtbot, window):
    window.editor.setPlainText("😀" * 141)  # 141 emoji weigh 282 on X
    button = window.channel_bar.buttons["x"]
    qtbot.waitUntil(lambda: button.count.length == 282)
    assert button.over_limit
    assert "282 van 280" in button.accessibleName() and "te lang" in button.accessibleName()
    assert "#" in button.styleSheet() and "font-weight: 700" in button.styleSheet()
    window.editor.setPlainText("😀" * 140)
    qtbot.waitUntil(lambda: not button.over_limit)
    assert "font-weight: 700" not in button.styleSheet()


def test_channels_change_the_checks(qtbot, window):
    window.channel_bar.set_selected(("x",))
    type_text(qtbot, window, "a" * 300)
    assert "length.over_limit" in {f.rule for f in window.findings()}
    window.channel_bar.buttons["linkedin"].click()
    window.channel_bar.buttons["x"].click()
    assert window.session.draft.channels == ("linkedin",)
    qtbot.waitUntil(lambda: "length.over_limit" not in {f.rule for f in window.findings()})


def test_at_least_one_channel_stays_chosen(qtbot, window):
    window.channel_bar.set_selected(("x",))
    window.channel_bar.buttons["x"].click()
    assert window.channel_bar.selected() == ("x",)


def test_role_comes_from_the_settings(qtbot, test_checker):
    from arabesk_desk.user_settings import UserSettings
    from tests.ui.conftest import make_services

    services = make_services(test_checker, UserSettings(name="Dhr. Leider", role=Role.LEADER))
    window = ComposeWindow(services)
    qtbot.addWidget(window)
    assert window.snapshot().role is Role.LEADER
    assert window.session.draft.role is Role.LEADER
    assert window.capacity.leader_note.isVisibleTo(window)
    services.store_lane.close()
