"""Who a sentence is about: a named person, or words that point at one person.

Shared by the name and care rules. A *named* person is a roster name, a capitalised name
with a title ("juf Anna", "leerling Emma"), a known first name next to a verb that tells
something about that person ("Daan heeft", "is Sanne"), or a name beside a group or class
("Sanne de Vries uit groep 6"). *Person words* are pronouns and singular person nouns
from a term list ("hij", "haar", "een leerling", "collega"). Beside a verb, only a known
first name (term list ``confidential/first_names``, plus the roster) counts as a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from weakref import WeakKeyDictionary

from checks.kinds.roster_index import (
    FULL,
    NameMatch,
    RosterIndex,
    first_name_counts,
    roster_index,
)
from checks.kinds.terms import TermIndex, TermMatch
from checks.language.mentions import INFIXES, NameWords, name_spans
from checks.language.mentions import TITLES as TITLE_WORDS
from checks.language.tokens import PUNCT, WORD
from checks.resources import Resources
from checks.roster import RosterEntry
from checks.text import Document, Span

NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
INFIX = r"(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|el|al|'t|in 't)"
FULL_NAME = rf"{NAME}(?:(?: {INFIX})? {NAME})?"
TITLES = (
    r"(?:juf|juffrouw|meester|mevrouw|meneer|mevr\.|mw\.|dhr\.|leerling|leerlinge|collega"
    r"|mentor|docent|docente|leerkracht|stagiair|stagiaire|broertje|zusje|zoon|dochter)"
)
STAFF_TITLES = (
    r"(?:juf|juffrouw|meester|mevrouw|meneer|mevr\.|mw\.|dhr\.|collega|mentor|docent|docente"
    r"|leerkracht|directeur|directrice|conciërge)"
)
# Verbs that say something about the person they stand next to.
PERSON_VERBS = (
    r"(?:heeft|had|hebben|is|was|zit|zat|krijgt|kreeg|gaat|ging|wordt|werd|mag|moet|kan|kon"
    r"|blijft|bleef|lijdt|leed|haalde|haalt|scoorde|scoort|gebruikt|slikt|woont|verhuist"
    r"|moest|mocht|wilde|kwam|komt|voelt|voelde|ligt|lag|vertelde)"
)
GROUP = (
    r"(?i:(?:groep|klas|leerjaar|stamgroep|mentorgroep|unit)\s*[1-8](?:\s?[/-]\s?[1-8])?"
    r"[a-z]?(?![\w])"
    r"|(?:groep|klas)\s+(?:een|twee|drie|vier|vijf|zes|zeven|acht)(?![\w])"
    r"|[1-6]\s?(?:e\s)?(?:havo|vwo|vmbo(?:-[a-z]+)?|mavo|gymnasium|atheneum|tl|kgt|bb|kb)(?![\w])"
    r"|(?:havo|vwo|vmbo|mavo|gymnasium|atheneum)[ -]?[1-6](?![\w])"
    r"|(?:de\s)?brugklas(?![\w]))"
)
GROUP_RE = re.compile(GROUP)
# Words of which every group phrase holds one; the GROUP regex only runs around them.
GROUP_KEYWORDS = (
    "groep",
    "klas",
    "leerjaar",
    "unit",
    "havo",
    "vwo",
    "vmbo",
    "mavo",
    "gymnasium",
    "atheneum",
    " tl",
    "kgt",
    " bb",
    " kb",
)
# "Sanne de Vries uit groep 6", "Mohammed (klas 2b)", "Emma, 4 havo", "Daan, leerling van 3 vwo"
NAME_BY_GROUP_RE = re.compile(
    rf"(?<![\w-])(?P<name>{FULL_NAME})\s*(?:\(|,)?\s*"
    rf"(?i:(?:leerling|leerlinge)\s+)?(?i:(?:uit|van|in|zit\s+in|zat\s+in)\s+)?(?i:de\s+)?"
    rf"(?P<group>{GROUP})"
)
# "groep 6-leerling Sanne", "leerling Emma", "juf Anna"
NAME_BY_TITLE_RE = re.compile(
    rf"(?i:(?<![\w-])(?:{GROUP}\s*-?\s*)?{TITLES})\s+(?P<name>{FULL_NAME})(?![\w-])"
)
# "Daan heeft ...", "Vandaag is Sanne ..."
NAME_BEFORE_VERB_RE = re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})(?= {PERSON_VERBS}(?![\w]))")
NAME_AFTER_VERB_RE = re.compile(rf"(?<![\w-]){PERSON_VERBS} (?P<name>{FULL_NAME})(?![\w-])")
# How far before a group phrase a name may start ("Sanne van der Berg-Jansen, uit groep 6").
_NAME_WINDOW = 60
_PERSON_VERB_AFTER_RE = re.compile(rf" {PERSON_VERBS}(?![\w])")
STAFF_BEFORE_RE = re.compile(rf"(?i:{STAFF_TITLES})\s*$")


@dataclass(slots=True)
class _DocumentCues:
    """What one document says about persons, worked out once and shared by every rule."""

    person_words: list[Span] | None = None
    roster_names: list[tuple[int, int, str]] | None = None
    groups: list[Span] | None = None
    named: dict[Span, list[Span]] = field(default_factory=dict)


class PersonCues:
    """Compiled person words, non-names and the roster; see the module docstring.

    Results per document are kept in a weak map, so the rules of one check share them
    and they vanish with the document. Safe to share between threads: every document
    belongs to one check call.
    """

    def __init__(
        self,
        person_words: TermIndex,
        not_names: frozenset[str],
        roster: RosterIndex,
        names_also_words: frozenset[str],
        first_names: frozenset[str] = frozenset(),
        is_common_word: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.person_words = person_words
        self.not_names = not_names
        self.roster = roster
        self.names_also_words = names_also_words
        self.first_names = first_names
        self.is_common_word = is_common_word
        self.name_words = NameWords(first_names, names_also_words)
        self._per_document: WeakKeyDictionary[Document, _DocumentCues] = WeakKeyDictionary()

    def _cues(self, doc: Document) -> _DocumentCues:
        cues = self._per_document.get(doc)
        if cues is None:
            cues = self._per_document.setdefault(doc, _DocumentCues())
        return cues

    def points_at_person(self, doc: Document, sentence: Span) -> bool:
        """Whether a pronoun or singular person noun stands in the sentence, or someone of
        a named class ("de aanvoerder uit 4B")."""
        cues = self._cues(doc)
        if cues.person_words is None:
            cues.person_words = [
                Span(m.start, m.end) for m in self.person_words.find(doc) if _points(doc, m)
            ]
        if any(m.end <= sentence.end for m in spans_from(cues.person_words, sentence.start)):
            return True
        return class_code_points_at_one(doc, sentence, self.group_phrases(doc))

    def _ambiguous_name_counts(self, doc: Document, match: NameMatch) -> bool:
        """A name that is also a word ("Roos") counts before a verb about a person ("Roos is
        jarig"), or inside a sentence that points at a pupil ("Gisteren las Roos uit groep 5")."""
        if _PERSON_VERB_AFTER_RE.match(doc.text, match.end):
            return True
        sentence = doc.sentence_at(match.start)
        if match.start == sentence.start:
            return False
        return self.points_at_person(doc, sentence) or any(
            g.start < sentence.end for g in spans_from(self.group_phrases(doc), sentence.start)
        )

    def group_phrases(self, doc: Document) -> list[Span]:
        """Every group or class phrase ("groep 6", "klas 2b", "4 havo") in the document."""
        cues = self._cues(doc)
        if cues.groups is None:
            cues.groups = find_group_phrases(doc)
        return cues.groups

    def roster_names(self, doc: Document) -> list[tuple[int, int, str]]:
        """(start, end, form) of roster names that count as names where they stand."""
        cues = self._cues(doc)
        if cues.roster_names is None:
            cues.roster_names = [
                (match.start, match.end, match.form)
                for match in self.roster.find(doc)
                if match.form == FULL
                or first_name_counts(doc, match, self.names_also_words, self._ambiguous_name_counts)
            ]
        return cues.roster_names

    def names_a_pupil(self, doc: Document, sentence: Span) -> bool:
        """Whether the sentence holds a name from the school's roster."""
        return any(sentence.start <= s < sentence.end for s, _, _ in self.roster_names(doc))

    def names_by_group(
        self, doc: Document, start: int = 0, end: int | None = None
    ) -> Iterator[Span]:
        """Names beside a group or class that are not a teacher's ("juf Anna uit groep 3")."""
        text = doc.text
        stop = len(text) if end is None else end
        for group in spans_from(self.group_phrases(doc), start):
            if group.start >= stop:
                break
            window = max(start, group.start - _NAME_WINDOW)
            for found in NAME_BY_GROUP_RE.finditer(text, window, group.end):
                if found.end() != group.end:
                    continue
                name_start, name_end = found.span("name")
                if self.is_name(found.group("name")) and not STAFF_BEFORE_RE.search(
                    text, max(0, name_start - 20), name_start
                ):
                    yield Span(name_start, name_end)

    def named_spans(self, doc: Document, sentence: Span) -> list[Span]:
        """Every named person in the sentence (roster, title, verb or group)."""
        cues = self._cues(doc)
        if sentence not in cues.named:
            cues.named[sentence] = self._named_spans(doc, sentence)
        return cues.named[sentence]

    def _named_spans(self, doc: Document, sentence: Span) -> list[Span]:
        text = doc.text
        spans = [
            Span(s, e) for s, e, _ in self.roster_names(doc) if sentence.start <= s < sentence.end
        ]
        spans.extend(self.names_by_group(doc, sentence.start, sentence.end))
        for found in NAME_BY_TITLE_RE.finditer(text, sentence.start, sentence.end):
            if self.is_name(found.group("name")):
                spans.append(Span(*found.span("name")))
        for regex in (NAME_BEFORE_VERB_RE, NAME_AFTER_VERB_RE):
            for found in regex.finditer(text, sentence.start, sentence.end):
                if self.is_first_name(found.group("name")):
                    spans.append(Span(*found.span("name")))
        tokens = doc.tokens
        first, end = doc.token_range(sentence.start, sentence.end)
        for name_first, name_last in name_spans(tokens, first, end, self.name_words):
            # A title is no name, but says that the capitalised word after it is one
            # ("meneer Jansen"): the word after it decides.
            name_word = name_first
            if tokens[name_first].norm.rstrip(".") in TITLE_WORDS:
                name_word += 1
            while name_word < name_last and (
                tokens[name_word].kind == PUNCT or tokens[name_word].norm in INFIXES
            ):
                name_word += 1
            if tokens[name_word].norm not in self.not_names:
                spans.append(Span(tokens[name_first].start, tokens[name_last].end))
        return spans

    def is_first_name(self, candidate: str) -> bool:
        """Whether a capitalised word beside a verb is a known first name, not "Nederland"."""
        return candidate.split(" ", 1)[0].lower() in self.first_names

    def is_name(self, candidate: str) -> bool:
        """A capitalised word that can be a name: not a listed non-name, and a known first
        name or no Dutch word ("Biologie 4vwo", "Privacyles in groep 8" are no pupils)."""
        first = candidate.split(" ", 1)[0]
        lower = first.lower()
        if lower in self.not_names:
            return False
        return lower in self.first_names or not self.is_common_word(first)


PROTECTED_NAMES = "confidential/protected_names"
FIRST_NAMES = "confidential/first_names"


def protected_entries(resources: Resources) -> tuple[RosterEntry, ...]:
    """The policy's roster plus the names in the editable list of protected names."""
    extra = []
    for term in resources.term_list(PROTECTED_NAMES).terms:
        first, _, rest = term.text.partition(" ")
        infix, _, last = rest.rpartition(" ")
        extra.append(RosterEntry(first, last, infix))
    return (*resources.settings.roster, *extra)


def spans_from(spans: list[Span], start: int) -> Iterator[Span]:
    """The spans (sorted by start) that begin at or after ``start``, found by bisection."""
    index = bisect_left(spans, start, key=lambda span: span.start)
    return islice(spans, index, None)


def find_group_phrases(doc: Document) -> list[Span]:
    """Group phrases, found by looking only around their key words (a cheap ``str.find``),
    and bare class codes after "uit", "van", "in" or "klas" ("de jongen uit 4B")."""
    text, lower = doc.text, doc.lower
    spans: set[tuple[int, int]] = set()
    for keyword in GROUP_KEYWORDS:
        position = lower.find(keyword)
        while position != -1:
            window_end = min(len(text), position + len(keyword) + 12)
            for found in GROUP_RE.finditer(text, max(0, position - 8), window_end):
                spans.add(found.span())
            position = lower.find(keyword, position + 1)
    spans.update(_class_codes(doc))
    return [Span(*span) for span in sorted(spans)]


CLASS_CODE_RE = re.compile(r"[1-6][a-z]{1,2}[1-3]?|[a-z][1-6][a-z]?|[1-6](?:havo|vwo|vmbo|mavo|tl)")
_BEFORE_CLASS_CODE = frozenset(("uit", "van", "in", "klas", "groep", "leerjaar"))


def _class_codes(doc: Document) -> list[tuple[int, int]]:
    tokens = doc.tokens
    return [
        (tokens[i - 1].start, token.end)
        for i, token in enumerate(tokens)
        if i
        and token.kind == WORD
        and CLASS_CODE_RE.fullmatch(token.norm)
        and tokens[i - 1].norm in _BEFORE_CLASS_CODE
    ]


def class_code_points_at_one(doc: Document, sentence: Span, groups: list[Span]) -> bool:
    """ "De aanvoerder uit 4B", "een jongen van 2A": one pupil of a named class, unless the
    sentence is about the whole class ("alle leerlingen uit 4B")."""
    for group in spans_from(groups, sentence.start):
        if group.start >= sentence.end:
            break
        first, _ = doc.token_range(max(sentence.start, group.start - 40), group.start)
        before = {t.norm for t in doc.tokens[first : doc.token_range(group.start, group.end)[0]]}
        if not before & _WHOLE_CLASS:
            return True
    return False


_WHOLE_CLASS = frozenset(("alle", "leerlingen", "kinderen", "scholieren", "iedereen", "klas"))


# A person noun points at one person after one of these ("een leerling", "die jongen",
# "mijn collega"); "de leerling" in a school guide is anyone.
POINTING = frozenset(
    [
        "een",
        "die",
        "deze",
        "dat",
        "mijn",
        "m'n",
        "onze",
        "ons",
        "zijn",
        "z'n",
        "haar",
        "hun",
        "jouw",
        "je",
        "uw",
    ]
)
PRONOUNS = frozenset(["hij", "hem", "haar", "zij", "ze"])


def _points(doc: Document, match: TermMatch) -> bool:
    """A pronoun or phrase points at someone; a bare person noun only after a word that
    picks one out."""
    word = doc.text[match.start : match.end].lower()
    if " " in word or word in PRONOUNS:
        return True
    first, _ = doc.token_range(match.start, match.end)
    previous = first - 1
    while previous >= 0 and doc.tokens[previous].norm in ("eigen", "nieuwe", "oude", "lieve"):
        previous -= 1
    return previous >= 0 and doc.tokens[previous].norm in POINTING


_CUES_BY_RESOURCES: WeakKeyDictionary[Resources, PersonCues] = WeakKeyDictionary()


def person_cues(resources: Resources) -> PersonCues:
    """The cues for this engine's settings, one per engine (the roster comes from the policy)."""
    cues = _CUES_BY_RESOURCES.get(resources)
    if cues is None:
        cues = _CUES_BY_RESOURCES.setdefault(resources, _build_person_cues(resources))
    return cues


def _build_person_cues(resources: Resources) -> PersonCues:
    entries = protected_entries(resources)
    return PersonCues(
        person_words=TermIndex(resources.term_list("confidential/person_words")),
        not_names=frozenset(t.text for t in resources.term_list("confidential/not_names").terms),
        roster=roster_index(entries),
        names_also_words=frozenset(
            t.text for t in resources.term_list("confidential/names_also_words").terms
        ),
        first_names=frozenset(t.text for t in resources.term_list(FIRST_NAMES).terms)
        | {entry.first_name.lower() for entry in entries if entry.first_name},
        is_common_word=resources.language.known_words.is_common_word,
    )
