"""The ``street_address`` and ``postcode`` kinds: where someone lives.

A street is a word with a Dutch street ending from a term list ("Kerkstraat",
"Stationsweg", "Prinsengracht") or a street word with a connecting phrase ("Laan van
Meerdervoort"), followed by a house number ("12", "5a", "3-1", "14 hs"). Postcodes
("1234 AB") are confirmed with python-stdnum. The school's own published address is
left alone.

Parameters (both kinds):
    streets       the term list with street endings and exceptions
    unless        regexes that, found in the same sentence, silence the rule (a public
                  venue: "de sporthal aan de Sportlaan 4")
    suggestions   replacements offered for every hit
    organisation, personal   whose address it is (street_address; see
                  :mod:`checks.kinds.number_context`)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checks.context import CheckContext
from checks.kinds.base import param, str_list
from checks.kinds.number_context import NumberContext
from checks.kinds.patterns import compile_patterns
from checks.kinds.public_contacts import PublicContacts, public_contacts
from checks.kinds.sentence_lookup import sentence_guarded
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.termlist import TermList
from checks.text import Document

_CONNECTORS = r"(?:van|de|der|den|het|'t|op|aan|naar|in|bij|ter|ten|tot|la|le)"
# Particles inside a name ("Burgemeester de Withstraat"); prepositions like "op" are not.
_NAME_PARTICLES = r"(?:van|de|der|den|'t|ter|ten|la|le)"
_CAPITAL_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
_HOUSE_NUMBER = (
    r"(?P<number>[1-9][0-9]{0,3}"
    r"(?:[ ]?[-/][ ]?(?:[0-9]{1,4}|[A-Za-z]{1,3}\b)"
    r"|[ ]?(?:hs|huis|bis|boven|bov|I{1,3}|[A-Za-z])(?!\w))?)"
    r"(?!\w|[:.,][0-9]|[ ]?%)"
    r"(?![ ]?(?:km|kilometer|meter|m|minuten|min|uur|keer|jaar|dagen|euro|procent)\b)"
)
# Four digits and two capitals ("1234 AB", "NL-1234AB", or "1234ab" written together);
# unit abbreviations are amounts ("1250 mg").
_POSTCODE = (
    r"(?P<postcode>[1-9](?:(?<![\w-][1-9])|(?<=(?<![\w-])NL-[1-9]))[0-9]{3}"
    r"(?!(?i:[ ]?(?:mg|kg|km|cm|mm|ml|cl|dl|gb|mb|kb|kw|mw|hz|pk)\b))"
    r"(?:[ ]?[A-Z]{2}|[a-z]{2}))(?!\w)"
)
POSTCODE_RE = re.compile(_POSTCODE)
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
# Room for the words of a spelled-out street ("Laan van de Verenigde Naties") before its
# last word.
_WINDOW_BEFORE = 60
# A house number's first digit after a word and a space (the digit comes first so the
# regex engine can skip ahead).
_NUMBER_AFTER_WORD_RE = re.compile(r"[1-9](?:(?<=[^\W\d_][ ][1-9])|(?<=[^\W\d_]\.[ ][1-9]))")


@dataclass(frozen=True, slots=True)
class StreetAddress:
    """A street address's span; ``core_start`` is where its last street word begins."""

    start: int
    end: int
    core_start: int


@dataclass(frozen=True, slots=True)
class StreetFinder:
    """Street endings and the words that merely look like streets, compiled.

    One regex finds every "word house-number" pair; the word is then tested in Python
    (an ending from the list, not an exception), which keeps long posts cheap.
    """

    endings: tuple[str, ...]
    number_after_word: re.Pattern[str]
    prefix_before: re.Pattern[str]
    spelled_out_before: re.Pattern[str]
    not_streets: TermList

    def find(self, text: str) -> Iterator[StreetAddress]:
        """(start, end, street-and-number) of every street address, postcode included."""
        for match in self._word_number_pairs(text):
            if _YEAR_RE.fullmatch(match.group("number")):
                continue
            start = self._street_start(text, match)
            if start is not None:
                yield StreetAddress(start, match.end(), match.start("last"))

    def _word_number_pairs(self, text: str) -> Iterator[re.Match[str]]:
        """Each "word number" pair, looked for only where a digit follows a word and a space."""
        for digit in _NUMBER_AFTER_WORD_RE.finditer(text):
            position = digit.start()
            window = (max(0, position - _WINDOW_BEFORE), min(len(text), position + 40))
            for match in self.number_after_word.finditer(text, *window):
                if match.start("number") == position:
                    yield match
                    break

    def _street_start(self, text: str, match: re.Match[str]) -> int | None:
        last = match.group("last").lower()
        word_start = match.start("last")
        window = max(0, word_start - _WINDOW_BEFORE)
        if last.endswith(self.endings) and not self.not_streets.is_exception(last):
            prefix = self.prefix_before.search(text, window, word_start)
            return prefix.start() if prefix else word_start
        if match.group("last")[:1].isupper():
            # "Laan van Meerdervoort 5": the street word stands before a connecting phrase.
            head = self.spelled_out_before.search(text, window, word_start)
            return head.start() if head else None
        return None


def _overlaps(found: list[StreetAddress], start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in found)


def street_finder(streets: TermList) -> StreetFinder:
    endings = tuple(sorted({term.text for term in streets.terms}, key=len, reverse=True))
    bare = "|".join(re.escape(ending) for ending in endings if ending.isalpha())
    tail = rf"(?:,?[ ]+{_POSTCODE})?"
    return StreetFinder(
        endings=endings,
        number_after_word=re.compile(
            rf"(?<![\w'’.-])(?P<last>[^\W\d_][\w'’-]*\.?)[ ]+{_HOUSE_NUMBER}{tail}"
        ),
        prefix_before=re.compile(
            rf"(?<![\w-]){_CAPITAL_WORD}[ ](?:(?:{_NAME_PARTICLES}|{_CAPITAL_WORD})[ ]){{0,3}}$"
        ),
        spelled_out_before=re.compile(
            rf"(?<![\w-])(?i:{bare})(?:[ ]{_CONNECTORS}){{1,3}}(?:[ ]{_CAPITAL_WORD}){{0,2}}[ ]$"
        ),
        not_streets=streets,
    )


def _street_finder(rule: Rule, resources: Resources) -> StreetFinder:
    return street_finder(resources.term_list(param(rule, "streets", str)))


def _is_public(public: PublicContacts, text: str, address: StreetAddress | None = None) -> bool:
    """The whole address, or its street word onwards, is part of a published contact."""
    if address is None:
        return public.mentions(text)
    return public.mentions(text[address.start : address.end]) or public.mentions(
        text[address.core_start : address.end]
    )


def build_street_address(rule: Rule, resources: Resources) -> Matcher:
    """Flag a street with a house number that is not the school's own address."""
    finder = _street_finder(rule, resources)
    guards = compile_patterns(rule, "unless", re.IGNORECASE)
    suggestions = str_list(rule, "suggestions", ())
    public = public_contacts(resources.settings.public_contacts)
    whose = NumberContext.read(rule, resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for address in finder.find(doc.text):
            start, end = address.start, address.end
            if _is_public(public, doc.text, address) or doc.in_not_prose(start, end):
                continue
            if sentence_guarded(doc, start, guards):
                continue
            shift = whose.judge(doc, start)
            if shift is not None:
                yield Hit(start, end, suggestions, severity_shift=shift)

    return match


def build_postcode(rule: Rule, resources: Resources) -> Matcher:
    """Flag a valid postcode that is neither part of a street address nor the school's own."""
    finder = _street_finder(rule, resources)
    guards = compile_patterns(rule, "unless", re.IGNORECASE)
    suggestions = str_list(rule, "suggestions", ())
    public = public_contacts(resources.settings.public_contacts)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        codes = list(POSTCODE_RE.finditer(doc.text))
        if not codes:
            return
        addresses = list(finder.find(doc.text))
        for code in codes:
            start, end = code.span()
            if _overlaps(addresses, start, end) or doc.in_not_prose(start, end):
                continue
            if (
                _valid_postcode(code.group("postcode"))
                and not _is_public(public, code.group("postcode"))
                and not sentence_guarded(doc, start, guards)
            ):
                yield Hit(start, end, suggestions)

    return match


KINDS = {"street_address": build_street_address, "postcode": build_postcode}


def _valid_postcode(code: str) -> bool:
    """python-stdnum is imported on the first postcode: it costs ~40 ms and ~9 MB to load."""
    from stdnum.nl import postcode

    return bool(postcode.is_valid(code))
