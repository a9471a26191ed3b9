"""The store's public API as the UI uses it: drafts round-trip, appends are idempotent."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from arabesk_desk.posts import Attachment, Draft, DraftStatus, Override
from arabesk_desk.store import LogFilter, PublishedItem, Store, StoreError
from arabesk_desk.store.drafts import DRAFT_FIELDS
from checks import Capacity, ReplyTo, Role
from tests.arabesk_desk.store.factories import make_item


def full_draft(**changes) -> Draft:
    values = dict(
        text="Wij als school 😀 zijn trots\nop groep 8",
        channels=("x", "linkedin"),
        capacity=Capacity.OFFICIAL,
        author="Fatima el Amrani",
        role=Role.LEADER,
        attachments=(Attachment("/tmp/foto.jpg", "ab" * 32, "image"),),
        ignored=("tone.caps:0:4",),
        reply_to=ReplyTo.PARENT,
        status=DraftStatus.IN_REVIEW,
        created="2026-11-01T09:00:00+00:00",
        updated="2026-11-02T09:00:00+00:00",
    )
    values.update(changes)
    return Draft(**values)


def test_every_draft_field_is_stored():
    assert {f.name for f in dataclasses.fields(Draft)} == set(DRAFT_FIELDS)


def test_draft_round_trips_every_field(store):
    draft = full_draft()
    store.save_draft(draft)
    assert store.load_draft(draft.id) == draft


def test_save_draft_upserts_by_id(store):
    draft = full_draft()
    store.save_draft(draft)
    edited = draft.edited(text="Nieuwe tekst")
    store.save_draft(edited)
    assert store.load_draft(draft.id) == edited
    assert len(store.list_drafts()) == 1


def test_list_drafts_newest_first_without_published(store):
    old = full_draft(updated="2026-01-01T00:00:00+00:00")
    new = full_draft(updated="2026-03-01T00:00:00+00:00")
    done = full_draft(status=DraftStatus.PUBLISHED)
    for draft in (old, new, done):
        store.save_draft(draft)
    assert [d.id for d in store.list_drafts()] == [new.id, old.id]
    assert done in store.list_drafts(include_published=True)


def test_delete_draft(store):
    draft = full_draft()
    store.save_draft(draft)
    store.delete_draft(draft.id)
    assert store.load_draft(draft.id) is None
    assert store.list_drafts() == []


def test_load_missing_draft_is_none(store):
    assert store.load_draft("nope") is None


def test_published_item_round_trips(store):
    draft = full_draft()
    item = PublishedItem.from_draft(
        draft,
        findings=[{"rule": "tone.caps", "severity": "error", "start": 0, "end": 3}],
        overrides=[Override("tone.caps", 0, 3, "Wij", "eigen naam")],
        review={"reviewer": "Directeur", "decision": "goedgekeurd", "signature": "c2ln"},
    )
    entry = store.append_published(item)
    assert entry.seq == 1
    assert entry.item == item
    assert store.entry(item.id) == entry
    assert entry.item.attachment_hashes == ("ab" * 32,)


def test_append_is_idempotent_on_id(store):
    item = make_item()
    first = store.append_published(item)
    again = store.append_published(item)
    assert again == first
    assert store.count() == 1
    assert store.verify().ok


def test_same_id_with_other_content_is_refused(store):
    item = make_item()
    store.append_published(item)
    with pytest.raises(StoreError) as caught:
        store.append_published(dataclasses.replace(item, text="Iets anders"))
    assert caught.value.reason == "conflict"
    assert store.count() == 1


def test_withdrawal_is_a_new_entry_referring_to_the_old(store):
    original = store.append_published(make_item())
    withdrawal = original.item.follow_up(
        "withdrawal", original.id, note="verwijderd op 3 november omdat een naam zichtbaar was"
    )
    url = original.item.follow_up("url_added", original.id, url="https://x.com/school/status/1")
    store.append_published(withdrawal)
    store.append_published(url)
    assert store.entry(original.id) == original
    assert [e.item.kind for e in store.referring(original.id)] == ["withdrawal", "url_added"]
    assert store.verify().ok


def test_follow_up_must_refer_to_a_logged_entry(store):
    with pytest.raises(StoreError) as caught:
        store.append_published(make_item().follow_up("withdrawal", "unknown", note="weg"))
    assert caught.value.reason == "invalid"
    with pytest.raises(ValueError):
        PublishedItem(text="", channels=(), capacity="", author="", role="", kind="correction")


def test_search_and_filters(store):
    store.append_published(make_item(1, text="Ouderavond op dinsdag", channels=("linkedin",)))
    store.append_published(make_item(2, text="Sportdag in juni", author="Piet"))
    store.append_published(
        make_item(3, text="Ouders welkom", overrides=(Override("r", 0, 1, "O", "ok"),))
    )
    assert {e.item.text for e in store.search("ouder")} == {
        "Ouderavond op dinsdag",
        "Ouders welkom",
    }
    assert [e.item.text for e in store.search("ouder", LogFilter(channel="linkedin"))] == [
        "Ouderavond op dinsdag"
    ]
    assert [e.item.text for e in store.search("piet")] == ["Sportdag in juni"]
    assert [e.item.text for e in store.entries(LogFilter(has_overrides=True))] == ["Ouders welkom"]
    assert store.search('"unbalanced AND (') == []


def test_period_filter_is_inclusive(store):
    store.append_published(make_item(published_at="2026-03-01T08:00:00+00:00"))
    store.append_published(make_item(published_at="2026-03-31T23:00:00+00:00"))
    store.append_published(make_item(published_at="2026-04-01T00:00:00+00:00"))
    march = store.entries(LogFilter(since="2026-03-01", until="2026-03-31"))
    assert len(march) == 2


def test_connection_belongs_to_its_thread(store):
    errors = []

    def use() -> None:
        try:
            store.count()
        except Exception as exc:  # sqlite3.ProgrammingError
            errors.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join()
    assert errors


def test_reopen_keeps_everything(store_path):
    with Store.open(store_path) as first:
        first.append_published(make_item())
        first.save_draft(full_draft())
    with Store.open(store_path) as second:
        assert second.count() == 1
        assert len(second.list_drafts()) == 1
        assert second.verify().ok


def test_a_busy_database_gives_a_clear_error_and_loses_nothing(store_path):
    import sqlite3

    with Store.open(store_path, busy_timeout=0.05) as store:
        store.append_published(make_item(1))
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError) as caught:
            store.append_published(make_item(2))
        assert caught.value.reason == "busy" and "bezet" in caught.value.message
        other.execute("ROLLBACK")
        other.close()
        store.append_published(make_item(2))
        assert store.count() == 2 and store.verify().ok


def test_yearly_overview_counts_posts_per_month_channel_and_capacity(store):
    override = (Override("r", 0, 1, "x", "reden"),)
    store.append_published(make_item(1, published_at="2026-03-02T10:00:00Z", channels=("x",)))
    store.append_published(
        make_item(
            2, published_at="2026-03-09T10:00:00Z", channels=("x", "linkedin"), overrides=override
        )
    )
    first = store.append_published(make_item(3, published_at="2025-12-31T23:00:00Z"))
    store.append_published(first.item.follow_up("withdrawal", first.id, note="weg"))
    rows = {
        (r.month, r.channel, r.capacity): (r.posts, r.with_overrides) for r in store.overview(2026)
    }
    assert rows == {
        ("2026-03", "linkedin", "official"): (1, 1),
        ("2026-03", "x", "official"): (2, 1),
    }


def test_search_filters_by_capacity_kind_and_overrides(store):
    override = (Override("r", 0, 1, "x", "reden"),)
    personal = store.append_published(make_item(1, text="Trots op groep 8", capacity="personal"))
    store.append_published(make_item(2, text="Trots op groep 7", overrides=override))
    store.append_published(personal.item.follow_up("correction", personal.id, text="Trots op 8b"))

    def texts(query: str, **filters) -> set[str]:
        return {e.item.text for e in store.search(query, LogFilter(**filters))}

    assert texts("trots", capacity="personal") == {"Trots op groep 8", "Trots op 8b"}
    assert texts("trots", has_overrides=True) == {"Trots op groep 7"}
    assert texts("trots", has_overrides=False) == {"Trots op groep 8", "Trots op 8b"}
    assert texts("trots", kinds=("correction",)) == {"Trots op 8b"}
    assert texts("trots", kinds=("published", "correction"), capacity="official") == {
        "Trots op groep 7"
    }
    assert texts("official") == set()  # filter words are not searchable text
    assert texts("overridden") == set()


def test_saving_a_draft_takes_the_write_lock_before_it_reads(store_path):
    """Another program commits a write just before the draft's INSERT (the test's own
    Store.open, a CLI, a second first start): the save must not act on a stale snapshot,
    which SQLite refuses at once ("database is locked") without waiting. Regression: with a
    deferred BEGIN the autosave failed now and then, and test_reply_and_preview with it."""
    import sqlite3

    other_wrote: list[bool] = []

    def the_other_program_writes(statement: str) -> None:
        if statement.startswith('INSERT INTO "drafts"') and not other_wrote:
            try:
                other.execute("INSERT INTO drafts_seen DEFAULT VALUES")
                other_wrote.append(True)
            except sqlite3.OperationalError:  # the save holds the write lock already
                other_wrote.append(False)

    with Store.open(store_path) as store:
        other = sqlite3.connect(store_path, isolation_level=None, timeout=0)
        other.execute("CREATE TABLE IF NOT EXISTS drafts_seen (n INTEGER)")
        draft = Draft(text="Eerste versie")
        store.save_draft(draft)
        store.db.conn.set_trace_callback(the_other_program_writes)
        try:
            store.save_draft(draft.edited(text="Tweede versie"))
        finally:
            store.db.conn.set_trace_callback(None)
        assert other_wrote == [False]
        assert store.list_drafts()[0].text == "Tweede versie"
        other.close()


def test_two_writers_on_one_file_keep_one_chain(store_path):
    with Store.open(store_path) as app, Store.open(store_path) as cli:
        for number in range(20):
            (app if number % 2 else cli).append_published(make_item(number))
        assert app.count() == cli.count() == 20
        assert app.verify().ok


def test_url_added_needs_a_url(store):
    entry = store.append_published(make_item())
    with pytest.raises(ValueError, match="url"):
        entry.item.follow_up("url_added", entry.id)


def test_an_item_that_is_not_json_data_is_refused_clearly(store):
    with pytest.raises(StoreError) as caught:
        store.append_published(make_item(review={"signature": b"\x00raw bytes"}))
    assert caught.value.reason == "invalid" and store.count() == 0


def test_a_draft_stored_before_reply_to_existed_reads_as_not_said():
    from arabesk_desk.store.drafts import draft_from_row, draft_to_row

    row = draft_to_row(full_draft(reply_to=None))
    assert row["reply_to"] is None
    del row["reply_to"]  # a row read through an older schema has no such column
    assert draft_from_row(row).reply_to is None
