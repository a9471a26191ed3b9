"""The photo_consent kind: pictured pupils without consent for the channel's use."""

from __future__ import annotations

import pytest

from checks import CheckContext, Severity
from checks.consent import ConsentBook, ConsentRecord

RULE = "confidential.photo_consent"


def book(*pupils):
    return ConsentBook(tuple(pupils))


def pupil(first, last, *uses, infix="", group="5A"):
    return ConsentRecord(first, last, infix, group, uses=tuple((u, True) for u in sorted(uses)))


SANNE = pupil("Sanne", "Vries", "website", infix="de")
BRAM = pupil("Bram", "Dijk", "website", "social_media", infix="van")


def findings(engine, text, **context):
    return [f for f in engine.check(text, CheckContext(**context), only=[RULE])]


def test_a_named_pupil_without_consent_on_a_photo_is_an_error_naming_pupil_and_use(engine):
    [found] = findings(
        engine, "Sanne de Vries op het plein", media=("image",), consent=book(SANNE, BRAM)
    )
    assert found.severity is Severity.ERROR and (found.start, found.end) == (0, 14)
    assert "Sanne de Vries (5A)" in found.message and "sociale media" in found.message
    assert "social media" in found.message_en


def test_the_channel_decides_the_use(engine):
    context = {"media": ("image",), "consent": book(SANNE)}
    assert findings(engine, "Sanne de Vries op het plein", channel="website", **context) == []
    assert findings(engine, "Sanne de Vries op het plein", channel="instagram", **context)


def test_no_photo_no_register_or_consent_given_stays_quiet(engine):
    text = "Sanne de Vries en Bram van Dijk op het plein"
    assert findings(engine, text, consent=book(SANNE)) == []
    assert findings(engine, text, media=("image",)) == []
    assert (
        findings(engine, "Bram van Dijk op het plein", media=("video",), consent=book(BRAM)) == []
    )
    assert findings(engine, text, media=("document",), consent=book(SANNE)) == []


def test_a_pupil_the_author_marked_counts_without_a_name_in_the_text(engine):
    [found] = findings(
        engine, "De sportdag!", media=("image",), pictured=("sanne de vries",), consent=book(SANNE)
    )
    assert found.severity is Severity.ERROR and (found.start, found.end) == (0, 0)


def test_a_marked_name_the_register_does_not_know_is_a_warning(engine):
    [found] = findings(
        engine, "De sportdag!", media=("image",), pictured=("Noor Bakker",), consent=book(SANNE)
    )
    assert found.severity is Severity.WARNING and "Noor Bakker" in found.message


@pytest.mark.parametrize(
    ("pupils", "expected"),
    [
        ((SANNE,), Severity.ERROR),  # one Sanne: it is her
        ((SANNE, pupil("Sanne", "Jansen", "social_media")), Severity.WARNING),  # may be either
        ((pupil("Sanne", "Jansen", "social_media"),), None),  # the only Sanne agreed
    ],
)
def test_a_first_name_alone(engine, pupils, expected):
    found = findings(engine, "Sanne won de prijs!", media=("image",), consent=book(*pupils))
    assert [f.severity for f in found] == ([expected] if expected else [])


def test_each_pupil_is_named_once(engine):
    text = "Sanne de Vries won. Gefeliciteerd, Sanne de Vries!"
    found = findings(
        engine, text, media=("image",), pictured=("Sanne de Vries",), consent=book(SANNE)
    )
    assert len(found) == 1
