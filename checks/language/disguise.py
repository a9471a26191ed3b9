"""Undisguised readings of a token: "h44t" → "haat", "kuuut" → "kut"/"kuut", "k.u.t" → "kut".

Masks ("k*t", "f**k", "k#t") cannot be undone by a rule; :func:`mask_pattern` turns such a
token into a pattern that the lexicon tests against the forms it knows. Spaced letters
("k u t", "h-a-a-t") span several tokens; :func:`spaced_runs` finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import product

from checks.language.tokens import DOTTED, MASKED, WORD, Token

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
    | {"€": "e", "9": "g", "!": "i"}
)
_LEET_L = str.maketrans({"1": "l", "!": "l"})
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")
_MASK_RUN_RE = re.compile(r"[*#@$€!]+")
_SPACED_GAPS = frozenset(" .-*_·")
_SPELLED_OUT_RE = re.compile(r"(?:[^\W\d_][-_·])+[^\W\d_]")
_SPELLED_OUT_GAPS_RE = re.compile(r"[-_·]")


def readings(token: Token) -> list[str]:
    """Plausible plain spellings of a disguised word token, best first (not the form itself)."""
    norm = token.norm
    found: list[str] = []
    if token.flags & DOTTED:
        found.append(norm.replace(".", ""))
    if _SPELLED_OUT_RE.fullmatch(norm):
        found.append(_SPELLED_OUT_GAPS_RE.sub("", norm))
    if any(ch.isdigit() or ch in "@$€!" for ch in norm):
        plain = norm.translate(_LEET_L).translate(_LEET)
        found.extend((norm.translate(_LEET), plain))
    for candidate in list(found) or [norm]:
        if _STRETCH_RE.search(candidate):
            found.extend((_STRETCH_RE.sub(r"\1\1", candidate), _STRETCH_RE.sub(r"\1", candidate)))
    return [r for r in dict.fromkeys(found) if r != norm and r.isalpha()]


def short_leet_reading(norm: str) -> str:
    """ "3r" → "er", "j3" → "je", "4f" → "af": a word of two or three characters with one
    digit for a letter. On its own it may be a class code ("3b"), so the caller reads it only
    beside a word that is surely written in leet; ``""`` when it is no such word."""
    if not 2 <= len(norm) <= 3 or sum(ch.isdigit() for ch in norm) != 1:
        return ""
    if not any(ch.isalpha() for ch in norm):
        return ""
    reading = norm.translate(_LEET)
    return reading if reading.isalpha() else ""


def mask_pattern(token: Token) -> re.Pattern[str] | None:
    """A pattern for a masked word ("k*t" → ``k[a-z]t``), or None when it hides too much."""
    if not token.flags & MASKED:
        return None
    norm = token.norm
    letters = sum(ch.isalpha() for ch in norm)
    if letters < 2 or not norm[0].isalpha():
        return None
    parts = []
    for piece in re.split(r"([*#@$€!]+)", norm):
        if not piece:
            continue
        if _MASK_RUN_RE.fullmatch(piece):
            size = len(piece)
            low, high = (1, size + 2) if size >= 3 else (size, size + 1)  # "t*ten": "ie"
            parts.append(f"[^\\W\\d_]{{{low},{high}}}")
        else:
            parts.append(re.escape(piece))
    return re.compile("".join(parts))


def vowel_readings(norm: str, limit: int = 2) -> Iterator[str]:
    """A masked word with each mask read as a vowel ("k*twijf" → "kutwijf", "katwijf", …):
    masks mostly hide vowels. At most ``limit`` masked letters."""
    masks = [i for i, ch in enumerate(norm) if ch in "*#@$€!"]
    if not masks or len(masks) > limit:
        return
    for letters in product("aeiouy", repeat=len(masks)):
        chars = list(norm)
        for position, letter in zip(masks, letters, strict=True):
            chars[position] = letter
        yield "".join(chars)


def spaced_runs(tokens: Sequence[Token], text: str) -> Iterator[tuple[int, int, str]]:
    """``(first, last, letters)`` for three or more single letters with one gap character
    between them ("k u t", "h-a-a-t"): a word spelled out to slip past a filter."""
    run: list[int] = []
    for index, token in enumerate(tokens):
        single = token.kind == WORD and len(token.norm) == 1 and token.norm.isalpha()
        if single and run:
            previous = tokens[run[-1]]
            gap = text[previous.end : token.start]
            if len(gap) == 1 and gap in _SPACED_GAPS:
                run.append(index)
                continue
        if len(run) >= 3:
            yield run[0], run[-1], "".join(tokens[i].norm for i in run)
        run = [index] if single else []
    if len(run) >= 3:
        yield run[0], run[-1], "".join(tokens[i].norm for i in run)
