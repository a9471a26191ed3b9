"""Every kind a rule pack may name, from the kind modules listed here (one line each).

A kind module declares ``KINDS = {"name": factory}``. Add it to both lists below: the
imports are written out so that a frozen bundle keeps every kind (discovery by scanning the
package finds nothing there), and ``tests/checks/test_kind_registry.py`` fails while a
module that declares ``KINDS`` is missing.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from checks.kinds.base import KindFactory


def kind_modules() -> tuple[ModuleType, ...]:
    """The modules that declare kinds, imported when the engine first needs them."""
    from checks.kinds import (
        addresses,
        capacity,
        discussion,
        emails,
        emoji_flood,
        identifiers,
        length,
        names_near_group,
        patterns,
        permanence,
        person_terms,
        phones,
        photo_consent,
        readability,
        repeated_marks,
        roster_names,
        secrets,
        shouting,
        stretched,
        terms,
        token_patterns,
    )

    return (
        addresses,
        capacity,
        discussion,
        emails,
        emoji_flood,
        identifiers,
        length,
        names_near_group,
        patterns,
        permanence,
        person_terms,
        phones,
        photo_consent,
        readability,
        repeated_marks,
        roster_names,
        secrets,
        shouting,
        stretched,
        terms,
        token_patterns,
    )


@cache
def all_kinds() -> dict[str, KindFactory]:
    """Kind name → factory, for every listed kind module."""
    kinds: dict[str, KindFactory] = {}
    for module in kind_modules():
        for name, factory in module.KINDS.items():
            if name in kinds:
                raise RuntimeError(f"kind '{name}' is declared twice (in {module.__name__})")
            kinds[name] = factory
    return kinds
