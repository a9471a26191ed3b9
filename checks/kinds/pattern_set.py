"""Token patterns as kinds use them: read from a rule's parameters, checked when the engine
loads, compiled on first use, matched with their guards.

Parameters (under ``params`` or a table of it, such as a permanence topic):
    patterns            sequence patterns, matched within a sentence
    clauses             lists of elements that must all occur in one clause, in any order
    within              how many words a clause match may span (default 10)
    scope               where a sequence pattern may match: "sentence" (default) or
                        "paragraph" (a joke in one sentence, its target in the one before)
    pieces              named pieces of this rule (beside ``resources/language/pieces.toml``)
    unless              patterns that, found in the same sentence, silence a match there
    unless_in_clause    patterns that, found in the match or up to three words around it
                        (within its clause), outside the words the pattern named, silence it
                        (a negation: "ik sla je niet", "niet dom")
    unless_with         patterns that, found in a clause of the match, the match's own
                        words included, silence it (an idiom: "gek op lezen")
    unless_in_paragraph patterns that, found in the paragraph, silence it (a history lesson)
    requires_in_post    patterns of which one must occur somewhere in the post
    error_when          patterns that, found inside the match, make it surer (one step more
                        severe)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from checks.kinds.base import bad_rule
from checks.kinds.lexical import require_named
from checks.language.language_data import WORDS_LIST
from checks.language.lexicon import LexMatch, TokenLexicon
from checks.language.token_pattern import (
    Compiler,
    Found,
    Key,
    ListRef,
    Pattern,
    PatternError,
    Places,
    Sentence,
    clause_matches,
    rarest_first,
    sequence_matches,
)
from checks.language.tokens import PUNCT
from checks.resources import Resources
from checks.rules import Rule
from checks.text import Document

_NEAR = 3  # tokens around a match in which a negation negates it
GUARDS = (
    "unless",
    "unless_in_clause",
    "unless_with",
    "unless_in_paragraph",
    "requires_in_post",
    "error_when",
)


@dataclass(frozen=True, slots=True)
class PatternHit:
    """A match its guards allow: the span in the text, how much surer than the rule it is,
    and whether it stands inside quotation marks."""

    start: int
    end: int
    shift: int
    quoted: bool


@dataclass(frozen=True, slots=True)
class _Spec:
    patterns: tuple[str, ...]
    clauses: tuple[tuple[str, ...], ...]
    guards: dict[str, tuple[str, ...]]
    pieces: dict[str, str]
    within: int
    scope: str = "sentence"


@dataclass(frozen=True, slots=True)
class _Compiled:
    patterns: tuple[Pattern, ...]
    clauses: tuple[tuple[Pattern, ...], ...]
    guards: dict[str, tuple[Pattern, ...]]
    clause_needs: tuple[tuple[frozenset[Key], ...], ...] = ()


class PatternSet:
    """Sequence and clause patterns with their guards, for one rule (or one part of it)."""

    def __init__(self, spec: _Spec) -> None:
        self._spec = spec
        self._compiled: tuple[TokenLexicon, _Compiled] | None = None

    @classmethod
    def read(
        cls, rule: Rule, resources: Resources, params: Mapping[str, Any] | None = None
    ) -> PatternSet:
        """The patterns in ``params`` (default: the rule's), checked now; their lists are
        required from the language layer so mistakes show when the engine loads."""
        params = rule.params if params is None else params
        spec = _read_spec(rule, resources, params)
        lists, words = _dry_compile(rule, spec)
        require_named(rule, resources, sorted(lists))
        resources.language.add_words(words)
        return cls(spec)

    @property
    def empty(self) -> bool:
        return not self._spec.patterns and not self._spec.clauses

    def find(self, doc: Document) -> list[PatternHit]:
        """Every match its guards allow, in reading order; a match inside another one is
        left out ("dat klopt niet" inside "dat klopt niet wat u zegt")."""
        hits = sorted(self._allowed(doc), key=lambda h: (h.start, -h.end))
        kept: list[PatternHit] = []
        for hit in hits:
            if not kept or hit.end > kept[-1].end:
                kept.append(hit)
        return kept

    def _allowed(self, doc: Document) -> Iterator[PatternHit]:
        compiled = self._compile(doc.language.lexicon)
        view = DocumentView.of(doc)
        if compiled.guards["requires_in_post"] and not _found(
            compiled.guards["requires_in_post"], view.sentences
        ):
            return
        seen: set[tuple[int, int]] = set()
        for found in _matches(compiled, view, self._spec):
            span = view.span(found.first, found.last)
            if span in seen or not _allowed(compiled, view, found):
                continue
            seen.add(span)
            sure = compiled.guards["error_when"]
            shift = 1 if sure and _found(sure, [view.part(found.first, found.last)]) else 0
            yield PatternHit(span[0], span[1], shift, view.quoted(*span))

    def _compile(self, lexicon: TokenLexicon) -> _Compiled:
        compiled = self._compiled
        if compiled is None or compiled[0] is not lexicon:
            compiled = self._compiled = (lexicon, _compile(self._spec, lexicon))
        return compiled[1]


def _read_spec(rule: Rule, resources: Resources, params: Mapping[str, Any]) -> _Spec:
    raw_pieces = params.get("pieces", {})
    if not isinstance(raw_pieces, dict) or not all(isinstance(v, str) for v in raw_pieces.values()):
        raise bad_rule(rule, "'pieces' must map names to pattern text")
    patterns = _strings(rule, params, "patterns")
    raw_clauses = params.get("clauses", [])
    if not isinstance(raw_clauses, list) or not all(
        isinstance(c, list) and c and all(isinstance(e, str) for e in c) for c in raw_clauses
    ):
        raise bad_rule(rule, "'clauses' must be a list of lists of patterns")
    within = params.get("within", 10)
    if type(within) is not int or within < 1:
        raise bad_rule(rule, "'within' must be a whole number of words, 1 or more")
    scope = params.get("scope", "sentence")
    if scope not in ("sentence", "paragraph"):
        raise bad_rule(rule, '\'scope\' must be "sentence" or "paragraph"')
    return _Spec(
        patterns,
        tuple(tuple(c) for c in raw_clauses),
        {name: _strings(rule, params, name) for name in GUARDS},
        {**resources.language.pieces, **{str(k): v for k, v in raw_pieces.items()}},
        within,
        scope,
    )


def _strings(rule: Rule, params: Mapping[str, Any], name: str) -> tuple[str, ...]:
    value = params.get(name, ())
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise bad_rule(rule, f"'{name}' must be a list of patterns")
    return tuple(items)


def _dry_compile(rule: Rule, spec: _Spec) -> tuple[set[str], set[str]]:
    """Every list and word the patterns name; a broken pattern fails now."""
    lists: set[str] = set()
    words: set[str] = set()

    def on_list(name: str) -> ListRef:
        lists.add(name)
        return ListRef(0)

    def on_word(word: str) -> ListRef:
        words.add(word)
        return ListRef(0, word)

    compiler = Compiler(on_list, on_word, spec.pieces)
    for source in _all_sources(spec):
        try:
            compiler.compile(source)
        except PatternError as exc:
            raise bad_rule(rule, f"has a pattern that cannot be used: {exc}") from None
    return lists, words


def _all_sources(spec: _Spec) -> Iterator[str]:
    yield from spec.patterns
    for clause in spec.clauses:
        yield from clause
    for sources in spec.guards.values():
        yield from sources


def _compile(spec: _Spec, lexicon: TokenLexicon) -> _Compiled:
    words = lexicon.list_ids[WORDS_LIST]
    compiler = Compiler(
        lambda name: ListRef(lexicon.list_ids[name]),
        lambda word: ListRef(words, word),
        spec.pieces,
    )
    clauses = tuple(tuple(compiler.compile(e) for e in clause) for clause in spec.clauses)
    return _Compiled(
        tuple(compiler.compile(p) for p in spec.patterns),
        clauses,
        {
            name: tuple(compiler.compile(p) for p in sources)
            for name, sources in spec.guards.items()
        },
        tuple(
            rarest_first(need for element in elements for need in element.shape.needs)
            for elements in clauses
        ),
    )


def _matches(compiled: _Compiled, view: DocumentView, spec: _Spec) -> Iterator[Found]:
    if compiled.patterns:
        places = view.paragraph_places if spec.scope == "paragraph" else view.sentence_places
        for pattern in compiled.patterns:
            for place in places.offering(pattern.shape.needs):
                yield from sequence_matches(pattern, place)
    for elements, needs in zip(compiled.clauses, compiled.clause_needs, strict=True):
        for clause in view.clause_places.offering(needs):
            yield from clause_matches(elements, clause, spec.within)


def _allowed(compiled: _Compiled, view: DocumentView, found: Found) -> bool:
    guards = compiled.guards
    if guards["unless"] and _found(guards["unless"], [view.sentence_of(found.first)]):
        return False
    if guards["unless_in_clause"] and _found(
        guards["unless_in_clause"], view.around(found.first, found.last, found.named)
    ):
        return False
    if guards["unless_with"] and _found(
        guards["unless_with"], view.clauses_of(found.first, found.last, frozenset())
    ):
        return False
    return not (
        guards["unless_in_paragraph"]
        and _found(guards["unless_in_paragraph"], view.paragraph_of(found.first))
    )


def _found(patterns: Sequence[Pattern], places: Sequence[Sentence]) -> bool:
    return any(
        next(sequence_matches(pattern, place), None) is not None
        for pattern in patterns
        for place in places
    )


class DocumentView:
    """A document's sentences, clauses and quotes as pattern matching reads them; made once
    per document and shared by every pattern rule."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        tokens, annotation = doc.tokens, doc.lexical
        self.sentences = [Sentence.of(tokens, a, b, annotation) for a, b in doc.sentence_tokens]
        self.clauses = [Sentence.of(tokens, a, b, annotation) for a, b in doc.clauses]
        self._paragraphs: list[Sentence] | None = None
        self._phrase_matches: list[LexMatch] | None = None

    @classmethod
    def of(cls, doc: Document) -> DocumentView:
        view = doc.__dict__.get("_token_pattern_view")
        if view is None:
            view = doc.__dict__["_token_pattern_view"] = cls(doc)
        return view

    @cached_property
    def sentence_places(self) -> Places:
        return Places(self.sentences)

    @cached_property
    def clause_places(self) -> Places:
        return Places(self.clauses)

    @cached_property
    def paragraph_places(self) -> Places:
        return Places(self.paragraphs)

    @property
    def paragraphs(self) -> list[Sentence]:
        if self._paragraphs is None:
            ranges = [self.doc.token_range(p.start, p.end) for p in self.doc.paragraphs]
            tokens, annotation = self.doc.tokens, self.doc.lexical
            self._paragraphs = [Sentence.of(tokens, a, b, annotation) for a, b in ranges]
        return self._paragraphs

    def span(self, first: int, last: int) -> tuple[int, int]:
        tokens, annotation = self.doc.tokens, self.doc.lexical
        end = tokens[last].end
        for token in range(first, last + 1):
            for found in annotation.starting_at(token):
                if found.particle > last:  # "ik maak je morgen af": underline up to "af"
                    end = max(end, tokens[found.particle].end)
        return tokens[first].start, end

    def sentence_of(self, token: int) -> Sentence:
        return self.sentences[self.doc.token_sentences[token]]

    def clauses_of(self, first: int, last: int, named: frozenset[int]) -> list[Sentence]:
        """The clauses the tokens ``first``..``last`` touch, without the words the pattern
        named and the words of listed phrases: "niet" in "horen hier niet" and "geen" in
        "geen mensen" belong to what was found, they negate nothing."""
        tokens, annotation = self.doc.tokens, self.doc.lexical
        skip = self._named_phrases(named)
        return [
            Sentence.of(tokens, a, b, annotation, skip)
            for a, b in self.doc.clauses
            if a <= last and first < b
        ]

    def around(self, first: int, last: int, named: frozenset[int]) -> list[Sentence]:
        """The words of the match and up to three on either side, within its clauses and
        without the words the pattern named: where a negation of the match stands ("ik sla
        je niet", "niet dom"), not a "niets" three phrases further on."""
        tokens, annotation = self.doc.tokens, self.doc.lexical
        skip = self._named_phrases(named)
        places = []
        for a, b in self.doc.clauses:
            if a <= last and first < b:
                low, high = max(a, first - _NEAR), min(b, last + 1 + _NEAR)
                # After the match a negation stays close, before any comma: "ik sla je echt
                # niet", but not "zijn achterlijk, niks kunnen ze".
                stop = next((i for i in range(last + 1, high) if tokens[i].kind == PUNCT), high)
                places.append(Sentence.of(tokens, low, stop, annotation, skip))
        return places

    def _named_phrases(self, named: frozenset[int]) -> frozenset[int]:
        """The named words with the whole of any listed phrase they are part of ("geen" of
        "geen mensen" when the pattern named that phrase); a phrase of some other list
        ("echt niet") still negates."""
        if not named:
            return named
        extra = {
            token
            for match in self._phrases()
            if any(match.first <= n <= match.last for n in named)
            for token in range(match.first, match.last + 1)
        }
        return named | extra

    def _phrases(self) -> list[LexMatch]:
        if self._phrase_matches is None:
            self._phrase_matches = [m for m in self.doc.lexical.matches if m.last > m.first]
        return self._phrase_matches

    def paragraph_of(self, token: int) -> list[Sentence]:
        start = self.doc.tokens[token].start
        for paragraph in self.doc.paragraphs:
            if paragraph.start <= start < paragraph.end:
                return [
                    s
                    for s, (a, b) in zip(self.sentences, self.doc.sentence_tokens, strict=True)
                    if b > a and paragraph.start <= self.doc.tokens[a].start < paragraph.end
                ]
        return [self.sentence_of(token)]

    def part(self, first: int, last: int) -> Sentence:
        return Sentence.of(self.doc.tokens, first, last + 1, self.doc.lexical)

    def quoted(self, start: int, end: int) -> bool:
        return any(q.start <= start and end <= q.end for q in self.doc.quotes)
