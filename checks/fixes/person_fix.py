"""The ``person`` fix: a pupil's whole name becomes "een leerling", keeping the class named.

"Artis! Mohammed El Amrani uit groep 3 was …" → "Artis! Een leerling uit groep 3 was …";
"Mohammed (klas 2b) scoorde" → "Een leerling uit klas 2b scoorde"; "groep 6-leerling Sanne"
→ "een leerling uit groep 6"; a greeting loses the name ("Gefeliciteerd, Quirijn!" →
"Gefeliciteerd!"). The name is widened over its first name, prefixes ("van", "de", "El")
and surname, whichever part the finding covered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.finding import Fix, FixKind
from checks.fixes.edits import make_fix, removal_edit, replacement_edit
from checks.fixes.spec import FixSpec
from checks.kinds.persons import GROUP, PersonCues
from checks.language.mentions import INFIXES
from checks.language.tokens import ALL_CAPS, CAPITALISED, WORD, Token
from checks.text import Document

PUPIL_TITLES = frozenset(("leerling", "leerlinge", "scholier", "scholiere", "kleuter"))
DETERMINERS = frozenset(("de", "het", "een", "onze", "ons", "mijn", "m'n", "deze", "die"))
GREETINGS = frozenset(
    [
        "gefeliciteerd",
        "proficiat",
        "hoi",
        "hallo",
        "hey",
        "hee",
        "beste",
        "lieve",
        "dag",
        "welkom",
        "bedankt",
        "dankjewel",
        "succes",
        "bravo",
        "knap",
        "top",
        "hoera",
        "hiep",
        "dankje",
    ]
)
_GROUP_BEFORE_RE = re.compile(rf"(?P<group>{GROUP})\s*-\s*(?i:leerlinge?|scholiere?|kleuter)\s+$")
_GROUP_AFTER_BRACKETS_RE = re.compile(rf"\s*\(\s*(?P<group>{GROUP})\s*\)")
_GROUP_AFTER_COMMA_RE = re.compile(rf"\s*,\s*(?P<group>{GROUP})(?=\s*[,.!?;:]|\s*$)")
_POSSESSIVE_RE = re.compile(r"['’]s\b")


@dataclass(frozen=True, slots=True)
class PersonFix:
    fixes: tuple[Fix, ...]
    pupil: str  # the words the fix writes ("een leerling uit groep 3"), for the message
    pupil_en: str


def person_fix(doc: Document, start: int, end: int, spec: FixSpec, cues: PersonCues) -> PersonFix:
    """The fix for a name at ``start..end`` (all of it or a part)."""
    pupil = spec.word("pupil", "een leerling")
    pupil_en = spec.word("pupil_en", "a pupil")
    first, last = _name_tokens(doc, start, end, cues)
    tokens = doc.tokens
    name_start, name_end = tokens[first].start, tokens[last].end
    group, name_start, name_end = _group_beside(doc, name_start, name_end)
    in_text_group = group or _group_named_after(doc, name_end)
    if group:
        group = group[:1].lower() + group[1:]  # "Groep 6-leerling" → "… uit groep 6"
        pupil = spec.word("pupil_group", "een leerling uit {group}").replace("{group}", group)
    shown_group = in_text_group
    pupil_en_shown = (
        spec.word("pupil_group_en", "a pupil from {group}").replace("{group}", shown_group)
        if shown_group
        else pupil_en
    )
    message_pupil = (
        spec.word("pupil_group", "een leerling uit {group}").replace("{group}", shown_group)
        if shown_group
        else pupil
    )
    if _possessive(doc, name_start, name_end):
        return PersonFix((), message_pupil, pupil_en_shown)
    if _greeted(doc, first, name_start, name_end):
        removal = removal_edit(doc, name_start, name_end)
        fixes = (make_fix(doc, removal, FixKind.REMOVE),) if removal else ()
        return PersonFix(fixes, message_pupil, pupil_en_shown)
    name_start = _with_title(doc, name_start)
    edit = replacement_edit(doc, name_start, name_end, pupil)
    return PersonFix((make_fix(doc, edit),), message_pupil, pupil_en_shown)


def _name_like(token: Token, cues: PersonCues) -> bool:
    return (
        token.kind == WORD
        and bool(token.flags & CAPITALISED)
        and not token.flags & ALL_CAPS
        and cues.is_name(token.text)
    )


def _name_tokens(doc: Document, start: int, end: int, cues: PersonCues) -> tuple[int, int]:
    """The token range of the whole name around ``start..end``, within its sentence."""
    tokens = doc.tokens
    first, stop = doc.token_range(start, end)
    last = max(first, stop - 1)
    sentence = doc.sentence_index(start)
    lower_bound = doc.sentence_tokens[sentence][0] if sentence is not None else 0
    upper_bound = doc.sentence_tokens[sentence][1] if sentence is not None else len(tokens)
    while first > lower_bound:
        previous = tokens[first - 1]
        if previous.kind == WORD and previous.norm in INFIXES and first - 2 >= lower_bound:
            if _name_like(tokens[first - 2], cues):
                first -= 2
                continue
            break
        if _name_like(previous, cues) and not _sentence_initial_word(doc, first - 1, cues):
            first -= 1
            continue
        break
    position = last + 1
    while position < upper_bound:
        token = tokens[position]
        if token.kind == WORD and token.norm in INFIXES:
            ahead = position
            while ahead < upper_bound and tokens[ahead].norm in INFIXES:
                ahead += 1
            if ahead < upper_bound and _name_like(tokens[ahead], cues):
                last = position = ahead
                position += 1
                continue
            break
        if _name_like(token, cues) and token.start == tokens[position - 1].end + 1:
            last = position
            position += 1
            continue
        break
    return first, last


def _sentence_initial_word(doc: Document, index: int, cues: PersonCues) -> bool:
    """A capitalised first word of a sentence that is not a known first name ("Gisteren")."""
    token = doc.tokens[index]
    return index in doc.sentence_starts and token.norm not in cues.first_names


def _group_beside(doc: Document, start: int, end: int) -> tuple[str, int, int]:
    """A class written around the name in brackets, after a comma or as "groep 6-leerling"
    before it: the fix takes it in and names it ("een leerling uit klas 2b")."""
    text = doc.text
    after = _GROUP_AFTER_BRACKETS_RE.match(text, end) or _GROUP_AFTER_COMMA_RE.match(text, end)
    if after:
        return after.group("group"), start, after.end()
    before = _GROUP_BEFORE_RE.search(text, max(0, start - 40), start)
    if before:
        return before.group("group"), before.start(), end
    return "", start, end


def _group_named_after(doc: Document, end: int) -> str:
    """A class right after the name that the text keeps ("… uit groep 3")."""
    found = re.match(rf"\s*(?:uit|van|in)\s+(?:de\s+)?(?P<group>{GROUP})", doc.text[end:])
    return found.group("group") if found else ""


def _title_start(doc: Document, start: int) -> int:
    """Where "leerling" (or "onze leerling") before the name starts; ``start`` if none."""
    first, _ = doc.token_range(start, start)
    tokens = doc.tokens
    if first > 0 and tokens[first - 1].norm.split("-")[-1] in PUPIL_TITLES:
        first -= 1
        if first > 0 and tokens[first - 1].norm in DETERMINERS:
            first -= 1
        return tokens[first].start
    return start


def _with_title(doc: Document, start: int) -> int:
    return _title_start(doc, start)


def _possessive(doc: Document, start: int, end: int) -> bool:
    """ "Sanne's moeder": the fix would need a new sentence; none is offered."""
    return doc.text[start:end].endswith(("'s", "’s")) or bool(_POSSESSIVE_RE.match(doc.text, end))


def _greeted(doc: Document, first: int, start: int, end: int) -> bool:
    """The name is said to the pupil ("Gefeliciteerd Quirijn!", "Wat knap, Quirijn!")."""
    tokens = doc.tokens
    text = doc.text
    rest = text[end:].lstrip(" \t")
    ends_clause = not rest or rest[0] in ".!?,\n"
    if first > 0 and tokens[first - 1].norm in GREETINGS and ends_clause:
        return True
    return text[:start].rstrip(" \t").endswith(",") and (not rest or rest[0] in ".!?\n")
