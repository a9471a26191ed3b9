"""Odd input for the capacity, discussion, permanence, readability and length families."""

from __future__ import annotations

import pytest

from checks import Capacity, CheckContext, Role
from checks.kinds.capacity import not_prose_test
from checks.text import Document

FAMILIES = ["capacity", "discussion", "permanence", "readability", "length"]
LEADER = CheckContext(channel="x", capacity=Capacity.OFFICIAL, role=Role.LEADER)
MIXED = (
    "Ik vind het onderwijs belachelijk. @jan uw kind wordt opgehaald. Feest met bier! "
    "👨\u200d👩\u200d👧 https://arabesk.nl/x "
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00" * 50,
        "\ufeff",
        "wordt " * 20_000 + "gemaakt",
        MIXED * 2_500,
        "a" * 200_000,
        "a." * 50_000,
        "e\u0301" * 50_000,
        "\n" * 5_000,
        "👩\u200d👩\u200d👧" * 5_000,
    ],
    ids=lambda text: f"{text[:8]!r}x{len(text)}",
)
def test_odd_texts_give_findings_inside_the_text(engine, text):
    for finding in engine.check(text, LEADER, only=FAMILIES):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.category.value in FAMILIES


def test_a_long_post_still_gets_at_most_one_permanence_reminder(engine):
    assert len(engine.check(MIXED * 2_500, LEADER, only=["permanence"])) == 1


def test_not_prose_test_finds_spans_nested_in_a_link():
    text = "Zie https://example.org/@juf/pad en @meester."
    inside = not_prose_test(Document(text))
    link = text.index("https")
    assert inside(link, link + 10)
    assert inside(text.index("@juf"), text.index("@juf") + 4)
    assert inside(text.index("@meester"), text.index("@meester") + 8)
    assert not inside(0, 3)
    assert not inside(text.index(" en "), text.index(" en ") + 3)
