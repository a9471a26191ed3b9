"""Code points ↔ UTF-16: checked against Qt's own idea of positions, emoji and ZWJ included."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from ui.positions import PositionMap, from_qt, to_qt, utf16_length

TEACHER = "👩\u200d🏫"  # woman + ZWJ + school: three code points, five UTF-16 units


def qt_position_of(text: str, code_point: int) -> int:
    """Where Qt puts a cursor after inserting ``text[:code_point]``: the ground truth."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    cursor.insertText(text[:code_point])
    return cursor.position()


def test_the_facts_example():
    assert to_qt("😀🎉 Laterzz", 3) == 5


@pytest.mark.parametrize(
    ("text", "code_point", "expected"),
    [
        ("abc", 2, 2),
        ("😀abc", 1, 2),
        ("😀abc", 2, 3),
        (TEACHER + " kut", 4, 6),
        (TEACHER + TEACHER + " x", 6, 10),
        ("é🇳🇱x", 3, 5),  # a flag is two regional indicators, each astral
    ],
)
def test_to_qt(text, code_point, expected):
    assert to_qt(text, code_point) == expected
    assert qt_position_of(text, code_point) == expected


def test_round_trip_on_a_zwj_sequence():
    text = "Juf " + TEACHER + " zegt: kut"
    mapping = PositionMap(text)
    for index in range(len(text) + 1):
        assert mapping.from_qt(mapping.to_qt(index)) == index


def test_inside_a_surrogate_pair_maps_to_the_character_start():
    assert from_qt("😀x", 1) == 0
    assert from_qt("😀x", 2) == 1


def test_clamps_out_of_range():
    assert to_qt("ab", 10) == 2
    assert from_qt("😀", 99) == 1
    assert to_qt("ab", -3) == 0


def test_identity_when_no_astral_characters():
    assert PositionMap("gewone tekst é ü").is_identity
    assert not PositionMap("🎉").is_identity


@given(st.text(max_size=40))
def test_agrees_with_utf16_encoding(text):
    mapping = PositionMap(text)
    for index in range(len(text) + 1):
        assert mapping.to_qt(index) == len(text[:index].encode("utf-16-le")) // 2
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
