"""The ``lexicon_patterns`` kind: sentence patterns built from editable word lists.

A pattern may name a term list in braces, ``{safety/groups}``, which stands for any of its
entries (``*`` entries allow any ending, ``!`` exceptions apply), and a macro, ``{adverbs}``,
defined in ``params.macros``. So a school extends "[groep] zijn [ongedierte]" by adding words
to a list, not by editing a regex. Patterns run on the lower-cased text with every list entry
marked (see :mod:`checks.kinds.lexicon`), only near the list entries they need, and, when the
text disguises words ("h44t", "h a a t", "haaaat"), also on its undisguised views.

Parameters:
    patterns        regexes with placeholders; a named group ``hit`` narrows the span.
                    A pattern that names lists must not match without one of them.
    macros          name → regex fragment (may itself name term lists)
    unless          regexes that, found in the same sentence, silence the rule
    unless_in_hit   regexes that, found inside the matched text, silence that match
    skip_quoted     stay quiet inside quotation marks (a quoted title or opinion); default true
    variants        also match disguised spellings; default true
    suggestions     replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from checks.context import CheckContext
from checks.kinds.base import bad_rule, mapping, param, str_list
from checks.kinds.disguise import disguised_views, plain_view
from checks.kinds.lexicon import Lexicon, Marked
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.termlist import Term
from checks.text import Document, Span

PLACEHOLDER_RE = re.compile(r"\{([a-z][a-z0-9_]*(?:/[a-z0-9_\-]+)*)\}")
_HIT_GROUP_RE = re.compile(r"\(\?P<hit>")
WINDOW = 160
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
class _Compiled:
    """A rule's patterns: those that need a list entry nearby, and those that do not."""

    gated: re.Pattern[str] | None
    gated_bits: int
    free: re.Pattern[str] | None
    in_hit: tuple[re.Pattern[str], ...]


class _Guards:
    """Sentence and quotation guards, evaluated once per sentence of one document."""

    def __init__(self, doc: Document, unless: tuple[re.Pattern[str], ...], skip_quoted: bool):
        self.doc, self.unless = doc, unless
        self.quotes = quoted_spans(doc.text) if skip_quoted else ()
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


def _combined(rule: Rule, sources: list[str]) -> re.Pattern[str] | None:
    if not sources:
        return None
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
    try:
        return Lexicon({name: resources.term_list(name) for name in names})
    except ValueError as exc:
        raise bad_rule(rule, str(exc)) from None


def compile_rule(rule: Rule, resources: Resources) -> tuple[Lexicon, _Compiled]:
    """Expand and compile a rule's patterns against its marked term lists."""
    macros = {str(k): str(v) for k, v in mapping(rule, "macros").items()}
    sources = [expand_macros(s, rule, macros) for s in str_list(rule, "patterns", ())]
    if not sources:
        raise bad_rule(rule, "needs at least one regex in 'params.patterns'")
    in_hit = [expand_macros(s, rule, macros) for s in str_list(rule, "unless_in_hit", ())]
    names = set().union(*(list_names(s) for s in sources + in_hit))
    lexicon = _build_lexicon(rule, resources, names)
    gated = [_with_lists(s, lexicon) for s in sources if list_names(s)]
    free = [s for s in sources if not list_names(s)]
    gated_names = set().union(*(list_names(s) for s in sources))
    compiled = _Compiled(
        gated=_combined(rule, gated),
        gated_bits=sum(lexicon.bits[name] for name in gated_names),
        free=_combined(rule, free),
        in_hit=tuple(_compile(rule, _with_lists(s, lexicon), "unless_in_hit") for s in in_hit),
    )
    return lexicon, compiled


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
        views = [plain_view(doc.lower)]
        if variants:
            views.extend(disguised_views(doc.lower))
        seen: set[tuple[int, int]] = set()
        for view in views:
            marked = lexicon.mark(view.text, view.offsets)
            for start, end in _matches(marked, compiled):
                if (start, end) not in seen and guards.allow(start, end):
                    seen.add((start, end))
                    yield Hit(start, end, suggestions)

    return match


def _check_lists(rule: Rule, resources: Resources) -> None:
    """Read every named list and macro now, so a mistake shows when the engine loads."""
    macros = {str(k): str(v) for k, v in mapping(rule, "macros").items()}
    sources = [*str_list(rule, "patterns", ()), *str_list(rule, "unless_in_hit", ())]
    if not sources:
        raise bad_rule(rule, "needs at least one regex in 'params.patterns'")
    names = set().union(*(list_names(expand_macros(s, rule, macros)) for s in sources))
    _build_lexicon(rule, resources, names)


def _windows(marked: Marked, bits: int) -> Iterator[tuple[int, int]]:
    """Merged stretches around the markers of the given lists."""
    window: list[int] | None = None
    for index, marker_bits in marked.markers:
        if not marker_bits & bits:
            continue
        low, high = max(0, index - WINDOW), min(len(marked.text), index + WINDOW)
        if window is not None and low <= window[1]:
            window[1] = high
            continue
        if window is not None:
            yield window[0], window[1]
        window = [low, high]
    if window is not None:
        yield window[0], window[1]


def _matches(marked: Marked, compiled: _Compiled) -> Iterator[tuple[int, int]]:
    for found in _searches(marked, compiled):
        start, end = _reported_span(found)
        if end <= start or any(g.search(found.group()) for g in compiled.in_hit):
            continue
        yield marked.original(start, end)


def _searches(marked: Marked, compiled: _Compiled) -> Iterator[re.Match[str]]:
    """Gated patterns near the markers they need; the others over the whole text."""
    if compiled.gated is not None and marked.markers:
        for low, high in _windows(marked, compiled.gated_bits):
            yield from compiled.gated.finditer(marked.text, low, high)
    if compiled.free is not None:
        yield from compiled.free.finditer(marked.text)


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
