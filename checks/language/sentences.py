"""Sentences and paragraphs of a Dutch post: abbreviations and initials do not end one.

"Mw. J. de Vries", "leerling S. uit 3B", "bijv." and "o.a." stay inside their sentence, so
a rule sees a person and what is said about them together. Social-media habits count too: a
line break before a new line, or an emoji before a capital, ends a sentence; a sentence may
start in lower case. Linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from checks.pack_error import PackError

# A run of sentence punctuation (with closing quotes or brackets) before white space or the
# end, a line break, or an emoji followed by white space and a capital.
_CANDIDATE_RE = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s|$)"
    r"|\n"
    r"|[\U0001F000-\U0001FAFF\u2600-\u27BF](?:[\uFE0F\u200D\U0001F3FB-\U0001F3FF]"
    r"|(?<=\u200D)[\U0001F000-\U0001FAFF\u2600-\u27BF])*(?=[ \t]+[A-ZÀ-Ý])"
)
_PREVIOUS_WORD_RE = re.compile(r"[\w.'’\-]{1,24}$")
_DOTTED_LETTERS_RE = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_START_RE = re.compile(r"[ \t]*(?P<first>\S)")
_SENTENCE_END_CHARS = frozenset(".!?…:;\"'”’»)]")


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """Words after which a period does not end a sentence.

    ``may_end`` ones ("enz.", "etc.") do end it when a capital follows.
    """

    always: frozenset[str] = frozenset()
    may_end: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, lines: Iterable[str], origin: str) -> Abbreviations:
        always: set[str] = set()
        may_end: set[str] = set()
        for number, line in enumerate(lines, start=1):
            body = line.split("#", 1)[0].strip().lower()
            if not body:
                continue
            word, _, flag = body.partition(" ")
            word = word.rstrip(".")
            if not word or flag.strip() not in ("", "~end"):
                raise PackError(origin, number, f"'{line.strip()}' is not an abbreviation line")
            (may_end if flag.strip() == "~end" else always).add(word)
        return cls(frozenset(always), frozenset(may_end))


def split_sentences(text: str, abbreviations: Abbreviations) -> tuple[tuple[int, int], ...]:
    """Sentence spans ``(start, end)``, stripped of surrounding white space, none empty."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _CANDIDATE_RE.finditer(text):
        if not _ends_sentence(text, found, abbreviations):
            continue
        _add_stripped(spans, text, start, found.end())
        start = found.end()
    _add_stripped(spans, text, start, len(text))
    return tuple(spans)


def split_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph spans: text between blank lines, stripped."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _BLANK_LINE_RE.finditer(text):
        _add_stripped(spans, text, start, found.start())
        start = found.end()
    _add_stripped(spans, text, start, len(text))
    return tuple(spans)


def _ends_sentence(text: str, found: re.Match[str], abbreviations: Abbreviations) -> bool:
    mark = found.group()
    if mark == "\n":
        return _line_break_ends(text, found.start())
    if mark[0] not in ".!?…":
        return True  # an emoji before a capital
    following = _next_visible(text, found.end())
    if mark[0] in "!?":
        return True
    if mark.startswith(("..", "…")):
        return following == "" or following.isupper() or not following.isalpha()
    return _period_ends(text, found.start(), following, abbreviations)


def _period_ends(text: str, period: int, following: str, abbreviations: Abbreviations) -> bool:
    """Whether one period (after the word before ``period``) ends its sentence."""
    before = _PREVIOUS_WORD_RE.search(text, max(0, period - 24), period)
    if before is None:
        return True
    word = before.group().lstrip("'’-")
    lower = word.lower()
    if lower in abbreviations.always:
        return False
    if lower in abbreviations.may_end:
        return following.isupper()
    if len(word) == 1 and word.isalpha():
        return not word.isupper()  # an initial: "J. de Vries", "leerling S. uit 3B"
    if _DOTTED_LETTERS_RE.fullmatch(word):
        return False  # "o.a.", "i.v.m.", "t.z.t."
    if word.isdigit():
        return not (following.islower() or following.isdigit())
    return True


def _line_break_ends(text: str, position: int) -> bool:
    """A single line break ends a sentence unless the next line continues it in lower case."""
    following = _LINE_START_RE.match(text, position + 1)
    if following is None:
        return True
    first = following.group("first")
    if not first.islower():
        return True
    previous = text[:position].rstrip()
    return bool(previous) and (previous[-1] in _SENTENCE_END_CHARS or not previous[-1].isalnum())


def _next_visible(text: str, position: int) -> str:
    size = len(text)
    while position < size and text[position].isspace():
        position += 1
    return text[position] if position < size else ""


def _add_stripped(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
