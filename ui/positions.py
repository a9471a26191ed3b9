"""The one place that converts Python code-point offsets to Qt's UTF-16 positions and back.

Findings carry code-point offsets (``str`` indices); ``QTextCursor`` positions count UTF-16
code units, so every character outside the Basic Multilingual Plane (most emoji) takes two.
A ZWJ sequence such as 👩‍🏫 is several code points, each converted on its own.
"""

from __future__ import annotations

from bisect import bisect_right


def _is_astral(character: str) -> bool:
    return ord(character) > 0xFFFF


class PositionMap:
    """Converts offsets for one text; built once per text, then O(log n) per conversion."""

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str) -> None:
        # Code-point indices of astral characters: each adds one UTF-16 unit after it.
        self._astral = [index for index, ch in enumerate(text) if _is_astral(ch)]
        self._length = len(text)

    @property
    def is_identity(self) -> bool:
        """True when the text has no astral characters, so both offsets agree."""
        return not self._astral

    def to_qt(self, code_point: int) -> int:
        """The UTF-16 position of code-point offset ``code_point`` (clamped to the text)."""
        code_point = max(0, min(code_point, self._length))
        return code_point + bisect_right(self._astral, code_point - 1)

    def from_qt(self, position: int) -> int:
        """The code-point offset at UTF-16 ``position``; inside a surrogate pair, its start."""
        position = max(0, position)
        low, high = 0, self._length
        while low < high:  # the largest code point whose UTF-16 position is <= position
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low


def to_qt(text: str, code_point: int) -> int:
    """Code-point offset into ``text`` → Qt (UTF-16) position."""
    return PositionMap(text).to_qt(code_point)


def from_qt(text: str, position: int) -> int:
    """Qt (UTF-16) position in ``text`` → code-point offset."""
    return PositionMap(text).from_qt(position)


def utf16_length(text: str) -> int:
    """How many UTF-16 code units Qt counts for ``text``."""
    return len(text) + sum(1 for ch in text if _is_astral(ch))
