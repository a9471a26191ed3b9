"""The policy's ``[review]`` section: who reviews (names and public keys) and what needs review.

Example::

    [review]
    official_roles = ["staff"]     # official posts by these roles need review (default)
    overridden_errors = true       # every post with an overridden error needs review (default)
    channels = []                  # every post on these channels needs review
    always = false                 # every post needs review
    folder = "%USERPROFILE%/OneDrive - De Arabesk/Beoordelingen"   # the shared review folder
                                   # (~ and environment variables are expanded); users
                                   # then cannot choose another one

    [[review.reviewers]]
    name = "Mw. J. de Vries"
    public_key = "…44 characters from 'arabesk-desk review keygen'…"
    other_keys = ["…"]             # optional: her keys on other laptops (she is one person)

"Your own post" is decided by keys: a reviewer cannot approve a request signed by her
``public_key`` or by any of her ``other_keys``. The name is only shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from arabesk_desk.review.key_text import decode_key
from checks import Role

REVIEW_KEYS = frozenset(
    {"official_roles", "overridden_errors", "channels", "always", "reviewers", "folder"}
)


@dataclass(frozen=True, slots=True)
class Reviewer:
    name: str
    public_key: str
    other_keys: tuple[str, ...] = ()  # the same person's keys on other laptops

    @property
    def keys(self) -> frozenset[str]:
        return frozenset((self.public_key, *self.other_keys))


@dataclass(frozen=True, slots=True)
class ReviewPolicy:
    """Which posts need a leader's review, and whose signatures count."""

    reviewers: tuple[Reviewer, ...] = ()
    official_roles: frozenset[Role] = frozenset({Role.STAFF})
    overridden_errors: bool = True
    channels: frozenset[str] = frozenset()
    always: bool = False
    folder: str = ""  # the shared review folder the school set; '' lets each user choose

    def reviewer_for_key(self, public_key: str) -> Reviewer | None:
        """The reviewer whose decision-signing key this is (only ``public_key`` signs)."""
        return next((r for r in self.reviewers if r.public_key == public_key.strip()), None)

    def same_person(self, first_key: str, second_key: str) -> bool:
        """Are these two keys one person: the same key, or keys the policy lists together?"""
        if first_key.strip() == second_key.strip():
            return True
        return any({first_key.strip(), second_key.strip()} <= r.keys for r in self.reviewers)


ErrorFactory = Callable[[str, str], Exception]


def parse_review_section(section: dict[str, Any], error: ErrorFactory) -> ReviewPolicy:
    """Validate ``[review]``; ``error(needle, problem)`` builds the exception to raise."""
    unknown = sorted(set(section) - REVIEW_KEYS)
    if unknown:
        raise error(unknown[0], f"[review] does not know '{unknown[0]}'")
    defaults = ReviewPolicy()
    return ReviewPolicy(
        reviewers=_reviewers(section.get("reviewers", []), error),
        official_roles=_roles(section, error)
        if "official_roles" in section
        else defaults.official_roles,
        overridden_errors=_flag(section, "overridden_errors", defaults.overridden_errors, error),
        channels=frozenset(_strings(section, "channels", error)),
        always=_flag(section, "always", defaults.always, error),
        folder=_folder(section, error),
    )


def _folder(section: dict[str, Any], error: ErrorFactory) -> str:
    value = section.get("folder", "")
    if not isinstance(value, str):
        raise error("folder", "[review] 'folder' must be a path")
    return value.strip()


def _flag(section: dict[str, Any], key: str, default: bool, error: ErrorFactory) -> bool:
    value = section.get(key, default)
    if not isinstance(value, bool):
        raise error(key, f"[review] '{key}' must be true or false")
    return value


def _strings(section: dict[str, Any], key: str, error: ErrorFactory) -> list[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise error(key, f"[review] '{key}' must be a list of strings")
    return value


def _roles(section: dict[str, Any], error: ErrorFactory) -> frozenset[Role]:
    names = _strings(section, "official_roles", error)
    known = {str(r) for r in Role}
    for name in names:
        if name not in known:
            raise error(name, f"[review] unknown role '{name}' (known: {', '.join(sorted(known))})")
    return frozenset(Role(n) for n in names)


def _reviewers(entries: Any, error: ErrorFactory) -> tuple[Reviewer, ...]:
    if not isinstance(entries, list):
        raise error("reviewers", "[[review.reviewers]] must be a list of tables")
    reviewers = []
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or not {"name", "public_key"} <= set(entry)
            or set(entry) - {"name", "public_key", "other_keys"}
        ):
            raise error(
                "reviewers",
                "each [[review.reviewers]] takes 'name' and 'public_key' (and 'other_keys')",
            )
        name, key = entry["name"], entry["public_key"]
        if not isinstance(name, str) or not name.strip() or not isinstance(key, str):
            raise error("reviewers", "a reviewer needs a name and a public_key (text)")
        others = entry.get("other_keys", [])
        if not isinstance(others, list) or not all(isinstance(k, str) for k in others):
            raise error("other_keys", f"reviewer '{name}': 'other_keys' must be a list of keys")
        for field, candidate in (("public_key", key), *(("other_keys", k) for k in others)):
            try:
                decode_key(candidate)
            except ValueError as exc:
                raise error(
                    candidate, f"reviewer '{name}': {field} is not usable ({exc})"
                ) from None
        reviewers.append(Reviewer(name.strip(), key.strip(), tuple(k.strip() for k in others)))
    return tuple(reviewers)
