"""Dutch spelling with Hunspell (chunspell) and the OpenTaal dictionary: the offline fallback."""

from __future__ import annotations

import contextlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from arabesk_desk.spelling.compounds import has_lower_case_acronym, known_form
from arabesk_desk.spelling.dictionary import DictionaryLocation
from arabesk_desk.spelling.names import NameCues
from arabesk_desk.spelling.personal_dictionary import PersonalDictionary
from arabesk_desk.spelling.verdict_cache import VerdictCache
from arabesk_desk.spelling.words import NameList, checkable_words, clean
from checks import Category, Finding, Severity
from checks.text import Document, Word

RULE_ID = "spelling.hunspell"
NAME_RULE_ID = "spelling.name"  # an unknown name: an info, never a warning
SOURCE = "hunspell"
ENGINE_NAME = "Hunspell (OpenTaal)"
_SUGGESTION_CACHE_SIZE = 512
_MAX_SUGGESTIONS = 5
# Suggesting costs 0.2–1 s per word: a long text full of unknown words (a pasted list, another
# language) gets suggestions for its first words only, and very long "words" get none.
MAX_SUGGESTED_WORDS = 25
_MAX_SUGGESTED_LENGTH = 40
NO_NAMES = NameList()
_ABBREVIATION_AFTER_RE = re.compile(r"\. ?(?:[a-z0-9(]|$)")


STOP_POLL_WORDS = 256  # how often a long check asks whether it should stop


class DictionaryLoadError(Exception):
    """The dictionary files exist but Hunspell could not load them."""


class CheckStopped(Exception):
    """A check was stopped before its end: a newer text is waiting."""


class HunspellChecker:
    """Spells each word against OpenTaal; suggestions only on request (they are slow).

    Loads the dictionary when a word's verdict is not cached yet (≈0.1–0.3 s), so a check
    whose words were all judged before never builds Hunspell. Thread-safe: one lock around
    Hunspell, whose C++ object is not safe to share between threads.
    """

    def __init__(
        self,
        location: DictionaryLocation,
        personal: PersonalDictionary,
        also_accept: tuple[DictionaryLocation, ...] = (),
        verdicts: VerdictCache | None = None,
    ) -> None:
        self.location = location
        self.personal = personal
        # Words these dictionaries know are not flagged (posts mix in English: "Happy
        # holidays"); suggestions come from the Dutch dictionary only.
        self.also_accept = also_accept
        self._lock = threading.Lock()
        self._hunspell: Any = None
        self._others: list[Any] = []
        self._suggestions: OrderedDict[str, tuple[str, ...]] = OrderedDict()
        # The dictionaries' verdict per word (never the personal list's): a post is re-checked
        # on every pause in typing, and a dict lookup costs a fraction of Hunspell's spell().
        self.verdicts = verdicts if verdicts is not None else VerdictCache(None, "")

    def load(self) -> None:
        """Load the dictionary now (otherwise the first check does)."""
        with self._lock:
            self._ensure_loaded()

    def _ensure_loaded(self) -> Any:
        if self._hunspell is None:
            import hunspell  # chunspell: a C extension, imported only when spelling is used

            self._hunspell = _open(hunspell, self.location)
            self._others = [_open(hunspell, other) for other in self.also_accept]
            for word in self.personal.words:
                _add_to_speller(self._hunspell, word)
        return self._hunspell

    def is_correct(self, word: str) -> bool:
        word = clean(word)
        if word in self.personal or not _is_latin(word):
            return True
        with self._lock:
            return self._spell(self._ensure_loaded(), word)

    def is_correct_plain(self, word: str) -> bool:
        """The dictionaries' own verdict, without compounds or other forms (for scoring)."""
        with self._lock:
            return self._spell_plain(self._ensure_loaded(), clean(word))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Up to five corrections, cached: the first call for a word takes ≈0.2–0.5 s."""
        word = clean(word)
        with self._lock:
            cached = self._suggestions.get(word)
            if cached is None:
                cached = self._suggest_uncached(self._ensure_loaded(), word)
                self._suggestions[word] = cached
                if len(self._suggestions) > _SUGGESTION_CACHE_SIZE:
                    self._suggestions.popitem(last=False)
            else:
                self._suggestions.move_to_end(word)
            return cached

    def add_word(self, word: str) -> None:
        """Offer ``word`` in suggestions from now on (the personal list decides what is right)."""
        with self._lock:
            if self._hunspell is not None:
                _add_to_speller(self._hunspell, word)
            self._suggestions.clear()

    def check(
        self,
        text: str,
        names: NameList = NO_NAMES,
        *,
        with_suggestions: bool = False,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Finding]:
        """Findings for unknown words. A pure function of the text, the lists and the dictionary.

        ``should_stop`` is asked every few hundred words (a newer text is waiting: a huge
        paste need not be finished); when it says yes, :class:`CheckStopped` is raised.
        """
        document = Document(text)
        unknown = []
        with self._lock:
            for count, word in enumerate(checkable_words(document, names), start=1):
                if should_stop is not None and count % STOP_POLL_WORDS == 0 and should_stop():
                    raise CheckStopped
                if not self._word_ok(word, text):
                    unknown.append(word)
        if not unknown:
            return []
        cues = NameCues(document)
        typos: list[Word] = []
        likely_names: list[Word] = []
        with self._lock:
            for word in unknown:
                is_typo = not cues.is_name(word) or self._miswritten_acronym(word)
                (typos if is_typo else likely_names).append(word)
        distinct = list(dict.fromkeys(w.text for w in typos))
        suggested = set(distinct[:MAX_SUGGESTED_WORDS]) if with_suggestions else set()
        return sorted(
            [self._finding(w, w.text in suggested) for w in typos]
            + [name_finding(w) for w in likely_names],
            key=lambda f: f.start,
        )

    def _miswritten_acronym(self, word: Word) -> bool:
        """ "HBO-opleiding" looks like a name (capitals) but is Dutch miswritten."""
        speller = self._hunspell
        return speller is not None and has_lower_case_acronym(
            clean(word.text), lambda part: self._spell_dutch(speller, part)
        )

    def _word_ok(self, word: Word, text: str) -> bool:
        spelled = clean(word.text)
        if self._known(spelled):
            return True
        if spelled in self.personal:
            return True
        if spelled[:1].isupper() and spelled[1:].islower() and self._known(spelled.lower()):
            return True  # "Moslims" opening a sentence: the dictionary keeps "moslims" lower
        # Abbreviations such as "enz." and "bijv." are in the dictionary with their full stop;
        # two or three letters with a full stop inside a sentence are one too ("vr. 12 mei").
        if text[word.end : word.end + 1] != ".":
            return False
        return self._known(spelled + ".") or (
            len(spelled) <= 3 and _ABBREVIATION_AFTER_RE.match(text, word.end) is not None
        )

    def _known(self, word: str) -> bool:
        """The dictionaries' verdict: cached, or asked of Hunspell (built only now)."""
        known = self.verdicts.get(word)
        if known is None:
            if word in self.personal:
                return True  # the user's list decides; never cached as the dictionary's word
            known = not _is_latin(word) or self._spell(self._ensure_loaded(), word)
            self.verdicts.put(word, known)
        return known

    def forget_verdicts(self) -> None:
        """Drop the per-word cache (the benchmark measures a cold check with it)."""
        with self._lock:
            self.verdicts.clear()

    def save_verdicts(self) -> None:
        """Keep this session's verdicts for the next run (a cache file; failures cost speed)."""
        self.verdicts.save()

    def _spell(self, speller: Any, word: str) -> bool:
        try:
            if speller.spell(word) or any(other.spell(word) for other in self._others):
                return True
        except UnicodeError:
            return True  # letters the dictionary cannot even encode: not ours to judge
        # "schoolapp", "meester-leerling", "MMA-vechter", "bhv'ers", "níet": good Dutch that
        # no dictionary lists (OpenTaal's Hunspell compounds numbers only).
        return known_form(word, lambda part: self._spell_dutch(speller, part))

    def _spell_plain(self, speller: Any, word: str) -> bool:
        try:
            return bool(speller.spell(word)) or any(other.spell(word) for other in self._others)
        except UnicodeError:
            return False

    @staticmethod
    def _spell_dutch(speller: Any, word: str) -> bool:
        """The Dutch dictionary alone: a compound is made of Dutch words, not English ones."""
        try:
            return bool(speller.spell(word))
        except UnicodeError:
            return False

    def _suggest_uncached(self, speller: Any, word: str) -> tuple[str, ...]:
        if len(word) > _MAX_SUGGESTED_LENGTH:
            return ()
        try:
            found = speller.suggest(word)
        except UnicodeError:
            return ()
        return tuple(dict.fromkeys(found))[:_MAX_SUGGESTIONS]

    def _finding(self, word: Word, with_suggestions: bool) -> Finding:
        return Finding(
            rule=RULE_ID,
            category=Category.SPELLING,
            guideline=None,
            severity=Severity.WARNING,
            start=word.start,
            end=word.end,
            message=f"‘{word.text}’ staat niet in het woordenboek. Klopt de spelling?",
            message_en=f"‘{word.text}’ is not in the dictionary. Is it spelled right?",
            suggestions=self.suggest(word.text) if with_suggestions else (),
            source=SOURCE,
            data=(("word", word.text),),
        )


def name_finding(word: Word) -> Finding:
    """An unknown capitalised word inside a sentence: most likely a name."""
    return Finding(
        rule=NAME_RULE_ID,
        category=Category.SPELLING,
        guideline=None,
        severity=Severity.INFO,
        start=word.start,
        end=word.end,
        message=f"Onbekende naam? ‘{word.text}’ staat niet in het woordenboek.",
        message_en=f"An unknown name? ‘{word.text}’ is not in the dictionary.",
        source=SOURCE,
        data=(("word", word.text),),
    )


def _open(hunspell: Any, location: DictionaryLocation) -> Any:
    try:
        return hunspell.Hunspell(location.name, hunspell_data_dir=str(location.folder))
    except (OSError, UnicodeError) as exc:
        raise DictionaryLoadError(f"{location.dic}: {exc}") from exc


def _add_to_speller(speller: Any, word: str) -> None:
    # A word the dictionary cannot encode stays accepted through the personal list.
    with contextlib.suppress(UnicodeError):
        speller.add(clean(word))


def _is_latin(word: str) -> bool:
    """True when every letter is Latin script (Arabic or Cyrillic words are not judged)."""
    return word.isascii() or all(
        ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in word if ch.isalpha()
    )
