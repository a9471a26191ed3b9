"""The ``phone_numbers`` kind: Dutch and international phone numbers, found by phonenumbers.

Only numbers that phonenumbers judges valid for their region count, written the way
people write them: "06-12345678", "+31 20 123 4567", "020 - 123 45 67", "(06)12345678".
The school's own published numbers (policy ``[school] phone``) are left alone.

Parameters:
    suggestions   replacements offered for every hit
"""

from __future__ import annotations

from collections.abc import Iterator

from phonenumbers import Leniency, PhoneNumberMatcher

from checks.context import CheckContext
from checks.kinds.base import str_list
from checks.kinds.identifiers import has_digits
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


def phone_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, raw) of every valid phone number in ``text``."""
    if not has_digits(text, MIN_DIGITS):
        return
    for found in PhoneNumberMatcher(text, REGION, leniency=Leniency.VALID):
        if found.raw_string.startswith(_DIALLED_START):
            yield found.start, found.end, found.raw_string


def build_phone_numbers(rule: Rule, resources: Resources) -> Matcher:
    """Flag phone numbers that are not the school's own."""
    suggestions = str_list(rule, "suggestions", ())
    public = public_contacts(resources.settings.public_contacts)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        for start, end, raw in phone_spans(doc.text):
            if not public.has_phone(raw):
                yield Hit(start, end, suggestions)

    return match


KINDS = {"phone_numbers": build_phone_numbers}
