"""The lexicon_patterns kind: list placeholders, macros, gates, anchors and guards."""

from __future__ import annotations

import pytest

from checks import PackError, load_engine
from checks.context import CheckContext
from checks.finding import Category, Severity
from checks.kinds.lexicon import Lexicon, prepare
from checks.kinds.lexicon_patterns import (
    build_lexicon_patterns,
    compile_rule,
    expand_macros,
    gate_of,
    literal_collisions,
)
from checks.resources import Resources
from checks.rules import Rule
from checks.settings import EngineSettings
from checks.termlist import parse_terms
from checks.text import Document

RESOURCES = Resources(EngineSettings())


def rule(**params):
    return Rule(
        id="safety.test",
        category=Category.SAFETY,
        guideline=9,
        severity=Severity.ERROR,
        kind="lexicon_patterns",
        message="m",
        message_en="m",
        params=params,
        origin="test.toml:3",
    )


def hits(matcher, text):
    return [text[h.start : h.end] for h in matcher(Document(text), CheckContext())]


def test_a_list_placeholder_matches_any_entry_and_reports_original_offsets():
    matcher = build_lexicon_patterns(
        rule(patterns=[r"\b{safety/groups}\s+zijn\s+{safety/dehumanising}\b"]), RESOURCES
    )
    text = "😀 Zwarte  mensen zijn   tuig."
    assert hits(matcher, text) == ["Zwarte  mensen zijn   tuig"]


def test_macros_expand_and_unknown_macros_are_errors():
    matcher = build_lexicon_patterns(
        rule(patterns=[r"\b{me}\s+haat\s+{safety/groups}"], macros={"me": "(?:ik|wij)"}),
        RESOURCES,
    )
    assert hits(matcher, "Wij haat moslims") == ["Wij haat moslims"]
    with pytest.raises(PackError, match="unknown macro"):
        build_lexicon_patterns(rule(patterns=[r"{nope} x"]), RESOURCES)("", CheckContext())


def test_a_broken_regex_names_the_rule_when_first_used():
    matcher = build_lexicon_patterns(rule(patterns=[r"(unclosed {safety/groups}"]), RESOURCES)
    with pytest.raises(PackError, match=r"safety\.test.*broken regex"):
        list(matcher(Document("moslims"), CheckContext()))


def test_an_unknown_list_is_an_error_when_the_engine_loads():
    with pytest.raises(PackError, match="does not exist"):
        build_lexicon_patterns(rule(patterns=[r"{safety/nope}"]), RESOURCES)


def test_quoted_text_and_sentence_guards_silence_a_match():
    matcher = build_lexicon_patterns(
        rule(patterns=[r"\bik\s+haat\s+{safety/groups}"], unless=[r"\bdiscrimin\w*"]),
        RESOURCES,
    )
    assert hits(matcher, 'Hij schreef "ik haat moslims" op een bord.') == []
    assert hits(matcher, "Ik haat moslims, zei hij; dat is discriminatie.") == []
    assert hits(matcher, "Ik haat moslims.") == ["Ik haat moslims"]


def test_a_negation_inside_the_match_silences_it():
    matcher = build_lexicon_patterns(
        rule(patterns=[r"\bik\s+(?:\w+\s+)?haat\s+{safety/groups}"], unless_in_hit=[r"\bniet\b"]),
        RESOURCES,
    )
    assert hits(matcher, "Ik niet haat moslims") == []


def test_patterns_without_lists_run_near_anchors_only():
    matcher = build_lexicon_patterns(
        rule(patterns=[r"\bweet\s+waar\s+je\s+woont"], anchors=["weet"]), RESOURCES
    )
    assert hits(matcher, "Ik weet waar je woont.") == ["weet waar je woont"]


def test_gates_are_read_from_a_leading_comment():
    assert gate_of(r"(?#gate:safety/groups)\bx") == ("safety/groups",)
    assert gate_of(r"\b{safety/groups} {safety/violence}") == ("safety/groups", "safety/violence")
    assert gate_of(r"\bik weet") == ("anchors",)
    with pytest.raises(PackError, match="gates a pattern"):
        compile_rule(rule(patterns=[r"(?#gate:safety/violence)\b{safety/groups}"]), RESOURCES)


def test_disguised_spellings_are_matched_with_original_offsets():
    matcher = build_lexicon_patterns(rule(patterns=[r"\bik\s+haat\s+{safety/groups}"]), RESOURCES)
    assert hits(matcher, "Ik h a a t moslims") == ["Ik h a a t moslims"]
    assert hits(matcher, "Ik haaaaat moslims") == ["Ik haaaaat moslims"]
    assert hits(matcher, "Echt: ik h44t m0sl1ms") == ["ik h44t m0sl1ms"]


def test_entries_in_several_lists_belong_to_each():
    lexicon = Lexicon(
        {
            "a": parse_terms("a", ["tuig", "rat*"], "a"),
            "b": parse_terms("b", ["tuig"], "b"),
        }
    )
    text, offsets = prepare("dat is tuig en ratten", None)
    marked = lexicon.mark(text, offsets)
    import re

    assert len(re.findall(lexicon.char_class("a"), marked.text)) == 2
    assert len(re.findall(lexicon.char_class("b"), marked.text)) == 1
    assert marked.original(marked.text.index(marked.text[-1]), len(marked.text)) == (15, 21)


def test_no_shipped_pattern_spells_out_a_word_its_lists_would_hide():
    for loaded in load_engine().rules:
        if loaded.kind != "lexicon_patterns":
            continue
        lexicon, _ = compile_rule(loaded, RESOURCES)
        macros = {k: str(v) for k, v in loaded.params.get("macros", {}).items()}
        for source in [*loaded.params["patterns"], *loaded.params.get("unless_in_hit", [])]:
            clashes = literal_collisions(expand_macros(source, loaded, macros), lexicon)
            assert not clashes, f"{loaded.id}: {clashes} in {source[:60]}"
