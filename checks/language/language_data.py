"""The Dutch data the language layer reads: abbreviations, look-alikes, irregular forms,
known words, and the lexicon of every term list the engine's rules use.

Built once per engine from ``resources/language/`` (and the OpenTaal dictionary for known
words, read only when a compound needs judging). Kinds say which term lists they need with
:meth:`LanguageData.require` while the engine loads; the lexicon is compiled on first use, so
loading the engine stays fast and the first check pays for it once. Safe to share between
threads: two racing first uses compile the same thing twice, which is harmless.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

from checks.language.clauses import ClauseWords
from checks.language.disguise import readings
from checks.language.inflection import IrregularForms
from checks.language.known_words import KnownWords
from checks.language.lexicon import TokenLexicon
from checks.language.sentences import Abbreviations
from checks.language.tokens import DISGUISED, DOTTED, MASKED, UNDISGUISED, WORD, LookAlikes, Token
from checks.pack_error import PackError
from checks.termlist import Term, TermList

WORDS_LIST = "inline/words"


class LanguageData:
    """Read-only language data, loaded from a resources folder on first use."""

    def __init__(self, root: Path, term_list: Callable[[str], TermList] | None = None) -> None:
        self.root = root
        self._term_list = term_list
        self._required: set[str] = set()
        self._inline: dict[str, TermList] = {}
        self._words: dict[str, str] = {}
        self._lexicon: TokenLexicon | None = None

    def _lines(self, name: str) -> tuple[list[str], str]:
        path = self.root / "language" / name
        try:
            return path.read_text(encoding="utf-8").splitlines(), str(path)
        except FileNotFoundError:
            raise PackError(path, None, "language data file is missing") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(path, None, f"cannot read language data: {exc}") from None

    def _toml(self, name: str) -> dict[str, Any]:
        lines, origin = self._lines(name)
        try:
            return tomllib.loads("\n".join(lines))
        except tomllib.TOMLDecodeError as exc:
            raise PackError(origin, None, f"not valid TOML: {exc}") from None

    @cached_property
    def clause_words(self) -> ClauseWords:
        data = self._toml("clause_words.toml")
        if not all(
            isinstance(v, list) and all(isinstance(w, str) for w in v) for v in data.values()
        ):
            raise PackError(
                self.root / "language" / "clause_words.toml", None, "expected lists of words"
            )
        return ClauseWords.of(data)

    @cached_property
    def pieces(self) -> dict[str, str]:
        """Named pattern pieces shared by every pattern rule."""
        pieces = self._toml("pieces.toml").get("pieces", {})
        if not isinstance(pieces, dict) or not all(isinstance(v, str) for v in pieces.values()):
            raise PackError(
                self.root / "language" / "pieces.toml",
                None,
                "[pieces] must map names to pattern text",
            )
        return dict(pieces)

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Words a pattern means exactly as written ("een" is never "eens")."""
        lines, _ = self._lines("function_words.txt")
        return frozenset(
            w
            for line in lines
            if (w := line.split("#", 1)[0].strip().lower()) and not line.startswith("#")
        )

    @cached_property
    def abbreviations(self) -> Abbreviations:
        lines, origin = self._lines("abbreviations.txt")
        return Abbreviations.parse(lines, origin)

    @cached_property
    def look_alikes(self) -> LookAlikes:
        lines, origin = self._lines("lookalikes.txt")
        return LookAlikes.parse(lines, origin)

    @cached_property
    def irregular(self) -> IrregularForms:
        verbs, verbs_origin = self._lines("irregular_verbs.txt")
        nouns, nouns_origin = self._lines("irregular_nouns.txt")
        return IrregularForms.parse(verbs, nouns, (verbs_origin, nouns_origin))

    @cached_property
    def known_words(self) -> KnownWords:
        """The words of the shipped OpenTaal dictionary, read when first asked."""
        return KnownWords(self.root / "dictionaries" / "nl_NL.dic")

    def is_known_word(self, word: str) -> bool:
        """Whether ``word`` (or it without a plural or diminutive ending) is a dictionary word."""
        return self.known_words.knows(word)

    def undisguised(self, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
        """Tokens whose disguise reads as a real word ("d00d", "m44k", "k.u.t", "zooo")
        get that word as their norm, flagged ``UNDISGUISED``: then phrases, separable verbs
        and patterns see it as the word it is. Masks ("k*t") stay as they are."""
        if not any(t.flags & (DISGUISED | DOTTED) for t in tokens):
            return tokens
        plain = list(tokens)
        for index, token in enumerate(tokens):
            if token.kind != WORD or not token.flags & (DISGUISED | DOTTED) or token.flags & MASKED:
                continue
            for reading in readings(token):
                if self._is_plain_word(reading):
                    flags = token.flags | UNDISGUISED
                    plain[index] = token._replace(norm=reading, flags=flags)
                    break
        return tuple(plain)

    def _is_plain_word(self, word: str) -> bool:
        if self._term_list is not None and self.lexicon.knows_form(word):
            return True
        return len(word) > 2 and self.is_known_word(word)

    def require(self, *names: str) -> None:
        """Term lists a kind will look up in documents; read now, so mistakes show at load."""
        if self._term_list is None:
            raise RuntimeError("this language data has no term lists")
        for name in names:
            self._term_list(name)
            if name not in self._required:
                self._required.add(name)
                self._lexicon = None

    def add_inline(self, name: str, terms: TermList) -> None:
        """A list made by a kind, not read from a file."""
        self._inline[name] = terms
        self._lexicon = None

    def add_words(self, words: Iterable[str]) -> str:
        """Words spelled out in patterns, found in all their forms (function words exactly);
        all patterns share one list of them. Returns the list's name."""
        new = [w for w in words if w not in self._words]
        for word in new:
            self._words[word] = "exact" if word in self.function_words else "auto"
        if new or WORDS_LIST not in self._inline:
            terms = tuple(Term(w, word_class=c) for w, c in sorted(self._words.items()))
            self.add_inline(WORDS_LIST, TermList(WORDS_LIST, terms))
        return WORDS_LIST

    def list_id(self, name: str) -> int:
        return self.lexicon.list_ids[name]

    @property
    def lexicon(self) -> TokenLexicon:
        lexicon = self._lexicon
        if lexicon is None:
            lists = (
                {name: self._term_list(name) for name in self._required} if self._term_list else {}
            )
            lists.update(self._inline)
            irregular = replace(self.irregular, is_word=self.is_known_word)
            lexicon = TokenLexicon(lists, irregular, self.is_known_word)
            self._lexicon = lexicon
        return lexicon


_PACKAGED: dict[Path, LanguageData] = {}


def packaged_language(root: Path) -> LanguageData:
    """Language data without term lists (sentences and tokens only), one per folder."""
    data = _PACKAGED.get(root)
    if data is None:
        data = _PACKAGED.setdefault(root, LanguageData(root))
    return data
