"""Readability: Flesch-Douma and Brouwer scores, and the hints on official posts only."""

from __future__ import annotations

import pytest

from checks import Capacity, CheckContext, Role
from checks.finding import Severity
from checks.kinds.readability import looks_like_participle
from checks.readability import readability_scores, scores_from_counts

OFFICIAL = CheckContext(capacity=Capacity.OFFICIAL)
PERSONAL = CheckContext(capacity=Capacity.PERSONAL)

PLAIN = (
    "Volgende week is de sportdag. Alle kinderen doen mee. We beginnen om half negen op het "
    "veld achter de school. Neem een fles water en een lunch mee. Heeft uw kind gymschoenen? "
    "Die zijn handig. Wilt u helpen? Meld u dan aan bij de juf of meester. We zien u graag!"
)
HARD = (
    "Teneinde de continuïteit van het onderwijsaanbod te waarborgen, dient de "
    "medezeggenschapsraad middels een schriftelijke instemmingsprocedure in te stemmen met "
    "het voorgenomen besluit inzake de herinrichting van de organisatiestructuur. Derhalve "
    "verzoeken wij u uw eventuele bedenkingen uiterlijk vrijdag kenbaar te maken."
)


def test_scores_follow_the_formulas():
    scores = scores_from_counts(words=100, sentences=10, syllables=150)
    assert scores is not None
    assert scores.flesch_douma == pytest.approx(206.835 - 77 * 1.5 - 0.93 * 10)
    assert scores.brouwer == pytest.approx(195 - 66.7 * 1.5 - 2 * 10)


def test_counts_of_a_known_text():
    scores = readability_scores("Wij gaan naar de dierentuin. Wat een mooie dag!")
    assert (scores.words, scores.sentences, scores.syllables) == (9, 2, 12)
    assert scores.flesch_douma == pytest.approx(206.835 - 77 * 12 / 9 - 0.93 * 4.5)
    assert scores.brouwer == pytest.approx(195 - 66.7 * 12 / 9 - 2 * 4.5)


def test_plain_text_reads_easy_and_officialese_very_hard():
    plain, hard = readability_scores(PLAIN), readability_scores(HARD)
    assert plain.flesch_douma > 80 and plain.band == "makkelijk"
    assert hard.flesch_douma < 30 and hard.band == "zeer moeilijk"
    assert hard.brouwer < plain.brouwer


def test_urls_numbers_and_handles_are_not_words():
    scores = readability_scores("Kijk op https://www.arabesk.nl/agenda of bel @juf_anna om 12.30.")
    assert scores.words == 5  # Kijk op of bel om


def test_no_words_no_scores():
    assert readability_scores("") is None
    assert readability_scores("👍 2026 https://arabesk.nl") is None


def test_scores_are_exposed_as_finding_data_pairs():
    data = dict(readability_scores(HARD).as_data())
    assert set(data) >= {"flesch_douma", "brouwer", "words", "sentences", "band"}
    assert float(data["flesch_douma"]) < 30


def test_hard_official_text_gets_an_info_on_its_hardest_sentence(engine):
    [finding] = engine.check(HARD, OFFICIAL, only=["readability.hard_text"])
    assert finding.severity is Severity.INFO
    assert HARD[finding.start : finding.end].startswith("Teneinde")
    assert "Flesch-Douma" in finding.message and "zeer moeilijk" in finding.message


def test_readability_is_for_official_posts_and_leaders_only(engine):
    assert not engine.check(HARD, PERSONAL, only=["readability"])
    assert engine.check(HARD, CheckContext(role=Role.LEADER), only=["readability.hard_text"])


def test_readability_never_reports_an_error(engine):
    found = engine.check(HARD + " " + HARD, OFFICIAL, only=["readability"])
    assert found and all(f.severity is Severity.INFO for f in found)


def test_plain_text_gets_no_readability_hint(engine):
    assert not engine.check(PLAIN, OFFICIAL, only=["readability"])


def test_long_sentence_names_its_word_count(engine):
    text = " ".join(["woord"] * 23) + ". Kort."
    [finding] = engine.check(text, OFFICIAL, only=["readability.long_sentence"])
    assert "23 woorden" in finding.message
    assert text[finding.start : finding.end].endswith("woord.")


def test_officialese_offers_the_plain_word_in_matching_case(engine):
    [finding] = engine.check("Middels de app.", OFFICIAL, only=["readability.officialese"])
    assert finding.suggestions == ("Met", "Via")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("De kinderen worden om drie uur opgehaald.", "worden om drie uur opgehaald"),
        ("Het feest wordt georganiseerd door de ouderraad.", "wordt georganiseerd"),
        ("Er wordt gewerkt aan het dak.", "wordt gewerkt"),
    ],
)
def test_passive_spans_auxiliary_and_participle(engine, text, span):
    [finding] = engine.check(text, OFFICIAL, only=["readability.passive"])
    assert text[finding.start : finding.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "We worden steeds beter in rekenen.",
        "Dat wordt een verrassend leuk feest.",
        "Wie wordt de nieuwe voorzitter van de ouderraad?",
        "Het wordt tijd, gezien alles, om te beginnen.",
    ],
)
def test_passive_stays_quiet_on_worden_as_a_main_verb(engine, text):
    assert not engine.check(text, OFFICIAL, only=["readability.passive"])


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("gemaakt", True),
        ("opgehaald", True),
        ("verstuurd", True),
        ("besproken", True),
        ("uitgenodigd", True),
        ("vervelend", False),
        ("gezondheid", False),
        ("vergaderingen", False),
        ("leuk", False),
    ],
)
def test_participle_shape(word, expected):
    assert looks_like_participle(word) is expected


def test_the_hard_text_finding_carries_its_scores(engine):
    from checks import CheckContext
    from checks.context import Capacity

    text = (
        "Teneinde de communicatie inzake de organisatorische aanpassingen betreffende het "
        "onderwijsprogramma te optimaliseren, verzoeken wij u vriendelijk doch dringend "
        "kennis te nemen van de bijgevoegde documentatie, alsmede de daarin opgenomen "
        "procedurele voorschriften ten aanzien van de inschrijvingsadministratie en de "
        "verantwoordelijkheidsverdeling."
    )
    findings = engine.check(text, CheckContext(capacity=Capacity.OFFICIAL), only=["readability"])
    [hard] = [f for f in findings if f.rule == "readability.hard_text"]
    data = dict(hard.data)
    assert float(data["flesch_douma"]) < 50 and int(data["words"]) >= 30
