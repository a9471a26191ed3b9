"""The ``person_terms`` kind: care, health, grades, discipline, staff and family matters,
but only where they are about a person.

"We besteden aandacht aan dyslexie" is an announcement; "Daan heeft dyslexie" and "een
leerling met dyslexie in mijn klas" are about a person. A term (from term lists, in every
form and compound the list allows) or a token pattern counts only when its sentence names
a person or points at one (see :mod:`checks.kinds.persons`), or when it says "hij", "ze" or
"haar" right after a sentence that named someone ("Sprak vandaag Fatima. Ze vertelde dat
haar vader vastzit.").

Parameters:
    terms         term lists to look for
    patterns      token patterns to look for besides the terms (with ``unless`` and the
                  other guards of :mod:`checks.kinds.pattern_set` under ``pattern_guards``)
    person        ``pointed`` (default): a named person or a person word ("hij",
                  "leerling") in the sentence; ``named``: only a named person (one step
                  more severe when the name is on the school's roster);
                  ``any``: no person needed, only the ``unless`` guards apply
    unless        token patterns that, found in the same sentence, silence the rule
    suggestions   replacements offered for every hit
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.lexical import require_lists, term_hits
from checks.kinds.pattern_set import PatternSet
from checks.kinds.persons import PersonCues, person_cues
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document, Span

PERSON_MODES = ("pointed", "named", "any")
# A pronoun in a sentence after the one that named someone refers to that person.
REFERRING_PRONOUNS = frozenset(("hij", "zij", "ze", "haar", "zijn", "hem", "z'n", "diens"))


def _terms_and_patterns(
    doc: Document, lists: tuple[str, ...], patterns: PatternSet | None
) -> list[Span]:
    spans = {Span(hit.start, hit.end) for hit in term_hits(doc, lists)}
    if patterns is not None:
        spans.update(Span(hit.start, hit.end) for hit in patterns.find(doc))
    return sorted(spans, key=lambda s: (s.start, -s.end))


def about_person(
    cues: PersonCues, doc: Document, sentence: Span, named_only: bool, term: Span
) -> bool:
    """Whether the sentence of ``term`` is about a person it names, points at, or refers
    back to with a pronoun."""
    named = [
        s for s in cues.named_spans(doc, sentence) if s.end <= term.start or s.start >= term.end
    ]
    if named:
        return True
    if not named_only and cues.points_at_person(doc, sentence):
        return True
    previous = _previous_in_paragraph(doc, sentence)
    return (
        previous is not None
        and _refers_back(doc, sentence)
        and bool(cues.named_spans(doc, previous))
    )


def _previous_in_paragraph(doc: Document, sentence: Span) -> Span | None:
    sentences = doc.sentences
    index = bisect_left(sentences, sentence.start, key=lambda s: s.start)
    if index == 0 or index >= len(sentences) or sentences[index] != sentence:
        return None
    previous = sentences[index - 1]
    return None if "\n\n" in doc.text[previous.end : sentence.start] else previous


def _refers_back(doc: Document, sentence: Span) -> bool:
    first, end = doc.token_range(sentence.start, sentence.end)
    return any(doc.tokens[i].norm in REFERRING_PRONOUNS for i in range(first, end))


def build_person_terms(rule: Rule, resources: Resources) -> Matcher:
    """Flag terms and patterns whose sentence is about a person."""
    lists = require_lists(rule, resources)
    patterns = None
    if str_list(rule, "patterns", ()):
        patterns = PatternSet.read(rule, resources, {"patterns": rule.params["patterns"]})
    if not lists and patterns is None:
        raise bad_rule(rule, "needs 'params.terms' or 'params.patterns'")
    person = param(rule, "person", str, "pointed")
    if person not in PERSON_MODES:
        raise bad_rule(rule, f"'params.person' must be one of {', '.join(PERSON_MODES)}")
    named_only, anyone = person == "named", person == "any"
    guards = None
    if str_list(rule, "unless", ()):
        guards = PatternSet.read(rule, resources, {"patterns": rule.params["unless"]})
    suggestions = str_list(rule, "suggestions", ())
    cues = person_cues(resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        silenced: set[Span] | None = None  # the guards run only once a term is found
        for term in _terms_and_patterns(doc, lists, patterns):
            sentence = doc.sentence_at(term.start)
            if silenced is None:
                silenced = _silenced_sentences(doc, guards)
            if sentence in silenced or doc.in_not_prose(term.start, term.end):
                continue
            if anyone or about_person(cues, doc, sentence, named_only, term):
                # A pupil of the school's own roster is sure; a name found otherwise less so.
                sure = named_only and cues.names_a_pupil(doc, sentence)
                yield Hit(term.start, term.end, suggestions, severity_shift=1 if sure else 0)

    return match


def _silenced_sentences(doc: Document, guards: PatternSet | None) -> set[Span]:
    if guards is None:
        return set()
    return {doc.sentence_at(hit.start) for hit in guards.find(doc)}


KINDS = {"person_terms": build_person_terms}
