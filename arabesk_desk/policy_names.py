"""The names a school's policy knows, so that spelling does not call them typos.

The pupil roster, the school's own name and the names its accounts go out under, the
reviewers the policy names, and the capitalised words of its public address ("Schoolstraat",
"Amsterdam"). Spelling never judges these words (``arabesk_desk.spelling.words.NameList``).
"""

from __future__ import annotations

import re

from arabesk_desk.policy import SchoolPolicy

_CAPITALISED = re.compile(r"\b[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*", re.UNICODE)
_NOT_A_PLACE = re.compile(r"@|https?://|www\.", re.IGNORECASE)


def names_for_spelling(policy: SchoolPolicy) -> tuple[str, ...]:
    """Every name in ``policy`` that spelling should accept, roster first."""
    names = [entry.full_name for entry in policy.roster]
    names.append(policy.school_name)
    names.extend(account for account in policy.accounts.values() if "@" not in account)
    names.extend(reviewer.name for reviewer in policy.review.reviewers)
    for contact in policy.public_contacts:
        if _NOT_A_PLACE.search(contact):
            continue  # e-mail addresses and links are not prose: never spell-checked
        names.extend(w for w in _CAPITALISED.findall(contact) if w[:1].isupper())
    return tuple(dict.fromkeys(name for name in names if name.strip()))
