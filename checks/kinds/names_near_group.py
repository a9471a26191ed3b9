"""The ``name_near_group`` kind: a person's name beside a group or class, roster or not.

"Sanne de Vries uit groep 6", "Mohammed (klas 2b)", "leerling Emma uit 4 havo",
"groep 6-leerling Sanne": a name that, with its group, points at one pupil. A teacher's
name ("juf Anna van groep 3") is left alone, and so are names the roster rules report.

Parameters:
    suggestions   replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.context import CheckContext
from checks.kinds.base import str_list
from checks.kinds.persons import FULL_NAME, GROUP, person_cues
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

PUPIL_TITLE_RE = re.compile(
    rf"(?i:(?<![\w-])(?:{GROUP}\s*-?\s*)?(?:leerling|leerlinge|scholier|kleuter))\s+"
    rf"(?P<name>{FULL_NAME})(?![\w-])"
)
_GROUP_WORD_RE = re.compile(
    r"groep|klas|leerjaar|havo|vwo|vmbo|mavo|gymnasium|atheneum|leerling|kleuter|scholier|brugklas|unit",
    re.IGNORECASE,
)


def build_name_near_group(rule: Rule, resources: Resources) -> Matcher:
    """Flag a capitalised name beside a group, class or the word 'leerling'."""
    suggestions = str_list(rule, "suggestions", ())
    cues = person_cues(resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        text = doc.text
        if not _GROUP_WORD_RE.search(text):
            return
        reported = {(s, e) for s, e, _ in cues.roster_names(doc)}
        spans = {(s.start, s.end) for s in cues.names_by_group(text)}
        spans.update(
            m.span("name") for m in PUPIL_TITLE_RE.finditer(text) if cues.is_name(m.group("name"))
        )
        for start, end in sorted(spans - reported):
            if not doc.in_not_prose(start, end):
                yield Hit(start, end, suggestions)

    return match


KINDS = {"name_near_group": build_name_near_group}
