"""Reading a policy file as hostile input: bounded size, plain file, bounded TOML nesting.

A policy comes from ICT or from a user's own file; either may be a symlink to ``/dev/zero``,
a FIFO, or a TOML file of nested arrays that would send the parser into a RecursionError.
Every refusal is a :class:`checks.PackError` with the file and, where known, the line.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from arabesk_desk.bounded_input import InputLimitError, read_regular_file
from checks import PackError

MAX_POLICY_BYTES = 1 << 20
MAX_TOML_DEPTH = 16  # [[review.reviewers]] with an inline list is 3 levels
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)")
# Strings (basic, literal, multi-line) and comments: brackets inside them do not nest.
_TOML_NOISE = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*',
    re.DOTALL,
)
_OPENING, _CLOSING = frozenset("[{"), frozenset("]}")


def read_policy_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a policy (or other school TOML) file; every failure a :class:`PackError`."""
    try:
        raw = read_regular_file(path, MAX_POLICY_BYTES, follow_links=True)
    except InputLimitError as exc:
        raise PackError(path, None, str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(path, raw[: exc.start].count(b"\n") + 1, "not valid UTF-8 text") from None
    depth, line = toml_nesting(text)
    if depth > MAX_TOML_DEPTH:
        raise PackError(
            path, line, f"nested {depth}+ levels deep (at most {MAX_TOML_DEPTH}); not parsed"
        )
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        problem = _TOML_POSITION.sub("", str(exc)).strip()
        raise PackError(
            path, int(match.group(1)) if match else None, f"not valid TOML: {problem}"
        ) from None
    except RecursionError:  # a shape the depth count did not foresee
        raise PackError(path, None, "nested too deeply to read") from None


def toml_nesting(text: str) -> tuple[int, int | None]:
    """The deepest nesting of ``[``/``{`` outside strings and comments, and the line where it
    first passes :data:`MAX_TOML_DEPTH` (None when it never does)."""
    bare = _TOML_NOISE.sub(lambda m: "\n" * m.group().count("\n"), text)
    depth = deepest = 0
    passed_at: int | None = None
    for number, line in enumerate(bare.split("\n"), start=1):
        for character in line:
            if character in _OPENING:
                depth += 1
                deepest = max(deepest, depth)
                if depth > MAX_TOML_DEPTH and passed_at is None:
                    passed_at = number
            elif character in _CLOSING:
                depth = max(0, depth - 1)
    return deepest, passed_at
