"""The ``lexicon_patterns`` kind: sentence patterns built from editable word lists.

A pattern may name a term list in braces, ``{safety/groups}``, which stands for any of its
entries (``*`` entries allow any ending, ``!`` exceptions apply), and a macro, ``{adverbs}``,
defined in ``params.macros``. So a school extends "[groep] zijn [ongedierte]" by adding words
to a list, not by editing a regex. Patterns run on the lower-cased text with every list entry
marked (see :mod:`checks.kinds.lexicon`), only near the list entries they need, and, when the
text disguises words ("h44t", "h a a t", "haaaat"), also on its undisguised views.

Parameters:
    patterns        regexes with placeholders; a named group ``hit`` narrows the span. A
                    pattern runs only near an entry of the lists it names (it must not match
                    without one), or of the lists in a leading ``(?#gate:list/a,list/b)``;
                    ``(?#gate:anchors)`` or naming no list: near an anchor.
    macros          name → regex fragment (may itself name term lists)
    unless          regexes that, found in the same sentence, silence the rule
    unless_in_hit   regexes that, found inside the matched text, silence that match
    anchors         words (or word starts) of which every pattern without a term list needs
                    one; those patterns then only run near them, which keeps long posts fast
    skip_quoted     stay quiet inside quotation marks (a quoted title or opinion); default true
    variants        also match disguised spellings; default true
    suggestions     replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from checks.context import CheckContext
from checks.kinds.base import bad_rule, mapping, param, str_list
from checks.kinds.disguise import disguised_views
from checks.kinds.lexicon import Lexicon, Marked, prepare
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.termlist import Term
from checks.text import Document, Span, Word

PLACEHOLDER_RE = re.compile(r"\{([a-z][a-z0-9_]*(?:/[a-z0-9_\-]+)*)\}")
_HIT_GROUP_RE = re.compile(r"\(\?P<hit>")
GATE_RE = re.compile(r"^\(\?#gate:([^)]*)\)")
WINDOW = 100
QUOTE_RE = re.compile(
    r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|„[^”“\n]{1,200}[”“]|«[^»\n]{1,200}»"
    r"|‘[^’\n]{1,200}’|(?<![\w'])'(?!s\b|t\b|n\b)[^'\n]{1,200}?(?<![\s])'(?![\w])"
)


def term_regex(term: Term) -> str:
    """One term-list entry as a regex: words across white space, ``*`` as any ending."""
    core = r"\s+".join(re.escape(word) for word in term.text.split())
    return (r"\w*" if term.suffix else "") + core + (r"\w*" if term.prefix else "")


def expand_macros(source: str, rule: Rule, macros: Mapping[str, str], depth: int = 0) -> str:
    """Replace macro placeholders, recursively; list placeholders stay."""

    def replace(found: re.Match[str]) -> str:
        name = found.group(1)
        if "/" in name:
            return found.group()
        if name not in macros:
            raise bad_rule(rule, f"names the unknown macro '{{{name}}}'")
        if depth > 5:
            raise bad_rule(rule, f"macro '{name}' refers to itself")
        return "(?:" + expand_macros(macros[name], rule, macros, depth + 1) + ")"

    return PLACEHOLDER_RE.sub(replace, source)


def list_names(source: str) -> set[str]:
    return {name for name in PLACEHOLDER_RE.findall(source) if "/" in name}


def quoted_spans(text: str) -> tuple[Span, ...]:
    """Stretches of text inside quotation marks."""
    return tuple(Span(m.start(), m.end()) for m in QUOTE_RE.finditer(text))


@dataclass(frozen=True, slots=True)
class _Group:
    """Patterns that run together: near entries of the lists in ``bits``, near the rule's
    anchors (``bits`` 0 and ``anchored``), or everywhere (``bits`` 0, not anchored)."""

    pattern: re.Pattern[str]
    bits: int


@dataclass(frozen=True, slots=True)
class _Compiled:
    groups: tuple[_Group, ...]
    in_hit: tuple[re.Pattern[str], ...]


class _Guards:
    """Sentence and quotation guards, evaluated once per sentence of one document."""

    def __init__(self, doc: Document, unless: tuple[re.Pattern[str], ...], skip_quoted: bool):
        self.doc, self.unless = doc, unless
        self.quotes = _quotes(doc) if skip_quoted else ()
        self.silenced: dict[int, bool] = {}

    def allow(self, start: int, end: int) -> bool:
        if any(q.start <= start and end <= q.end for q in self.quotes):
            return False
        if self.doc.in_not_prose(start, end):
            return False
        sentence = self.doc.sentence_at(start)
        if sentence.start not in self.silenced:
            text = self.doc.lower[sentence.start : sentence.end].replace("’", "'")
            self.silenced[sentence.start] = any(g.search(text) for g in self.unless)
        return not self.silenced[sentence.start]


def _compile(rule: Rule, source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise bad_rule(rule, f"has a broken regex in '{where}': {exc}") from None


def _combined(rule: Rule, sources: list[str]) -> re.Pattern[str]:
    numbered = [_HIT_GROUP_RE.sub(f"(?P<hit{i}>", s) for i, s in enumerate(sources)]
    return _compile(rule, "|".join(f"(?:{s})" for s in numbered), "patterns")


def _with_lists(source: str, lexicon: Lexicon) -> str:
    return PLACEHOLDER_RE.sub(lambda m: lexicon.char_class(m.group(1)), source)


def _with_alternations(source: str, resources: Resources) -> str:
    def replace(found: re.Match[str]) -> str:
        terms = sorted(resources.term_list(found.group(1)).terms, key=lambda t: -len(t.text))
        return "(?:" + "|".join(term_regex(term) for term in terms) + ")"

    return PLACEHOLDER_RE.sub(replace, source)


def _build_lexicon(rule: Rule, resources: Resources, names: set[str]) -> Lexicon:
    anchors = str_list(rule, "anchors", ())
    try:
        return Lexicon({name: resources.term_list(name) for name in names}, anchors)
    except ValueError as exc:
        raise bad_rule(rule, str(exc)) from None


def gate_of(source: str) -> tuple[str, ...]:
    """The lists a pattern must find an entry of before it runs, or ("anchors",).

    Written as a leading regex comment, ``(?#gate:safety/groups)``; without one, an entry of
    any list the pattern names will do, and a pattern naming no list needs an anchor.
    """
    found = GATE_RE.match(source)
    if found:
        return tuple(name.strip() for name in found.group(1).split(","))
    names = tuple(sorted(list_names(source)))
    return names or ("anchors",)


def compile_rule(rule: Rule, resources: Resources) -> tuple[Lexicon, _Compiled]:
    """Expand and compile a rule's patterns against its marked term lists."""
    macros = {str(k): str(v) for k, v in mapping(rule, "macros").items()}
    sources = [expand_macros(s, rule, macros) for s in str_list(rule, "patterns", ())]
    if not sources:
        raise bad_rule(rule, "needs at least one regex in 'params.patterns'")
    in_hit = [expand_macros(s, rule, macros) for s in str_list(rule, "unless_in_hit", ())]
    names = set().union(*(list_names(s) for s in sources + in_hit))
    lexicon = _build_lexicon(rule, resources, names)
    by_gate: dict[int, list[str]] = {}
    for source in sources:
        gate = gate_of(source)
        unknown = [name for name in gate if name != "anchors" and name not in lexicon.bits]
        if unknown:
            raise bad_rule(rule, f"gates a pattern on '{unknown[0]}', a list it does not name")
        bits = sum(lexicon.bits.get(name, 0) for name in gate)
        by_gate.setdefault(bits, []).append(_with_lists(source, lexicon))
    groups = tuple(_Group(_combined(rule, found), bits) for bits, found in by_gate.items())
    in_hit_patterns = tuple(
        _compile(rule, _with_lists(s, lexicon), "unless_in_hit") for s in in_hit
    )
    return lexicon, _Compiled(groups, in_hit_patterns)


class _Lazy:
    """The compiled patterns, built on first use: compiling large patterns takes time that
    loading the engine should not spend on rules a post may never need. Two threads racing
    here compile the same thing twice, which is harmless."""

    def __init__(self, rule: Rule, resources: Resources) -> None:
        self.rule, self.resources = rule, resources
        self.value: tuple[Lexicon, _Compiled] | None = None

    def get(self) -> tuple[Lexicon, _Compiled]:
        if self.value is None:
            self.value = compile_rule(self.rule, self.resources)
        return self.value


def build_lexicon_patterns(rule: Rule, resources: Resources) -> Matcher:
    """Flag every match of the rule's patterns that its guards do not silence."""
    _check_lists(rule, resources)
    lazy = _Lazy(rule, resources)
    macros = {str(k): str(v) for k, v in mapping(rule, "macros").items()}
    unless = tuple(
        _compile(rule, _with_alternations(expand_macros(s, rule, macros), resources), "unless")
        for s in str_list(rule, "unless", ())
    )
    skip_quoted = param(rule, "skip_quoted", bool, True)
    variants = param(rule, "variants", bool, True)
    suggestions = str_list(rule, "suggestions", ())

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        lexicon, compiled = lazy.get()
        guards = _Guards(doc, unless, skip_quoted)
        views = _views(doc) if variants else _views(doc)[:1]
        seen: set[tuple[int, int]] = set()
        for marked in _marked_views(lexicon, views):
            for start, end in _matches(marked, compiled, bool(lexicon.anchor_keys)):
                if (start, end) not in seen and guards.allow(start, end):
                    seen.add((start, end))
                    yield Hit(start, end, suggestions)

    return match


def _views(doc: Document) -> list[tuple[str, Sequence[int] | None]]:
    """The plain text and its undisguised stretches, prepared once for all pattern rules.

    Kept on the document itself: it lives for one check, so the views go with it.
    """
    cached = doc.__dict__.get("_lexicon_views")
    if cached is None:
        lower = doc.lower.replace("’", "'")
        words = _prose_words(doc)
        disguised = disguised_views(_prose_only(doc, lower), words)
        cached = [prepare(lower, None), *(prepare(v.text, v.offsets) for v in disguised)]
        doc.__dict__["_lexicon_views"] = cached
    return cached


def _prose_words(doc: Document) -> Sequence[Word]:
    """The words outside links, e-mail addresses and @handles (one pass over both)."""
    spans = sorted(doc.not_prose, key=lambda span: span.start)
    if not spans:
        return doc.words
    kept: list[Word] = []
    index = 0
    for word in doc.words:
        while index < len(spans) and spans[index].end <= word.start:
            index += 1
        if index < len(spans) and spans[index].start <= word.start < spans[index].end:
            continue
        kept.append(word)
    return kept


def _quotes(doc: Document) -> tuple[Span, ...]:
    cached = doc.__dict__.get("_lexicon_quotes")
    if cached is None:
        cached = doc.__dict__["_lexicon_quotes"] = quoted_spans(doc.text)
    return cached


def _prose_only(doc: Document, lower: str) -> str:
    """The lower-cased text with links, e-mail addresses and @handles blanked out."""
    for span in doc.not_prose:
        lower = lower[: span.start] + "\x00" * (span.end - span.start) + lower[span.end :]
    return lower


def _check_lists(rule: Rule, resources: Resources) -> None:
    """Read every named list and macro now, so a mistake shows when the engine loads."""
    macros = {str(k): str(v) for k, v in mapping(rule, "macros").items()}
    sources = [*str_list(rule, "patterns", ()), *str_list(rule, "unless_in_hit", ())]
    if not sources:
        raise bad_rule(rule, "needs at least one regex in 'params.patterns'")
    names = set().union(*(list_names(expand_macros(s, rule, macros)) for s in sources))
    _build_lexicon(rule, resources, names)


def _windows(positions: Iterable[int], length: int) -> Iterator[tuple[int, int]]:
    """Merged stretches of the text around the given positions (in order)."""
    window: list[int] | None = None
    for index in positions:
        low, high = max(0, index - WINDOW), min(length, index + WINDOW)
        if window is not None and low <= window[1]:
            window[1] = high
            continue
        if window is not None:
            yield window[0], window[1]
        window = [low, high]
    if window is not None:
        yield window[0], window[1]


def _marked_views(
    lexicon: Lexicon, views: list[tuple[str, Sequence[int] | None]]
) -> Iterator[Marked]:
    """The plain text and the undisguised stretches, each with the rule's lists marked."""
    for text, offsets in views:
        yield lexicon.mark(text, offsets)


def _matches(marked: Marked, compiled: _Compiled, anchored: bool) -> Iterator[tuple[int, int]]:
    for found in _searches(marked, compiled, anchored):
        start, end = _reported_span(found)
        if end <= start or any(g.search(found.group()) for g in compiled.in_hit):
            continue
        yield marked.original(start, end)


def _searches(marked: Marked, compiled: _Compiled, anchored: bool) -> Iterator[re.Match[str]]:
    """Each pattern only where it can match: near entries of the lists it is gated on, near
    the rule's anchors, or everywhere (a rule without anchors)."""
    size, text = len(marked.text), marked.text
    for group in compiled.groups:
        if group.bits:
            positions: Iterable[int] = (i for i, b in marked.markers if b & group.bits)
        elif anchored:
            positions = marked.anchors
        else:
            yield from group.pattern.finditer(text)
            continue
        for low, high in _windows(positions, size):
            yield from group.pattern.finditer(text, low, high)


def _reported_span(found: re.Match[str]) -> tuple[int, int]:
    for name, value in found.groupdict().items():
        if name.startswith("hit") and value is not None:
            return found.start(name), found.end(name)
    return found.start(), found.end()


KINDS = {"lexicon_patterns": build_lexicon_patterns}


_ESCAPE_RE = re.compile(r"\\[a-zA-Z]|\(\?[P<>=!:#][^)]*?>?|\{\d*,?\d*\}")
_LITERAL_WORD_RE = re.compile(r"[^\W\d_]{2,}(?:'[^\W\d_]+)?")


def literal_collisions(source: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """Words a pattern spells out that a list it names would hide behind a marker.

    A list entry in the text becomes a marker, so a literal "vermoord" in a pattern can never
    match if "vermoord" is also an entry of one of the rule's lists.
    """
    bare = _ESCAPE_RE.sub(" ", PLACEHOLDER_RE.sub(" ", source))
    clashes = []
    for word in set(_LITERAL_WORD_RE.findall(bare.lower())):
        for name, terms in lexicon.lists.items():
            if any(_entry_covers(term, word) for term in terms.terms):
                clashes.append((word, name))
    return sorted(clashes)


def _entry_covers(term: Term, word: str) -> bool:
    if term.prefix and term.suffix:
        return term.text in word
    if term.prefix:
        return word.startswith(term.text)
    if term.suffix:
        return word.endswith(term.text)
    return word == term.text
