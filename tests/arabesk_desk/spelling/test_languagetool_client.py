"""The HTTP contract: language-tool-python as a client of a server in LanguageTool's format."""

from __future__ import annotations

import pytest

from arabesk_desk.spelling.languagetool_client import (
    LanguageToolClient,
    LanguageToolUnavailable,
    category_of,
    code_point_end,
    code_point_offset,
)
from arabesk_desk.spelling.languagetool_server import free_port
from checks import Category, Severity
from tests.arabesk_desk.spelling.conftest import WAIT


@pytest.fixture
def client(make_server):
    server = make_server()
    server.start()
    assert server.wait_ready(WAIT)
    return LanguageToolClient(server.url, local=True, timeout=10)


def test_a_spelling_match_becomes_a_spelling_finding(client):
    text = "Ik heb het boek gelezzen."
    [finding] = client.check(text)
    assert text[finding.start : finding.end] == "gelezzen"
    assert finding.category is Category.SPELLING
    assert finding.rule == "languagetool.MORFOLOGIK_RULE_NL_NL"
    assert finding.suggestions == ("gelezen",)
    assert finding.source == "languagetool"
    assert finding.severity is Severity.WARNING


def test_a_grammar_match_keeps_its_rule_id(client):
    text = "Ik lees de boek."
    [finding] = client.check(text)
    assert (finding.rule, finding.category) == ("languagetool.DE_HET", Category.GRAMMAR)
    assert text[finding.start : finding.end] == "de boek"
    assert finding.suggestions == ("het boek",)


@pytest.mark.parametrize(
    "text",
    [
        "😀🎉 Ik heb het boek gelezzen.",
        "👩‍👩‍👧 en 🇳🇱: gelezzen",
        "Een 𝔣𝔯𝔞𝔨𝔱𝔲𝔯 en dan gelezzen 😀 en nog eens gelezzen",
    ],
)
def test_offsets_are_code_points_with_emoji_before_the_match(client, text):
    findings = client.check(text)
    assert findings
    assert all(text[f.start : f.end] == "gelezzen" for f in findings)


def test_emoji_inside_a_match_keeps_its_end_right(client):
    text = "🎉 Ik lees de 😀 boek."  # the match's UTF-16 length counts the emoji twice
    [finding] = client.check(text)
    assert text[finding.start : finding.end] == "de 😀 boek"


def test_an_unreachable_server_is_a_clear_error():
    client = LanguageToolClient(f"http://127.0.0.1:{free_port()}/", local=True, timeout=5)
    with pytest.raises(LanguageToolUnavailable, match=r"127\.0\.0\.1"):
        client.check("Tekst")


def test_utf16_conversion_helpers():
    text = "😀a😀bc"
    assert code_point_offset(text, 0) == 0
    assert code_point_offset(text, 2) == 1  # after the first emoji (two UTF-16 units)
    assert code_point_offset(text, 5) == 3
    assert code_point_end(text, 1, 3) == 3  # "a😀"
    assert code_point_end(text, 0, 99) == len(text)


@pytest.mark.parametrize(
    ("lt_category", "issue_type", "expected"),
    [
        ("TYPOS", "misspelling", Category.SPELLING),
        ("GRAMMAR", "grammar", Category.GRAMMAR),
        ("PUNCTUATION", "typographical", Category.GRAMMAR),
        ("STYLE", "style", Category.STYLE),
        ("REDUNDANCY", "style", Category.STYLE),
        ("MISC", "misspelling", Category.SPELLING),
    ],
)
def test_languagetool_categories_map_to_ours(lt_category, issue_type, expected):
    assert category_of(lt_category, issue_type) is expected
