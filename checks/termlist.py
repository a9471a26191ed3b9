"""Term lists: the editable word lists behind tone, confidential, safety and style rules.

One entry a line in a UTF-8 text file::

    # a comment
    #! forms: noun                  the list's word class: its entries match in every form
    #! compounds: head              ... and as the last part of a compound ("klassensukkel")
    #! case: capitalised            only a word written with a capital counts (names)
    klote => vervelend | jammer     a word, with suggested replacements
    kut*                            a word and every compound that starts with it
    *kop                            every word that ends with it
    niet verder vertellen           a phrase
    slaan ~verb                     an entry of another word class than the list's
    !kankeronderzoek                an exception: this word never matches
    !luizen*                        an exception for every word starting with it

``forms`` is ``noun`` (plurals, diminutives), ``adjective`` (domme, dommer, domst),
``verb`` (every tense; a separable verb also when its particle stands apart: "maak ... af"),
``auto`` (verb for words in -en, otherwise noun and adjective) or ``exact`` (the default: the
entry as written). ``compounds`` is ``head``, ``modifier``, ``both`` or ``none`` (default).
``case`` is ``any`` (default) or ``capitalised``: "Ben" is a name, "ben" a verb.
Matching ignores case; phrases match across any white space.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checks.pack_error import PackError

WORD_CLASSES = ("exact", "noun", "adjective", "verb", "auto")
COMPOUND_POSITIONS = ("none", "head", "modifier", "both")
CASES = ("any", "capitalised")
_TAGS = {"~exact": "exact", "~noun": "noun", "~adj": "adjective", "~verb": "verb", "~auto": "auto"}


@dataclass(frozen=True, slots=True)
class Term:
    """One entry: lower-cased words, whether compounds may extend it, and fixes.

    ``word_class`` is the entry's own class (a ``~verb`` tag), or ``""`` for the list's.
    """

    text: str
    prefix: bool = False
    suffix: bool = False
    suggestions: tuple[str, ...] = ()
    word_class: str = ""


@dataclass(frozen=True, slots=True)
class TermList:
    """Parsed entries and exceptions of one or more term files."""

    name: str
    terms: tuple[Term, ...] = ()
    exceptions: frozenset[str] = frozenset()
    exception_prefixes: tuple[str, ...] = ()
    origins: tuple[str, ...] = field(default=(), compare=False)
    word_class: str = "exact"
    compounds: str = "none"
    case: str = "any"

    def class_of(self, term: Term) -> str:
        return term.word_class or self.word_class

    def is_exception(self, word: str) -> bool:
        return word in self.exceptions or word.startswith(self.exception_prefixes)

    def extended(self, lines: Iterable[str], origin: str) -> TermList:
        """This list plus entries written in the same format (a school policy's additions)."""
        extra = parse_terms(self.name, lines, origin)
        return TermList(
            self.name,
            self.terms + extra.terms,
            self.exceptions | extra.exceptions,
            self.exception_prefixes + extra.exception_prefixes,
            (*self.origins, origin),
            self.word_class,
            self.compounds,
            self.case,
        )


def _normalise(term: str) -> str:
    return " ".join(term.replace("’", "'").lower().split())


def parse_term_line(line: str) -> tuple[str, Term | None]:
    """Parse one line; returns ("exception", None), ("term", Term) or ("", None) for blanks.

    Raises ValueError with a readable problem for a malformed line.
    """
    body = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
    if not body:
        return "", None
    words, _, fixes = body.partition("=>")
    words, word_class = _tagged(words.strip())
    if words.startswith("!"):
        if fixes:
            raise ValueError("an exception ('!') cannot have suggestions")
        return "exception", Term(_normalise(words[1:].rstrip("*")), prefix=words.endswith("*"))
    prefix, suffix = words.endswith("*"), words.startswith("*")
    core = _normalise(words.strip("*"))
    if not core or "*" in core:
        raise ValueError(f"'{words}': '*' may only stand at the start or the end")
    suggestions = tuple(s.strip() for s in fixes.split("|") if s.strip()) if fixes else ()
    return "term", Term(core, prefix, suffix, suggestions, word_class)


def _tagged(words: str) -> tuple[str, str]:
    """The words of an entry and its word-class tag ("slaan ~verb" → "slaan", "verb")."""
    body, _, tag = words.rpartition(" ~")
    if not body:
        return words, ""
    if "~" + tag not in _TAGS:
        raise ValueError(f"unknown tag '~{tag}' (known: {', '.join(_TAGS)})")
    return body.strip(), _TAGS["~" + tag]


def parse_header(line: str) -> tuple[str, str] | None:
    """``#! forms: noun`` → ("forms", "noun"); other lines → None. Raises ValueError."""
    if not line.startswith("#!"):
        return None
    key, colon, value = line[2:].partition(":")
    key, value = key.strip(), value.split("#", 1)[0].strip()
    allowed = {"forms": WORD_CLASSES, "compounds": COMPOUND_POSITIONS, "case": CASES}.get(key)
    if not colon or allowed is None:
        raise ValueError(
            f"'{line.strip()}': a header is '#! forms: ...', '#! compounds: ...' or '#! case: ...'"
        )
    if value not in allowed:
        raise ValueError(f"'{value}' is not one of {', '.join(allowed)} for '{key}'")
    return key, value


def parse_terms(name: str, lines: Iterable[str], origin: str) -> TermList:
    terms: list[Term] = []
    exceptions: set[str] = set()
    exception_prefixes: list[str] = []
    header = {"forms": "exact", "compounds": "none", "case": "any"}
    for number, line in enumerate(lines, start=1):
        try:
            setting = parse_header(line)
            if setting is not None:
                header[setting[0]] = setting[1]
                continue
            what, term = parse_term_line(line)
        except ValueError as exc:
            raise PackError(origin, number, str(exc)) from None
        if term is None:
            continue
        if what == "exception" and term.prefix:
            exception_prefixes.append(term.text)
        elif what == "exception":
            exceptions.add(term.text)
        else:
            terms.append(term)
    return TermList(
        name,
        tuple(terms),
        frozenset(exceptions),
        tuple(exception_prefixes),
        (origin,),
        header["forms"],
        header["compounds"],
        header["case"],
    )


def load_term_file(name: str, path: Path) -> TermList:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(path, None, f"term list '{name}' does not exist") from None
    except UnicodeDecodeError as exc:
        raise PackError(path, None, f"term list is not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise PackError(path, None, f"cannot read term list: {exc.strerror or exc}") from None
    return parse_terms(name, text.splitlines(), str(path))
