"""Build a finding's fixes from its hit and its rule's ``fix`` spec (:mod:`checks.fixes.spec`).

A pure function of the checked document, the rule and the hit. The person strategy also
gives the words its message names (``{pupil}``: "een leerling uit groep 3").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from checks.finding import Fix, FixKind
from checks.fixes.agreement import inflected_adjective, with_singular_verb
from checks.fixes.contact_fix import contact_fix
from checks.fixes.edits import (
    free_standing,
    make_fix,
    removal_edit,
    replacement_edit,
    sentence_removal_edit,
)
from checks.fixes.person_fix import person_fix
from checks.fixes.spec import FixSpec
from checks.kinds.persons import PersonCues
from checks.text import Document


@dataclass(frozen=True, slots=True)
class BuiltFixes:
    fixes: tuple[Fix, ...]
    words: dict[str, str] = field(default_factory=dict)  # placeholders for the message


def build_fixes(
    doc: Document,
    spec: FixSpec,
    start: int,
    end: int,
    suggestions: Iterable[str],
    cues: Callable[[], PersonCues],
) -> BuiltFixes:
    """The fixes the spec offers for a hit at ``start..end``, best first, without repeats."""
    fixes: list[Fix] = []
    words: dict[str, str] = {}
    for strategy in spec.offer:
        if strategy == "person":
            found = person_fix(doc, start, end, spec, cues())
            fixes.extend(found.fixes)
            words = {"pupil": found.pupil, "pupil_en": found.pupil_en}
        else:
            fixes.extend(_simple(strategy, doc, spec, start, end, tuple(suggestions)))
    if not fixes and spec.otherwise:
        fixes.extend(_simple(spec.otherwise, doc, spec, start, end, ()))
    return BuiltFixes(_distinct(doc, fixes), words)


def _simple(
    strategy: str, doc: Document, spec: FixSpec, start: int, end: int, suggestions: tuple[str, ...]
) -> list[Fix]:
    if strategy == "replace":
        return [fix for s in suggestions if (fix := replacement_fix(doc, start, end, s))]
    if strategy == "remove":
        return _removal(doc, start, end)
    if strategy == "sentence":
        return [make_fix(doc, sentence_removal_edit(doc, start), FixKind.REMOVE_SENTENCE)]
    if strategy == "contact":
        return list(contact_fix(doc, start, end, spec))
    return []


def replacement_fix(doc: Document, start: int, end: int, replacement: str) -> Fix | None:
    """``replacement`` in the place of ``start..end``, in the sentence's capitals and with
    the words around it agreeing; an empty replacement takes the words out."""
    if not replacement:
        removed = _removal(doc, start, end, free_only=False)
        return removed[0] if removed else None
    replacement = inflected_adjective(doc, start, replacement)
    edit = with_singular_verb(doc, replacement_edit(doc, start, end, replacement))
    if edit is None or edit.replacement == doc.text[edit.start : edit.end]:
        return None
    return make_fix(doc, edit)


def _removal(doc: Document, start: int, end: int, *, free_only: bool = True) -> list[Fix]:
    """ "Weghalen": only where the sentence reads well without the words, i.e. they stand
    free between the sentence edge or a comma and a comma or the sentence end."""
    if free_only and not free_standing(doc, start, end):
        return []
    edit = removal_edit(doc, start, end)
    if edit is None:
        return [make_fix(doc, sentence_removal_edit(doc, start), FixKind.REMOVE_SENTENCE)]
    return [make_fix(doc, edit, FixKind.REMOVE)]


def _distinct(doc: Document, fixes: list[Fix]) -> tuple[Fix, ...]:
    seen: set[tuple[int, int, str]] = set()
    kept = []
    for fix in fixes:
        key = (fix.start, fix.end, fix.replacement)
        if key not in seen and fix.replacement != doc.text[fix.start : fix.end]:
            seen.add(key)
            kept.append(fix)
    return tuple(kept)
