"""The emoji_flood kind: emoji as the reader sees them, runs and dense posts."""

from __future__ import annotations

from checks.kinds.emoji_flood import emoji_runs, find_emoji


def seen(text):
    return [text[e.start : e.end] for e in find_emoji(text)]


def test_sequences_count_as_one_emoji():
    text = "👨‍👩‍👧‍👦👍🏽🇳🇱❤️1️⃣🏳️‍🌈"
    assert seen(text) == ["👨‍👩‍👧‍👦", "👍🏽", "🇳🇱", "❤️", "1️⃣", "🏳️‍🌈"]


def test_text_symbols_are_not_emoji():
    assert seen("© 2025 ™ ® 1 # *") == []


def test_runs_allow_white_space_but_not_words():
    text = "🎉 🎉🎉 top 🎉"
    assert [len(run) for run in emoji_runs(text, find_emoji(text))] == [3, 1]


def test_offsets_are_code_points():
    text = "a👍🏽b"
    (emoji,) = find_emoji(text)
    assert (emoji.start, emoji.end) == (1, 3)
