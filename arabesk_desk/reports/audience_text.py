"""The school's text for staff, pupils or parents about its digital rules and measures
(guidelines 9 and 10), built from the policy's ``[measures]`` and the sentences in
``resources/communication.toml``, and read back with the app's own readability rules (B1).
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from arabesk_desk.measures import AUDIENCES, Measures, Violation
from arabesk_desk.reports.document import Block, Bullets, Document, Heading, Paragraph, as_text
from checks import Capacity, CheckContext, Engine, Finding, PackError
from checks.packs import line_of, read_toml
from checks.resources import packaged_resources_dir

BLOCKS_FILE = "communication.toml"
BLOCK_KEYS = (
    "title",
    "intro",
    "devices_heading",
    "violations_heading",
    "violations_intro",
    "violation",
    "measures_heading",
    "measures_intro",
    "measure",
    "escalation_heading",
    "escalation_intro",
    "escalation",
    "parents_step",
    "police_always",
    "police_serious",
    "no_step",
    "report_heading",
    "report",
    "victims_heading",
    "press_heading",
    "register_heading",
    "register",
)
PLACEHOLDERS = frozenset(
    {"school", "name", "explain", "measures", "steps", "report_to", "register_keepers", "years"}
)
AUDIENCE_LABELS = {"staff": "medewerkers", "pupils": "leerlingen", "parents": "ouders"}


@cache
def building_blocks(path: Path | None = None) -> Mapping[str, Mapping[str, str]]:
    """The sentences per audience, checked: every key present, only known placeholders."""
    path = path or packaged_resources_dir() / BLOCKS_FILE
    data, text = read_toml(path)
    blocks: dict[str, dict[str, str]] = {}
    for audience in AUDIENCES:
        table = data.get(audience)
        if not isinstance(table, dict):
            raise PackError(path, None, f"[{audience}] is missing")
        for key in BLOCK_KEYS:
            _check_block(path, text, audience, key, table.get(key))
        blocks[audience] = {key: str(table[key]) for key in BLOCK_KEYS}
    return blocks


def _check_block(path: Path, text: str, audience: str, key: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise PackError(path, line_of(text, f"[{audience}]"), f"[{audience}] needs text '{key}'")
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError as exc:
        raise PackError(path, line_of(text, value[:30]), f"[{audience}] '{key}': {exc}") from None
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise PackError(
            path,
            line_of(text, value[:30]),
            f"[{audience}] '{key}' uses the unknown placeholder {{{unknown[0]}}} "
            f"(known: {', '.join(sorted(PLACEHOLDERS))})",
        )


def audience_document(measures: Measures, school: str, audience: str) -> Document:
    """The text for ``audience`` (staff, pupils or parents) as a :class:`Document`."""
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r} (known: {', '.join(AUDIENCES)})")
    words = _Sentences(building_blocks()[audience], school, measures)
    blocks: list[Block] = [Paragraph(words.say("intro"))]
    device_rule = measures.devices.get(audience, "")
    if device_rule:
        blocks += [Heading(words.say("devices_heading")), Paragraph(device_rule)]
    violations = list(measures.violations.values())
    blocks += [
        Heading(words.say("violations_heading")),
        Paragraph(words.say("violations_intro")),
        Bullets(tuple(words.violation(v) for v in violations)),
        Heading(words.say("measures_heading")),
        Paragraph(words.say("measures_intro")),
        Bullets(tuple(words.measure(v, audience) for v in violations if v.measures[audience])),
    ]
    blocks += [
        Heading(words.say("escalation_heading")),
        Paragraph(words.say("escalation_intro")),
        Bullets(tuple(words.escalation(v) for v in violations)),
    ]
    if measures.report_to:
        blocks += [Heading(words.say("report_heading")), Paragraph(words.say("report"))]
    for heading, text in (("victims_heading", measures.victims), ("press_heading", measures.press)):
        if text:
            blocks += [Heading(words.say(heading)), Paragraph(text)]
    blocks += [Heading(words.say("register_heading")), Paragraph(words.say("register"))]
    return Document(
        title=words.say("title"),
        blocks=tuple(blocks),
        footer=f"{school} · richtlijn 9 en 10 van het socialemediaprotocol",
    )


@dataclass(frozen=True)
class _Sentences:
    blocks: Mapping[str, str]
    school: str
    measures: Measures

    def say(self, key: str, **values: str) -> str:
        known = {
            "school": self.school,
            "report_to": self.measures.report_to,
            "register_keepers": self.measures.register_keepers or "de schoolleiding",
            "years": str(self.measures.retention_years),
            "name": "",
            "explain": "",
            "measures": "",
            "steps": "",
            **values,
        }
        return _capitalised(self.blocks[key].format(**known))

    def violation(self, violation: Violation) -> str:
        text = self.say("violation", name=violation.name, explain=violation.explain)
        return text if violation.explain else _capitalised(violation.name) + "."

    def measure(self, violation: Violation, audience: str) -> str:
        phrases = [self.measures.actions[a] for a in violation.measures[audience]]
        return self.say("measure", name=violation.name, measures=joined(phrases, "of"))

    def escalation(self, violation: Violation) -> str:
        """ "Bedreiging: we lichten de ouders in en we gaan altijd naar de politie." """
        steps = ["parents_step"] if violation.inform_parents else []
        if violation.inform_police != "never":
            steps.append(f"police_{violation.inform_police}")
        phrases = [self.blocks[step].format(school=self.school) for step in steps or ["no_step"]]
        return self.say("escalation", name=violation.name, steps=joined(phrases, "en"))


def joined(items: Sequence[str], word: str) -> str:
    """ "a", "a of b", "a, b of c": Dutch lists have no comma before the last word."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def readability_findings(document: Document, engine: Engine) -> list[Finding]:
    """The app's own readability rules (B1, as for an official post) on the whole text."""
    context = CheckContext(capacity=Capacity.OFFICIAL)
    return engine.check(plain_prose(document), context, only=["readability"])


def plain_prose(document: Document) -> str:
    """The document as text, each list item a sentence of its own (as a reader reads it)."""
    return as_text(document)
