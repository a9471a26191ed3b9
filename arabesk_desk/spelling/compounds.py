"""Dutch compounds Hunspell does not know: "schoolapp", "koffietip", "burgerschapsproject".

OpenTaal's Hunspell dictionary compounds numbers only, so every new compound of two good
words is "unknown". :func:`known_compound` splits a word into a head and a modifier that
the dictionary knows, with a linking s, e or en ("burgerschap+s+project"), up to three
parts. A short head (three letters: "app", "tip") needs a long modifier, so a typo such as
"leeraar" (leer+aar) is not mistaken for a compound. Other forms Dutch writes without a
dictionary entry: parts joined by a hyphen, one of them an acronym ("MMA-vechter"), an
acronym with an ending ("bhv'ers"), and accents for emphasis ("níet", "Eén"). An acronym
the dictionary only knows in lower case stays an error in capitals ("HBO-opleiding").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

MIN_PART = 3
MIN_MODIFIER_FOR_SHORT_HEAD = 5
SHORT_HEAD = 3
LINKS = ("", "s", "e", "en", "-")
ACRONYM_ENDINGS = ("s", "ers", "er", "tje", "tjes", "je", "jes", "en")
_EMPHASIS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")

Known = Callable[[str], bool]
# OpenTaal marks the words that may begin a compound (and with which linking letter); a
# modifier counts when Hunspell accepts it before this head, a word that ends compounds.
PROBE_HEAD = "plan"
LONG_MODIFIER = 6  # a known word this long may begin a compound unmarked ("burgerschap")


def known_compound(word: str, known: Known, depth: int = 3) -> bool:
    """Whether ``word`` (lower case) is known words joined, as Dutch compounds are.

    A split that is really a typo of one known word is refused: "vergaderring" (vergader +
    ring) is "vergadering" with an r too many, "jufrouw" (juf + rouw) "juffrouw" with an f
    too few, and no Dutch word has a letter three times in a row ("burgemeeester").
    """
    if not _splits(word, known, depth):
        return False
    return not _tripled(word) and not near_known(word, known)


def near_known(word: str, known: Known) -> bool:
    """Whether one cheap edit turns ``word`` into a known word: a doubled letter made
    single, a single consonant doubled, one letter dropped, or a linking s or n added."""
    candidates = set()
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            candidates.add(word[:i] + word[i + 1 :])
        elif word[i] not in "aeiou" and word[i].isalpha():
            candidates.add(word[:i] + word[i] + word[i:])
    candidates.update(word[:i] + word[i + 1 :] for i in range(1, len(word) - 1))
    # A linking letter too few: "geluidopnames" is "geluidsopnames", "pannekoek" "pannenkoek".
    candidates.update(word[:i] + link + word[i:] for i in range(2, len(word) - 2) for link in "sn")
    candidates.discard(word)
    return any(known(c) for c in candidates if len(c) > 3)


def _tripled(word: str) -> bool:
    return any(word[i] == word[i + 1] == word[i + 2] for i in range(len(word) - 2))


def _splits(word: str, known: Known, depth: int) -> bool:
    if depth < 2 or len(word) < 2 * MIN_PART:
        return False
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[cut:]
        if len(head) <= SHORT_HEAD and cut < MIN_MODIFIER_FOR_SHORT_HEAD:
            continue
        if not known(head):
            continue
        left = word[:cut]
        for link in LINKS:
            if link and not left.endswith(link):
                continue
            modifier = left[: len(left) - len(link)]
            if len(modifier) < MIN_PART:
                continue
            if _modifier(modifier, link, known, depth):
                return True
    return False


def _modifier(modifier: str, link: str, known: Known, depth: int) -> bool:
    """Whether ``modifier`` + ``link`` may begin a compound: OpenTaal says so, or it is a
    long known word or name ("burgerschap", "Heidelberg"), or itself a compound."""
    if link != "-" and known(modifier + link + PROBE_HEAD):
        return True
    if len(modifier) >= LONG_MODIFIER and (known(modifier) or known(modifier.capitalize())):
        return True
    return _splits(modifier, known, depth - 1)


def known_form(word: str, known: Known) -> bool:
    """The other ways a good word is missing from the dictionary (see the module doc)."""
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(_known_part(p, known) for p in parts)
    if "'" in word:
        base, _, ending = word.partition("'")
        return ending in ACRONYM_ENDINGS and (_acronym(base) or known(base))
    plain = word.translate(_EMPHASIS)
    if plain != word and known(plain):
        return True
    if plain != word and unicodedata.normalize("NFD", word) != word:
        return known(plain.lower())
    return known_compound(word.lower(), known)


def _known_part(part: str, known: Known) -> bool:
    if part.isdigit() or known(part):
        return True
    if _acronym(part):
        return not lower_case_acronym(part, known)
    return known_compound(part.lower(), known)


def lower_case_acronym(part: str, known: Known) -> bool:
    """ "HBO", "VMBO", "HAVO": capitals the dictionary writes in lower case only (hbo, vmbo,
    havo), so "HBO-opleiding" is a spelling error; "MMA", "GGD", "MBO" are not."""
    return part.isupper() and not known(part) and known(part.lower())


def has_lower_case_acronym(word: str, known: Known) -> bool:
    """Whether a hyphenated word has such a part ("HAVO-examen"): a typo, not a name."""
    return "-" in word and any(lower_case_acronym(p, known) for p in word.split("-") if p)


def _acronym(part: str) -> bool:
    """ "MMA", "HPV", "BHV": two to six capitals (or "hpv", "bhv": up to four letters)."""
    letters = part.replace(".", "")
    if not letters.isalpha():
        return False
    return (2 <= len(letters) <= 6 and letters.isupper()) or len(letters) <= 3
