"""The ``photo_consent`` kind: a photo or video of a pupil whose parents did not agree to
that use (AVG, guideline 3).

It fires only when the post has an attachment of a kind in ``params.media`` and the context
carries the school's consent register (:class:`checks.consent.ConsentBook`). Pupils count
as pictured when the author marked them (``CheckContext.pictured``) or when the post names
them: a full name from the register, or a capitalised first name of a registered pupil
(a first name that is also a word, "Roos", only with the surname).

Parameters:
    uses        table channel -> the use it needs consent for; ``default`` for the rest
                (default: every channel is ``social_media``)
    use_labels  table use -> its Dutch words for the message ("sociale media")
    media       the attachment kinds that picture someone; default ["image", "video"]

The message may use ``{pupil}`` and ``{use}``. Sure (the rule's severity) for a full name
or a pupil the author marked; one step milder for a first name shared by several pupils or a
marked name the register does not know.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache

from checks.consent import ConsentBook, ConsentRecord, name_key
from checks.context import CheckContext
from checks.kinds.base import bad_rule, mapping, str_list
from checks.kinds.roster_index import FULL, RosterIndex
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

DEFAULT_USE = "social_media"


@lru_cache(maxsize=4)
def _index(book: ConsentBook) -> RosterIndex:
    """One name index per register (a book hashes by identity: built once per import)."""
    return RosterIndex(book.roster)


def build_photo_consent(rule: Rule, resources: Resources) -> Matcher:
    """Flag pictured pupils without consent for the channel's use."""
    uses = _text_table(rule, "uses")
    labels = _text_table(rule, "use_labels")
    media = frozenset(str_list(rule, "media", ("image", "video")))
    words = frozenset(t.text for t in resources.term_list("confidential/names_also_words").terms)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        book = ctx.consent
        if not book or not media.intersection(ctx.media):
            return
        use = uses.get(ctx.channel, uses.get("default", DEFAULT_USE))
        reported: set[ConsentRecord] = set()
        for start, end, found, sure in _named(doc, book, words):
            yield from _judge(rule, found, sure, use, labels, start, end, reported)
        for name in ctx.pictured:
            found = book.find(name)
            if not found:
                yield _unknown(rule, name, use, labels)
                continue
            yield from _judge(rule, found, len(found) == 1, use, labels, 0, 0, reported)

    return match


def _text_table(rule: Rule, name: str) -> Mapping[str, str]:
    table = mapping(rule, name)
    if not all(isinstance(v, str) for v in table.values()):
        raise bad_rule(rule, f"'params.{name}' must map names to text")
    return table


def _named(
    doc: Document, book: ConsentBook, words: frozenset[str]
) -> Iterator[tuple[int, int, tuple[ConsentRecord, ...], bool]]:
    """(start, end, the pupils it may be, sure) for each registered name in the text."""
    for found in _index(book).find(doc):
        written = doc.text[found.start : found.end]
        if found.form == FULL:
            yield found.start, found.end, book.by_full_name.get(name_key(written), ()), True
        elif written[:1].isupper() and name_key(written) not in words:
            pupils = book.by_first_name.get(name_key(written), ())
            yield found.start, found.end, pupils, len(pupils) == 1


def _judge(
    rule: Rule,
    pupils: tuple[ConsentRecord, ...],
    sure: bool,
    use: str,
    labels: Mapping[str, str],
    start: int,
    end: int,
    reported: set[ConsentRecord],
) -> Iterator[Hit]:
    without = [p for p in pupils if not p.allows(use) and p not in reported]
    if not without:
        return  # every pupil it can be agreed to this use
    reported.update(without)
    who = " of ".join(_who(p) for p in without)
    yield Hit(
        start,
        end,
        message=rule.message.format(pupil=who, use=labels.get(use, use)),
        message_en=rule.message_en.format(pupil=who, use=use.replace("_", " ")),
        severity_shift=0 if sure else -1,
    )


def _who(pupil: ConsentRecord) -> str:
    if not pupil.group:
        return pupil.full_name
    group = f"groep {pupil.group}" if pupil.group.isdigit() else pupil.group
    return f"{pupil.full_name} ({group})"


def _unknown(rule: Rule, name: str, use: str, labels: Mapping[str, str]) -> Hit:
    return Hit(
        0,
        0,
        message=f"'{name}' staat niet in het toestemmingsregister. Vraag na of de ouders "
        f"toestemming gaven voor {labels.get(use, use)} voordat je de foto plaatst.",
        message_en=f"'{name}' is not in the photo-consent register. Check that the parents "
        f"agreed to {use.replace('_', ' ')} before you post the photo.",
        severity_shift=-1,
    )


KINDS = {"photo_consent": build_photo_consent}
