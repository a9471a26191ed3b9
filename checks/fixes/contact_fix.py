"""The ``contact`` fix: a personal number or address goes, with the phrase that asked for it.

"Bel haar moeder op 06-12345678." → "Neem contact op via de school."; "Zijn moeder is
bereikbaar op 020 …" → "… is bereikbaar via de school."; "Stuur het naar x@hotmail.nl" →
"Stuur het naar de school."; "Vragen? 020 - 123 45 67" → "Vragen? Neem contact op via de
school". Anything else: the number is taken out, or its sentence when nothing is left.

Wording (``fix.wording``): ``contact`` (the whole phrase), ``via`` (after "bereikbaar" or
"op"), ``to`` (after "naar").
"""

from __future__ import annotations

from checks.finding import Fix, FixKind
from checks.fixes.edits import (
    Edit,
    free_standing,
    make_fix,
    removal_edit,
    replacement_edit,
    sentence_removal_edit,
    starts_sentence,
)
from checks.fixes.spec import FixSpec
from checks.language.tokens import PUNCT, WORD
from checks.text import Document

CONTACT_VERBS = frozenset(
    [
        "bel",
        "bellen",
        "belt",
        "app",
        "appen",
        "appt",
        "sms",
        "sms'en",
        "sms't",
        "mail",
        "mailen",
        "mailt",
        "e-mail",
        "e-mailen",
        "whatsapp",
        "whatsappen",
        "stuur",
        "sturen",
        "stuurt",
        "bereik",
        "bereiken",
        "contacteer",
    ]
)
REACHABLE = frozenset(("bereikbaar", "bereiken", "te bereiken"))
VIA_WORDS = frozenset(("op", "via", "per", "tel", "telefoon", "nummer", "mobiel"))
TO_WORDS = frozenset(("naar", "aan"))


def contact_fix(doc: Document, start: int, end: int, spec: FixSpec) -> tuple[Fix, ...]:
    """Edits for the contact detail at ``start..end``, the best one first."""
    text = doc.text
    if start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")":
        removal = removal_edit(doc, start, end)
        return (make_fix(doc, removal, FixKind.REMOVE),) if removal else ()
    before = _words_before(doc, start)
    contact = spec.word("contact", "neem contact op via de school")
    if before and before[-1][0] in TO_WORDS:
        edit = replacement_edit(doc, start, end, spec.word("to", "de school"))
        return (make_fix(doc, edit),)
    verb = next((i for i, (word, _) in enumerate(before) if word in CONTACT_VERBS), None)
    if verb is not None and starts_sentence(doc, before[verb][1]):
        edit = replacement_edit(doc, before[verb][1], end, contact)
        return (make_fix(doc, edit),)
    if any(word in REACHABLE for word, _ in before[-3:]):
        via_start = before[-1][1] if before[-1][0] in VIA_WORDS else start
        edit = Edit(via_start, end, spec.word("via", "via de school"))
        return (make_fix(doc, edit),)
    if starts_sentence(doc, start):
        return (make_fix(doc, replacement_edit(doc, start, end, contact)),)
    if before and before[-1][0] in VIA_WORDS:
        return (make_fix(doc, Edit(before[-1][1], end, spec.word("via", "via de school"))),)
    removal = removal_edit(doc, start, end) if free_standing(doc, start, end) else None
    if removal is None:
        return (make_fix(doc, sentence_removal_edit(doc, start), FixKind.REMOVE_SENTENCE),)
    return (make_fix(doc, removal, FixKind.REMOVE),)


def _words_before(doc: Document, start: int) -> list[tuple[str, int]]:
    """The words of the sentence before ``start`` (lower case, with their offsets); a colon
    right before the detail counts as "op" ("Mail mij: x@…")."""
    index = doc.sentence_index(start)
    if index is None:
        return []
    first, _ = doc.sentence_tokens[index]
    stop, _ = doc.token_range(start, start)
    words = []
    for token in doc.tokens[first:stop]:
        if token.kind == WORD:
            words.append((token.norm, token.start))
        elif token.kind == PUNCT and token.norm == ":":
            words.append(("op", token.start))
    return words
