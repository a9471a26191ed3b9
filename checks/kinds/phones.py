"""The ``phone_numbers`` kind: Dutch and international phone numbers, found by phonenumbers.

Only numbers that phonenumbers judges valid for their region count, written the way
people write them: "06-12345678", "+31 20 123 4567", "020 - 123 45 67", "(06)12345678".
The school's own published numbers (policy ``[school] phone``) and service lines
(0800, 0900) are left alone.

Parameters:
    loose_shapes  also flag numbers that look like a Dutch phone number but that
                  phonenumbers does not know as valid ("0474 555555", a mistyped or
                  unallocated number is still someone's number to a reader): a trunk 0
                  and 10 digits, or 9 to 11 digits in groups (default true)
    suggestions   replacements offered for every hit
    organisation, personal   whose number it is (see :mod:`checks.kinds.number_context`)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from checks.context import CheckContext
from checks.kinds.base import param, str_list
from checks.kinds.identifiers import has_digits, iban_numbers
from checks.kinds.number_context import NumberContext
from checks.kinds.public_contacts import REGION, public_contacts
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

# A Dutch phone number has at least nine digits after its trunk 0; fewer digits in the
# whole text means phonenumbers need not run at all.
MIN_DIGITS = 8
# A written phone number starts with its trunk 0, + or 00, or an opening bracket; a bare
# run of digits ("111222333") is more likely some other number.
_DIALLED_START = ("0", "+", "(")


SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")
# A trunk 0 and an area code, then groups of digits: "046-555555", "088-75 555555".
PHONE_SHAPE_RE = re.compile(
    r"(?<![\w+/.,-])(?:\(0[1-9][0-9]{0,2}\)[ ]?|0[1-9][0-9]{0,2}(?:[ ]?-[ ]?|[ ])?)"
    r"[0-9]{2,}(?:[ -][0-9]{2,}){0,3}(?![\w/-]|[.,:][0-9])"
)
_NOT_DIGITS_RE = re.compile(r"[^0-9]")
# A run of digits with the separators people put in phone numbers; phonenumbers (slow,
# pure Python) only reads runs that hold enough digits, with a margin on either side.
_DIGIT_RUN_RE = re.compile(r"[+(]?[0-9](?:[0-9 ()./-]|\(0\)){6,}[0-9]")
_RUN_MARGIN = 2
# phonenumbers slows down more than linearly on a long run ("06 06 06 …" pasted a thousand
# times), so long runs are read in overlapping windows; a number is far shorter than the
# overlap, so each one lies wholly inside some window.
_WINDOW, _STEP = 64, 32


def _digit_runs(text: str) -> Iterator[tuple[int, int]]:
    for run in _DIGIT_RUN_RE.finditer(text):
        if has_digits(run.group(), MIN_DIGITS):
            start = max(0, run.start() - _RUN_MARGIN)
            end = min(len(text), run.end() + _RUN_MARGIN)
            yield from _windows(start, end)


def _windows(start: int, end: int) -> Iterator[tuple[int, int]]:
    if end - start <= _WINDOW:
        yield start, end
        return
    for low in range(start, end - _STEP, _STEP):
        yield low, min(end, low + _WINDOW)


def phone_spans(text: str, *, loose: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, raw) of every phone number in ``text``; ``loose`` adds phone shapes."""
    if not has_digits(text, MIN_DIGITS):
        return
    seen: set[tuple[int, int]] = set()
    for run_start, run_end in _digit_runs(text):
        found_spans: list[tuple[int, int]] = []
        for found_start, found_end, raw in _valid_numbers(text[run_start:run_end]):
            span = (run_start + found_start, run_start + found_end)
            found_spans.append(span)
            if _cut_by_window(text, span, run_start, run_end) or span in seen:
                continue
            seen.add(span)
            yield (*span, raw)
        if loose:
            for shape in PHONE_SHAPE_RE.finditer(text, run_start, run_end):
                start, end = shape.span()
                if _phone_shaped(shape.group()) and not any(
                    s < end and start < e for s, e in found_spans
                ):
                    found_spans.append((start, end))
                    if (start, end) not in seen:
                        seen.add((start, end))
                        yield start, end, shape.group()


def _cut_by_window(text: str, span: tuple[int, int], low: int, high: int) -> bool:
    """The number touches a window edge that is not a real edge of its digit run."""
    start, end = span
    cut_left = start == low and low > 0 and text[low - 1].isdigit()
    cut_right = end == high and high < len(text) and text[high].isdigit()
    return cut_left or cut_right


@lru_cache(maxsize=2048)
def _valid_numbers(run: str) -> tuple[tuple[int, int, str], ...]:
    """Valid, dialled phone numbers in a run of digits; a post repeats its numbers.

    phonenumbers is imported here, on the first digit run: it costs ~30-50 ms to load, which
    a post without numbers never needs.
    """
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

    # Free and paid service lines ("0800-1234" de Kindertelefoon) belong to organisations.
    services = {
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST,
    }
    return tuple(
        (found.start, found.end, found.raw_string)
        for found in PhoneNumberMatcher(run, REGION, leniency=Leniency.VALID)
        if found.raw_string.startswith(_DIALLED_START)
        and phonenumbers.number_type(found.number) not in services
    )


def _phone_shaped(raw: str) -> bool:
    digits = _NOT_DIGITS_RE.sub("", raw)
    if digits.startswith(SERVICE_PREFIXES):
        return False
    if digits == raw:
        return len(digits) == 10
    return 9 <= len(digits) <= 11


def build_phone_numbers(rule: Rule, resources: Resources) -> Matcher:
    """Flag phone numbers that are not the school's own."""
    suggestions = str_list(rule, "suggestions", ())
    loose = param(rule, "loose_shapes", bool, True)
    public = public_contacts(resources.settings.public_contacts)
    whose = NumberContext.read(rule, resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        accounts = list(iban_numbers(doc.text)) if "NL" in doc.text.upper() else []
        for start, end, raw in phone_spans(doc.text, loose=loose):
            if public.has_phone(raw) or any(a < end and start < b for a, b in accounts):
                continue  # the school's number, or digits inside a bank account number
            shift = whose.judge(doc, start)
            if shift is not None:
                yield Hit(start, end, suggestions, severity_shift=shift)

    return match


KINDS = {"phone_numbers": build_phone_numbers}
