"""Tokens of a post: words, numbers, links, handles, hashtags, emoji and punctuation.

Each token keeps its code-point span and a normalised form: lower case, ’ as ', zero-width
characters and soft hyphens removed, full-width and mathematical letters folded (NFKC) and
look-alike letters from other scripts folded to Latin ("кut" → "kut"). Masks ("k*t"), digits
for letters ("h44t") and stretched letters ("kuuut") stay in the form and are flagged; the
lexicon tries their undisguised readings (:mod:`checks.language.disguise`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from checks.pack_error import PackError

# Token kinds
WORD, NUMBER, PUNCT, SYMBOL, LINK, EMAIL, HANDLE, HASHTAG = range(1, 9)
PROSE_KINDS = frozenset((WORD, NUMBER, HASHTAG))

# Token flags
CAPITALISED = 1  # first letter upper case
ALL_CAPS = 2  # two or more letters, all upper case
# a disguise was undone or is present: masks, digits, stretches, look-alikes, and three or
# more letters spelled out with hyphens ("h-a-a-t")
DISGUISED = 4
MASKED = 8  # letters hidden behind * # @ $ € !
DOTTED = 16  # single letters with periods: "o.a.", "k.u.t"
UNDISGUISED = 32  # the norm is the plain reading of a disguised word ("d00d" → "dood")

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_TABLE = str.maketrans("", "", _ZERO_WIDTH)
_MASK_CHARS = "*#@$€!"

_URL = r"(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]"
_EMAIL = r"(?<![\w.+-])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])"
_HANDLE = r"(?<![\w@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:@[\w.-]+)?"
_HASHTAG = r"(?<![\w#])#[^\W_]\w*"
_ZW = f"[{_ZERO_WIDTH}]"
# A word: letters and digits, joined inside by ' ’ - and zero-width characters; masks inside
# ("f*ck", "sh!t", "k#t") and at the end ("k**"); or single letters with periods ("o.a.").
_WORD = (
    r"(?:[^\W\d_]\.){2,}(?:[^\W\d_](?![\w])\.?)?"
    r"|['’][stn](?![\w'’])"
    rf"|[^\W_](?:[^\W_]|{_ZW}+(?=[^\W_])|[*#@$€]+(?=[^\W_])|!(?=[a-zà-ÿ])"
    r"|['’\-](?=[^\W_]))*(?:[*#]+(?![\w*#]))?"
)
_EMOJI = (
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B00-\u2BFF]"
    r"(?:[\uFE0F\U0001F3FB-\U0001F3FF\U000E0020-\U000E007F\u20E3]"
    r"|\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF])*"
)
TOKEN_RE = re.compile(
    rf"(?P<link>{_URL})|(?P<email>{_EMAIL})|(?P<handle>{_HANDLE})|(?P<hashtag>{_HASHTAG})"
    rf"|(?P<word>{_WORD})|(?P<emoji>{_EMOJI})|(?P<punct>(?P<mark>[!?.,;:…\-–—])(?P=mark)*|\S)",
    re.IGNORECASE,
)
_GROUP_KIND = {"link": LINK, "email": EMAIL, "handle": HANDLE, "hashtag": HASHTAG}
_LEET_DIGITS = frozenset("013457@$€")
_STRETCH_RE = re.compile(r"([^\W\d_])\1\1")
_SPELLED_OUT_RE = re.compile(r"(?:[^\W\d_]-){2,}[^\W\d_]")  # "h-a-a-t": letter by letter


class Token(NamedTuple):
    """One token: the text as typed, its normalised form, span, kind and flags.

    A named tuple: a long post has thousands and they are made on every check.
    """

    text: str
    norm: str
    start: int
    end: int
    kind: int
    flags: int

    @property
    def is_word(self) -> bool:
        return self.kind == WORD


@dataclass(frozen=True, slots=True)
class LookAlikes:
    """Letters of other scripts folded to the Latin letter they imitate."""

    table: Mapping[int, str]

    @classmethod
    def parse(cls, lines: Iterable[str], origin: str) -> LookAlikes:
        table: dict[int, str] = {}
        for number, line in enumerate(lines, start=1):
            body = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
            if not body:
                continue
            parts = body.split()
            if len(parts) != 2 or len(parts[0]) != 1:
                raise PackError(origin, number, f"'{body}' is not 'look-alike latin'")
            table[ord(parts[0])] = parts[1]
        return cls(table)

    def fold(self, word: str) -> str:
        return word.translate(self.table)


def tokenize(text: str, look_alikes: LookAlikes) -> tuple[Token, ...]:
    """Every token of ``text`` in order; white space is not a token."""
    tokens: list[Token] = []
    append, make = tokens.append, tuple.__new__
    for found in TOKEN_RE.finditer(text):
        group = found.lastgroup
        start, end = found.span()
        raw = text[start:end]
        if group == "word":
            norm, flags, kind = _word(raw, look_alikes)
        elif group == "emoji":
            norm, flags, kind = raw, 0, SYMBOL
        elif group == "punct":
            norm, flags, kind = raw.replace("’", "'"), 0, PUNCT
        elif group == "hashtag":
            norm, flags = _word(raw[1:], look_alikes)[:2]
            kind = HASHTAG
        else:
            norm, flags, kind = raw.lower(), 0, _GROUP_KIND[group or "link"]
        append(make(Token, (raw, norm, start, end, kind, flags)))
    return tuple(tokens)


def _word(raw: str, look_alikes: LookAlikes) -> tuple[str, int, int]:
    """The normalised form, flags and kind of a word-like token."""
    flags = _case_flags(raw)
    if raw.isascii() and raw.isalpha():
        if len(raw) > 2 and _STRETCH_RE.search(raw):
            flags |= DISGUISED
        return raw.lower(), flags, WORD
    norm = raw
    if not raw.isascii():
        norm = norm.translate(_ZERO_WIDTH_TABLE)
        norm = unicodedata.normalize("NFKC", norm) if not norm.isascii() else norm
        norm = norm.lower().replace("’", "'")
        if not norm.isascii():
            folded = _fold_look_alikes(norm, look_alikes)
            flags |= DISGUISED if folded != norm else 0
            norm = folded
        if norm != raw.lower().replace("’", "'"):
            flags |= DISGUISED
        flags |= _case_flags(norm) if not raw[:1].isalpha() else 0
    else:
        norm = raw.lower()
    if not any(ch.isalpha() for ch in norm):
        return norm, flags, NUMBER
    if any(ch in _MASK_CHARS for ch in norm):
        flags |= MASKED | DISGUISED
    elif "." in norm:
        flags |= DOTTED
    elif _leet_like(norm) or _STRETCH_RE.search(norm) or _SPELLED_OUT_RE.fullmatch(norm):
        flags |= DISGUISED
    return norm, flags, WORD


def _case_flags(raw: str) -> int:
    if raw.isalpha():  # the common case, without a loop in Python
        if not raw[0].isupper():
            return 0
        return CAPITALISED | ALL_CAPS if len(raw) >= 2 and raw.isupper() else CAPITALISED
    first = next((ch for ch in raw if ch.isalpha()), "")
    flags = CAPITALISED if first.isupper() else 0
    letters = [ch for ch in raw if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        flags |= ALL_CAPS
    return flags


def _fold_look_alikes(norm: str, look_alikes: LookAlikes) -> str:
    """Fold look-alikes in a word that mixes them with Latin letters, or is made of them."""
    has_latin = any("a" <= ch <= "z" for ch in norm)
    foreign = [ch for ch in norm if ch.isalpha() and not ch.isascii()]
    if not foreign:
        return norm
    if has_latin or all(ord(ch) in look_alikes.table for ch in foreign):
        return look_alikes.fold(norm)
    return norm


def _leet_like(norm: str) -> bool:
    """Digits standing for letters inside a word ("h44t"), not a code ("3b", "2de", "mp3")."""
    letters = [i for i, ch in enumerate(norm) if ch.isalpha()]
    if len(letters) < 2:
        return False
    return any(ch in _LEET_DIGITS for ch in norm[letters[0] : letters[-1]])
