"""Talking to a LanguageTool server through language-tool-python, as a client only.

LanguageTool counts offsets in UTF-16 (Java). language-tool-python moves a match's start to
code points but not its length, so the end is converted here: findings leave in code points.
"""

from __future__ import annotations

import threading
from typing import Any

from checks import Category, Finding, Severity

SOURCE = "languagetool"
ENGINE_NAME = "LanguageTool"
RULE_PREFIX = "languagetool."
LOCAL_PROXIES = {"no_proxy": "127.0.0.1,localhost,::1"}

_SPELLING_CATEGORIES = frozenset({"TYPOS"})
_GRAMMAR_CATEGORIES = frozenset(
    {"GRAMMAR", "CASING", "PUNCTUATION", "CONFUSED_WORDS", "COMPOUNDING", "SEMANTICS"}
)


class LanguageToolUnavailable(Exception):
    """The server could not be reached or gave no usable answer; the message says why."""


class LanguageToolClient:
    """One language-tool-python client for one server URL. Thread-safe (one request at a time).

    language-tool-python caches the text of the last answer in class attributes while it
    converts offsets, so requests are serialised here.
    """

    def __init__(
        self, url: str, language: str = "nl-NL", *, local: bool = False, timeout: float = 30.0
    ) -> None:
        self.url = url
        self.language = language
        self.local = local
        self.timeout = timeout
        self._lock = threading.Lock()
        self._tool: Any = None

    def _connect(self) -> Any:
        if self._tool is None:
            import language_tool_python

            timeout = self.timeout

            class _Client(language_tool_python.LanguageTool):
                _TIMEOUT = timeout  # type: ignore[assignment]  # 300 s would stall the lane

            try:
                self._tool = _Client(
                    self.language,
                    remote_server=self.url,
                    proxies=LOCAL_PROXIES if self.local else None,
                )
            except Exception as exc:  # the library raises many kinds (HTTP, JSON, its own)
                raise LanguageToolUnavailable(f"{self.url}: {exc}") from exc
        return self._tool

    def check(self, text: str) -> list[Finding]:
        """Findings for ``text`` (one paragraph), offsets in code points of ``text``."""
        with self._lock:
            tool = self._connect()
            try:
                matches = tool.check(text)
            except Exception as exc:
                raise LanguageToolUnavailable(f"{self.url}: {exc}") from exc
            return [match_to_finding(match, text) for match in matches]

    def close(self) -> None:
        with self._lock:
            self._tool = None  # a remote client holds no process or socket of its own


def match_to_finding(match: Any, text: str) -> Finding:
    """A language-tool-python ``Match`` as a Finding; its end converted from UTF-16."""
    start = max(0, min(int(match.offset), len(text)))
    end = max(start, code_point_end(text, start, int(match.error_length)))
    rule_id = str(match.rule_id)
    message = str(match.message)
    category = category_of(str(match.category), str(match.rule_issue_type))
    return Finding(
        rule=RULE_PREFIX + rule_id,
        category=category,
        guideline=None,
        severity=Severity.INFO if category is Category.STYLE else Severity.WARNING,
        start=start,
        end=end,
        message=message,
        message_en=f"LanguageTool ({rule_id}): {message}",
        suggestions=tuple(str(r) for r in list(match.replacements)[:5]),
        source=SOURCE,
        data=(("languagetool_rule", rule_id), ("languagetool_category", str(match.category))),
    )


def category_of(lt_category: str, issue_type: str) -> Category:
    """LanguageTool's category and issue type in our fixed vocabulary."""
    if issue_type == "misspelling" or lt_category in _SPELLING_CATEGORIES:
        return Category.SPELLING
    if issue_type == "grammar" or lt_category in _GRAMMAR_CATEGORIES:
        return Category.GRAMMAR
    return Category.STYLE


def code_point_end(text: str, start: int, utf16_length: int) -> int:
    """The code-point offset ``utf16_length`` UTF-16 units after code point ``start``."""
    units = 0
    position = start
    while position < len(text) and units < utf16_length:
        units += 2 if ord(text[position]) > 0xFFFF else 1
        position += 1
    return position


def code_point_offset(text: str, utf16_offset: int) -> int:
    """Code-point offset of a UTF-16 offset into ``text`` (used where no library converts)."""
    return code_point_end(text, 0, utf16_offset)
