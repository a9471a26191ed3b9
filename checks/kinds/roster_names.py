"""The ``roster_names`` kind: pupils' names from the school's roster (policy ``[roster]``).

Parameters:
    form          ``full`` (default): first and last name, with or without tussenvoegsel;
                  ``first``: a first name on its own (see :mod:`checks.kinds.roster_index`)
    suggestions   replacements offered for every hit

Without a roster this kind finds nothing; ``name_near_group`` covers that case.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, param, str_list
from checks.kinds.persons import person_cues
from checks.kinds.roster_index import FIRST, FULL
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document


def build_roster_names(rule: Rule, resources: Resources) -> Matcher:
    """Flag roster names of the rule's form."""
    form = param(rule, "form", str, FULL)
    if form not in (FULL, FIRST):
        raise bad_rule(rule, f"'params.form' must be '{FULL}' or '{FIRST}'")
    suggestions = str_list(rule, "suggestions", ())
    cues = person_cues(resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        if cues.roster.empty:
            return
        for start, end, found_form in cues.roster_names(doc):
            if found_form == form and not doc.in_not_prose(start, end):
                yield Hit(start, end, suggestions)

    return match


KINDS = {"roster_names": build_roster_names}
