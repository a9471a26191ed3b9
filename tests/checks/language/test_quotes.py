"""Quotation marks: quoted stretches, and short quotes that only mention words."""

from __future__ import annotations

from checks.language.quotes import MENTION_WORDS, mentioned_tokens, quoted_spans
from tests.checks.language.support import document


def quotes(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text)]


def mentioned(text: str) -> list[str]:
    tokens = document(text).tokens
    return [tokens[i].text for i in sorted(mentioned_tokens(tokens, quoted_spans(text)))]


def test_every_kind_of_quotation_mark():
    text = "\"a\" “b” „c” «d» ‘e’ 'f'"
    assert quotes(text) == ['"a"', "“b”", "„c”", "«d»", "‘e’", "'f'"]


def test_apostrophes_in_words_and_elisions_are_no_quotes():
    assert quotes("zo'n auto's 's morgens") == []
    assert quotes("'t is 'n mooie dag") == []
    assert quotes("Anna's fiets en Piet's boek") == []


def test_a_quote_does_not_cross_a_line_break():
    assert quotes('"begin\neind"') == []


def test_a_short_quote_mentions_its_words():
    assert mentioned("het woord 'neger' is fout") == ["neger"]
    assert mentioned("“mongool”, ‘kankerlijer’: woorden van het plein") == [
        "mongool",
        "kankerlijer",
    ]
    assert mentioned("„drie woorden hier”") == ["drie", "woorden", "hier"]
    assert MENTION_WORDS == 3


def test_a_longer_quote_is_speech_not_a_mention():
    text = 'Hij zei: "Ik sla je morgen in elkaar" en liep weg'
    assert quotes(text) == ['"Ik sla je morgen in elkaar"']
    assert mentioned(text) == []
    assert mentioned("«een twee drie vier»") == []


def test_punctuation_inside_a_quote_does_not_count_as_a_word():
    assert mentioned('"kut, kut, kut!"') == ["kut", "kut", "kut"]


def test_mentions_after_emoji_keep_their_tokens():
    assert mentioned("😀😀 het woord 'neger' 👩‍👩‍👧 en 'mongool'") == ["neger", "mongool"]
