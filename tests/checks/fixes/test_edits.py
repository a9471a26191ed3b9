"""The text primitives of fixes: capitals, removal with its commas, whole names, contact
phrases, agreement. Pure functions on a Document, tested directly."""

from __future__ import annotations

import pytest

from checks.finding import FixKind
from checks.fixes.build import replacement_fix
from checks.fixes.contact_fix import contact_fix
from checks.fixes.edits import make_fix, removal_edit, replacement_edit, sentence_removal_edit
from checks.fixes.person_fix import person_fix
from checks.fixes.spec import FixSpec
from checks.kinds.persons import person_cues
from checks.text import Document


def _apply(doc, edit):
    return doc.text[: edit.start] + edit.replacement + doc.text[edit.end :]


@pytest.mark.parametrize(
    ("text", "word", "replacement", "expected"),
    [
        ("Artis! Mohammed won.", "Mohammed", "een leerling", "Artis! Een leerling won."),
        ("Gisteren won Mohammed.", "Mohammed", "een leerling", "Gisteren won een leerling."),
        ("lol nee", "lol", "haha", "haha nee"),
        ("DIT IS KUT", "KUT", "vervelend", "DIT IS VERVELEND"),
        ("Maak NL91 ABNA over.", "NL91 ABNA", "het geld", "Maak het geld over."),
    ],
)
def test_a_replacement_keeps_the_sentence_capital(text, word, replacement, expected):
    doc = Document(text)
    start = text.index(word)
    assert _apply(doc, replacement_edit(doc, start, start + len(word), replacement)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Godverdomme, weer de trein gemist.", "Godverdomme", "Weer de trein gemist."),
        ("Wat knap gedaan, Quirijn!", "Quirijn", "Wat knap gedaan!"),
        ("Ja, verdomme, dat klopt.", "verdomme", "Ja, dat klopt."),
        ("Juf Anna (06-12345678) helpt.", "06-12345678", "Juf Anna helpt."),
        ("Tot morgen, kusjes", "kusjes", "Tot morgen"),
    ],
)
def test_removal_takes_its_comma_and_space_along(text, word, expected):
    doc = Document(text)
    start = text.index(word)
    edit = removal_edit(doc, start, start + len(word))
    assert edit is not None and _apply(doc, edit) == expected


def test_removing_all_of_a_sentence_asks_for_the_sentence_instead():
    doc = Document("Leuk. Shit! Tot morgen.")
    start = doc.text.index("Shit")
    assert removal_edit(doc, start, start + 4) is None
    assert _apply(doc, sentence_removal_edit(doc, start)) == "Leuk. Tot morgen."
    last = Document("Leuk. Shit!")
    assert _apply(last, sentence_removal_edit(last, 7)) == "Leuk."


def test_a_fix_shows_the_sentence_after_it():
    doc = Document("Eerst dit. Bel mij op 06-12345678. Dan dat.")
    start = doc.text.index("06")
    [fix] = contact_fix(doc, start, start + 11, FixSpec())
    assert fix.before == "Bel mij op 06-12345678."
    assert fix.after == "Neem contact op via de school."
    assert fix.after[fix.after_start : fix.after_end] == "Neem contact op via de school"
    removed = make_fix(doc, sentence_removal_edit(doc, 0), FixKind.REMOVE_SENTENCE)
    assert (removed.before, removed.after) == ("Eerst dit.", "")


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        (
            "Artis! Mohammed El Amrani uit groep 3 was er.",
            "El Amrani",
            "Artis! Een leerling uit groep 3 was er.",
        ),
        (
            "Artis! Mohammed El Amrani uit groep 3 was er.",
            "Mohammed",
            "Artis! Een leerling uit groep 3 was er.",
        ),
        ("Wij zagen Sanne de Vries vandaag.", "Vries", "Wij zagen een leerling vandaag."),
        ("Gefeliciteerd Quirijn!", "Quirijn", "Gefeliciteerd!"),
    ],
)
def test_the_person_fix_covers_the_whole_name(engine, text, part, expected):
    doc = Document(text, engine.resources.language)
    start = text.index(part)
    cues = person_cues(engine.resources)
    found = person_fix(doc, start, start + len(part), FixSpec(), cues)
    assert found.fixes[0].applied_to(text) == expected


def test_a_possessive_name_gets_no_half_fix(engine):
    text = "Sanne's moeder belde."
    doc = Document(text, engine.resources.language)
    assert person_fix(doc, 0, 5, FixSpec(), person_cues(engine.resources)).fixes == ()


@pytest.mark.parametrize(
    ("text", "word", "replacement", "expected"),
    [
        ("Het kutweer bleef.", "kutweer", "slecht weer", "Het slechte weer bleef."),
        ("Wat een kutweer.", "kutweer", "slecht weer", "Wat een slecht weer."),
        ("Wij als school vinden dat.", "Wij als school", "ik", "Ik vind dat."),
        (
            "Wij als school hebben dat.",
            "Wij als school",
            "persoonlijk {verb} ik",
            "Persoonlijk heb ik dat.",
        ),
    ],
)
def test_articles_and_verbs_agree_with_the_replacement(text, word, replacement, expected):
    doc = Document(text)
    start = text.index(word)
    fix = replacement_fix(doc, start, start + len(word), replacement)
    assert fix is not None and fix.applied_to(text) == expected


def test_a_verb_slot_without_a_verb_offers_nothing():
    doc = Document("Dat vinden wij als school.")
    start = doc.text.index("wij")
    assert replacement_fix(doc, start, start + 14, "persoonlijk {verb} ik") is None
