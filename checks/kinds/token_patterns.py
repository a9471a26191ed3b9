"""The ``token_patterns`` kind: rules written over Dutch words, not strings.

Patterns name words (matched in every form), term lists and named pieces, with bounded gaps
(syntax: :mod:`checks.language.token_pattern`, for ICT: ``resources/rules/README.md``).
A *clause* pattern lists elements that must all stand in one clause, in any order, so one
rule covers "ik sla je", "morgen sla ik je" and "dat ik je ga slaan".

Parameters:
    patterns            sequence patterns, matched within a sentence
    clauses             lists of elements that must all occur in one clause, in any order
    within              how many words a clause match may span (default 10)
    pieces              named pieces of this rule (beside ``resources/language/pieces.toml``)
    unless              patterns that, found in the same sentence, silence the rule there
    unless_in_clause    patterns that, found in a clause of the match outside the words the
                        pattern named, silence it (a negation: "ik sla je niet")
    unless_with         patterns that, found in a clause of the match, the match's own
                        words included, silence it (an idiom: "gek op lezen")
    unless_in_paragraph patterns that, found in the paragraph, silence it (a history lesson)
    error_when          patterns that, found inside the match, make it an error (surer)
    quoted              inside quotation marks: "lower" (default: one step less severe),
                        "skip" or "keep"
    suggestions         replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from checks.context import CheckContext
from checks.kinds.base import bad_rule, mapping, param, str_list
from checks.kinds.lexical import require_named
from checks.language.language_data import WORDS_LIST
from checks.language.lexicon import TokenLexicon
from checks.language.token_pattern import (
    Compiler,
    Found,
    ListRef,
    Matcher,
    PatternError,
    Sentence,
    clause_matches,
    sequence_matches,
)
from checks.resources import Resources
from checks.rules import Hit, Rule
from checks.rules import Matcher as RuleMatcher
from checks.text import Document, Span

QUOTE_RE = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|„[^”“\n]{1,300}[”“]|«[^»\n]{1,300}»"
    r"|‘[^’\n]{1,300}’|(?<![\w'])'(?!s\b|t\b|n\b)[^'\n]{1,300}?(?<![\s])'(?![\w])"
)
QUOTED_MODES = ("lower", "skip", "keep")
_PATTERN_PARAMS = (
    "patterns",
    "unless",
    "unless_in_clause",
    "unless_with",
    "unless_in_paragraph",
    "error_when",
)


@dataclass(frozen=True, slots=True)
class _Spec:
    """A rule's pattern text, checked when the engine loads."""

    patterns: tuple[str, ...]
    clauses: tuple[tuple[str, ...], ...]
    guards: dict[str, tuple[str, ...]]
    pieces: dict[str, str]
    inline: str  # name of the list of words patterns spell out


@dataclass(frozen=True, slots=True)
class _Compiled:
    patterns: tuple[Matcher, ...]
    clauses: tuple[tuple[Matcher, ...], ...]
    guards: dict[str, tuple[Matcher, ...]]


def _read_spec(rule: Rule, resources: Resources) -> _Spec:
    pieces = {
        **resources.language.pieces,
        **{str(k): str(v) for k, v in mapping(rule, "pieces").items()},
    }
    patterns = str_list(rule, "patterns", ())
    raw_clauses = param(rule, "clauses", list, [])
    if not all(
        isinstance(c, list) and c and all(isinstance(e, str) for e in c) for c in raw_clauses
    ):
        raise bad_rule(rule, "'params.clauses' must be a list of lists of patterns")
    if not patterns and not raw_clauses:
        raise bad_rule(rule, "needs 'params.patterns' or 'params.clauses'")
    guards = {name: str_list(rule, name, ()) for name in _PATTERN_PARAMS[1:]}
    spec = _Spec(patterns, tuple(tuple(c) for c in raw_clauses), guards, pieces, WORDS_LIST)
    lists, words = _dry_compile(rule, spec)
    require_named(rule, resources, sorted(lists))
    resources.language.add_words(words)
    return spec


def _dry_compile(rule: Rule, spec: _Spec) -> tuple[set[str], set[str]]:
    """Every list and word the rule's patterns name; a broken pattern fails now."""
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
    inline = lexicon.list_ids[spec.inline]
    compiler = Compiler(
        lambda name: ListRef(lexicon.list_ids[name]),
        lambda word: ListRef(inline, word),
        spec.pieces,
    )
    return _Compiled(
        tuple(compiler.compile(p) for p in spec.patterns),
        tuple(tuple(compiler.compile(e) for e in clause) for clause in spec.clauses),
        {
            name: tuple(compiler.compile(p) for p in sources)
            for name, sources in spec.guards.items()
        },
    )


class _Lazy:
    """Compiled against the lexicon of the first document checked (it is built then)."""

    def __init__(self, spec: _Spec) -> None:
        self.spec = spec
        self.value: tuple[TokenLexicon, _Compiled] | None = None

    def get(self, lexicon: TokenLexicon) -> _Compiled:
        value = self.value
        if value is None or value[0] is not lexicon:
            value = self.value = (lexicon, _compile(self.spec, lexicon))
        return value[1]


def build_token_patterns(rule: Rule, resources: Resources) -> RuleMatcher:
    """Flag every match of the rule's sequence and clause patterns its guards allow."""
    spec = _read_spec(rule, resources)
    within = param(rule, "within", int, 10)
    quoted = param(rule, "quoted", str, "lower")
    if quoted not in QUOTED_MODES:
        raise bad_rule(rule, f"'params.quoted' must be one of {', '.join(QUOTED_MODES)}")
    suggestions = str_list(rule, "suggestions", ())
    lazy = _Lazy(spec)

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        compiled = lazy.get(doc.language.lexicon)
        view = _View.of(doc)
        seen: set[tuple[int, int]] = set()
        for found in _matches(compiled, view, within):
            first, last = found.first, found.last
            span = view.span(first, last)
            if span in seen or not _allowed(compiled, view, found):
                continue
            seen.add(span)
            shift = _shift(compiled, view, first, last)
            inside_quotes = view.quoted(*span)
            if inside_quotes and quoted == "skip":
                continue
            if inside_quotes and quoted == "lower":
                shift -= 1
            yield Hit(span[0], span[1], suggestions, severity_shift=shift)

    return match


def _matches(compiled: _Compiled, view: _View, within: int) -> Iterator[Found]:
    if compiled.patterns:
        for sentence in view.sentences:
            for pattern in compiled.patterns:
                yield from sequence_matches(pattern, sentence)
    if compiled.clauses:
        for clause in view.clauses:
            for elements in compiled.clauses:
                yield from clause_matches(elements, clause, within)


def _allowed(compiled: _Compiled, view: _View, found: Found) -> bool:
    guards = compiled.guards
    if guards["unless"] and _found(guards["unless"], [view.sentence_of(found.first)]):
        return False
    if guards["unless_in_clause"] and _found(
        guards["unless_in_clause"], view.clauses_of(found.first, found.last, found.named)
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


def _shift(compiled: _Compiled, view: _View, first: int, last: int) -> int:
    sure = compiled.guards["error_when"]
    if sure and _found(sure, [view.part(first, last)]):
        return 1
    return 0


def _found(patterns: Sequence[Matcher], places: Sequence[Sentence]) -> bool:
    return any(
        next(sequence_matches(pattern, place), None) is not None
        for pattern in patterns
        for place in places
    )


class _View:
    """A document's sentences, clauses and quotes as pattern matching reads them; made once
    per document and shared by every pattern rule."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        tokens, annotation = doc.tokens, doc.lexical
        self.sentences = [Sentence.of(tokens, a, b, annotation) for a, b in doc.sentence_tokens]
        self.clauses = [Sentence.of(tokens, a, b, annotation) for a, b in doc.clauses]
        self._quotes: tuple[Span, ...] | None = None
        self._phrases: frozenset[int] | None = None

    @classmethod
    def of(cls, doc: Document) -> _View:
        view = doc.__dict__.get("_token_pattern_view")
        if view is None:
            view = doc.__dict__["_token_pattern_view"] = cls(doc)
        return view

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
        skip = self._phrase_tokens() | named
        return [
            Sentence.of(tokens, a, b, annotation, skip)
            for a, b in self.doc.clauses
            if a <= last and first < b
        ]

    def _phrase_tokens(self) -> frozenset[int]:
        if self._phrases is None:
            self._phrases = frozenset(
                t
                for m in self.doc.lexical.matches
                if m.last > m.first
                for t in range(m.first, m.last + 1)
            )
        return self._phrases

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
        if self._quotes is None:
            self._quotes = tuple(Span(*m.span()) for m in QUOTE_RE.finditer(self.doc.text))
        return any(q.start <= start and end <= q.end for q in self._quotes)


KINDS = {"token_patterns": build_token_patterns}
