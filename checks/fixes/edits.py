"""Text edits that keep a sentence whole: capitals, removal with its commas, the sentence after.

Every function takes the checked :class:`~checks.text.Document` and code-point offsets into
its text, and returns an :class:`Edit` (or a :class:`~checks.finding.Fix` with the
sentence as it reads before and after). Pure functions on plain data.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checks.finding import Fix, FixKind
from checks.text import Document

_CLAUSE_MARKS = ",;:–—"
_SENTENCE_MARKS = ".!?…"
_AFTER_REMOVED_START_RE = re.compile(r"[ \t]*[,;:–—]?[ \t]*")
_SPACES_RE = re.compile(r"[ \t]+")


class Edit(NamedTuple):
    """``text[start:end]`` becomes ``replacement``."""

    start: int
    end: int
    replacement: str


def sentence_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding ``start`` to the end of the one holding
    ``end``; the text's own bounds where no sentence holds them."""
    first = doc.sentence_index(start)
    last = doc.sentence_index(max(start, end - 1))
    begin = doc.sentences[first].start if first is not None else min(start, len(doc.text))
    finish = doc.sentences[last].end if last is not None else end
    return min(begin, start), max(finish, end)


def starts_sentence(doc: Document, position: int) -> bool:
    """Whether only marks (a quote, a dash, an emoji) stand between the sentence start and
    ``position``."""
    index = doc.sentence_index(position)
    if index is None:
        line_start = doc.text.rfind("\n", 0, position) + 1
        return not any(ch.isalnum() for ch in doc.text[line_start:position])
    lead = doc.text[doc.sentences[index].start : position]
    return not any(ch.isalnum() for ch in lead)


def first_letter_case(text: str, like: str) -> str:
    """``text`` with its first letter in the case of ``like``'s first letter."""
    model = next((ch for ch in like if ch.isalpha()), "A")  # "020 …" opens a sentence too
    index = next((i for i, ch in enumerate(text) if ch.isalpha()), -1)
    if index < 0:
        return text
    letter = text[index].upper() if model.isupper() else text[index].lower()
    return text[:index] + letter + text[index + 1 :]


def replacement_edit(doc: Document, start: int, end: int, replacement: str) -> Edit:
    """Put ``replacement`` in the place of ``start..end``: a sentence keeps the capital it
    began with, shouted words stay shouted; elsewhere the replacement keeps its own case."""
    original = doc.text[start:end]
    letters = [ch for ch in original if ch.isalpha()]
    shouted = len(letters) > 1 and all(ch.isupper() for ch in letters)
    if shouted and not any(ch.isdigit() for ch in original):  # "NL91 ABNA …" is a code
        replacement = replacement.upper()
    elif starts_sentence(doc, start):
        replacement = first_letter_case(replacement, original)
    return Edit(start, end, replacement)


def removal_edit(doc: Document, start: int, end: int) -> Edit | None:
    """Take ``start..end`` out with the space and comma that belonged to it ("weghalen").

    None when nothing of its sentence would be left: then the sentence itself should go.
    """
    text = doc.text
    if start > 0 and end < len(text) and text[start - 1] in "([" and text[end] in ")]":
        start, end = start - 1, end + 1
    if starts_sentence(doc, start):
        return _removed_at_sentence_start(doc, start, end)
    before, after = text[:start], text[end:]
    stripped_after = after.lstrip(" \t")
    stripped_before = before.rstrip(" \t")
    if stripped_before.endswith(tuple(_CLAUSE_MARKS)) and (
        not stripped_after or stripped_after[0] in _SENTENCE_MARKS + _CLAUSE_MARKS + "\n"
    ):
        # "Wat knap gedaan, Quirijn!" -> "Wat knap gedaan!"; "Ja, verdomme, dat" -> "Ja, dat"
        return Edit(len(stripped_before) - 1, end + (len(after) - len(stripped_after)), "")
    if after[:1] in " \t":
        return Edit(start, end + _SPACES_RE.match(after).end(), "")  # type: ignore[union-attr]
    if before[-1:] in (" ", "\t"):
        return Edit(len(stripped_before), end, "")
    return Edit(start, end, "")


def _removed_at_sentence_start(doc: Document, start: int, end: int) -> Edit | None:
    text = doc.text
    index = doc.sentence_index(start)
    sentence_end = doc.sentences[index].end if index is not None else len(text)
    glue = _AFTER_REMOVED_START_RE.match(text, end)
    rest_start = glue.end() if glue else end
    rest = text[rest_start:sentence_end]
    if not any(ch.isalnum() for ch in rest):
        return None  # "Shit!": nothing of the sentence is left
    first_letter = rest_start + next(i for i, ch in enumerate(rest) if ch.isalnum())
    if not text[rest_start:first_letter].strip(" \t"):
        capital = first_letter_case(text[first_letter], text[start:end])
        return Edit(start, first_letter + 1, text[rest_start:first_letter] + capital)
    return Edit(start, rest_start, "")


def sentence_removal_edit(doc: Document, position: int) -> Edit:
    """Take out the whole sentence around ``position``, and the space after it (or, at the
    end of a paragraph, the space before it)."""
    text = doc.text
    start, end = sentence_bounds(doc, position, position + 1)
    trailing = _SPACES_RE.match(text, end)
    if trailing and trailing.end() < len(text) and text[trailing.end()] != "\n":
        return Edit(start, trailing.end(), "")
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return Edit(start, end, "")


def free_standing(doc: Document, start: int, end: int) -> bool:
    """Whether the words stand free: between the sentence start or a comma and a comma or
    the sentence end, so the sentence reads well without them."""
    text = doc.text
    left = text[:start].rstrip(" \t")
    right = text[end:].lstrip(" \t")
    _, sentence_end = sentence_bounds(doc, start, end)
    left_free = starts_sentence(doc, start) or left[-1:] in tuple(_CLAUSE_MARKS + "(\n")
    right_free = not right or right[0] in _CLAUSE_MARKS + _SENTENCE_MARKS + ")\n"
    return left_free and (right_free or end >= sentence_end)


def make_fix(doc: Document, edit: Edit, kind: FixKind = FixKind.REPLACE) -> Fix:
    """The :class:`Fix` for ``edit``, with its sentence as it reads before and after."""
    text = doc.text
    first, last = sentence_bounds(doc, edit.start, max(edit.start, edit.end))
    first = min(first, edit.start)
    last = max(last, edit.end)
    head, tail = text[first : edit.start], text[edit.end : last]
    before = text[first:last]
    after = head + edit.replacement + tail
    lead = len(after) - len(after.lstrip())
    new_start = max(0, len(head) - lead)
    return Fix(
        start=edit.start,
        end=edit.end,
        original=text[edit.start : edit.end],
        replacement=edit.replacement,
        kind=kind,
        before=" ".join(before.split()),
        after=after.strip(),
        after_start=new_start,
        after_end=min(len(after.strip()), new_start + len(edit.replacement)),
    )
