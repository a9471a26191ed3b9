"""The ``email_addresses`` kind: e-mail addresses other than the school's published ones.

Parameters:
    mailboxes          ``personal`` (default): addresses of a person; ``role``: role
                       mailboxes such as info@ or administratie@, named in ``role_names``
    role_names         local parts that make an address a role mailbox (also as the first part
                       of one: "mentor.3b@", "groep7@")
    private_domains    a term list of private mail providers: an address elsewhere is a work
                       address, one step less severe
    suggestions        replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.public_contacts import public_contacts
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

MAILBOXES = ("personal", "role")


def build_email_addresses(rule: Rule, resources: Resources) -> Matcher:
    """Flag e-mail addresses of the rule's mailbox sort that are not the school's own."""
    mailboxes = param(rule, "mailboxes", str, "personal")
    if mailboxes not in MAILBOXES:
        raise bad_rule(rule, f"'params.mailboxes' must be one of {', '.join(MAILBOXES)}")
    role_names = frozenset(name.lower() for name in str_list(rule, "role_names", ()))
    want_role = mailboxes == "role"
    suggestions = str_list(rule, "suggestions", ())
    public = public_contacts(resources.settings.public_contacts)
    private: frozenset[str] | None = None
    if "private_domains" in rule.params:
        listed = resources.term_list(param(rule, "private_domains", str))
        private = frozenset(term.text for term in listed.terms)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        if "@" not in doc.text:
            return
        for span in doc.emails:
            address = doc.text[span.start : span.end]
            if public.has_email(address):
                continue
            local, _, domain = address.lower().partition("@")
            if _is_role(local, role_names) != want_role:
                continue
            shift = -1 if private is not None and domain not in private else 0
            yield Hit(span.start, span.end, suggestions, severity_shift=shift)

    return match


_PARTS_RE = re.compile(r"[._\-+0-9]+")


def _is_role(local: str, role_names: frozenset[str]) -> bool:
    return local in role_names or _PARTS_RE.split(local, maxsplit=1)[0] in role_names


KINDS = {"email_addresses": build_email_addresses}
