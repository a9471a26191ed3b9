"""Every term list the rules use, found in a post's tokens in one pass.

Each list entry is expanded once into its word forms (:mod:`checks.language.inflection`, by
the list's word class), and a post's tokens are looked up by their normalised form: one dict
lookup a token. Besides whole forms, an entry is found

* as part of a compound where its list allows it ("klassensukkel": head; "kutweer": modifier),
  unless the whole word is a Dutch word of its own ("longkanker", "vertering") or a name;
* as a phrase over several tokens ("niet verder vertellen", "af te maken");
* as a separable verb whose particle stands apart in the same sentence ("maak ... af");
* behind a disguise: digits, stretched letters, masks, dotted or spaced letters.

The result, an :class:`Annotation`, says for every token which entries start there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from checks.language.disguise import mask_pattern, readings, spaced_runs, vowel_readings
from checks.language.inflection import (
    SEPARABLE_PARTICLES,
    IrregularForms,
    adjective_forms,
    noun_forms,
    phrase_forms,
    verb_forms,
)
from checks.language.tokens import (
    ALL_CAPS,
    CAPITALISED,
    DISGUISED,
    DOTTED,
    HASHTAG,
    NUMBER,
    PUNCT,
    SYMBOL,
    UNDISGUISED,
    WORD,
    Token,
)
from checks.termlist import Term, TermList

# How an entry was found
EXACT, FORM, COMPOUND, DISGUISE, SPLIT = range(5)
HOW_NAMES = ("exact", "form", "compound", "disguise", "split")

_LEXICAL_KINDS = frozenset((WORD, HASHTAG, SYMBOL, NUMBER))
_MIN_PART = 3
_VOWEL_RE = re.compile(r"[aeiouyáéíóúàèëïöü]")
_CLAUSE_STOP = frozenset((";", ":", "(", ")", "—", "–"))
_SPLIT_REACH = 12


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One entry of one list, as the lexicon knows it."""

    list_id: int
    list_name: str
    term: Term


class LexMatch(NamedTuple):
    """An entry found on tokens ``first``..``last`` (inclusive); ``particle`` is the token
    index of a separable verb's particle standing apart, or -1."""

    first: int
    last: int
    entry: int
    how: int
    particle: int = -1


@dataclass(frozen=True, slots=True)
class _Part:
    """A form that may stand inside a compound: as its head, its modifier, or with any
    ending or beginning (a ``kut*`` / ``*kop`` entry)."""

    entry: int
    head: bool
    modifier: bool
    any_end: bool
    any_start: bool


class Annotation:
    """Which entries a document's tokens hold, by token and by list."""

    def __init__(
        self,
        matches: list[LexMatch],
        entries: Sequence[LexEntry],
        participles: AbstractSet[tuple[str, int]] = frozenset(),
        tokens: Sequence[Token] = (),
    ) -> None:
        matches.sort(key=lambda m: (m.first, -m.last, m.how))
        self.matches = matches
        self.entries = entries
        self.participles = participles
        self._by_list: dict[int, list[LexMatch]] = {}
        self._starting: dict[int, list[LexMatch]] = {}
        self.tokens = tokens
        self._index: dict[str | int | tuple[int, str], list[int]] | None = None
        for match in matches:
            self._by_list.setdefault(entries[match.entry].list_id, []).append(match)
            self._starting.setdefault(match.first, []).append(match)

    def of_list(self, list_id: int) -> list[LexMatch]:
        return self._by_list.get(list_id, [])

    def starting_at(self, token: int) -> list[LexMatch]:
        return self._starting.get(token, [])

    def term(self, match: LexMatch) -> Term:
        return self.entries[match.entry].term

    def positions(self, key: str | int | tuple[int, str]) -> list[int]:
        """The tokens, in order, where a word with ``key`` stands: its form (a str), a list
        one of its entries belongs to (the list id) or that entry (list id, entry text).
        Built on first use, for pattern matching."""
        if self._index is None:
            self._index = self._key_index()
        return self._index.get(key, _NOWHERE)

    def _key_index(self) -> dict[str | int | tuple[int, str], list[int]]:
        index: dict[str | int | tuple[int, str], list[int]] = {}
        for position, token in enumerate(self.tokens):
            index.setdefault(token.norm, []).append(position)
        entries = self.entries
        for match in self.matches:  # sorted by first token
            entry = entries[match.entry]
            for key in (entry.list_id, (entry.list_id, entry.term.text)):
                places = index.setdefault(key, [])
                if not places or places[-1] != match.first:
                    places.append(match.first)
        return index


_NOWHERE: list[int] = []


def _inside(tokens: Sequence[Token], phrase: tuple[str, ...], first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` lie inside an occurrence of ``phrase``."""
    size = len(phrase)
    for start in range(max(0, last - size + 1), first + 1):
        if start + size <= len(tokens) and all(
            tokens[start + i].norm == word for i, word in enumerate(phrase)
        ):
            return True
    return False


_WORD_CACHE_SIZE = 200_000


class _WordEntries(NamedTuple):
    whole: tuple[tuple[int, int], ...]  # (entry, how) of the entries the word is a form of
    parts: tuple[int, ...]  # entries it holds as a compound part


class TokenLexicon:
    """The named term lists, expanded into word forms and compiled for lookup."""

    def __init__(
        self,
        lists: Mapping[str, TermList],
        irregular: IrregularForms,
        is_known_word: Callable[[str], bool],
    ) -> None:
        self.list_ids = {name: index for index, name in enumerate(sorted(lists))}
        self.lists = [lists[name] for name in sorted(lists)]
        self.entries: list[LexEntry] = []
        self._single: dict[str, list[tuple[int, int]]] = {}
        # phrases by their first two words → (the words after the first, entry, how)
        self._phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], int, int]]] = {}
        # (word, capitalised inside a sentence) → the entries the word is, and holds as parts
        self._word_cache: dict[tuple[str, bool, bool], _WordEntries] = {}
        self._capital_only = [terms.case == "capitalised" for terms in self.lists]
        # "!wat een lol": an exception of several words keeps the list out of those words
        self._phrase_exceptions = {
            list_id: [tuple(e.split()) for e in sorted(terms.exceptions) if " " in e]
            for list_id, terms in enumerate(self.lists)
            if any(" " in e for e in terms.exceptions)
        }
        # finite form → (entry, the words that stand apart later in the clause)
        self._split: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self._parts: dict[str, list[_Part]] = {}
        self._finite: dict[str, set[int]] = {}  # finite forms of verbs without a particle
        self.participles: set[tuple[str, int]] = set()  # (form, entry) of past participles
        self._is_known_word = is_known_word
        for list_id, terms in enumerate(self.lists):
            for term in terms.terms:
                self._add_entry(LexEntry(list_id, terms.name, term), terms, irregular)
        self._automaton = _automaton(self._parts)
        self._phrase_starts = frozenset(first for first, _ in self._phrases)
        self._by_length: dict[tuple[str, int], list[str]] = {}
        for form in self._single:
            if form[:1].isalpha():
                self._by_length.setdefault((form[0], len(form)), []).append(form)

    # Building ------------------------------------------------------------------------------

    def _add_entry(self, entry: LexEntry, terms: TermList, irregular: IrregularForms) -> None:
        index = len(self.entries)
        self.entries.append(entry)
        term = entry.term
        words = term.text.split()
        word_class = terms.class_of(term)
        if len(words) > 1:
            phrases: set[str] | frozenset[str] = {term.text}
            if word_class in ("verb", "auto"):
                phrases = phrase_forms(term.text, irregular)
                self._add_split_phrase(index, words, irregular)
            for phrase in phrases:
                first, *rest = phrase.split()
                how = EXACT if phrase == term.text else FORM
                self._phrases.setdefault((first, rest[0]), []).append((tuple(rest), index, how))
            return
        forms, split, particle, phrases, finite, participles = _forms(
            term.text, word_class, irregular
        )
        self.participles.update((form, index) for form in participles)
        if not terms.name.startswith("inline/"):  # a pattern spells out what it means
            for form in finite:
                self._finite.setdefault(form, set()).add(index)
        for form in forms:
            how = EXACT if form == term.text else FORM
            self._single.setdefault(form, []).append((index, how))
        for form in split:
            self._split.setdefault(form, []).append((index, (particle,)))
        for phrase in phrases:
            first, *rest = phrase.split()
            self._phrases.setdefault((first, rest[0]), []).append((tuple(rest), index, FORM))
        head = terms.compounds in ("head", "both")
        modifier = terms.compounds in ("modifier", "both")
        if head or modifier or term.prefix or term.suffix:
            part_forms = forms if (head or modifier) else {term.text}
            for form in part_forms:
                if len(form) >= _MIN_PART:
                    self._parts.setdefault(form, []).append(
                        _Part(index, head, modifier, term.prefix, term.suffix)
                    )

    def _add_split_phrase(self, index: int, words: list[str], irregular: IrregularForms) -> None:
        """A verb phrase in main-clause order: the finite verb first, the rest of the phrase
        later in the clause ("om zeep helpen": "ik help hem om zeep"; "de nek omdraaien":
        "ik draai hem de nek om")."""
        *rest, last = words
        if not (last.endswith("en") or last in irregular.verbs):
            return
        verb = verb_forms(last, irregular)
        if verb.particle:
            finite, apart = verb.split, (*rest, verb.particle)
        else:
            finite, apart = verb.finite, tuple(rest)
        for form in finite:
            self._split.setdefault(form, []).append((index, apart))

    # Looking up ----------------------------------------------------------------------------

    def knows_form(self, word: str) -> bool:
        """Whether ``word`` is a form of an entry, or the first word of a phrase entry."""
        return word in self._single or word in self._phrase_starts

    def annotate(
        self,
        text: str,
        tokens: Sequence[Token],
        sentence_of: Sequence[int],
        sentence_starts: frozenset[int],
        skip: frozenset[int] = frozenset(),
    ) -> Annotation:
        """Every entry found in the ``tokens`` of ``text``; ``sentence_of[i]`` is token i's
        sentence, ``sentence_starts`` the indexes of the first token of each sentence, and
        ``skip`` tokens that are only mentioned, not used."""
        matches: list[LexMatch] = []
        phrases, size = self._phrases, len(tokens)
        for index, token in enumerate(tokens):
            if token.kind not in _LEXICAL_KINDS or index in skip:
                continue
            proper = (
                token.kind == WORD
                and bool(token.flags & CAPITALISED)
                and not token.flags & ALL_CAPS
                and index not in sentence_starts
            )
            if token.kind in (SYMBOL, NUMBER):
                matches.extend(self._whole(token.norm, index, proper))
                continue
            found = self._lookup(token.norm, tokens, index, sentence_of, proper)
            if index + 1 < size and (token.norm, tokens[index + 1].norm) in phrases:
                found.extend(self._phrase(tokens, index))
            if token.flags & UNDISGUISED:
                found = [m._replace(how=DISGUISE) for m in found]
            if not found and token.flags & (DISGUISED | DOTTED):
                found = self._disguised(token, tokens, index, sentence_of)
            matches.extend(found)
        matches.extend(self._spaced(tokens, text))
        if self._phrase_exceptions and matches:
            matches = self._outside_phrase_exceptions(matches, tokens)
        return Annotation(matches, self.entries, self.participles, tokens)

    def _outside_phrase_exceptions(
        self, matches: list[LexMatch], tokens: Sequence[Token]
    ) -> list[LexMatch]:
        kept: list[LexMatch] = []
        for match in matches:
            phrases = self._phrase_exceptions.get(self.entries[match.entry].list_id)
            if not phrases or not any(_inside(tokens, p, match.first, match.last) for p in phrases):
                kept.append(match)
        return kept

    def _lookup(
        self,
        norm: str,
        tokens: Sequence[Token],
        index: int,
        sentence_of: Sequence[int],
        proper: bool,
    ) -> list[LexMatch]:
        """Entries one word is, holds as a compound part, or starts as a separable verb."""
        entries = self._word_entries(norm, proper, bool(tokens[index].flags & CAPITALISED))
        whole = entries.whole
        if whole and norm in self._finite and _stranded_particle(tokens, index, sentence_of):
            bare = self._finite[norm]  # "ik sla je boek open": openslaan, not slaan
            whole = tuple(item for item in whole if item[0] not in bare)
        found = [LexMatch(index, index, entry, how) for entry, how in whole]
        if norm in self._split:
            found.extend(self._separated(norm, tokens, index, sentence_of))
        if entries.parts:
            known = {m.entry for m in found}
            found.extend(
                LexMatch(index, index, entry, COMPOUND)
                for entry in entries.parts
                if entry not in known
            )
        return found

    def _word_entries(self, norm: str, proper: bool, capital: bool) -> _WordEntries:
        """What a word is and holds regardless of its neighbours, kept per word: a post
        repeats its words, and so do the posts a user writes."""
        key = (norm, proper, capital)
        cached = self._word_cache.get(key)
        if cached is None:
            entries, capital_only = self.entries, self._capital_only
            whole = tuple(
                (entry, how)
                for entry, how in self._single.get(norm, ())
                if self._accepts(entry, norm)
                and not (proper and how != EXACT)
                and (capital or not capital_only[entries[entry].list_id])
            )
            parts = self._word_parts(norm, heads=not proper) if len(norm) > _MIN_PART + 1 else []
            if len(self._word_cache) >= _WORD_CACHE_SIZE:
                self._word_cache.clear()
            cached = self._word_cache[key] = _WordEntries(whole, tuple(parts))
        return cached

    def _accepts(self, entry: int, word: str) -> bool:
        return not self.lists[self.entries[entry].list_id].is_exception(word)

    def _whole(self, norm: str, index: int, proper: bool) -> list[LexMatch]:
        """Entries whose forms the word is; a capitalised word inside a sentence is likely a
        name, so only an entry written exactly so counts ("Mongolen" is no form of
        "mongool")."""
        hits = self._single.get(norm)
        if not hits:
            return []
        return [
            LexMatch(index, index, entry, how)
            for entry, how in hits
            if self._accepts(entry, norm) and not (proper and how != EXACT)
        ]

    def _phrase(self, tokens: Sequence[Token], index: int) -> Iterator[LexMatch]:
        if index + 1 >= len(tokens):
            return
        for rest, entry, how in self._phrases.get((tokens[index].norm, tokens[index + 1].norm), ()):
            last = index + len(rest)
            if last < len(tokens) and all(
                tokens[index + 1 + k].norm == word for k, word in enumerate(rest)
            ):
                yield LexMatch(index, last, entry, how)

    def _separated(
        self, norm: str, tokens: Sequence[Token], index: int, sentence_of: Sequence[int]
    ) -> Iterator[LexMatch]:
        candidates = self._split.get(norm)
        if not candidates:
            return
        sentence = sentence_of[index]
        stop = min(len(tokens), index + _SPLIT_REACH)
        for position in range(index + 1, stop):
            token = tokens[position]
            if sentence_of[position] != sentence or (
                token.kind == PUNCT and token.norm in _CLAUSE_STOP
            ):
                break
            for entry, apart in candidates:
                end = position + len(apart)
                if token.norm == apart[0] and all(
                    end <= len(tokens) and tokens[position + k].norm == word
                    for k, word in enumerate(apart)
                ):
                    yield LexMatch(index, index, entry, SPLIT, end - 1)

    def _disguised(
        self, token: Token, tokens: Sequence[Token], index: int, sentence_of: Sequence[int]
    ) -> list[LexMatch]:
        for reading in readings(token):
            found = self._lookup(reading, tokens, index, sentence_of, proper=False)
            if found:
                return [m._replace(how=DISGUISE) for m in found]
        return self._masked(token, index)

    def _masked(self, token: Token, index: int) -> list[LexMatch]:
        """A masked word: a whole form the mask pattern fits, else a compound one of its
        vowel readings makes ("k*twijf" → "kutwijf")."""
        pattern = mask_pattern(token)
        if pattern is None:
            return []
        found: list[LexMatch] = []
        first, size = token.norm[0], len(token.norm)
        for length in range(max(2, size - 1), size + 5):
            for form in self._by_length.get((first, length), ()):
                if pattern.fullmatch(form):
                    found.extend(LexMatch(index, index, e, DISGUISE) for e, _ in self._single[form])
        if found:
            return found
        for reading in vowel_readings(token.norm):
            parts = self._compound_parts(reading)
            if parts:
                return [LexMatch(index, index, entry, DISGUISE) for entry in parts]
        return []

    def _word_parts(self, word: str, heads: bool = True) -> list[int]:
        """Entries inside a word: in each part of a hyphenated word ("kut-weer", "mega-
        sukkel": a whole form counts there), and inside a compound. Without ``heads`` (a
        name), only a part the word starts with counts ("Roma-gezinnen", not "Budapest")."""
        if "-" not in word:
            return self._compound_parts(word, heads)
        found: dict[int, None] = {}
        for number, part in enumerate(word.split("-")):
            if number and not heads:
                break
            for entry, _ in self._single.get(part, ()):
                if self._accepts(entry, part) and self._can_be_part(entry):
                    found[entry] = None
            found.update(dict.fromkeys(self._compound_parts(part, heads)))
        return list(found)

    def _can_be_part(self, entry: int) -> bool:
        term = self.entries[entry].term
        terms = self.lists[self.entries[entry].list_id]
        return terms.compounds != "none" or term.prefix or term.suffix

    def _compound_parts(self, word: str, heads: bool = True) -> list[int]:
        """The entries ``word`` holds as a compound part."""
        if self._automaton is None or len(word) <= _MIN_PART:
            return []
        found: dict[int, None] = {}
        for last, (form, parts) in self._automaton.iter(word):
            start, end = last - len(form) + 1, last + 1
            if start and not heads:
                continue
            for part in parts:
                if part.entry not in found and self._fits(word, start, end, part):
                    found[part.entry] = None
        return list(found)

    def _fits(self, word: str, start: int, end: int, part: _Part) -> bool:
        """Whether a form at ``word[start:end]`` is a part of the compound ``word``."""
        at_start, at_end = start == 0, end == len(word)
        if not self._accepts(part.entry, word):
            return False
        if at_start and at_end:
            return False  # a whole word is found by the form lookup
        if at_end and (part.any_start or (part.head and _is_part(word[:start], True))):
            return part.any_start or not self._known_compound(word, start)
        if at_start and (part.any_end or (part.modifier and _is_part(word[end:], False))):
            return True
        return part.any_start and part.any_end

    def _known_compound(self, word: str, start: int) -> bool:
        """A compound the dictionary knows is a word of its own ("longkanker", "vertering"),
        not an ad-hoc one; a hyphen always marks a made-up compound ("mega-sukkel")."""
        if word[start - 1] == "-":
            return False
        return self._is_known_word(word)

    def _spaced(self, tokens: Sequence[Token], text: str) -> Iterator[LexMatch]:
        for first, last, letters in spaced_runs(tokens, text):
            for entry, _ in self._single.get(letters, ()):
                yield LexMatch(first, last, entry, DISGUISE)


def _stranded_particle(tokens: Sequence[Token], index: int, sentence_of: Sequence[int]) -> str:
    """The separable particle that closes the clause of the verb at ``index`` ("ik sla je
    boek open"), or ""."""
    sentence, last = sentence_of[index], ""
    for position in range(index + 1, min(len(tokens), index + _SPLIT_REACH)):
        token = tokens[position]
        if sentence_of[position] != sentence or token.kind == PUNCT:
            break
        last = token.norm
    return last if last in SEPARABLE_PARTICLES else ""


def _is_part(piece: str, modifier_side: bool) -> bool:
    """Whether the rest of a compound can be a word part: long enough, with a vowel."""
    piece = piece.strip("-")
    if modifier_side:
        return len(piece) >= _MIN_PART and bool(_VOWEL_RE.search(piece))
    return len(piece) >= _MIN_PART and bool(_VOWEL_RE.search(piece))


def _forms(
    word: str, word_class: str, irregular: IrregularForms
) -> tuple[set[str], frozenset[str], str, frozenset[str], frozenset[str], frozenset[str]]:
    """``(forms, split forms, particle, phrases, finite forms, participles)`` of one word."""
    if word_class == "auto":
        word_class = "verb" if _looks_like_infinitive(word) else "noun+adjective"
    if word_class == "verb":
        verb = verb_forms(word, irregular)
        forms = set(verb.joined) | {word}
        return forms, verb.split, verb.particle, verb.phrases, verb.finite, verb.participles
    forms = {word}
    if "noun" in word_class:
        forms |= noun_forms(word, irregular)
    if "adjective" in word_class:
        forms |= adjective_forms(word)
    return forms, frozenset(), "", frozenset(), frozenset(), frozenset()


_SHORT_INFINITIVES = ("gaan", "slaan", "staan", "doen", "zien")


def _looks_like_infinitive(word: str) -> bool:
    return (len(word) >= 4 and word.endswith("en")) or word.endswith(_SHORT_INFINITIVES)


def _automaton(parts: Mapping[str, list[_Part]]) -> ahocorasick.Automaton | None:
    if not parts:
        return None
    automaton = ahocorasick.Automaton()
    for form, entries in parts.items():
        automaton.add_word(form, (form, tuple(entries)))
    automaton.make_automaton()
    return automaton
