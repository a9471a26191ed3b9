"""The store lane runs operations in order on its own thread and reports failures readably."""

from __future__ import annotations

import threading

from arabesk_desk.posts import Draft
from arabesk_desk.store import Store
from ui.lanes.store_lane import StoreLane


def test_operations_run_in_order_on_one_other_thread(qtbot, tmp_path):
    lane = StoreLane.for_database(tmp_path / "db.sqlite3")
    threads, results = set(), []
    for number in range(5):
        lane.submit(
            lambda store, n=number: (threads.add(threading.get_ident()), n)[1], results.append
        )
    qtbot.waitUntil(lambda: len(results) == 5)
    assert results == [0, 1, 2, 3, 4]
    assert len(threads) == 1 and threading.get_ident() not in threads
    lane.close()


def test_a_damaged_database_is_a_readable_dutch_message(qtbot, tmp_path):
    broken = tmp_path / "kapot.sqlite3"
    broken.write_bytes(b"dit is geen database" * 100)
    lane = StoreLane.for_database(broken)
    problems: list[str] = []
    lane.failed.connect(problems.append)
    lane.submit(lambda store: store.save_draft(Draft(text="Belangrijk")), what="concept opslaan")
    qtbot.waitUntil(lambda: bool(problems))
    assert problems[0].startswith("concept opslaan: ")
    assert "\n" not in problems[0]  # the Dutch line only, not the English one too
    lane.close()


def test_saved_draft_reads_back_the_same(qtbot, tmp_path):
    lane = StoreLane.for_database(tmp_path / "db.sqlite3")
    draft = Draft(text="Hallo 👋", channels=("x", "linkedin"))
    done = []
    lane.submit(lambda store: store.save_draft(draft), done.append)
    qtbot.waitUntil(lambda: bool(done))
    lane.close()
    with Store.open(tmp_path / "db.sqlite3") as store:
        assert store.load_draft(draft.id).text == "Hallo 👋"


def test_close_waits_for_the_last_save(qtbot, tmp_path):
    lane = StoreLane.for_database(tmp_path / "db.sqlite3")
    drafts = [Draft(text=f"concept {n}") for n in range(20)]
    for draft in drafts:
        lane.submit(lambda store, d=draft: store.save_draft(d))
    lane.close()  # no waiting in the test: close itself must let the saves finish
    with Store.open(tmp_path / "db.sqlite3") as store:
        assert len(store.list_drafts()) == 20
