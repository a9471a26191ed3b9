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
from checks.kinds.persons import FULL_NAME, GROUP, PersonCues, person_cues
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

PUPIL_TITLE_RE = re.compile(
    rf"(?i:(?<![\w-])(?:{GROUP}\s*-?\s*)?(?:leerling|leerlinge|scholier|kleuter))\s+"
    rf"(?P<name>{FULL_NAME})(?![\w-])"
)
PUPIL_WORDS = ("leerling", "kleuter", "scholier")


def _names_after_pupil_words(doc: Document, cues: PersonCues) -> Iterator[tuple[int, int]]:
    """Names after "leerling" and the like, looking only around those words."""
    text, lower = doc.text, doc.lower
    for word in PUPIL_WORDS:
        position = lower.find(word)
        while position != -1:
            window = (max(0, position - 20), min(len(text), position + len(word) + 60))
            for found in PUPIL_TITLE_RE.finditer(text, *window):
                if cues.is_name(found.group("name")):
                    yield found.span("name")
            position = lower.find(word, position + 1)


def build_name_near_group(rule: Rule, resources: Resources) -> Matcher:
    """Flag a capitalised name beside a group, class or the word 'leerling'."""
    suggestions = str_list(rule, "suggestions", ())
    cues = person_cues(resources)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        spans = {(s.start, s.end) for s in cues.names_by_group(doc)}
        spans.update(_names_after_pupil_words(doc, cues))
        if not spans:
            return
        reported = {(s, e) for s, e, _ in cues.roster_names(doc)}
        for start, end in sorted(spans - reported):
            if not doc.in_not_prose(start, end):
                yield Hit(start, end, suggestions)

    return match


KINDS = {"name_near_group": build_name_near_group}
