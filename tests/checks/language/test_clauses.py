"""Clauses: where a clause pattern looks for its elements and a negation for its scope."""

from __future__ import annotations

import pytest

from checks.language.clauses import ClauseWords, split_clauses
from tests.checks.language.support import document, language

WORDS = language({}).clause_words


def clauses(text: str, words: ClauseWords = WORDS) -> list[str]:
    tokens = document(text).tokens
    return [
        text[tokens[first].start : tokens[end - 1].end]
        for first, end in split_clauses(tokens, 0, len(tokens), words)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause opened by "als" ends at its comma
        ("Als je dat nog eens doet, sla ik je", ["Als je dat nog eens doet", "sla ik je"]),
        # a subordinating word always opens a clause
        ("Ik ga weg omdat je zeurt", ["Ik ga weg", "omdat je zeurt"]),
        # "dat" and "of" open one when a subject follows them ...
        ("ik snap niet dat die collega's zo doen", ["ik snap niet", "dat die collega's zo doen"]),
        ("ik weet niet of je komt", ["ik weet niet", "of je komt"]),
        # ... not as a demonstrative
        ("dat kind is lief", ["dat kind is lief"]),
        # after a comma, a word that opens a clause
        ("Ik kom, maar jij niet", ["Ik kom", "maar jij niet"]),
        ("Het regent, ik blijf thuis", ["Het regent", "ik blijf thuis"]),
        # hard punctuation always ends one
        ("Ik kom; jij niet", ["Ik kom", "jij niet"]),
        ("hij zei (echt waar) niks", ["hij zei", "echt waar", "niks"]),
        ('Hij zei "kom" toen', ["Hij zei", "kom", "toen"]),
        ("Eerst dit — dan dat", ["Eerst dit", "dan dat"]),
    ],
)
def test_clauses(text, expected):
    assert clauses(text) == expected


def test_a_comma_in_a_list_does_not_end_a_clause():
    assert clauses("rood, wit en blauw") == ["rood, wit en blauw"]


def test_clause_ranges_cover_the_words_in_order_and_skip_the_breaks():
    tokens = document("Als je komt, sla ik je; klaar").tokens
    ranges = split_clauses(tokens, 0, len(tokens), WORDS)
    assert ranges == [(0, 3), (4, 7), (8, 9)]
    assert all(a < b for a, b in ranges)


def test_empty_clauses_are_left_out():
    tokens = document("a ; ; b").tokens
    assert split_clauses(tokens, 0, len(tokens), WORDS) == [(0, 1), (3, 4)]
    tokens = document("; ;").tokens
    assert split_clauses(tokens, 0, len(tokens), WORDS) == []


def test_only_the_given_sentence_is_split():
    tokens = document("Ik kom. Omdat het moet").tokens
    assert split_clauses(tokens, 3, len(tokens), WORDS) == [(3, 6)]


def test_clause_words_come_from_the_data():
    words = ClauseWords.of({"always": ["zodra"], "opening": ["zodra"]})
    assert words.always == frozenset({"zodra"}) and words.subjects == frozenset()
    assert clauses("ik ga omdat het moet", words) == ["ik ga omdat het moet"]
    assert clauses("ik ga zodra het moet", words) == ["ik ga", "zodra het moet"]
