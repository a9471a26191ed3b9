"""Patterns over tokens: words in all their forms, term lists, gaps and word-order freedom.

A pattern is a line of elements separated by spaces (the syntax is documented for ICT in
``resources/rules/README.md``)::

    ik .{0,2} {safety/hit_verbs} .{0,3} (je | jou | hem | haar)

    slaan           any form of the word (sla, slaat, sloeg, geslagen, …)
    "sla"           exactly this form
    {safety/groups} any entry of a term list, in the forms its list allows
    {safety/harm_verbs:participle}  only the past participles of a verb list
    @target         a named piece (``resources/language/pieces.toml`` or the rule's own);
                    built in: @handle @hashtag @link @number @emoji @capital @old_year
                    @night_hour
    .               any one word
    !niet           one word that is not this element
    x? x{0,3}       optional, or repeated between 0 and 3 times
    ( a b | c )     a choice between sequences
    < >             the part of the match to underline (default: all of it)
    ^ $             the start and end of the sentence

Punctuation between words is skipped, so "Nee, ik sla je" matches ``ik slaan je``. Matching
runs per sentence, over the tokens the language layer made; a pattern written once holds for
every form of its words. Word order is free in *clause* patterns (see
:func:`clause_matches`), where a set of elements must all occur in one clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from checks.language.lexicon import Annotation
from checks.language.tokens import (
    CAPITALISED,
    HANDLE,
    HASHTAG,
    LINK,
    NUMBER,
    PUNCT,
    SYMBOL,
    WORD,
    Token,
)

_ELEMENT_RE = re.compile(
    r"""\s*(?:
      (?P<open>\()|(?P<close>\))(?P<group_quant>\?|\{\d+(?:,\d+)?\})?|(?P<bar>\|)
    | (?P<mark_start><)|(?P<mark_end>>)|(?P<start>\^)|(?P<end>\$)
    | (?P<neg>!)?(?P<atom>\{[a-z0-9_]+(?:/[a-z0-9_\-]+)+(?::participle)?\}|@[a-z0-9_]+|"[^"\s]+"|\.
                 |[^\s()|<>"{}?!@^$]+)(?P<quant>\?|\{\d+(?:,\d+)?\})?
    )""",
    re.VERBOSE,
)
MAX_REPEAT = 20


class PatternError(ValueError):
    """A pattern that cannot be read; the message says where."""


# What a word offers a pattern: its exact form (a str), a list it is an entry of (the list's
# id, an int) and the entry itself (list id and entry text). A pattern knows which of these
# it needs before it looks at a sentence, so most sentences are passed over at once.
Key = str | int | tuple[int, str]


@dataclass(frozen=True, slots=True)
class Sentence:
    """The words of one sentence (punctuation left out), as positions into the tokens."""

    ids: tuple[int, ...]
    tokens: Sequence[Token]
    annotation: Annotation
    position: dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        tokens: Sequence[Token],
        first: int,
        end: int,
        annotation: Annotation,
        skip: frozenset[int] = frozenset(),
    ) -> Sentence:
        ids = tuple(i for i in range(first, end) if tokens[i].kind != PUNCT and i not in skip)
        return cls(ids, tokens, annotation, {token: p for p, token in enumerate(ids)})

    def offers(self, needs: tuple[frozenset[Key], ...]) -> bool:
        """Whether the sentence may have a word with a key of each need (words left out of
        it are not told apart: this only spares the matcher)."""
        if not self.ids:
            return not needs
        low, high = self.ids[0], self.ids[-1]
        positions = self.annotation.positions
        for need in needs:
            for key in need:
                places = positions(key)
                if places:
                    at = bisect_left(places, low)
                    if at < len(places) and places[at] <= high:
                        break
            else:
                return False
        return True

    def starts(self, first: frozenset[Key] | None) -> Sequence[int]:
        """The positions where a word with one of these keys stands (all, for ``None``)."""
        if first is None:
            return range(len(self.ids))
        if not self.ids:
            return ()
        low, high = self.ids[0], self.ids[-1]
        positions, position = self.annotation.positions, self.position
        found: set[int] = set()
        for key in first:
            places = positions(key)
            if places:
                for token in places[bisect_left(places, low) : bisect_right(places, high)]:
                    p = position.get(token)
                    if p is not None:
                        found.add(p)
        return sorted(found)


# A matcher gets a sentence, a position and the state so far, and yields (end position,
# state). The state is (mark start, mark end, positions of the words the pattern named);
# marks are -1 when the pattern sets none. Named words are what a negation guard leaves
# alone: the "niet" of "horen hier niet" belongs to the pattern, it negates nothing.
State = tuple[int, int, tuple[int, ...]]
Step = Iterator[tuple[int, State]]
Matcher = Callable[[Sentence, int, State], Step]
START: State = (-1, -1, ())


class Places:
    """The sentences (or clauses, or paragraphs) of a document, so a pattern visits only
    those that may offer what it needs."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self._owner: dict[int, int] = {}  # token → the number of its place
        for number, sentence in enumerate(sentences):
            self._owner.update(dict.fromkeys(sentence.ids, number))

    def offering(self, needs: tuple[frozenset[Key], ...]) -> Sequence[Sentence]:
        """The places holding a word of the rarest need (and so perhaps of every need)."""
        if not needs or not self.sentences:
            return self.sentences if not needs else ()
        positions = self.sentences[0].annotation.positions
        best: list[list[int]] | None = None
        best_size = 0
        for need in needs:
            found = [places for places in map(positions, need) if places]
            if not found:
                return ()
            size = sum(len(places) for places in found)
            if best is None or size < best_size:
                best, best_size = found, size
        assert best is not None
        owner = self._owner
        numbers = {owner[token] for places in best for token in places if token in owner}
        return [self.sentences[number] for number in sorted(numbers)]


@dataclass(frozen=True, slots=True)
class Shape:
    """What a pattern part needs, known before matching: whether it may match no words,
    the keys one of which its first word has (``None``: any word may start it), and sets of
    keys the sentence must offer one of each for it to match at all."""

    nullable: bool
    first: frozenset[Key] | None
    needs: tuple[frozenset[Key], ...]


_ANY_WORD = Shape(False, None, ())
_NO_WORD = Shape(True, frozenset(), ())


def _word_shape(key: Key) -> Shape:
    keys = frozenset((key,))
    return Shape(False, keys, (keys,))


def _sequence_shape(shapes: Sequence[Shape]) -> Shape:
    nullable = all(shape.nullable for shape in shapes)
    needs = () if nullable else tuple(need for shape in shapes for need in shape.needs)
    first: set[Key] = set()
    for shape in shapes:
        if shape.first is None:
            return Shape(nullable, None, needs)
        first |= shape.first
        if not shape.nullable:
            break
    return Shape(nullable, frozenset(first), needs)


def _choice_shape(shapes: Sequence[Shape]) -> Shape:
    nullable = any(shape.nullable for shape in shapes)
    first = (
        None
        if any(s.first is None for s in shapes)
        else frozenset().union(*(shape.first or () for shape in shapes))
    )
    if nullable or not all(shape.needs for shape in shapes):
        return Shape(nullable, first, ())
    # One of the options matches: the sentence offers a key of that option's rarest need.
    need = frozenset().union(*(min(shape.needs, key=_commonness) for shape in shapes))
    return Shape(False, first, (need,))


def rarest_first(needs: Iterable[frozenset[Key]]) -> tuple[frozenset[Key], ...]:
    """Needs in the order to test them: a sentence (and most posts) lacks a rare one soonest."""
    return tuple(sorted(set(needs), key=_commonness))


def _commonness(need: frozenset[Key]) -> tuple[int, int]:
    """How often a need is likely met, without counting a corpus: short words are common
    ("te", "in", "een"), long ones rare ("grazen", "elkaar"), a term list in between."""
    return max(_key_commonness(key) for key in need), len(need)


def _key_commonness(key: Key) -> int:
    if isinstance(key, int):
        return 3
    word = key if isinstance(key, str) else key[1]
    return 10 - min(len(word), 9)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern: its matcher and its shape."""

    match: Matcher
    shape: Shape


Node = tuple[Matcher, Shape]


@dataclass(frozen=True, slots=True)
class ListRef:
    """How a compiled pattern finds list entries: the list's id, and for a word written in
    the pattern, the entry's text in the rule's own inline list."""

    list_id: int
    text: str = ""
    participle: bool = False  # only a past participle of the entry ("{list:participle}")

    @property
    def key(self) -> Key:
        return (self.list_id, self.text) if self.text else self.list_id


class Compiler:
    """Turns pattern text into matchers; ``resolve`` maps ``{list}`` and literal words to
    :class:`ListRef` and ``pieces`` holds named pieces as pattern text."""

    def __init__(
        self,
        resolve_list: Callable[[str], ListRef],
        resolve_word: Callable[[str], ListRef],
        pieces: Mapping[str, str],
    ) -> None:
        self.resolve_list = resolve_list
        self.resolve_word = resolve_word
        self.pieces = pieces
        self._expanding: list[str] = []

    def compile(self, source: str) -> Pattern:
        matcher, shape = self.node(source)
        return Pattern(matcher, Shape(shape.nullable, shape.first, rarest_first(shape.needs)))

    def compile_options(self, source: str) -> list[Pattern]:
        """A pattern whose top level is a choice ("a | b", or a piece that is one), as one
        pattern per option: each then visits only the sentences that offer what it needs,
        where the choice as a whole would need nothing and try every word. Matches the
        same."""
        options = _top_options(source, self.pieces)
        return [self.compile(option) for option in options]

    def node(self, source: str) -> Node:
        if re.search(r"[^\s]\*|\+", source.replace("{", " ").replace('"', " ")):
            raise PatternError(f"use x? or x{{0,3}} for repeats, not * or +, in {source!r}")
        items = [m for m in _ELEMENT_RE.finditer(source)]
        consumed = "".join(m.group() for m in items)
        if consumed.strip() != source.strip() or not items:
            raise PatternError(f"cannot read the pattern {source!r}")
        parser = _Parser(items, self, source)
        node = parser.alternation()
        if parser.index != len(items):
            raise PatternError(f"unbalanced ')' in {source!r}")
        return node

    def piece(self, name: str) -> Node:
        if name not in self.pieces:
            raise PatternError(f"unknown piece '@{name}'")
        if name in self._expanding:
            raise PatternError(f"piece '@{name}' refers to itself")
        self._expanding.append(name)
        try:
            return self.node(self.pieces[name])
        finally:
            self._expanding.pop()


def _top_options(source: str, pieces: Mapping[str, str], depth: int = 0) -> list[str]:
    text = source.strip()
    piece = re.fullmatch(r"@([\w-]+)", text)
    if piece and piece.group(1) in pieces and depth < 8:
        return _top_options(pieces[piece.group(1)], pieces, depth + 1)
    options = _split_top(text)
    if len(options) == 1:
        return [source]
    return [o for option in options for o in _top_options(option, pieces, depth + 1)]


def _split_top(text: str) -> list[str]:
    """``text`` split at the bars outside parentheses, quotes and list braces."""
    options: list[str] = []
    depth, start, quoted, braced = 0, 0, False, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char == "{":
            braced = True
        elif char == "}":
            braced = False
        elif braced:
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            options.append(text[start:index].strip())
            start = index + 1
    options.append(text[start:].strip())
    return options if all(options) else [text]


class _Parser:
    def __init__(self, items: list[re.Match[str]], compiler: Compiler, source: str) -> None:
        self.items, self.compiler, self.source, self.index = items, compiler, source, 0

    def alternation(self) -> Node:
        options = [self.sequence()]
        while self.index < len(self.items) and self.items[self.index].group("bar"):
            self.index += 1
            options.append(self.sequence())
        if len(options) == 1:
            return options[0]
        return _choice([m for m, _ in options]), _choice_shape([s for _, s in options])

    def sequence(self) -> Node:
        parts: list[Node] = []
        while self.index < len(self.items):
            item = self.items[self.index]
            if item.group("bar") or item.group("close"):
                break
            self.index += 1
            if item.group("open"):
                inner = self.alternation()
                if self.index >= len(self.items) or not self.items[self.index].group("close"):
                    raise PatternError(f"missing ')' in {self.source!r}")
                close = self.items[self.index]
                self.index += 1
                parts.append(_quantified(inner, close.group("group_quant")))
            else:
                parts.append(self.element(item))
        if not parts:
            raise PatternError(f"an empty choice in {self.source!r}")
        if len(parts) == 1:
            return parts[0]
        return _sequence([m for m, _ in parts]), _sequence_shape([s for _, s in parts])

    def element(self, item: re.Match[str]) -> Node:
        if item.group("mark_start"):
            return _mark(True), _NO_WORD
        if item.group("mark_end"):
            return _mark(False), _NO_WORD
        if item.group("start"):
            return _edge(True), _NO_WORD
        if item.group("end"):
            return _edge(False), _NO_WORD
        matcher, shape = self.atom(item.group("atom"))
        if item.group("neg"):
            matcher, shape = _negated(matcher), _ANY_WORD
        return _quantified((matcher, shape), item.group("quant"))

    def atom(self, atom: str) -> Node:
        if atom == ".":
            return _any, _ANY_WORD
        if atom.startswith("{"):
            name, _, form = atom[1:-1].partition(":")
            ref = self.compiler.resolve_list(name)
            ref = ListRef(ref.list_id, ref.text, participle=form == "participle")
            return _in_list(ref), _word_shape(ref.key)
        if atom.startswith("@"):
            native = NATIVE_PIECES.get(atom[1:])
            return (native, _ANY_WORD) if native is not None else self.compiler.piece(atom[1:])
        if atom.startswith('"'):
            form = atom[1:-1].lower().replace("’", "'")
            return _exact(form), _word_shape(form)
        ref = self.compiler.resolve_word(atom.lower().replace("’", "'"))
        return _in_list(ref), _word_shape(ref.key)


# Matchers -----------------------------------------------------------------------------------


def _any(s: Sentence, p: int, st: State) -> Step:
    if p < len(s.ids):
        yield p + 1, st


def _of_kind(test: Callable[[Token], bool]) -> Matcher:
    def match(s: Sentence, p: int, st: State) -> Step:
        if p < len(s.ids) and test(s.tokens[s.ids[p]]):
            yield p + 1, _named(st, p, p + 1)

    return match


# Pieces every pattern knows, for what a list cannot hold.
NATIVE_PIECES: dict[str, Matcher] = {
    "handle": _of_kind(lambda t: t.kind == HANDLE),
    "hashtag": _of_kind(lambda t: t.kind == HASHTAG),
    "link": _of_kind(lambda t: t.kind == LINK),
    "number": _of_kind(lambda t: t.kind == NUMBER),
    "emoji": _of_kind(lambda t: t.kind == SYMBOL),
    "capital": _of_kind(lambda t: t.kind == WORD and bool(t.flags & CAPITALISED)),
    # an hour of the night written the 24-hour way ("01:30", "00.45"): "1:30" may be the afternoon
    "night_hour": _of_kind(
        lambda t: t.kind == NUMBER and t.norm in {"0", "00", "01", "02", "03", "04"}
    ),
    # a year long gone (1000-1989): history, not news about someone at school
    "old_year": _of_kind(
        lambda t: t.kind == NUMBER and len(t.norm) == 4 and "1000" <= t.norm < "1990"
    ),
}


def _named(st: State, first: int, end: int) -> State:
    return st[0], st[1], (*st[2], *range(first, end))


def _exact(form: str) -> Matcher:
    def match(s: Sentence, p: int, st: State) -> Step:
        if p < len(s.ids) and s.tokens[s.ids[p]].norm == form:
            yield p + 1, _named(st, p, p + 1)

    return match


def _in_list(ref: ListRef) -> Matcher:
    list_id, text, participle = ref.list_id, ref.text, ref.participle

    def match(s: Sentence, p: int, st: State) -> Step:
        if p >= len(s.ids):
            return
        entries = s.annotation.entries
        ends: set[int] = set()
        for found in s.annotation.starting_at(s.ids[p]):
            entry = entries[found.entry]
            if entry.list_id != list_id or (text and entry.term.text != text):
                continue
            if (
                participle
                and (s.tokens[found.first].norm, found.entry) not in s.annotation.participles
            ):
                continue
            end = s.position.get(found.last)
            if end is not None and end + 1 not in ends:
                ends.add(end + 1)
                yield end + 1, _named(st, p, end + 1)

    return match


def _negated(inner: Matcher) -> Matcher:
    def match(s: Sentence, p: int, st: State) -> Step:
        if p < len(s.ids) and not any(end == p + 1 for end, _ in inner(s, p, START)):
            yield p + 1, st

    return match


def _sequence(parts: list[Matcher]) -> Matcher:
    # Breadth first, each (position, state) once: a gap after a gap (".{0,4} x? .{0,3}")
    # reaches a position in many ways, and each would otherwise be followed on its own.
    def match(s: Sentence, p: int, st: State) -> Step:
        frontier: dict[tuple[int, State], None] = {(p, st): None}
        for part in parts:
            reached: dict[tuple[int, State], None] = {}
            for q, st2 in frontier:
                reached.update(dict.fromkeys(part(s, q, st2)))
            if not reached:
                return
            frontier = reached
        yield from frontier

    return match


def _choice(options: list[Matcher]) -> Matcher:
    def match(s: Sentence, p: int, st: State) -> Step:
        for option in options:
            yield from option(s, p, st)

    return match


def _quantified(node: Node, quant: str | None) -> Node:
    if not quant:
        return node
    if quant == "?":
        low, high = 0, 1
    else:
        numbers = [int(n) for n in quant[1:-1].split(",")]
        low, high = numbers[0], numbers[-1]
    if low > high or high > MAX_REPEAT:
        raise PatternError(f"a repeat {quant} must be between {{0,0}} and {{0,{MAX_REPEAT}}}")
    inner, shape = node
    if low == 0:
        shape = Shape(True, shape.first, ())

    def match(s: Sentence, p: int, st: State) -> Step:
        yield from _repeat(inner, low, high, s, p, st)

    return match, shape


def _repeat(inner: Matcher, low: int, high: int, s: Sentence, p: int, st: State) -> Step:
    # Longest first, so a gap prefers to reach as far as it may before the next element.
    levels: list[dict[tuple[int, State], None]] = [{(p, st): None}]
    for _ in range(high):
        reached: dict[tuple[int, State], None] = {}
        for q, st2 in levels[-1]:
            reached.update(dict.fromkeys(r for r in inner(s, q, st2) if r[0] > q))
        if not reached:
            break
        levels.append(reached)
    seen: set[tuple[int, State]] = set()
    for count in range(len(levels) - 1, low - 1, -1):
        for found in levels[count]:
            if found not in seen:
                seen.add(found)
                yield found


def _mark(start: bool) -> Matcher:
    def match(s: Sentence, p: int, st: State) -> Step:
        yield p, ((p, st[1], st[2]) if start else (st[0], p, st[2]))

    return match


def _edge(start: bool) -> Matcher:
    def match(s: Sentence, p: int, st: State) -> Step:
        if (p == 0) if start else (p == len(s.ids)):
            yield p, st

    return match


# Running ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Found:
    """A match: its first and last token (the marked part, when the pattern marks one) and
    the tokens of the words the pattern named."""

    first: int
    last: int
    named: frozenset[int]


def sequence_matches(pattern: Pattern, sentence: Sentence) -> Iterator[Found]:
    """The leftmost-longest matches in a sentence, not overlapping."""
    shape = pattern.shape
    if not sentence.offers(shape.needs):
        return
    matcher, ids, done = pattern.match, sentence.ids, 0
    for p in sentence.starts(shape.first):
        if p < done:
            continue
        best = max(matcher(sentence, p, START), key=lambda found: found[0], default=None)
        if best is None or best[0] == p:
            continue
        end, (ms, me, named) = best
        first = ms if ms >= 0 else p
        last = (me if me >= 0 else end) - 1
        if last >= first:
            yield Found(ids[first], ids[last], frozenset(ids[n] for n in named))
        done = end


def clause_matches(elements: Sequence[Pattern], clause: Sentence, within: int) -> Iterator[Found]:
    """Where every element occurs in the clause, in any order, without overlap and within
    ``within`` words: one rule for the main clause ("ik sla je"), the inversion ("morgen
    sla ik je") and the subordinate clause ("dat ik je ga slaan")."""
    if not all(clause.offers(element.shape.needs) for element in elements):
        return
    found: list[list[tuple[int, int, tuple[int, ...]]]] = []
    for element in elements:
        matcher = element.match
        spans = [
            (p, end, st[2])
            for p in clause.starts(element.shape.first)
            for end, st in matcher(clause, p, START)
            if end > p
        ]
        if not spans:
            return
        found.append(spans)
    best = _closest(found, within)
    if best is not None:
        low, high, named = best
        ids = clause.ids
        yield Found(ids[low], ids[high - 1], frozenset(ids[n] for n in named))


def _closest(
    found: list[list[tuple[int, int, tuple[int, ...]]]], within: int
) -> tuple[int, int, tuple[int, ...]] | None:
    """The tightest choice of one span per element with no two overlapping."""
    best: tuple[int, int, tuple[int, ...]] | None = None

    def search(k: int, chosen: list[tuple[int, int, tuple[int, ...]]]) -> None:
        nonlocal best
        if k == len(found):
            low = min(s for s, _, _ in chosen)
            high = max(e for _, e, _ in chosen)
            if high - low <= within and (best is None or high - low < best[1] - best[0]):
                best = (low, high, tuple(n for _, _, named in chosen for n in named))
            return
        for span in found[k][:40]:
            if all(span[1] <= s or span[0] >= e for s, e, _ in chosen):
                search(k + 1, [*chosen, span])

    search(0, [])
    return best
