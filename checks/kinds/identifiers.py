"""The ``checksum_number`` kind: BSN, onderwijsnummer and IBAN, confirmed by their checksums.

A number is reported only when python-stdnum validates it, so a mistyped or made-up number
with a wrong check digit is never called a BSN or an IBAN.

Parameters:
    scheme        ``bsn``, ``onderwijsnummer`` or ``iban``
    unless        regexes that, found in the same sentence, silence the rule (a school's
                  RSIN or KvK number is public and passes the same eleven test as a BSN)
    suggestions   replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.number_context import NumberContext
from checks.kinds.patterns import compile_patterns
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

# Nine digits, one optional space, dot or dash between any two ("1112.22.333",
# "111 222 333"), not part of a longer run of digits ("06-12345678" is a phone number).
# (The first digit comes before the look-behinds so the regex engine can skip ahead.)
NINE_DIGITS_RE = re.compile(
    r"[0-9](?<![\w.,/-][0-9])(?<![0-9][ .-][0-9])(?:[ .-]?[0-9]){8}(?![ .,/-]?[0-9])(?!\w)"
)
# Two letters, two check digits, then letters and digits in groups ("NL91 ABNA 0417 1643 00").
IBAN_START_RE = re.compile(r"(?<!\w)[A-Za-z]{2}[0-9]{2}(?=[ ]?[A-Za-z0-9])")
IBAN_BODY_RE = re.compile(r"(?:[ ]?[A-Za-z0-9]){11,30}")
IBAN_MIN, IBAN_MAX = 15, 34
_DIGIT_RE = re.compile(r"[0-9]")


def nine_digit_numbers(text: str, is_valid: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of nine-digit numbers that pass ``is_valid``."""
    for found in NINE_DIGITS_RE.finditer(text):
        if is_valid(found.group()):
            yield found.start(), found.end()


def iban_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of valid IBANs, grouped or not, in any case; the longest valid reading wins."""
    position = 0
    while True:
        start_match = IBAN_START_RE.search(text, position)
        if start_match is None:
            return
        start = start_match.start()
        end = _longest_valid_iban(text, start, start_match.end())
        if end is None:
            position = start_match.end()
            continue
        yield start, end
        position = end


def _longest_valid_iban(text: str, start: int, body_start: int) -> int | None:
    body = IBAN_BODY_RE.match(text, body_start)
    if body is None:
        return None
    for end in range(body.end(), body_start, -1):
        if text[end - 1] == " " or (end < len(text) and text[end].isalnum()):
            continue
        candidate = text[start:end]
        if IBAN_MIN <= len(candidate.replace(" ", "")) <= IBAN_MAX and _valid_iban(candidate):
            return end
    return None


# python-stdnum is imported when a number is first judged: importing it costs ~40 ms and
# ~9 MB (it loads ssl and pydoc), which a post without numbers never needs.
def _valid_iban(candidate: str) -> bool:
    from stdnum import iban

    return bool(iban.is_valid(candidate))


def _valid_bsn(number: str) -> bool:
    from stdnum.nl import bsn

    return bool(bsn.is_valid(number))


def _valid_onderwijsnummer(number: str) -> bool:
    from stdnum.nl import onderwijsnummer

    return bool(onderwijsnummer.is_valid(number))


def has_digits(text: str, least: int) -> bool:
    """Whether ``text`` holds at least ``least`` digits: a cheap test before any number search."""
    return next(islice(_DIGIT_RE.finditer(text), least - 1, None), None) is not None


SCHEMES: dict[str, tuple[int, Callable[[str], Iterator[tuple[int, int]]]]] = {
    "bsn": (9, lambda text: nine_digit_numbers(text, _valid_bsn)),
    "onderwijsnummer": (9, lambda text: nine_digit_numbers(text, _valid_onderwijsnummer)),
    "iban": (7, iban_numbers),
}


def build_checksum_number(rule: Rule, resources: Resources) -> Matcher:
    """Flag numbers of the rule's scheme that pass their checksum."""
    scheme = param(rule, "scheme", str)
    if scheme not in SCHEMES:
        raise bad_rule(rule, f"names the unknown scheme '{scheme}' (one of {', '.join(SCHEMES)})")
    least_digits, find = SCHEMES[scheme]
    guards = compile_patterns(rule, "unless", re.IGNORECASE)
    suggestions = str_list(rule, "suggestions", ())
    whose = NumberContext.read(rule, resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        if not has_digits(doc.text, least_digits):
            return
        for start, end in find(doc.text):
            sentence = doc.sentence_at(start)
            context = doc.text[sentence.start : sentence.end]
            if any(guard.search(context) for guard in guards):
                continue
            shift = whose.judge(doc, start)
            if shift is not None:
                yield Hit(start, end, suggestions, severity_shift=shift)

    return match


KINDS = {"checksum_number": build_checksum_number}
