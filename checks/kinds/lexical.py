"""Term-list entries the language layer found in a document, as kinds read them.

A kind names its lists once while the engine loads (:func:`require_lists`); at check time
:func:`term_hits` gives the entries found, with their spans in the text, in reading order.
Every list is looked up in the same single pass over the tokens, whoever asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checks.kinds.base import bad_rule, str_list
from checks.language.lexicon import DISGUISE, EXACT, LexMatch
from checks.pack_error import PackError
from checks.resources import Resources
from checks.rules import Rule
from checks.termlist import Term
from checks.text import Document


@dataclass(frozen=True, slots=True)
class TermHit:
    """An entry found in the text: its span, the entry, and how it was found."""

    start: int
    end: int
    term: Term
    how: int
    first: int  # token indexes
    last: int

    @property
    def exact(self) -> bool:
        return self.how == EXACT


def require_lists(
    rule: Rule, resources: Resources, param: str = "terms", *, required: bool = False
) -> tuple[str, ...]:
    """The term lists named by ``params.<param>``, read now so a mistake shows at load."""
    names = str_list(rule, param) if required else str_list(rule, param, ())
    require_named(rule, resources, names)
    return names


def require_named(rule: Rule, resources: Resources, names: Iterable[str]) -> None:
    try:
        resources.language.require(*names)
    except PackError as exc:
        if exc.line is not None:
            raise
        raise bad_rule(rule, f"names a term list that cannot be read: {exc}") from None


def term_hits(doc: Document, names: Iterable[str], *, disguised: bool = True) -> list[TermHit]:
    """Entries of the named lists in ``doc``, outermost only, in reading order."""
    lexicon = doc.language.lexicon
    annotation = doc.lexical
    tokens = doc.tokens
    found: list[TermHit] = []
    for name in names:
        for match in annotation.of_list(lexicon.list_ids[name]):
            if not disguised and match.how == DISGUISE:
                continue
            found.append(_hit(match, annotation.term(match), tokens[match.first].start, doc))
    return outermost(found)


def _hit(match: LexMatch, term: Term, start: int, doc: Document) -> TermHit:
    return TermHit(start, doc.tokens[match.last].end, term, match.how, match.first, match.last)


def outermost(hits: list[TermHit]) -> list[TermHit]:
    """Hits in reading order; a hit inside a longer one is dropped, an exact one wins a tie."""
    hits.sort(key=lambda h: (h.start, -h.end, h.how))
    kept: list[TermHit] = []
    for hit in hits:
        if kept and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return kept
