"""The log window: filters, search, an entry with its review, export, verify, year overview."""

from __future__ import annotations

import csv
import json
import sqlite3

import keyring
import pytest

from arabesk_desk.posts import Override
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder, review_record
from arabesk_desk.review.states import Outcome
from arabesk_desk.store import PublishedItem, Store
from arabesk_desk.store.migrations import LOG_TABLE
from tests.arabesk_desk.review.helpers import official_draft, reviewer
from tests.arabesk_desk.review.memory_keyring import use_memory_keyring
from ui.lanes.store_lane import StoreLane
from ui.log_window import LogWindow

OVERRIDE = Override("confidential.pupil_name", 0, 5, "Jamal", "Ouders gaven toestemming.")


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    yield use_memory_keyring()
    keyring.set_keyring(previous)


def item(text, *, when, author="Sanne Jansen", channels=("x",), capacity="personal", **extra):
    return PublishedItem(
        text=text,
        channels=channels,
        capacity=capacity,
        author=author,
        role="staff",
        published_at=when,
        **extra,
    )


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "log.sqlite3"
    with Store.open(path) as store:
        store.append_published(item("Open dag zaterdag!", when="2026-03-10T09:00:00+00:00"))
        store.append_published(
            item(
                "Jamal las voor bij de Kinderboekenweek.",
                when="2026-10-05T09:00:00+00:00",
                channels=("linkedin", "facebook"),
                capacity="official",
                overrides=(OVERRIDE,),
            )
        )
        store.append_published(
            item("Lezing over rekenen gevolgd.", when="2025-06-01T09:00:00+00:00", author="Pieter")
        )
    return path


@pytest.fixture
def lane(database, qtbot):
    lane = StoreLane.for_database(database)
    yield lane
    lane.close()


def open_log(qtbot, lane, policy=None) -> LogWindow:
    window = LogWindow(lane, review_policy=policy)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.entries_loaded, timeout=3000):
        pass
    return window


def reload(qtbot, window, change):
    with qtbot.waitSignal(window.entries_loaded, timeout=3000):
        change()
    return [e.item.text for e in window.entries]


def test_every_entry_is_listed_newest_first(qtbot, lane):
    window = open_log(qtbot, lane)
    assert window.table.rowCount() == 3
    assert window.table.item(0, 4).text().startswith("Jamal las voor")
    assert "3 publicaties" in window.count_label.text()
    assert {"Sanne Jansen", "Pieter"} <= {
        window.filters.author.itemText(i) for i in range(window.filters.author.count())
    }


def test_filters_narrow_the_list(qtbot, lane):
    window = open_log(qtbot, lane)
    f = window.filters
    assert reload(qtbot, window, lambda: f.overrides_only.setChecked(True)) == [
        "Jamal las voor bij de Kinderboekenweek."
    ]
    reload(qtbot, window, lambda: f.overrides_only.setChecked(False))
    official = reload(
        qtbot, window, lambda: f.capacity.setCurrentIndex(f.capacity.findData("official"))
    )
    assert official == ["Jamal las voor bij de Kinderboekenweek."]
    reload(qtbot, window, lambda: f.capacity.setCurrentIndex(0))
    assert reload(qtbot, window, lambda: f.channel.setCurrentIndex(f.channel.findData("x"))) == [
        "Open dag zaterdag!",
        "Lezing over rekenen gevolgd.",
    ]
    reload(qtbot, window, lambda: f.channel.setCurrentIndex(0))
    assert reload(qtbot, window, lambda: f.author.setCurrentIndex(f.author.findData("Pieter"))) == [
        "Lezing over rekenen gevolgd."
    ]


def test_a_custom_period(qtbot, lane):
    from PySide6.QtCore import QDate

    window = open_log(qtbot, lane)
    f = window.filters
    reload(qtbot, window, lambda: f.period.setCurrentIndex(f.period.findData("custom")))
    reload(qtbot, window, lambda: f.since.setDate(QDate(2026, 1, 1)))
    texts = reload(qtbot, window, lambda: f.until.setDate(QDate(2026, 6, 30)))
    assert texts == ["Open dag zaterdag!"]


def test_search_finds_words(qtbot, lane):
    window = open_log(qtbot, lane)
    assert reload(qtbot, window, lambda: window.filters.query.setText("rekenen")) == [
        "Lezing over rekenen gevolgd."
    ]
    assert reload(qtbot, window, lambda: window.filters.query.setText("bestaatniet")) == []
    assert "Niets gevonden" in window.detail.toPlainText()


def test_an_entry_shows_its_findings_overrides_and_verified_review(qtbot, tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path / "review", policy)
    draft = official_draft()
    folder.record(decide(folder.submit(draft, message="Mag dit?"), Outcome.APPROVED, "Ja.", signer))
    record = review_record(folder.review_of(draft), folder.trail(draft.id))
    finding = {
        "rule": "tone.popular",
        "category": "tone",
        "guideline": 6,
        "severity": "warning",
        "start": 0,
        "end": 6,
        "message": "Let op je toon.",
    }
    path = tmp_path / "log.sqlite3"
    with Store.open(path) as store:
        store.append_published(
            PublishedItem.from_draft(
                draft, findings=(finding,), overrides=(OVERRIDE,), review=record
            )
        )
    lane = StoreLane.for_database(path)
    try:
        window = open_log(qtbot, lane, policy)
        qtbot.waitUntil(lambda: "Let op je toon." in window.detail.toPlainText(), timeout=3000)
        shown = window.detail.toPlainText()
        assert "Ouders gaven toestemming." in shown and "handtekening en tekst kloppen" in shown
        assert "Mag dit?" in shown and "Ja." in shown
        assert window.table.item(0, 7).text() == "goedgekeurd"
    finally:
        lane.close()


def test_export_csv_and_json_of_the_filtered_entries(qtbot, lane, tmp_path):
    window = open_log(qtbot, lane)
    reload(qtbot, window, lambda: window.filters.query.setText("zaterdag"))
    with qtbot.waitSignal(window.exported, timeout=3000) as done:
        window.export_to(tmp_path / "log.csv", "csv")
    assert done.args[1] == 1
    rows = list(csv.DictReader((tmp_path / "log.csv").open(encoding="utf-8")))
    assert [r["text"] for r in rows] == ["Open dag zaterdag!"]
    reload(qtbot, window, lambda: window.filters.query.setText(""))
    with qtbot.waitSignal(window.exported, timeout=3000):
        window.export_to(tmp_path / "log.json", "json")
    document = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert len(document["entries"]) == 3 and document["head"]["count"] == 3


def test_an_export_to_an_unwritable_place_is_reported(qtbot, lane, tmp_path):
    window = open_log(qtbot, lane)
    with qtbot.waitSignal(lane.failed, timeout=3000) as failed:
        window.export_to(tmp_path / "geen-map" / "log.csv", "csv")
    assert "exporteren" in failed.args[0]


def test_verify_reports_a_sound_and_a_tampered_log(qtbot, lane, database):
    window = open_log(qtbot, lane)
    with qtbot.waitSignal(window.verified, timeout=3000) as sound:
        window.verify_button.click()
    assert sound.args[0].ok and "in orde" in window.count_label.text()
    connection = sqlite3.connect(database)
    triggers = connection.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    for (name,) in triggers.fetchall():
        connection.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    connection.execute(
        f"UPDATE [{LOG_TABLE}] SET content = replace(content, 'Open dag', 'Gesloten dag')"
    )
    connection.commit()
    connection.close()
    with qtbot.waitSignal(window.verified, timeout=3000) as tampered:
        window.verify_button.click()
    assert not tampered.args[0].ok and "gewijzigd" in window.count_label.text()


def test_the_year_overview_counts_posts_channels_and_overrides(qtbot, lane):
    window = open_log(qtbot, lane)
    window.year.setValue(2026)
    with qtbot.waitSignal(window.overview_loaded, timeout=3000) as loaded:
        window.load_overview()
    overview = loaded.args[0]
    assert overview.posts == 2 and overview.override_total == 1
    assert overview.per_channel["x"][2] == 1 and overview.per_channel["linkedin"][9] == 1
    assert overview.official[9] == 1 and overview.personal[2] == 1
    assert "2026: 2 berichten" in window.overview_summary.text()
    assert "linkedin: 1" in window.channel_chart.toolTip()
    window.tabs.setCurrentIndex(1)
    image = window.grab()  # paints the QPainter charts
    assert not image.isNull()


def test_a_link_and_a_withdrawal_are_new_entries_shown_with_the_post(qtbot, lane):
    window = open_log(qtbot, lane)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=3000)
    post = window.shown
    assert window.withdraw_button.isEnabled()
    assert not window.follow_ups.add_url(post, "linkedin.com/post/1")
    assert "https://" in window.count_label.text()
    with qtbot.waitSignal(window.entries_loaded, timeout=3000):
        assert window.follow_ups.add_url(post, "https://www.linkedin.com/post/1")
    assert not window.follow_ups.withdraw(post, "   ")
    with qtbot.waitSignal(window.entries_loaded, timeout=3000):
        assert window.follow_ups.withdraw(post, "Op verzoek van de ouders.")
    assert window.table.rowCount() == 5
    kinds = [window.table.item(row, 4).text() for row in range(2)]
    assert kinds[0].startswith("[verwijderd]") and kinds[1].startswith("[link toegevoegd]")
    original = next(i for i, e in enumerate(window.entries) if e.id == post.id)
    window.table.selectRow(original)
    # The detail view fills in from the store lane; wait for the text itself, not a signal
    # that an earlier selection may also have sent.
    qtbot.waitUntil(
        lambda: (
            "omdat Op verzoek van de ouders." in window.detail.toPlainText()
            and "https://www.linkedin.com/post/1" in window.detail.toPlainText()
        ),
        timeout=5000,
    )
