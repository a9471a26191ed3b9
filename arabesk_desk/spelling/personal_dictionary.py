"""The user's own word list: one word a line, added to from a finding, never rewritten."""

from __future__ import annotations

import threading
from pathlib import Path

from arabesk_desk.spelling.words import clean


class PersonalDictionaryError(Exception):
    """A word that cannot be added, or a list that cannot be read; the message says why."""


class PersonalDictionary:
    """Words the user accepts. Lines starting with ``#`` are comments. Thread-safe.

    A lower-case entry accepts any capitalisation; an entry with capitals accepts that
    spelling and its all-caps form (as a word processor does).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._exact: set[str] = set()
        self._any_case: set[str] = set()
        self.problem: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problem = f"{self.path}: could not be read ({exc.strerror or exc})"
            return
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Keep the file as it is (nothing lost) and use what can be read.
            self.problem = f"{self.path}: not UTF-8; unreadable letters were skipped"
            text = raw.decode("utf-8", errors="replace")
        for line in text.splitlines():
            word = line.strip()
            if word and not word.startswith("#") and "\ufffd" not in word:
                self._remember(word)

    def _remember(self, word: str) -> None:
        word = clean(word)
        (self._any_case if word == word.lower() else self._exact).add(word)

    @property
    def words(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._exact | self._any_case)

    def __contains__(self, word: str) -> bool:
        word = clean(word)
        with self._lock:
            if word in self._exact or word.lower() in self._any_case:
                return True
            return word.isupper() and any(w.upper() == word for w in self._exact)

    def add(self, word: str) -> str:
        """Add ``word`` to the list and the file (appended); returns the word as stored."""
        word = clean(word.strip())
        if not word or any(ch.isspace() for ch in word) or word.startswith("#"):
            raise PersonalDictionaryError(f"'{word}' is not a single word")
        with self._lock:
            if word in self._exact or word in self._any_case:
                return word
            self._append_line(word)
            self._remember(word)
        return word

    def _append_line(self, word: str) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            needs_newline = self.path.exists() and not _ends_with_newline(self.path)
            with self.path.open("a", encoding="utf-8", newline="\n") as file:
                file.write(("\n" if needs_newline else "") + word + "\n")
        except OSError as exc:
            raise PersonalDictionaryError(
                f"could not save '{word}' in {self.path}: {exc.strerror or exc}"
            ) from None


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as file:
        if file.seek(0, 2) == 0:
            return True
        file.seek(-1, 2)
        return file.read(1) == b"\n"
