"""Readability kinds for official posts: hard text, long sentences and the passive voice.

``readability_score``  Flesch-Douma (and Brouwer) of the whole post below a threshold;
                       points at the hardest sentence. Parameters: ``min_words`` (shorter
                       posts are not scored: too few words for a stable score),
                       ``flesch_douma_below``. Messages may use ``{flesch_douma}``,
                       ``{brouwer}``, ``{band}``, ``{band_en}`` and ``{threshold}``.
``long_sentence``      a sentence of more than ``max_words`` words. Messages may use
                       ``{words}`` and ``{max_words}``.
``passive``            "wordt/worden/werd/werden … [voltooid deelwoord]" (either order, in
                       one clause) and "[deelwoord] geworden". ``not_participles`` names a
                       term list of words that look like participles but are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import pairwise
from typing import Any

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.readability import readability_scores, scores_of, sentence_stats
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document, Span, Word


def _formatter(rule: Rule, sample: Mapping[str, Any]) -> Any:
    """Check the rule's message placeholders once; return a function filling both messages."""
    for template in (rule.message, rule.message_en):
        try:
            template.format(**sample)
        except (KeyError, IndexError, ValueError) as exc:
            raise bad_rule(rule, f"has a message with an unknown placeholder: {exc}") from None

    def fill(
        start: int, end: int, values: Mapping[str, Any], data: tuple[tuple[str, str], ...] = ()
    ) -> Hit:
        return Hit(
            start,
            end,
            message=rule.message.format(**values),
            message_en=rule.message_en.format(**values),
            data=data,
        )

    return fill


def build_readability_score(rule: Rule, resources: Resources) -> Matcher:
    """Hint when the whole post reads harder than B1; underline its hardest sentence."""
    min_words = param(rule, "min_words", int, 30)
    threshold = float(param(rule, "flesch_douma_below", (int, float), 50))
    sample = {"flesch_douma": 1.0, "brouwer": 1.0, "band": "", "band_en": "", "threshold": 1.0}
    fill = _formatter(rule, sample)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        scores = readability_scores(doc)
        if scores is None or scores.words < min_words or scores.flesch_douma >= threshold:
            return
        hardest = _hardest_sentence(doc)
        values = {
            "flesch_douma": scores.flesch_douma,
            "brouwer": scores.brouwer,
            "band": scores.band,
            "band_en": scores.band_en,
            "threshold": threshold,
        }
        yield fill(hardest.start, hardest.end, values, scores.as_data())

    return match


def _hardest_sentence(doc: Document) -> Span:
    scored = [(scores_of(stats), stats.span) for stats in sentence_stats(doc)]
    ranked = [(scores.flesch_douma, span) for scores, span in scored if scores is not None]
    return min(ranked, key=lambda pair: pair[0])[1]


def build_long_sentence(rule: Rule, resources: Resources) -> Matcher:
    """Flag every sentence of more than ``max_words`` words."""
    max_words = param(rule, "max_words", int, 22)
    fill = _formatter(rule, {"words": 1, "max_words": 1})

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for stats in sentence_stats(doc):
            if len(stats.words) > max_words:
                values = {"words": len(stats.words), "max_words": max_words}
                yield fill(stats.span.start, stats.span.end, values)

    return match


_PREFIXES_BEFORE_GE = (
    "aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|voor|weg|samen|vast|vrij|"
    "tegen|achter|rond|binnen|buiten|neer|open|dicht|schoon|goed|klaar|bekend"
)
_PARTICIPLE_RE = re.compile(
    rf"^(?:(?:{_PREFIXES_BEFORE_GE})?ge\w{{2,}}[dtn]"
    rf"|(?:{_PREFIXES_BEFORE_GE})?(?:be|ver|ont|her|er)\w{{2,}}[dtn])$"
)
# Endings of nouns and adjectives that the participle pattern would otherwise take.
_NOT_PARTICIPLE_ENDINGS = ("heid", "schap", "lijkheid", "nissen", "ingen")
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]–—]")


@lru_cache(maxsize=8192)
def looks_like_participle(word: str, exceptions: frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` (lower-case) has the shape of a Dutch past participle."""
    if word in exceptions or word.endswith(_NOT_PARTICIPLE_ENDINGS):
        return False
    # Long words ending in "-end" are present participles used as adjectives ("vervelend").
    if len(word) >= 9 and word.endswith("end"):
        return False
    return bool(_PARTICIPLE_RE.match(word))


def build_passive(rule: Rule, resources: Resources) -> Matcher:
    """Flag passive constructions, at most one per sentence."""
    auxiliaries = frozenset(str_list(rule, "auxiliaries", ("wordt", "worden", "werd", "werden")))
    window = param(rule, "window", int, 8)
    exceptions: frozenset[str] = frozenset()
    if "not_participles" in rule.params:
        lists = str_list(rule, "not_participles")
        exceptions = frozenset(t.text for name in lists for t in resources.term_list(name).terms)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for stats in sentence_stats(doc):
            found = _passive_in(doc, list(stats.words), auxiliaries, window, exceptions)
            if found is not None:
                yield Hit(*found)

    return match


def _passive_in(
    doc: Document,
    words: list[Word],
    auxiliaries: frozenset[str],
    window: int,
    exceptions: frozenset[str],
) -> tuple[int, int] | None:
    if not any(w.lower in auxiliaries or w.lower == "geworden" for w in words):
        return None
    breaks = _clause_breaks(doc, words)
    for index, word in enumerate(words):
        if word.lower == "geworden" and index > 0:
            before = words[index - 1]
            if looks_like_participle(before.lower, exceptions):
                return before.start, word.end
        if word.lower not in auxiliaries:
            continue
        partner = _participle_near(words, breaks, index, window, exceptions)
        if partner is not None:
            return min(word.start, partner.start), max(word.end, partner.end)
    return None


def _clause_breaks(doc: Document, words: list[Word]) -> list[bool]:
    """``breaks[i]``: a comma, colon, bracket or dash stands between word i - 1 and word i."""
    text = doc.text
    return [False] + [
        _CLAUSE_BREAK_RE.search(text, before.end, after.start) is not None
        for before, after in pairwise(words)
    ]


def _participle_near(
    words: list[Word], breaks: list[bool], index: int, window: int, exceptions: frozenset[str]
) -> Word | None:
    """A participle in the same clause after the auxiliary, or right before it."""
    for position in range(index + 1, min(index + 1 + window, len(words))):
        if breaks[position]:
            break
        if _is_participle_at(words, position, exceptions):
            return words[position]
    for position in range(index - 1, max(-1, index - 4), -1):
        if breaks[position + 1]:
            break
        if _is_participle_at(words, position, exceptions):
            return words[position]
    return None


def _is_participle_at(words: list[Word], position: int, exceptions: frozenset[str]) -> bool:
    # "om alles te bespreken": an infinitive after "te" only looks like a participle.
    if position > 0 and words[position - 1].lower == "te":
        return False
    return looks_like_participle(words[position].lower, exceptions)


KINDS = {
    "readability_score": build_readability_score,
    "long_sentence": build_long_sentence,
    "passive": build_passive,
}
