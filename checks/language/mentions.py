"""People named in a sentence, read from its tokens: first names, initials and titles.

"J. de Groot", "Lotte B.", "Mehmet Ö.", "Dhr. Aydın", "juf Anneke" and "Zeynep" all name a
person. A first name comes from the school's lists (``confidential/first_names`` and the
roster); a name that is also a word ("Roos", "Storm") counts only with a title or an initial.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checks.language.tokens import ALL_CAPS, CAPITALISED, PUNCT, WORD, Token

TITLES = frozenset(
    [
        "juf",
        "juffrouw",
        "meester",
        "mevrouw",
        "meneer",
        "mevr",
        "mw",
        "dhr",
        "hr",
        "mr",
        "dr",
        "drs",
        "ing",
        "ir",
        "prof",
        "leerling",
        "leerlinge",
        "collega",
        "mentor",
        "docent",
        "docente",
        "leerkracht",
        "stagiair",
        "stagiaire",
        "conciërge",
        "directeur",
        "directrice",
        "broertje",
        "zusje",
        "zoon",
        "dochter",
        "oma",
        "opa",
        "tante",
        "oom",
        "neef",
        "nicht",
    ]
)
_ROMAN_RE = re.compile(r"[IVX]{1,4}")
INFIXES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "el",
        "al",
        "'t",
        "in",
        "het",
        "la",
        "le",
        "da",
        "di",
        "do",
        "du",
        "op",
    ]
)


@dataclass(frozen=True, slots=True)
class NameWords:
    """What counts as a first name, and which first names are ordinary words too."""

    first_names: frozenset[str]
    also_words: frozenset[str]


def _capitalised(token: Token) -> bool:
    return (
        token.kind == WORD
        and bool(token.flags & CAPITALISED)
        and not token.flags & ALL_CAPS
        and token.text[:1].isalpha()
    )


def _initial(tokens: Sequence[Token], index: int) -> bool:
    """A single capital letter followed by a period ("J.", "Ö.")."""
    token = tokens[index]
    return (
        token.kind == WORD
        and len(token.text) == 1
        and token.text.isupper()
        and index + 1 < len(tokens)
        and tokens[index + 1].norm == "."
    )


def name_spans(
    tokens: Sequence[Token], first: int, end: int, words: NameWords
) -> Iterator[tuple[int, int]]:
    """Token ranges ``(first, last)`` of the names in tokens ``first``..``end``."""
    index = first
    while index < end:
        found = _name_at(tokens, index, end, words)
        if found is None:
            index += 1
            continue
        yield index, found
        index = found + 1


def _name_at(tokens: Sequence[Token], index: int, end: int, words: NameWords) -> int | None:
    token = tokens[index]
    if _initial(tokens, index):
        return _surname_after(tokens, index, end)
    if token.kind == WORD and token.norm.rstrip(".") in TITLES:
        after = index + 1
        if after < end and tokens[after].norm == ".":
            after += 1
        if after < end and _capitalised(tokens[after]):
            return _surname_end(tokens, after, end)
        position = after  # "meneer de Groot", "juf van der Laan"
        while position < end and tokens[position].norm in INFIXES:
            position += 1
        if after < position < end and _capitalised(tokens[position]):
            return position
        return None
    if _capitalised(token) and token.norm in words.first_names:
        following = index + 1
        if following < end and _ROMAN_RE.fullmatch(tokens[following].text):
            return None  # "Willem II", "Karel V": a club or a king
        if following < end and _initial(tokens, following):
            return following + 1  # "Lotte B."
        if token.norm not in words.also_words:
            return _surname_end(tokens, index, end)
    return None


def _surname_after(tokens: Sequence[Token], index: int, end: int) -> int | None:
    """After initials ("J.", "J. P."), an optional infix and a capitalised surname."""
    position = index
    while position < end and _initial(tokens, position):
        position += 2
    while position < end and tokens[position].norm in INFIXES:
        position += 1
    if position < end and _capitalised(tokens[position]):
        return position
    return None


def _surname_end(tokens: Sequence[Token], index: int, end: int) -> int:
    """A first name, with the infix and capitalised surname after it when present."""
    position = index + 1
    while position < end and tokens[position].norm in INFIXES:
        position += 1
    if position > index + 1 and position < end and _capitalised(tokens[position]):
        return position
    if position == index + 1 and position < end and _capitalised(tokens[position]):
        following = tokens[position]
        if following.kind != PUNCT:
            return position
    return index
