"""The lexicon: term-list entries found in every form, in compounds, phrases, split verbs and
behind disguises, with the guards for known words, exceptions and names."""

from __future__ import annotations

import pytest

from checks.language.lexicon import COMPOUND, DISGUISE, EXACT, FORM, SPLIT, TokenLexicon
from checks.termlist import parse_terms
from tests.checks.language.support import document, entries_in, found, language

LISTS = {
    "t/insults": """\
#! forms: noun
#! compounds: head
sukkel => persoon | iemand
kanker
mongool
luis
pest
!kankeronderzoek
!luizen*
""",
    "t/swearing": """\
#! compounds: modifier
kut
klote
🖕
""",
    "t/groups": """\
#! forms: noun
#! compounds: both
roma
""",
    "t/verbs": """\
#! forms: verb
slaan
afmaken
openslaan
om zeep helpen
""",
    "t/words": """\
dom ~adj
haat
shit
kak*
*kop
niet verder vertellen
""",
}


def entries(text: str) -> set[str]:
    return entries_in(text, LISTS)


def how(text: str) -> list[tuple[str, str]]:
    return [(entry, way) for _, entry, _, way in found(text, LISTS)]


# Forms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("sukkels", "sukkel"),
        ("sukkeltjes", "sukkel"),
        ("mongolen", "mongool"),
        ("sloeg", "slaan"),
        ("geslagen", "slaan"),
        ("slaat", "slaan"),
        ("domme", "dom"),  # an entry's own class ("~adj") in an exact list
        ("dommer", "dom"),
        ("afgemaakt", "afmaken"),
    ],
)
def test_an_entry_is_found_in_its_forms(text, entry):
    assert how(text) == [(entry, "form")]


def test_the_entry_as_written_is_exact():
    assert how("sukkel") == [("sukkel", "exact")]
    assert how("KUT") == [("kut", "exact")]


def test_an_exact_list_finds_only_what_is_written():
    assert entries("haten gehaat haatte") == set()
    assert entries("haat") == {"haat"}


def test_emoji_and_hashtags_are_looked_up():
    assert entries("🖕 jij") == {"🖕"}
    assert found("#kutweer", LISTS) == [("t/swearing", "kut", "#kutweer", "compound")]


# Compounds -----------------------------------------------------------------------------------


def test_a_head_list_finds_its_entries_at_the_end_of_a_compound():
    assert how("klassensukkel") == [("sukkel", "compound")]
    assert how("klassensukkels") == [("sukkel", "compound")]
    assert entries("sukkelgedrag") == set()  # head only: not as the first part


def test_a_modifier_list_finds_its_entries_at_the_start_of_a_compound():
    assert how("kutweer") == [("kut", "compound")]
    assert entries("weerkut") == set()


def test_a_list_with_both_finds_either_part():
    assert entries("romakamp") == {"roma"}
    assert entries("zigeunerroma") == {"roma"}


def test_the_rest_of_a_compound_must_be_a_word_part():
    assert entries("kutx") == set()  # too short, no vowel
    assert entries("xsukkel") == set()


def test_a_compound_the_dictionary_knows_is_a_word_of_its_own():
    assert entries("longkanker") == set()
    assert entries("hoofdluis") == set()


def test_a_hyphen_marks_a_made_up_compound():
    assert how("long-kanker") == [("kanker", "compound")]
    assert how("mega-sukkel") == [("sukkel", "compound")]
    assert how("kut-weer") == [("kut", "compound")]


def test_a_star_entry_is_found_with_any_ending_or_beginning():
    assert how("kakhiel") == [("kak", "compound")]
    assert how("rotkop") == [("kop", "compound")]
    assert entries("kak") == {"kak"}


# Exceptions ----------------------------------------------------------------------------------


def test_an_exception_is_never_found():
    assert entries("kanker") == {"kanker"}
    assert entries("kankeronderzoek") == set()


def test_an_exception_with_a_star_covers_every_word_starting_with_it():
    assert entries("luis") == {"luis"}
    assert entries("luizen") == set()  # a form of "luis", but "!luizen*" excludes it
    assert entries("luizenmoeder") == set()


# Phrases -------------------------------------------------------------------------------------


def test_a_phrase_is_found_over_several_tokens_in_any_case_and_spacing():
    found_ = found("Niet  verder\nvertellen hoor", LISTS)
    assert found_ == [("t/words", "niet verder vertellen", "Niet  verder\nvertellen", "exact")]


def test_a_verb_phrase_is_found_with_its_verb_in_every_form():
    assert how("hij is om zeep geholpen") == [("om zeep helpen", "form")]
    assert how("we helpen hem om zeep") == [("om zeep helpen", "split")]


def test_an_incomplete_phrase_is_not_found():
    assert entries("niet verder") == set()


# Separable verbs -----------------------------------------------------------------------------


def split_particle(text: str) -> list[tuple[str, str, str]]:
    doc = document(text, LISTS)
    tokens, annotation = doc.tokens, doc.lexical
    return [
        (annotation.term(m).text, tokens[m.first].text, tokens[m.particle].text)
        for m in annotation.matches
        if m.how == SPLIT
    ]


def test_a_separable_verb_is_found_with_its_particle_standing_apart():
    assert split_particle("ik maak je morgen af") == [("afmaken", "maak", "af")]
    assert split_particle("We maken jullie af!") == [("afmaken", "maken", "af")]
    assert split_particle("Ik sloeg de deur open.") == [("openslaan", "sloeg", "open")]


def test_the_particle_must_stand_in_the_same_sentence_and_clause():
    assert split_particle("Ik maak het. Af is het.") == []
    assert split_particle("ik maak je; af") == []
    assert split_particle("ik maak je (af)") == []


def test_the_particle_must_stand_within_reach():
    near = "ik maak " + "a " * 10 + "af"
    far = "ik maak " + "a " * 11 + "af"
    assert split_particle(near) == [("afmaken", "maak", "af")]
    assert split_particle(far) == []


def test_a_stranded_particle_takes_the_verb_from_the_bare_verb():
    """ "ik sla je boek open": openslaan, not slaan."""
    assert entries("ik sla je boek open") == {"openslaan"}
    assert entries("ik sla je boek") == {"slaan"}


# Names ---------------------------------------------------------------------------------------


def test_a_capitalised_word_inside_a_sentence_counts_only_as_written():
    assert entries("De Mongolen kwamen.") == set()
    assert entries("Mongolen kwamen.") == {"mongool"}  # first word of the sentence
    assert entries("De MONGOLEN kwamen.") == {"mongool"}  # shouting is no name
    assert entries("Jan Sukkel kwam.") == {"sukkel"}  # written exactly so
    assert entries("Mijn Sukkels.") == set()


def test_a_name_holds_a_compound_part_only_at_its_start():
    assert entries("Zij woont in Budapest.") == set()
    assert entries("Budapest is mooi.") == {"pest"}  # first word: no name guard
    assert entries("De Roma-kampen zijn weg.") == {"roma"}


# Disguises -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("k*t", "kut"),
        ("k#t", "kut"),
        ("kl*te", "klote"),
        ("h44t", "haat"),
        ("SH1T", "shit"),
        ("kuuuut", "kut"),
        ("kaaankerrr", "kanker"),
        ("k*tweer", "kut"),  # a masked compound, read with a vowel
        ("ｋｕｔ", "kut"),
        ("кut", "kut"),
        ("k\u200but", "kut"),
        ("k.u.t", "kut"),
        ("h-a-a-t", "haat"),
    ],
)
def test_an_entry_is_found_behind_a_disguise(text, entry):
    assert entry in entries(text)


def test_undisguised_readings_are_marked_as_disguise():
    for text in ("k*t", "h44t", "kuuut", "k.u.t", "h-a-a-t"):
        assert [way for _, _, _, way in found(text, LISTS)] == ["disguise"], text


def test_full_width_and_look_alikes_are_folded_before_lookup():
    assert how("ｋｕｔ") == [("kut", "exact")]


def test_spaced_letters_are_one_match_over_several_tokens():
    assert found("wat een k u t weer", LISTS) == [("t/swearing", "kut", "k u t", "disguise")]


def test_an_abbreviation_is_no_disguise():
    assert entries("o.a. i.v.m. d.w.z.") == set()


# The annotation ------------------------------------------------------------------------------


def test_words_only_mentioned_in_a_short_quote_are_left_out():
    assert entries("het woord 'kut' is lelijk") == set()
    assert entries('Hij zei: "wat een kutweer vandaag zeg"') == {"kut"}


def test_the_annotation_by_token_by_list_and_by_key():
    doc = document("Sukkel, ik sla je. Kutweer!", LISTS)
    annotation = doc.lexical
    lexicon = doc.language.lexicon
    insults, verbs = lexicon.list_ids["t/insults"], lexicon.list_ids["t/verbs"]
    assert [annotation.term(m).text for m in annotation.of_list(insults)] == ["sukkel"]
    assert [annotation.term(m).text for m in annotation.starting_at(3)] == ["slaan"]
    assert annotation.starting_at(2) == []
    assert annotation.positions(insults) == [0]
    assert annotation.positions((verbs, "slaan")) == [3]
    assert annotation.positions("je") == [4]
    assert annotation.positions("nergens") == []
    assert annotation.term(annotation.of_list(insults)[0]).suggestions == ("persoon", "iemand")


def test_matches_are_sorted_by_first_token_longest_first():
    doc = document("niet verder vertellen", {**LISTS, "t/niet": "niet\n"})
    matches = doc.lexical.matches
    assert [(m.first, m.last) for m in matches] == [(0, 2), (0, 0)]
    assert [m.how for m in matches] == [EXACT, EXACT]


def test_how_names_are_stable():
    assert (EXACT, FORM, COMPOUND, DISGUISE, SPLIT) == (0, 1, 2, 3, 4)


def test_a_lexicon_built_directly_from_term_lists():
    lists = {"a": parse_terms("a", ["#! forms: noun", "sukkel"], "a.txt")}
    lexicon = TokenLexicon(lists, language({}).irregular, lambda word: False)
    assert lexicon.list_ids == {"a": 0}
    doc = document("twee sukkels", {})
    annotation = lexicon.annotate(
        doc.text, doc.tokens, doc.token_sentences, doc.sentence_starts, frozenset()
    )
    assert [(m.first, m.how) for m in annotation.matches] == [(1, FORM)]
    skipped = lexicon.annotate(
        doc.text, doc.tokens, doc.token_sentences, doc.sentence_starts, frozenset({1})
    )
    assert skipped.matches == []
