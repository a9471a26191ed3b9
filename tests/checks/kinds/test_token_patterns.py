"""The token_patterns kind and its pattern set: guards, scope, quotes, fixes, bad parameters."""

from __future__ import annotations

from typing import Any

import pytest

from checks import EngineSettings
from checks.context import CheckContext
from checks.finding import Category, Severity
from checks.kinds.token_patterns import build_token_patterns
from checks.language.language_data import LanguageData
from checks.packs import PackError
from checks.resources import Resources
from checks.rules import Hit, Rule
from checks.termlist import TermList, parse_terms
from checks.text import Document

LISTS = {
    "t/hit": "#! forms: verb\nslaan\nschoppen\nafmaken\n",
    "t/school": "wij als school => ik\nonze school => mijn school | de school\n",
    "t/history": "#! forms: noun\noorlog\nnazi\n",
}


class _Kind:
    """A token_patterns rule built on hand-made term lists (the packaged lists stay out)."""

    def __init__(self, params: dict[str, Any]) -> None:
        resources = Resources(EngineSettings())
        parsed = {name: parse_terms(name, body.splitlines(), name) for name, body in LISTS.items()}

        def term_list(name: str) -> TermList:
            return parsed[name] if name in parsed else resources.term_list(name)

        resources.language = LanguageData(resources.root, term_list)
        self.language = resources.language
        self.match = build_token_patterns(rule(params), resources)

    def hits(self, text: str) -> list[Hit]:
        return list(self.match(Document(text, self.language), CheckContext()))

    def texts(self, text: str) -> list[str]:
        return [text[hit.start : hit.end] for hit in self.hits(text)]


def rule(params: dict[str, Any]) -> Rule:
    return Rule(
        id="test.patterns",
        category=Category.SAFETY,
        guideline=9,
        severity=Severity.WARNING,
        kind="token_patterns",
        message="bericht",
        message_en="message",
        params=params,
        origin="safety.toml:12",
    )


def kind(**params: Any) -> _Kind:
    return _Kind(params)


# Matches and hits ----------------------------------------------------------------------------


def test_sequence_patterns_give_hits_in_reading_order():
    rule_ = kind(patterns=["ik {t/hit} je", "(jij | jullie) zijn"])
    assert rule_.texts("Jullie zijn raar. Ik sla je!") == ["Jullie zijn", "Ik sla je"]


def test_a_match_inside_another_is_left_out():
    rule_ = kind(patterns=["dat klopt niet", "dat klopt niet wat (u | je) zegt"])
    assert rule_.texts("Dat klopt niet wat u zegt.") == ["Dat klopt niet wat u zegt"]


def test_the_hit_reaches_a_separable_verbs_particle():
    rule_ = kind(patterns=["ik {t/hit} je"])
    assert rule_.texts("Ik maak je morgen af.") == ["Ik maak je morgen af"]


def test_clause_patterns_match_in_any_order_within_the_given_words():
    rule_ = kind(clauses=[["ik", "{t/hit}", "je | jou"]], within=4)
    assert rule_.texts("Morgen sla ik je.") == ["sla ik je"]
    assert rule_.texts("Dat ik je ga slaan.") == ["ik je ga slaan"]
    assert rule_.texts("Ik ga je echt heel hard slaan.") == []


def test_suggestions_are_offered_for_every_hit():
    rule_ = kind(patterns=["ik {t/hit} je"], suggestions=["Zeg wat je dwarszit."])
    (hit,) = rule_.hits("ik sla je")
    assert hit.suggestions == ("Zeg wat je dwarszit.",)


def test_an_entrys_fixes_are_offered_in_the_capitals_typed():
    rule_ = kind(patterns=["{t/school}"])
    assert [h.suggestions for h in rule_.hits("Wij als school vinden dat.")] == [("Ik",)]
    assert [h.suggestions for h in rule_.hits("WIJ ALS SCHOOL vinden dat.")] == [("IK",)]
    assert [h.suggestions for h in rule_.hits("Dus onze school wint.")] == [
        ("mijn school", "de school")
    ]


def test_a_hit_on_more_than_the_entry_has_no_entry_fixes():
    rule_ = kind(patterns=["dus {t/school}"])
    assert [h.suggestions for h in rule_.hits("Dus onze school wint.")] == [()]


# Quotes --------------------------------------------------------------------------------------

QUOTED = 'Hij riep: "ik sla je morgen echt" en ging weg.'


def test_a_quoted_match_is_one_step_less_severe_by_default():
    (hit,) = kind(patterns=["ik {t/hit} je"]).hits(QUOTED)
    assert hit.severity_shift == -1
    (plain,) = kind(patterns=["ik {t/hit} je"]).hits("ik sla je morgen echt")
    assert plain.severity_shift == 0


def test_quoted_skip_and_keep():
    assert kind(patterns=["ik {t/hit} je"], quoted="skip").hits(QUOTED) == []
    (hit,) = kind(patterns=["ik {t/hit} je"], quoted="keep").hits(QUOTED)
    assert hit.severity_shift == 0


def test_words_only_mentioned_in_a_short_quote_do_not_match():
    rule_ = kind(patterns=["{t/hit}"])
    assert rule_.texts("Het woord 'slaan' is een werkwoord.") == []


# Guards --------------------------------------------------------------------------------------


def test_unless_silences_a_match_in_the_same_sentence_only():
    rule_ = kind(patterns=["ik {t/hit} je"], unless=["(game | spel)"])
    assert rule_.texts("In de game sla ik je.") == []
    assert rule_.texts("Leuke game. Ik sla je.") == ["Ik sla je"]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Ik sla je.", True),
        ("Ik sla je niet.", False),
        ("Ik sla je echt nooit.", False),  # within three words after the match
        ("Nooit zal ik je slaan.", False),  # within three words before the match
        ("Niet dat ik je sla.", True),  # "dat ik" opens another clause
        ("Niet zomaar zeg ik dat ik je sla.", True),  # too far before, another clause
        ("Ik zou je niet slaan.", False),  # inside the match
        ("Ik sla je, niet normaal.", True),  # after a comma: another thought
        ("Ik sla je boek en tas en fiets niet.", True),  # too far after
        ("Als je niet luistert, sla ik je.", True),  # another clause
    ],
)
def test_unless_in_clause_is_a_negation_near_the_match(text, fires):
    rule_ = kind(clauses=[["ik", "{t/hit}", "je"]], unless_in_clause=["niet | nooit"])
    assert bool(rule_.texts(text)) is fires


def test_a_word_the_pattern_names_negates_nothing():
    rule_ = kind(patterns=["(horen | hoort) hier niet"], unless_in_clause=["niet"])
    assert rule_.texts("Zulke mensen horen hier niet.") == ["horen hier niet"]


def test_unless_with_looks_in_the_clauses_of_the_match_including_its_words():
    rule_ = kind(patterns=["gek"], unless_with=["(gek | dol) op"])
    assert rule_.texts("Die jongen is gek.") == ["gek"]
    assert rule_.texts("Onze leerlingen zijn gek op lezen.") == []
    assert rule_.texts("Ik ben dol op hem, maar hij is gek.") == ["gek"]  # another clause
    assert rule_.texts("Hij is gek. Dol op lezen.") == ["gek"]  # another sentence


def test_unless_in_paragraph_silences_a_match_in_the_same_paragraph():
    rule_ = kind(patterns=["{t/hit}"], unless_in_paragraph=["{t/history}"])
    assert rule_.texts("De les ging over de oorlog. Soldaten sloegen mensen.") == []
    assert rule_.texts("De les ging over de oorlog.\n\nHij sloeg mij.") == ["sloeg"]


def test_requires_in_post_needs_one_of_its_patterns_anywhere_in_the_post():
    rule_ = kind(patterns=["{t/hit}"], requires_in_post=["@handle | (reactie | antwoord)"])
    assert rule_.texts("Hij sloeg mij.") == []
    assert rule_.texts("@jan hoi. Hij sloeg mij.") == ["sloeg"]


def test_error_when_makes_a_match_one_step_surer():
    rule_ = kind(patterns=["ik {t/hit} je"], error_when=["afmaken"])
    assert [h.severity_shift for h in rule_.hits("Ik sla je. Ik maak je af.")] == [0, 1]


def test_error_when_looks_inside_the_match_only():
    rule_ = kind(patterns=["ik {t/hit} je"], error_when=["morgen"])
    assert [h.severity_shift for h in rule_.hits("ik sla je morgen")] == [0]


def test_a_guard_can_be_a_single_string():
    rule_ = kind(patterns="ik {t/hit} je", unless="spel")
    assert rule_.texts("In het spel sla ik je. Ik sla je.") == ["Ik sla je"]


# Scope ---------------------------------------------------------------------------------------


def test_a_paragraph_scope_matches_across_sentences():
    text = "Wat een grap. Die leraar.\n\nNieuwe alinea. Die grap."
    assert kind(patterns=["grap .{0,3} leraar"]).texts(text) == []
    assert kind(patterns=["grap .{0,3} leraar"], scope="paragraph").texts(text) == [
        "grap. Die leraar"
    ]


def test_a_paragraph_scope_does_not_cross_a_blank_line():
    text = "Wat een grap.\n\nDie leraar."
    assert kind(patterns=["grap .{0,3} leraar"], scope="paragraph").texts(text) == []


# Bad parameters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({}, "needs 'params.patterns' or 'params.clauses'"),
        ({"patterns": ["ik (sla"]}, "has a pattern that cannot be used: missing ')'"),
        ({"patterns": ["ik*"]}, "has a pattern that cannot be used"),
        ({"patterns": ["@nergens"]}, "unknown piece '@nergens'"),
        ({"patterns": [3]}, "'patterns' must be a list of patterns"),
        ({"patterns": {"a": "b"}}, "'patterns' must be a list of patterns"),
        ({"clauses": ["ik", "je"]}, "'clauses' must be a list of lists of patterns"),
        ({"clauses": [[]]}, "'clauses' must be a list of lists of patterns"),
        ({"patterns": ["ik"], "within": 0}, "'within' must be a whole number"),
        ({"patterns": ["ik"], "within": "3"}, "'within' must be a whole number"),
        ({"patterns": ["ik"], "within": True}, "'within' must be a whole number"),
        ({"patterns": ["ik"], "scope": "post"}, "'scope' must be"),
        ({"patterns": ["ik"], "pieces": ["a"]}, "'pieces' must map names to pattern text"),
        ({"patterns": ["ik"], "pieces": {"a": 1}}, "'pieces' must map names to pattern text"),
        ({"patterns": ["ik"], "unless": [1]}, "'unless' must be a list of patterns"),
        ({"patterns": ["ik"], "error_when": ["(x"]}, "has a pattern that cannot be used"),
        ({"patterns": ["{t/bestaat_niet}"]}, "names a term list that cannot be read"),
        ({"patterns": ["ik"], "quoted": "maybe"}, "'params.quoted' must be one of"),
        ({"patterns": ["ik"], "suggestions": [1]}, "params.suggestions"),
    ],
)
def test_a_bad_parameter_is_a_pack_error_naming_the_rule(params, problem):
    with pytest.raises(PackError) as raised:
        kind(**params)
    message = str(raised.value)
    assert "rule 'test.patterns'" in message
    assert problem in message
    assert (raised.value.path, raised.value.line) == ("safety.toml", 12)


def test_a_rules_own_pieces_join_the_shared_ones():
    rule_ = kind(patterns=["@speaker @slag"], pieces={"slag": "{t/hit} @addressee"})
    assert rule_.texts("Ik sla jullie.") == ["Ik sla jullie"]
