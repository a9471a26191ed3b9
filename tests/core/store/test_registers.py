"""The incident and photo-consent registers: events on a hash chain, erasable details,
retention, and every tampering caught by verify."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from arabesk_desk.incidents import IncidentProblem, checked_details, checked_fields
from arabesk_desk.measures import default_measures
from arabesk_desk.review.signing import create_reviewer_key
from arabesk_desk.store import Store, StoreError
from arabesk_desk.store.migrations import CONSENT_TABLE, REGISTER_DETAILS_TABLE, REGISTER_TABLE
from arabesk_desk.store.published_log import canonical_json, chain_hash
from checks.consent import ConsentRecord

TODAY = date(2026, 11, 30)


def fields(when="2026-10-01", group="pupil", violation="bedreiging", measure="schorsing"):
    return checked_fields(
        default_measures(),
        when=when,
        group=group,
        violation=violation,
        channel="whatsapp",
        measure=measure,
        today=TODAY,
    )


def pupil(first, last, social, infix="", group="5A"):
    return ConsentRecord(first, last, infix, group, uses=(("social_media", social),))


def test_an_incident_gets_a_yearly_number_and_keeps_its_details_apart(store):
    first = store.record_incident(fields(), checked_details("S.V.", "dreigbericht"), "Juf Ans")
    second = store.record_incident(fields(), checked_details(), "")
    assert (first.id, second.id) == ("2026-001", "2026-002")
    assert first.details == {"persons": ["S.V."], "note": "dreigbericht"}
    content = store.db.execute(f"SELECT content FROM [{REGISTER_TABLE}] WHERE seq = 1").fetchone()
    assert "S.V." not in content[0] and "dreigbericht" not in content[0]  # not on the chain
    assert store.verify_registers().ok


def test_an_update_is_a_new_event_and_the_old_state_stays(store):
    incident = store.record_incident(fields(), checked_details("S.V."), "")
    updated = store.update_incident(
        incident.id, {"status": "closed"}, checked_details(follow_up="gesprek gevoerd")
    )
    assert updated.fields.status == "closed" and updated.events == 2
    assert updated.details == {"persons": ["S.V."], "follow_up": "gesprek gevoerd"}
    assert store.verify_registers().checked == 2


def test_retention_erases_details_keeps_counts_and_is_an_event(store):
    old = store.record_incident(fields("2023-05-01"), checked_details("A.B.", "oud"), "")
    new = store.record_incident(fields("2026-05-01"), checked_details("C.D.", "nieuw"), "")
    assert store.apply_incident_retention(2, TODAY) == [old.id]
    assert store.apply_incident_retention(2, TODAY) == []  # once
    kept = {i.id: i for i in store.incidents()}
    assert kept[old.id].erased and kept[old.id].details == {}
    assert kept[old.id].fields.type == "bedreiging"  # the count stays
    assert kept[new.id].details["note"] == "nieuw"
    rows = store.db.execute(f"SELECT count(*) FROM [{REGISTER_DETAILS_TABLE}]").fetchone()[0]
    assert rows == 1
    result = store.verify_registers()
    assert result.ok and result.erased == 1


def test_details_cannot_be_deleted_or_changed_without_an_erasure_event(store):
    store.record_incident(fields(), checked_details("S.V."), "")
    with pytest.raises(sqlite3.IntegrityError, match="erasure event"):
        store.db.execute(f"DELETE FROM [{REGISTER_DETAILS_TABLE}]")
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        store.db.execute(f"UPDATE [{REGISTER_DETAILS_TABLE}] SET details = '{{}}'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute(f"DELETE FROM [{REGISTER_TABLE}]")


def drop_triggers(store: Store) -> None:
    names = store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'register%'"
    ).fetchall()
    for (name,) in names:
        store.db.execute(f"DROP TRIGGER [{name}]")


def three_incidents(store: Store) -> None:
    for initials in ("A.", "B.", "C."):
        store.record_incident(fields(), checked_details(initials, "iets"), "")


TAMPERING = {
    "details edited": (
        f"UPDATE [{REGISTER_DETAILS_TABLE}] SET details = replace(details, 'B.', 'X.') "
        "WHERE seq = 2",
        2,
    ),
    "details deleted": (f"DELETE FROM [{REGISTER_DETAILS_TABLE}] WHERE seq = 2", 2),
    "event deleted": (f"DELETE FROM [{REGISTER_TABLE}] WHERE seq = 2", 2),
    "event edited": (
        f"UPDATE [{REGISTER_TABLE}] SET content = replace(content, 'schorsing', 'gesprek') "
        "WHERE seq = 1",
        1,
    ),
    "tail cut": (f"DELETE FROM [{REGISTER_TABLE}] WHERE seq = 3", 3),
}


@pytest.mark.parametrize("name", sorted(TAMPERING))
def test_verify_names_the_first_tampered_event(store, name):
    three_incidents(store)
    drop_triggers(store)
    if name in ("event deleted", "tail cut"):
        store.db.execute("PRAGMA foreign_keys = OFF")
        store.db.execute(f"DELETE FROM [{REGISTER_DETAILS_TABLE}] WHERE seq >= 2")
    sql, seq = TAMPERING[name]
    store.db.execute(sql)
    result = store.verify_registers()
    assert not result.ok and result.first_bad_seq == seq, result


def test_a_rewritten_event_with_a_recomputed_hash_still_breaks_the_next_link(store):
    three_incidents(store)
    drop_triggers(store)
    content, prev = store.db.execute(
        f"SELECT content, prev_hash FROM [{REGISTER_TABLE}] WHERE seq = 2"
    ).fetchone()
    forged = content.replace("schorsing", "gesprek")
    store.db.execute(
        f"UPDATE [{REGISTER_TABLE}] SET content = ?, hash = ? WHERE seq = 2",
        [forged, chain_hash(prev, forged)],
    )
    result = store.verify_registers()
    assert not result.ok and result.first_bad_seq == 3


def test_signed_events_are_checked_and_a_forged_one_is_named(store):
    store.signer = create_reviewer_key("Directeur")
    three_incidents(store)
    assert store.verify_registers().signed == 3
    drop_triggers(store)
    # Rewrite the whole chain from event 2 with correct hashes but without the key.
    rows = store.db.execute(f"SELECT seq, prev_hash, content FROM [{REGISTER_TABLE}] ORDER BY seq")
    prev = None
    for seq, prev_hash, content in list(rows):
        if seq >= 2:
            content = content.replace("schorsing", "gesprek")
            prev_hash = prev
            new_hash = chain_hash(prev_hash, content)
            store.db.execute(
                f"UPDATE [{REGISTER_TABLE}] SET prev_hash = ?, content = ?, hash = ? WHERE seq = ?",
                [prev_hash, content, new_hash, seq],
            )
        prev = store.db.execute(
            f"SELECT hash FROM [{REGISTER_TABLE}] WHERE seq = ?", [seq]
        ).fetchone()[0]
    store.db.execute("UPDATE register_log_head SET hash = ?", [prev])
    result = store.verify_registers()
    assert not result.ok and result.first_bad_seq in (2, 3)


def test_a_consent_import_replaces_the_register_and_records_what_changed(store):
    store.import_consent(
        [pupil("Sanne", "Vries", False, "de"), pupil("Bram", "Smit", True)], "a.csv"
    )
    summary = store.import_consent(
        [pupil("Sanne", "Vries", True, "de"), pupil("Noor", "Bakker", True)], "b.csv"
    )
    assert summary.added == ("Noor Bakker",) and summary.removed == ("Bram Smit",)
    assert summary.changed == ("Sanne de Vries: social_media nee → ja",)
    book = store.consent_book()
    assert [r.full_name for r in book.records] == ["Noor Bakker", "Sanne de Vries"]
    assert book.find("Sanne de Vries")[0].allows("social_media")
    event = summary.event.content
    assert "Sanne" not in canonical_json(dict(event))  # names are details, not on the chain
    assert store.verify_registers().ok


def test_a_consent_register_edited_outside_the_app_is_caught(store):
    store.import_consent([pupil("Sanne", "Vries", False, "de")], "a.csv")
    store.db.execute(f"UPDATE [{CONSENT_TABLE}] SET uses = '{{\"social_media\":true}}'")
    result = store.verify_registers()
    assert not result.ok and "consent" in result.reason_en


def test_an_unknown_incident_is_a_clear_problem(store):
    with pytest.raises(IncidentProblem, match="no incident 2026-404"):
        store.update_incident("2026-404", {"status": "closed"}, checked_details())


def test_a_register_held_by_a_second_program_is_busy_not_broken(store_path):
    with Store.open(store_path) as first, Store.open(store_path, busy_timeout=0.2) as second:
        first.db.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError) as caught:
            second.record_incident(fields(), checked_details("A."), "")
        first.db.execute("ROLLBACK")
        assert caught.value.reason == "busy"
        assert second.record_incident(fields(), checked_details("A."), "").id == "2026-001"
