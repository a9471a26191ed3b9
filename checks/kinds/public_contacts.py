"""The school's own published contact details (from the policy), which are never findings.

Each contact is reduced to a comparable key: an e-mail address in lower case, a phone
number in E.164 form, a street address as "street number", a postcode without its space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checks.text import EMAIL_RE

REGION = "NL"
_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PublicContacts:
    """Comparable keys of the school's public e-mail addresses, phones and addresses."""

    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    texts: tuple[str, ...] = ()

    def has_email(self, address: str) -> bool:
        return address.lower() in self.emails

    def has_phone(self, raw: str) -> bool:
        key = phone_key(raw)
        return key is not None and key in self.phones

    def mentions(self, fragment: str) -> bool:
        """Whether a street address or postcode is part of a published contact line."""
        wanted = normalised(fragment)
        return bool(wanted) and any(wanted in text for text in self.texts)


def normalised(text: str) -> str:
    """Lower case with one space for every run of white space: how contacts are compared."""
    return _SPACES_RE.sub(" ", text).strip().lower()


def phone_key(raw: str) -> str | None:
    """The E.164 form of a Dutch or international phone number, or None."""
    import phonenumbers  # loaded when a number is compared, not with the engine

    try:
        number = phonenumbers.parse(raw, REGION)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=8)
def public_contacts(contacts: tuple[str, ...]) -> PublicContacts:
    """Parse the policy's contact strings once per distinct set of contacts."""
    emails = {m.group().lower() for text in contacts for m in EMAIL_RE.finditer(text)}
    phones = _phones(contacts) if contacts else frozenset()
    texts = tuple(normalised(text) for text in contacts)
    return PublicContacts(frozenset(emails), frozenset(phones), texts)


def _phones(contacts: tuple[str, ...]) -> frozenset[str]:
    """The E.164 keys of the phone numbers in the contact lines (phonenumbers loads here)."""
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher

    return frozenset(
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for text in contacts
        for m in PhoneNumberMatcher(text, REGION, leniency=Leniency.VALID)
    )
