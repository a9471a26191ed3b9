"""The ``person_terms`` kind: care, health, grades, discipline, staff and family matters,
but only where they are about a person.

"We besteden aandacht aan dyslexie" is an announcement; "Daan heeft dyslexie" and "een
leerling met dyslexie in mijn klas" are about a person. A term (from term lists) or a
pattern counts only when its sentence names a person or points at one (see
:mod:`checks.kinds.persons`).

Parameters:
    terms         term lists to look for
    patterns      regexes to look for besides the terms (case-insensitive)
    person        ``pointed`` (default): a named person or a person word ("hij",
                  "leerling") in the sentence; ``named``: only a named person;
                  ``any``: no person needed, only the ``unless`` guards apply
    unless        regexes that, found in the same sentence, silence the rule
    suggestions   replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from weakref import WeakKeyDictionary

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.patterns import compile_patterns
from checks.kinds.persons import PersonCues, person_cues
from checks.kinds.terms import TermIndex
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document, Span

PERSON_MODES = ("pointed", "named", "any")


class SharedTermFinder:
    """One index per term list per engine, and one scan per list per document.

    The family rules and ``confidential.named_sensitive`` read the same lists and
    patterns; each is scanned once per check however many rules name it.
    """

    def __init__(self, resources: Resources) -> None:
        self._resources = resources
        self._indexes: dict[str, TermIndex] = {}
        self._found: WeakKeyDictionary[Document, dict[str, list[Span]]] = WeakKeyDictionary()

    def index(self, name: str) -> TermIndex:
        if name not in self._indexes:
            self._indexes[name] = TermIndex(self._resources.term_list(name))
        return self._indexes[name]

    def find(self, doc: Document, names: tuple[str, ...]) -> list[Span]:
        found = self._found.get(doc)
        if found is None:
            found = self._found.setdefault(doc, {})
        spans: list[Span] = []
        for name in names:
            if name not in found:
                found[name] = [Span(m.start, m.end) for m in self.index(name).find(doc)]
            spans.extend(found[name])
        return spans

    def find_patterns(self, doc: Document, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
        """Matches of the patterns, each pattern run once per document whoever asks."""
        found = self._found.get(doc)
        if found is None:
            found = self._found.setdefault(doc, {})
        spans: list[Span] = []
        for pattern in patterns:
            key = f"re:{pattern.flags}:{pattern.pattern}"
            if key not in found:
                found[key] = [Span(*m.span()) for m in pattern.finditer(doc.text)]
            spans.extend(found[key])
        return spans


_FINDERS: WeakKeyDictionary[Resources, SharedTermFinder] = WeakKeyDictionary()


def shared_term_finder(resources: Resources) -> SharedTermFinder:
    finder = _FINDERS.get(resources)
    if finder is None:
        finder = _FINDERS.setdefault(resources, SharedTermFinder(resources))
    return finder


def _term_spans(
    doc: Document,
    finder: SharedTermFinder,
    lists: tuple[str, ...],
    patterns: tuple[re.Pattern[str], ...],
) -> list[Span]:
    spans = finder.find(doc, lists) + finder.find_patterns(doc, patterns)
    return sorted(set(spans), key=lambda s: (s.start, -s.end))


def _about_person(
    cues: PersonCues, doc: Document, sentence: Span, named_only: bool, term: Span
) -> bool:
    named = [
        s for s in cues.named_spans(doc, sentence) if s.end <= term.start or s.start >= term.end
    ]
    if named:
        return True
    return not named_only and cues.points_at_person(doc, sentence)


def build_person_terms(rule: Rule, resources: Resources) -> Matcher:
    """Flag terms and patterns whose sentence is about a person."""
    lists = str_list(rule, "terms", ())
    finder = shared_term_finder(resources)
    for name in lists:
        finder.index(name)  # load now: a missing or broken list fails when the engine loads
    patterns = compile_patterns(rule, "patterns", re.IGNORECASE)
    if not lists and not patterns:
        raise bad_rule(rule, "needs 'params.terms' or 'params.patterns'")
    person = param(rule, "person", str, "pointed")
    if person not in PERSON_MODES:
        raise bad_rule(rule, f"'params.person' must be one of {', '.join(PERSON_MODES)}")
    named_only, anyone = person == "named", person == "any"
    guards = compile_patterns(rule, "unless", re.IGNORECASE)
    suggestions = str_list(rule, "suggestions", ())
    cues = person_cues(resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        judged: dict[Span, bool] = {}
        for term in _term_spans(doc, finder, lists, patterns):
            sentence = doc.sentence_at(term.start)
            if sentence not in judged:
                text = doc.text[sentence.start : sentence.end]
                judged[sentence] = not any(guard.search(text) for guard in guards)
            if (
                judged[sentence]
                and (anyone or _about_person(cues, doc, sentence, named_only, term))
                and not doc.in_not_prose(term.start, term.end)
            ):
                yield Hit(term.start, term.end, suggestions)

    return match


KINDS = {"person_terms": build_person_terms}
