"""The ``shouting`` kind: a run of words in capitals, acronyms ("NPO", "HAVO") excepted.

Parameters:
    min_words   how many capitalised words (acronyms not counted) make a shout; default 3
    acronyms    term lists of words that are normally written in capitals
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import param, str_list
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document, Word


def is_capitalised(word: Word) -> bool:
    """All letters upper case, at least two of them, and no digits ("MP3" is a name)."""
    text = word.text
    if len(text) < 2 or not text.isupper() or any(c.isdigit() for c in text):
        return False
    return sum(1 for c in text if c.isalpha()) >= 2


def load_acronyms(rule: Rule, resources: Resources) -> frozenset[str]:
    """Every entry of the rule's acronym lists, upper-cased."""
    found: set[str] = set()
    for name in str_list(rule, "acronyms", ()):
        found.update(term.text.upper() for term in resources.term_list(name).terms)
    return frozenset(found)


def shouted_runs(doc: Document, acronyms: frozenset[str], min_words: int) -> Iterator[Hit]:
    """Runs of capitalised words with at least ``min_words`` that are not acronyms."""
    if not _has_capital_pair(doc.text):
        return
    run: list[Word] = []
    for word in (*doc.words, None):
        if word is not None and is_capitalised(word) and not _breaks_run(doc, run, word):
            run.append(word)
            continue
        yield from _shout(doc, run, acronyms, min_words)
        run = [word] if word is not None and is_capitalised(word) else []


_CAPITAL_PAIR_RE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]{2}")


def _has_capital_pair(text: str) -> bool:
    """A cheap first look: no two capitals in a row (Latin script) means no shouting."""
    return _CAPITAL_PAIR_RE.search(text) is not None


def _breaks_run(doc: Document, run: list[Word], word: Word) -> bool:
    """A paragraph break ends a run: two headings in capitals are not one shout."""
    return bool(run) and "\n\n" in doc.text[run[-1].end : word.start]


def _shout(
    doc: Document, run: list[Word], acronyms: frozenset[str], min_words: int
) -> Iterator[Hit]:
    shouted = [w for w in run if w.text.upper() not in acronyms]
    if len(shouted) < min_words:
        return
    start, end = run[0].start, run[-1].end
    yield Hit(start, end, (_calm(doc, run, acronyms),))


def _calm(doc: Document, run: list[Word], acronyms: frozenset[str]) -> str:
    """The run in ordinary case: acronyms kept, a sentence start capitalised."""
    pieces: list[str] = []
    position = run[0].start
    for word in run:
        pieces.append(doc.text[position : word.start])
        pieces.append(word.text if word.text.upper() in acronyms else word.lower)
        position = word.end
    calm = "".join(pieces)
    before = doc.text[: run[0].start].rstrip()
    if not before or before[-1] in ".!?\n":
        calm = calm[:1].upper() + calm[1:]
    return calm


def build_shouting(rule: Rule, resources: Resources) -> Matcher:
    """Flag runs of shouted words; suggest them in ordinary case."""
    acronyms = load_acronyms(rule, resources)
    min_words = param(rule, "min_words", int, 3)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for hit in shouted_runs(doc, acronyms, min_words):
            if not doc.in_not_prose(hit.start, hit.end):
                yield hit

    return match


KINDS = {"shouting": build_shouting}
