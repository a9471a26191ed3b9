"""Agreement around a replacement: an adjective after "de"/"het", a verb after "ik".

"het kutweer" becomes "het slechte weer", not "het slecht weer"; "wij als school vinden"
becomes "ik vind", not "ik vinden". Pure functions on the checked document.
"""

from __future__ import annotations

from checks.fixes.edits import Edit
from checks.language.inflection import adjective_forms, regular_stem
from checks.language.tokens import WORD
from checks.text import Document

# After these an adjective before a noun takes -e ("het slechte weer", "mijn slechte dag").
DEFINITE = frozenset(
    [
        "de",
        "het",
        "die",
        "dat",
        "deze",
        "dit",
        "mijn",
        "m'n",
        "jouw",
        "je",
        "zijn",
        "z'n",
        "haar",
        "ons",
        "onze",
        "jullie",
        "hun",
        "uw",
    ]
)
# Plural present forms that are not "stem + en", with their "ik" form.
_IRREGULAR_PLURALS = {
    "zijn": "ben",
    "hebben": "heb",
    "kunnen": "kan",
    "zullen": "zal",
    "mogen": "mag",
    "willen": "wil",
    "gaan": "ga",
    "staan": "sta",
    "slaan": "sla",
    "doen": "doe",
    "zien": "zie",
    "waren": "was",
    "hadden": "had",
    "konden": "kon",
    "zouden": "zou",
    "wilden": "wilde",
    "moesten": "moest",
    "mochten": "mocht",
    "gingen": "ging",
    "vonden": "vond",
    "kregen": "kreeg",
    "deden": "deed",
}
_PLURAL_SUBJECTS = frozenset(("wij", "we"))


def inflected_adjective(doc: Document, start: int, replacement: str) -> str:
    """``replacement`` ("slecht weer") with its adjective inflected when a definite word
    stands before the replaced words ("het slechte weer")."""
    words = replacement.split(" ")
    if len(words) != 2 or not words[0].isalpha():
        return replacement
    previous = _word_before(doc, start)
    if previous not in DEFINITE:
        return replacement
    inflected = _e_form(words[0])
    return f"{inflected} {words[1]}" if inflected else replacement


def _e_form(adjective: str) -> str:
    lower = adjective.lower()
    if lower.endswith("e"):
        return ""
    forms = sorted(
        (f for f in adjective_forms(lower) if f.endswith("e") and not f.endswith(("ste", "ere"))),
        key=len,
    )
    if not forms:
        return ""
    return adjective[:1] + forms[0][1:] if adjective[:1].isupper() else forms[0]


def _word_before(doc: Document, start: int) -> str:
    first, _ = doc.token_range(start, start)
    if first == 0:
        return ""
    token = doc.tokens[first - 1]
    return token.norm if token.kind == WORD else ""


def with_singular_verb(doc: Document, edit: Edit) -> Edit | None:
    """When a plural subject ("wij als school") becomes "ik", the verb right after it
    follows: the edit then runs over that verb too ("ik vind" for "wij als school vinden").

    A replacement may say where the verb goes with ``{verb}`` ("persoonlijk {verb} ik" →
    "persoonlijk vind ik"); without a verb after the words it offers nothing (None).
    """
    placed = "{verb}" in edit.replacement
    original = doc.text[edit.start : edit.end].lower().split()
    plural = bool(original) and original[0] in _PLURAL_SUBJECTS
    if not placed and not (plural and edit.replacement.lower().split()[-1:] == ["ik"]):
        return edit
    _, after = doc.token_range(edit.start, edit.end)
    verb = doc.tokens[after] if after < len(doc.tokens) else None
    singular = _singular(verb.norm) if verb is not None and verb.kind == WORD else ""
    if verb is None or not singular:
        return None if placed else edit
    if placed:
        return Edit(edit.start, verb.end, edit.replacement.replace("{verb}", singular))
    between = doc.text[edit.end : verb.start]
    return Edit(edit.start, verb.end, edit.replacement + between + singular)


def _singular(plural: str) -> str:
    if plural in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[plural]
    if not plural.endswith("en") or len(plural) < 5:
        return ""
    return regular_stem(plural)
