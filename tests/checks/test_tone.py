"""Tone rules (guideline 6): swearing with its compounds and disguises, insults, slurs,
chat language, shouting, runs of marks and emoji floods, with offsets and quiet contexts."""

from __future__ import annotations

import pytest

TONE = ["tone"]


def spans(engine, text, rule=None):
    """(rule, flagged text) for every tone finding, optionally of one rule only."""
    found = engine.check(text, only=[rule] if rule else TONE)
    return [(f.rule, text[f.start : f.end]) for f in found]


def rules(engine, text):
    return {f.rule for f in engine.check(text, only=TONE)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wat een kutweer.", "kutweer"),
        ("Kankerslecht georganiseerd.", "Kankerslecht"),
        ("Dat was klote.", "klote"),
        ("Wat een teringzooi.", "teringzooi"),
        ("Krijg de tyfus.", "Krijg de tyfus"),
        ("Wat een klereherrie.", "klereherrie"),
        ("Pokkeweer vandaag.", "Pokkeweer"),
        ("Godverdomme, weer file.", "Godverdomme"),
        ("Wat een shitdag.", "shitdag"),
        ("Hou je bek!", "Hou je bek"),
        ("Die mierenzeiker weer.", "mierenzeiker"),
    ],
)
def test_swearing_and_its_compounds(engine, text, word):
    assert ("tone.swearing", word) in spans(engine, text, "tone.swearing")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wat een k4nkerzooi.", "k4nkerzooi"),
        ("Wat een kuuuutweer.", "kuuuutweer"),
        ("Het was k l o t e.", "k l o t e"),
        ("KLOTEWEER!", "KLOTEWEER"),
    ],
)
def test_disguised_swearing_is_seen(engine, text, word):
    assert ("tone.swearing", word) in spans(engine, text, "tone.swearing")


def test_an_exact_swear_word_gets_a_neutral_suggestion(engine):
    (finding,) = engine.check("Wat een kutweer.", only=["tone.swearing"])
    assert "slecht weer" in finding.suggestions


def test_a_suggestion_keeps_the_capital_of_the_word_it_replaces(engine):
    (finding,) = engine.check("Klote dat het regent.", only=["tone.swearing"])
    assert finding.suggestions[0] == "Vervelend"


@pytest.mark.parametrize(
    "text",
    [
        "Onze collega overleed aan kanker.",
        "We lopen mee voor kankeronderzoek.",
        "Nieuwe kleren voor de musical.",
        "Waterpokken in groep 2: let op de vlekjes.",
        "Het dikkopje vloog over het schoolplein.",
        "Vandaag is er luizencontrole.",
        "Kapotte fiets gevonden bij de ingang.",
        "Pesten is niet ok: meld het bij je mentor.",
        "Hoera, de vakantie begint!",
        "De lampen flikkeren in lokaal 12.",
        "De Mongolen vielen Europa binnen.",
        "Groep 6 won het klootschieten in Twente.",
        "De kleuters rapen eikels in het bos.",
    ],
)
def test_harmless_words_and_contexts_stay_quiet(engine, text):
    found = spans(engine, text)
    offensive = [s for s in found if s[0] in {"tone.swearing", "tone.insult", "tone.slur"}]
    assert not offensive


def test_insults_and_aimed_insults(engine):
    assert "tone.insult" in rules(engine, "Wat een idioot.")
    assert "tone.insult" in rules(engine, "Die scheidsrechter is een m0ngool.")
    assert ("tone.insult_aimed", "Jij ezel") in spans(engine, "Jij ezel, lees de brief.")
    assert "tone.insult_aimed" not in rules(engine, "Op de kinderboerderij woont een ezel.")


def test_slurs_are_errors(engine):
    (finding,) = engine.check("Wat een flikker.", only=["tone.slur"])
    assert str(finding.severity) == "error" and finding.guideline == 9


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Iig bedankt!", "Iig", "In ieder geval"),
        ("Tuurlijk mag dat.", "Tuurlijk", "Natuurlijk"),
        ("Tot morgen, laterzz", "laterzz", "tot later"),
        ("Mss tot morgen.", "Mss", "Misschien"),
    ],
)
def test_chat_language_with_its_plain_form(engine, text, word, fix):
    found = engine.check(text, only=["tone.chat_language"])
    assert [text[f.start : f.end] for f in found] == [word]
    assert found[0].suggestions[0] == fix


def test_chat_words_without_a_plain_form_are_flagged_without_a_suggestion(engine):
    (finding,) = engine.check("Wat een dag lol", only=["tone.chat_language"])
    assert finding.suggestions == ()


def test_a_sign_off_at_the_end_is_flagged(engine):
    assert ("tone.sign_off", "XXX") in spans(engine, "Fijne vakantie! XXX", "tone.sign_off")
    assert not spans(engine, "De maat XXL is op.", "tone.sign_off")


def test_laughter_runs_but_not_one_haha(engine):
    assert spans(engine, "Hahahaha wat een dag", "tone.laughter")
    assert not spans(engine, "Haha wat een dag", "tone.laughter")


@pytest.mark.parametrize(
    ("word", "fix"),
    [
        ("zooo", "zo"),
        ("suuuuper", "super"),
        ("heeeel", "heel"),
        ("mooooi", "mooi"),
        ("neeee", "nee"),
    ],
)
def test_stretched_letters_get_the_plain_spelling(engine, word, fix):
    (finding,) = engine.check(f"Het was {word} leuk.", only=["tone.stretched"])
    assert finding.suggestions[0] == fix


def test_shouting_but_not_acronyms(engine):
    found = engine.check("Let op: MORGEN GEEN SCHOOL WEGENS STUDIEDAG.", only=["tone.shouting"])
    assert len(found) == 1 and found[0].suggestions[0] == "morgen geen school wegens studiedag"
    assert not engine.check("Open dag HAVO VWO VMBO en MR NPO AVG ICT.", only=["tone.shouting"])


def test_a_shout_at_the_start_is_suggested_with_a_capital(engine):
    (finding,) = engine.check("DIT IS TE GEK", only=["tone.shouting"])
    assert finding.suggestions == ("Dit is te gek",)


@pytest.mark.parametrize(("text", "mark"), [("Feest!!!", "!"), ("Echt???", "?"), ("Wat?!?!", "?")])
def test_runs_of_marks_get_one_mark(engine, text, mark):
    (finding,) = engine.check(text, only=["tone.repeated_marks"])
    assert finding.suggestions == (mark,)


def test_an_emoji_flood_counts_zwj_sequences_and_skin_tones_as_one(engine):
    text = "Familiedag 👨‍👩‍👧‍👦👍🏽🇳🇱"
    assert not engine.check(text, only=["tone.emoji_flood"])
    text = "Familiedag 👨‍👩‍👧‍👦👍🏽🇳🇱🎉"
    (finding,) = engine.check(text, only=["tone.emoji_flood"])
    assert text[finding.start : finding.end] == "👨‍👩‍👧‍👦👍🏽🇳🇱🎉"


def test_a_post_that_is_mostly_emoji_is_flagged_once(engine):
    text = "🎉 top 🎉 dag 🎉 met 🎉 jullie 🎉 allemaal 🎉 bedankt 🎉 😀"
    (finding,) = engine.check(text, only=["tone.emoji_flood"])
    assert "emoji" in finding.message


@pytest.mark.parametrize("prefix", ["", "😀", "👨‍👩‍👧‍👦 ", "🇳🇱🇳🇱 ", "é\u0301 ", "日本 "])
def test_offsets_stay_right_after_emoji_and_combining_marks(engine, prefix):
    text = prefix + "Wat een kutweer!!!"
    found = spans(engine, text)
    assert ("tone.swearing", "kutweer") in found
    assert ("tone.repeated_marks", "!!!") in found


def test_nothing_is_flagged_inside_links_and_handles(engine):
    text = "Zie https://example.nl/kutweer!!!/x en @kutweer"
    assert not [s for s in spans(engine, text) if s[0] in {"tone.swearing", "tone.repeated_marks"}]
