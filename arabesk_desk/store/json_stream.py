"""The items of a huge JSON array, one at a time, from text read in chunks.

``json.loads`` on a 200 MB archive holds the whole text and every parsed tweet at once. Here
the C decoder parses one item from a buffer that holds little more than that item; an item
nested too deeply or larger than the limit is skipped (its end found by a bracket scan) and
reported, and the rest goes on. A syntax error ends the array with :class:`JsonStreamError`:
past it nothing can be trusted to be an item boundary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

MAX_ITEM_CHARS = 4 << 20
MAX_ITEM_DEPTH = 64
_SPACE = re.compile(r"[ \t\n\r]*")
# A whole string, a string cut off by the end of the buffer, or a bracket.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)


class JsonStreamError(ValueError):
    """The array is not valid JSON from some point on; the message says where."""


@dataclass(frozen=True, slots=True)
class BadItem:
    """An array item that was skipped: its 1-based number and why."""

    number: int
    reason: str


class JsonArrayStream:
    """Reads ``[item, item, …]`` from ``chunks`` (text), starting at or before the ``[``."""

    def __init__(self, chunks: Iterator[str], max_item_chars: int = MAX_ITEM_CHARS) -> None:
        self._chunks = chunks
        self._buffer, self._pos, self._done = "", 0, False
        self._max_item = max_item_chars
        self._decoder = json.JSONDecoder()

    def _more(self) -> bool:
        chunk = next(self._chunks, None)
        if chunk is None:
            self._done = True
            return False
        self._buffer = self._buffer[self._pos :] + chunk
        self._pos = 0
        return True

    def _peek(self) -> str | None:
        """The next character that is not white space, or None at the end of the text."""
        while True:
            self._pos = _SPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buffer):
                return self._buffer[self._pos]
            if not self._more():
                return None

    def expect_array(self) -> None:
        if self._peek() != "[":
            raise JsonStreamError("does not hold a list")
        self._pos += 1

    def items(self) -> Iterator[Any | BadItem]:
        """Each item, or a :class:`BadItem` for one that was skipped."""
        self.expect_array()
        if self._peek() == "]":
            return
        number = 0
        while True:
            number += 1
            yield self._item(number)
            following = self._peek()
            if following == ",":
                self._pos += 1
                continue
            if following == "]":
                return
            raise JsonStreamError(f"is not valid JSON after item {number} (expected , or ])")

    def _item(self, number: int) -> Any | BadItem:
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as exc:
                cut_off = exc.pos >= len(self._buffer) - 1 or exc.msg.startswith("Unterminated")
                if cut_off and self._too_large():
                    return self._skip(number, f"larger than {self._max_item:,} characters")
                if cut_off and self._more():
                    continue
                raise JsonStreamError(f"is not valid JSON in item {number} ({exc.msg})") from None
            except RecursionError:
                return self._skip(number, "nested too deeply")
            if end == len(self._buffer) and not self._done and self._more():
                continue  # a number or word may go on in the next chunk
            if end - self._pos > self._max_item:
                self._pos = end
                return BadItem(number, f"larger than {self._max_item:,} characters")
            self._pos = end
            if depth_over(value, MAX_ITEM_DEPTH):
                return BadItem(number, f"nested more than {MAX_ITEM_DEPTH} levels deep")
            return value

    def _too_large(self) -> bool:
        return len(self._buffer) - self._pos > self._max_item

    def _skip(self, number: int, reason: str) -> BadItem:
        """Move past one value without parsing it: match its brackets, skipping strings."""
        depth = 0
        while True:
            for token in _TOKEN.finditer(self._buffer, self._pos):
                text = token.group()
                if text[0] == '"' and (len(text) == 1 or not text.endswith('"')):
                    self._pos = token.start()  # a string cut by the chunk end: read on
                    break
                self._pos = token.end()
                if text[0] != '"':
                    depth += 1 if text in "[{" else -1
                    if depth == 0:
                        return BadItem(number, reason)
            else:
                self._pos = len(self._buffer)
            if not self._more():
                raise JsonStreamError(f"ends inside item {number} ({reason})")


def depth_over(value: Any, limit: int) -> bool:
    """Is ``value`` nested more than ``limit`` levels deep? Stops looking once it is."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if depth > limit:
            return True
        children = current.values() if isinstance(current, dict) else current
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return False
