"""Making control characters visible before text from others reaches a terminal.

Author text, names and file names come from files anyone with folder access can write; an
escape sequence in them could erase a line and print a fake status. Every C0/C1 control,
and the invisible bidirectional and zero-width marks, are shown as ``\\x1b``/``\\u202e``.
"""

from __future__ import annotations

import re

_HIDDEN = "\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_ONE_LINE = re.compile(f"[\t\n{_HIDDEN}]")
_MULTI_LINE = re.compile(f"[{_HIDDEN}]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """One line: every control, tab and newline made visible."""
    return _ONE_LINE.sub(_shown, text)


def visible_lines(text: str) -> str:
    """Several lines: newlines and tabs kept, every other control made visible."""
    return _MULTI_LINE.sub(_shown, text)
