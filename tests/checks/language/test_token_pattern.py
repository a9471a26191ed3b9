"""Token patterns: the syntax, errors, leftmost-longest matching, clause matches, and a
property test that the pre-filter (needs, first words, places) never changes a result."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.language.language_data import WORDS_LIST
from checks.language.token_pattern import (
    MAX_REPEAT,
    START,
    Compiler,
    Found,
    ListRef,
    Pattern,
    PatternError,
    Places,
    Sentence,
    _closest,
    clause_matches,
    rarest_first,
    sequence_matches,
)
from tests.checks.language.support import Patterns, spans

LISTS = {
    "t/hit": "#! forms: verb\nslaan\nschoppen\nafmaken\n",
    "t/people": "#! forms: noun\nleraar\njuf\n",
}


def matches(source: str, text: str, pieces: dict[str, str] | None = None) -> list[str]:
    """The text of every match of one sequence pattern, sentence by sentence."""
    patterns = Patterns([source], LISTS, pieces)
    doc = patterns.document(text)
    (pattern,) = patterns.compiled
    found: list[str] = []
    for sentence in patterns.sentences(doc):
        found.extend(spans(doc, sequence_matches(pattern, sentence)))
    return found


# Syntax --------------------------------------------------------------------------------------


def test_a_word_matches_in_every_form_and_punctuation_is_skipped():
    assert matches("ik slaan je", "Nee, ik sla je. Ik sloeg, je weet wel.") == [
        "ik sla je",
        "Ik sloeg, je",
    ]
    assert matches("ik slaan je", "ik heb je geslagen") == []


def test_a_quoted_word_matches_only_that_form():
    assert matches('"sla"', "ik sla je, ik slaat je") == ["sla"]
    assert matches('"Sla"', "ik sla je") == ["sla"]  # case does not matter


def test_a_list_matches_every_entry_in_its_forms():
    assert matches("ik {t/hit} je", "ik schop je en ik sloeg je") == ["ik schop je", "ik sloeg je"]
    assert matches("de {t/people}", "de leraren en de juffen") == ["de leraren", "de juffen"]


def test_a_participle_list_matches_only_past_participles():
    text = "ik heb hem geslagen, ik sla hem en hij is afgemaakt"
    assert matches("{t/hit:participle}", text) == ["geslagen", "afgemaakt"]
    assert matches("{t/hit}", text) == ["geslagen", "sla", "afgemaakt"]


def test_a_dot_is_any_one_word():
    assert matches("ik . je", "ik sla je, ik je") == ["ik sla je"]
    assert matches(". .", "een twee drie vier vijf") == ["een twee", "drie vier"]


def test_a_negated_element_is_one_word_that_is_not_it():
    assert matches("ik !niet slaan", "ik niet slaan. ik wil slaan. ik slaan") == ["ik wil slaan"]
    assert matches("!{t/people} slaan", "juf slaat. hij slaat") == ["hij slaat"]


def test_optional_and_repeated_elements():
    assert matches("ik wil? slaan", "ik slaan. ik wil slaan. ik wil wil slaan") == [
        "ik slaan",
        "ik wil slaan",
    ]
    assert matches("ik .{0,2} je", "ik je. ik ga je. ik ga echt je. ik ga echt niet je") == [
        "ik je",
        "ik ga je",
        "ik ga echt je",
    ]
    assert matches("ja{2}", "ja. ja ja. ja ja ja") == ["ja ja", "ja ja"]
    assert matches("ja{2,3}", "ja ja ja ja") == ["ja ja ja"]


def test_groups_and_choices():
    assert matches("(ik | wij) slaan", "wij slaan. ik sla. jij slaat") == ["wij slaan", "ik sla"]
    assert matches("ik (ga | wil) je (echt)? slaan", "ik ga je echt slaan. ik wil je slaan") == [
        "ik ga je echt slaan",
        "ik wil je slaan",
    ]
    assert matches("(ha | hi){2}", "ha hi ha") == ["ha hi"]


def test_marks_choose_the_part_to_underline():
    assert matches("ik < slaan > je", "ik sla je") == ["sla"]
    assert matches("< ik > .{0,3} je", "ik ga je slaan") == ["ik"]


def test_start_and_end_of_the_sentence():
    assert matches("^ slaan", "sla hem. ik sla hem") == ["sla"]
    assert matches("slaan $", "ik sla. sla ik") == ["sla"]
    assert matches("^ ik slaan $", "Ik sla! Ik sla je") == ["Ik sla"]


@pytest.mark.parametrize(
    ("piece", "text", "expected"),
    [
        ("@handle", "hoi @jan_b en #tag", ["@jan_b"]),
        ("@hashtag", "hoi @jan_b en #tag", ["#tag"]),
        ("@link", "zie https://x.nl/a nu", ["https://x.nl/a"]),
        ("@number", "ik heb 12 appels en 3", ["12", "3"]),
        ("@emoji", "leuk 😀 hoor 👍🏽", ["😀", "👍🏽"]),
        ("@capital", "ik zag Jan en Piet", ["Jan", "Piet"]),
        ("@old_year", "in 1944 en 1000, niet 1990, 999 of 2024", ["1944", "1000"]),
    ],
)
def test_native_pieces(piece, text, expected):
    assert matches(piece, text) == expected


def test_named_pieces_expand_and_may_use_other_pieces():
    pieces = {"target": "je | jou | @group", "group": "de {t/people}"}
    assert matches("ik slaan @target", "ik sla jou. ik sla de juf", pieces) == [
        "ik sla jou",
        "ik sla de juf",
    ]


# Errors --------------------------------------------------------------------------------------


def compile_only(source: str, pieces: dict[str, str] | None = None) -> Pattern:
    compiler = Compiler(lambda name: ListRef(0), lambda word: ListRef(0, word), pieces or {})
    return compiler.compile(source)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("(ik je", "missing ')'"),
        ("ik je)", "unbalanced ')'"),
        ("ik* je", "not * or +"),
        ("ik+", "not * or +"),
        ("@nergens", "unknown piece '@nergens'"),
        ("@zelf", "piece '@zelf' refers to itself"),
        ("@heen", "piece '@heen' refers to itself"),
        ("x{0,21}", "must be between {0,0} and {0,20}"),
        ("x{3,2}", "must be between"),
        ("(a | b){0,25}", "must be between"),
        ("", "cannot read the pattern"),
        ('"twee woorden"', "cannot read the pattern"),
        ("{geen lijst}", "cannot read the pattern"),
        ("{t/hit:past}", "cannot read the pattern"),
        ("a | | b", "an empty choice"),
        ("()", "an empty choice"),
    ],
)
def test_a_bad_pattern_says_what_is_wrong(source, message):
    pieces = {"zelf": "ik @zelf", "heen": "@terug", "terug": "x | @heen"}
    with pytest.raises(PatternError) as raised:
        compile_only(source, pieces)
    assert message in str(raised.value)


def test_the_longest_repeat_allowed():
    assert MAX_REPEAT == 20
    compile_only("x{0,20}")
    compile_only("(a b){20}")


def test_a_piece_may_be_used_twice_without_referring_to_itself():
    compile_only("@p @p", {"p": "a | b"})


# Matching ------------------------------------------------------------------------------------


def test_matches_are_leftmost_longest_and_do_not_overlap():
    assert matches("a .{0,3} b", "a x b y b z b") == ["a x b y b"]
    assert matches("a | a b", "a b a") == ["a b", "a"]
    assert matches("a b | b c", "a b c") == ["a b"]
    assert matches("b? c", "b c c") == ["b c", "c"]
    assert matches(".{0,2}", "a b c d e") == ["a b", "c d", "e"]


def test_a_pattern_that_matches_no_words_finds_nothing():
    assert matches("x?", "a b") == []
    assert matches("< >", "a b") == []


def test_a_match_stays_inside_its_sentence():
    assert matches("ik slaan", "Ik kom. Slaan doe ik niet") == []


def test_found_holds_first_last_and_named_tokens():
    patterns = Patterns(["ik . {t/hit}"], LISTS)
    doc = patterns.document("Nou, ik wil slaan")
    (sentence,) = patterns.sentences(doc)
    (found,) = sequence_matches(patterns.compiled[0], sentence)
    # tokens: Nou , ik wil slaan → "." names no word, "ik" and the list do
    assert found == Found(2, 4, frozenset({2, 4}))


def clause_spans(elements: list[str], text: str, within: int = 10) -> list[str]:
    patterns = Patterns(elements, LISTS)
    doc = patterns.document(text)
    found: list[str] = []
    for clause in patterns.clauses(doc):
        found.extend(spans(doc, clause_matches(patterns.compiled, clause, within)))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik sla je", ["ik sla je"]),
        ("morgen sla ik je", ["sla ik je"]),
        ("dat ik je ga slaan", ["ik je ga slaan"]),
        ("Als je dat doet, sla ik je", ["sla ik je"]),
        ("ik zeg dat jij mij slaat", []),
    ],
)
def test_clause_elements_match_in_any_order_within_one_clause(text, expected):
    assert clause_spans(["ik", "{t/hit}", "je | jou"], text) == expected


def test_clause_elements_must_stand_within_the_given_number_of_words():
    text = "ik ga je heel erg hard slaan"
    assert clause_spans(["ik", "{t/hit}"], text, within=7) == ["ik ga je heel erg hard slaan"]
    assert clause_spans(["ik", "{t/hit}"], text, within=6) == []


def test_clause_elements_may_not_share_a_word():
    assert clause_spans(["slaan", "{t/hit}"], "ik sla") == []
    assert clause_spans(["slaan", "{t/hit}"], "ik sla en schop") == ["sla en schop"]


def test_the_tightest_clause_match_wins():
    assert clause_spans(["ik", "slaan"], "ik zei ik sla") == ["ik sla"]


# Needs, first words and places ---------------------------------------------------------------


def test_a_pattern_knows_what_a_sentence_must_offer():
    patterns = Patterns(["ik .{0,2} (slaan | schoppen)", "ik? je", "@number"], LISTS)
    seq, optional, native = patterns.compiled
    assert seq.shape.first is not None and len(seq.shape.first) == 1
    assert len(seq.shape.needs) == 2
    assert not seq.shape.nullable
    assert len(optional.shape.first or ()) == 2  # "ik" or "je" may start it
    assert native.shape.first is None and native.shape.needs == ()


def test_rarest_needs_come_first():
    needs = rarest_first([frozenset({"je"}), frozenset({"verschrikkelijk"}), frozenset({3})])
    assert needs == (frozenset({"verschrikkelijk"}), frozenset({3}), frozenset({"je"}))


def test_a_sentence_offers_only_what_it_holds():
    patterns = Patterns(["ik slaan"], LISTS)
    doc = patterns.document("Ik kom. Jij slaat.")
    first, second = patterns.sentences(doc)
    (pattern,) = patterns.compiled
    assert not first.offers(pattern.shape.needs)
    assert not second.offers(pattern.shape.needs)
    assert first.offers(())
    assert list(first.starts(None)) == [0, 1]
    places = Places([first, second])
    # only the rarest need ("slaan") picks the places; sequence_matches tests the others
    assert places.offering(pattern.shape.needs) == [second]
    assert list(sequence_matches(pattern, second)) == []
    assert places.offering(()) == [first, second]


def test_places_offer_the_sentences_holding_the_rarest_need():
    patterns = Patterns(["ik slaan"], LISTS)
    doc = patterns.document("Ik kom. Ik sla. Jij slaat.")
    sentences = patterns.sentences(doc)
    (pattern,) = patterns.compiled
    assert Places(sentences).offering(pattern.shape.needs) == [sentences[1], sentences[2]]


# The pre-filter never changes a result -------------------------------------------------------


VOCABULARY = [
    *("ik", "Ik", "je", "jou", "wij", "sla", "sloeg", "geslagen", "schopt", "slaan", "maak"),
    *("af", "afgemaakt", "leraar", "juffen", "niet", "nooit", "morgen", "ga", "echt", "ja"),
    *("12", "1944", "Jan", "😀", "@jan", "#tag", ",", ".", "!", "?", ";", "\n"),
]
ATOMS = [
    *("ik", "je", "jou", "slaan", '"sla"', "niet", "ja", "maak", "af", "afmaken", "."),
    *("{t/hit}", "{t/hit:participle}", "{t/people}", "!niet", "!{t/hit}", "!ik"),
    *("@number", "@capital", "@emoji", "@handle", "@old_year", "@target"),
]
PIECES = {"target": "je | jou | de? {t/people}"}
QUANTIFIERS = ["", "", "", "?", "{0,2}", "{1,2}", "{2}"]


def _element() -> st.SearchStrategy[str]:
    return st.builds(lambda atom, q: atom + q, st.sampled_from(ATOMS), st.sampled_from(QUANTIFIERS))


def _extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    sequence = st.lists(children, min_size=1, max_size=3).map(" ".join)
    return st.one_of(
        sequence,
        st.builds(
            lambda a, b, q: f"( {a} | {b} ){q}", sequence, sequence, st.sampled_from(QUANTIFIERS)
        ),
        st.builds(lambda a, b: f"{a} < {b} >", sequence, sequence),
    )


PATTERNS = st.builds(
    lambda start, body, end: f"{start}{body}{end}",
    st.sampled_from(["", "", "^ "]),
    st.recursive(_element(), _extend, max_leaves=6),
    st.sampled_from(["", "", " $"]),
)
TEXTS = st.lists(st.sampled_from(VOCABULARY), max_size=18).map(" ".join)

# One lexicon for every generated pattern: all words the atoms name, the pieces' words too.
ALL = Patterns([*ATOMS, *PIECES.values(), "de"], LISTS, PIECES)
_LEXICON = ALL.language.lexicon
COMPILER = Compiler(
    lambda name: ListRef(_LEXICON.list_ids[name]),
    lambda word: ListRef(_LEXICON.list_ids[WORDS_LIST], word),
    PIECES,
)


def reference_matches(pattern: Pattern, sentence: Sentence) -> list[Found]:
    """Leftmost-longest, non-overlapping matches, trying every start and every sentence."""
    found: list[Found] = []
    ids, done = sentence.ids, 0
    for p in range(len(ids)):
        if p < done:
            continue
        best = max(pattern.match(sentence, p, START), key=lambda f: f[0], default=None)
        if best is None or best[0] == p:
            continue
        end, (mark_start, mark_end, named) = best
        first = mark_start if mark_start >= 0 else p
        last = (mark_end if mark_end >= 0 else end) - 1
        if last >= first:
            found.append(Found(ids[first], ids[last], frozenset(ids[n] for n in named)))
        done = end
    return found


def reference_clause(elements: list[Pattern], clause: Sentence, within: int) -> list[Found]:
    spans_ = []
    for element in elements:
        found = [
            (p, end, state[2])
            for p in range(len(clause.ids))
            for end, state in element.match(clause, p, START)
            if end > p
        ]
        if not found:
            return []
        spans_.append(found)
    best = _closest(spans_, within)
    if best is None:
        return []
    low, high, named = best
    ids = clause.ids
    return [Found(ids[low], ids[high - 1], frozenset(ids[n] for n in named))]


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(source=PATTERNS, text=TEXTS)
def test_the_pre_filter_never_changes_sequence_matches(source, text):
    pattern = COMPILER.compile(source)
    doc = ALL.document(text)
    sentences = ALL.sentences(doc)
    expected = [f for sentence in sentences for f in reference_matches(pattern, sentence)]
    filtered = [
        f
        for sentence in Places(sentences).offering(pattern.shape.needs)
        for f in sequence_matches(pattern, sentence)
    ]
    assert filtered == expected


@settings(PROPERTY, max_examples=80)
@given(
    sources=st.lists(PATTERNS, min_size=1, max_size=3),
    text=TEXTS,
    within=st.integers(1, 12),
)
def test_the_pre_filter_never_changes_clause_matches(sources, text, within):
    elements = [COMPILER.compile(source) for source in sources]
    doc = ALL.document(text)
    clauses = ALL.clauses(doc)
    needs = rarest_first(need for element in elements for need in element.shape.needs)
    expected = [f for clause in clauses for f in reference_clause(elements, clause, within)]
    filtered = [
        f
        for clause in Places(clauses).offering(needs)
        for f in clause_matches(elements, clause, within)
    ]
    assert filtered == expected


@settings(PROPERTY, max_examples=80)
@given(source=PATTERNS, text=TEXTS)
def test_a_sentence_that_does_not_offer_a_pattern_holds_no_match(source, text):
    pattern = COMPILER.compile(source)
    doc = ALL.document(text)
    for sentence in ALL.sentences(doc):
        if not sentence.offers(pattern.shape.needs):
            assert reference_matches(pattern, sentence) == []
        starts = set(sentence.starts(pattern.shape.first))
        for found in reference_matches(pattern, sentence):
            assert found.first >= sentence.ids[0]
        for p in range(len(sentence.ids)):
            if p not in starts:
                assert all(end == p for end, _ in pattern.match(sentence, p, START)), p
