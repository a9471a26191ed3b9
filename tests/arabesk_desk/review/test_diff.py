"""Word diff between versions: exact reconstruction of both texts (property-based)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from arabesk_desk.review.diff import Change, has_changes, unified_diff, word_diff


def rebuild(segments, keep):
    return "".join(s.text for s in segments if s.change in (Change.EQUAL, keep))


def test_a_changed_word_shows_as_deleted_and_inserted():
    segments = word_diff("Hallo allemaal, tot morgen!", "Hallo ouders, tot morgen!")
    assert [(s.change, s.text) for s in segments] == [
        (Change.EQUAL, "Hallo "),
        (Change.DELETED, "allemaal"),
        (Change.INSERTED, "ouders"),
        (Change.EQUAL, ", tot morgen!"),
    ]


def test_identical_texts_have_no_changes():
    assert not has_changes(word_diff("zelfde 😀", "zelfde 😀"))
    assert unified_diff("a", "a") == ""


@given(st.text(max_size=80), st.text(max_size=80))
def test_both_versions_can_be_rebuilt_from_the_diff(old, new):
    segments = word_diff(old, new)
    assert rebuild(segments, Change.DELETED) == old
    assert rebuild(segments, Change.INSERTED) == new
