"""Hunspell's verdict per word, kept on disk between runs and keyed by the dictionaries' version.

Building Hunspell costs 0.1–0.3 s, more than the rest of a CLI check. A post whose every word
was judged before needs no Hunspell at all. The key names every dictionary file with its
size, date and OpenTaal version, so a new dictionary starts a new cache. The file is a
cache: unreadable, foreign or damaged means empty, and writing it may fail without harm.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path

from arabesk_desk.spelling.dictionary import DictionaryLocation, dictionary_version

FORMAT = 1
MAX_WORDS = 20_000  # the newest words are kept; ≈300 kB, read in a few milliseconds


def dictionary_key(locations: Iterable[DictionaryLocation]) -> str:
    """The dictionaries' fingerprint: their files' size and date and their version.

    Kept as plain text (no hashing): it is only compared, and hashlib would load OpenSSL.
    """
    parts = [f"format {FORMAT}"]
    for location in locations:
        parts.append(f"{location.name} {dictionary_version(location)}")
        for path in (location.aff, location.dic):
            try:
                stat = path.stat()
            except OSError:
                parts.append(f"{path} missing")
                continue
            parts.append(f"{path} {stat.st_size} {stat.st_mtime_ns}")
    return "; ".join(parts)


class VerdictCache:
    """Word → whether the dictionaries know it. Thread-safe; ``save`` writes only changes."""

    def __init__(self, path: Path | None, key: str, max_words: int = MAX_WORDS) -> None:
        self.path = path
        self.key = key
        self.max_words = max_words
        self._lock = threading.Lock()
        self._verdicts: dict[str, bool] = {}
        self._changed = False
        self._loaded = path is None

    def get(self, word: str) -> bool | None:
        with self._lock:
            self._load_once()
            return self._verdicts.get(word)

    def put(self, word: str, known: bool) -> None:
        with self._lock:
            self._load_once()
            if self._verdicts.get(word) is not known:
                self._verdicts.pop(word, None)  # re-inserted last: the newest are kept
                self._verdicts[word] = known
                self._changed = True
            if len(self._verdicts) > 2 * self.max_words:  # a long session: drop the oldest
                self._verdicts = dict(list(self._verdicts.items())[-self.max_words :])

    def clear(self) -> None:
        with self._lock:
            self._verdicts.clear()
            self._loaded = True
            self._changed = True

    def __len__(self) -> int:
        with self._lock:
            self._load_once()
            return len(self._verdicts)

    def _load_once(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        assert self.path is not None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("key") != self.key:
                return  # another dictionary: start afresh
            self._verdicts = dict.fromkeys(data["known"], True)
            self._verdicts.update(dict.fromkeys(data["unknown"], False))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self._verdicts = {}

    def save(self) -> None:
        """Write the newest ``max_words`` verdicts atomically, if anything changed."""
        with self._lock:
            if self.path is None or not self._changed:
                return
            kept = list(self._verdicts.items())[-self.max_words :]
            data = {
                "key": self.key,
                "known": [word for word, known in kept if known],
                "unknown": [word for word, known in kept if not known],
            }
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            with contextlib.suppress(OSError):  # a cache: a read-only folder costs speed only
                self.path.parent.mkdir(parents=True, exist_ok=True)
                temporary.write_text(json.dumps(data), encoding="utf-8")
                os.replace(temporary, self.path)
                self._changed = False
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
