"""A term list with '#! case: capitalised' counts only words written with a capital."""

from __future__ import annotations

import pytest

from checks import PackError
from checks.language.inflection import IrregularForms
from checks.language.lexicon import TokenLexicon
from checks.language.tokens import LookAlikes, tokenize
from checks.termlist import parse_terms

NAMES = parse_terms("test/names", ["#! case: capitalised", "ben", "roos"], "names.txt")
WORDS = parse_terms("test/words", ["ben"], "words.txt")


def _found(text: str) -> set[tuple[str, str]]:
    lexicon = TokenLexicon(
        {"test/names": NAMES, "test/words": WORDS}, IrregularForms(), lambda w: False
    )
    tokens = tokenize(text, LookAlikes({}))
    annotation = lexicon.annotate(text, tokens, [0] * len(tokens), frozenset({0}))
    return {(lexicon.entries[m.entry].list_name, tokens[m.first].text) for m in annotation.matches}


def test_a_capitalised_word_is_a_name_and_a_word():
    assert _found("Gisteren zag ik Ben.") == {("test/names", "Ben"), ("test/words", "Ben")}


def test_a_word_in_lower_case_is_no_name():
    assert _found("Ik ben er.") == {("test/words", "ben")}


def test_the_header_is_checked():
    assert NAMES.case == "capitalised" and WORDS.case == "any"
    with pytest.raises(PackError, match="case"):
        parse_terms("test/bad", ["#! case: upper"], "bad.txt")
