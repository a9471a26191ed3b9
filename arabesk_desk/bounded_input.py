"""Reading input that may be hostile: a real byte limit, regular files only, bounded JSON.

``st_size`` says nothing about a symlink to ``/dev/zero`` or a FIFO, so files are opened
without following links and without blocking, checked with ``fstat`` on the open handle, and
read up to the limit plus one byte. JSON is measured for nesting before the parser sees it
(the parser recurses), and ``NaN``/``Infinity`` and lone surrogates are refused: they cannot
be written back as JSON or UTF-8.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

DEFAULT_MAX_DEPTH = 32
READ_CHUNK = 1 << 16
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"?', re.DOTALL)
_BRACKETS = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


class InputLimitError(ValueError):
    """Input refused for its size, kind or shape; the message is one line in English."""


def read_stream_bounded(stream: IO[bytes], limit: int, what: str = "the input") -> bytes:
    """At most ``limit`` bytes from ``stream``; one byte more and the input is refused."""
    parts: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    if total > limit:
        raise InputLimitError(f"{what} is larger than {describe_size(limit)}; it was not read")
    return b"".join(parts)


def open_regular_file(path: Path, *, follow_links: bool = False) -> int:
    """A read-only descriptor for ``path`` if it is a regular file (and, unless
    ``follow_links``, not a symbolic link).

    FIFOs, devices, sockets and folders are refused (a FIFO does not block the open: it is
    opened non-blocking and then refused by its type).
    """
    flags = _OPEN_FLAGS & ~getattr(os, "O_NOFOLLOW", 0) if follow_links else _OPEN_FLAGS
    try:
        if not follow_links and path.is_symlink():
            raise InputLimitError(f"'{path.name}' is a symbolic link; only plain files are read")
        descriptor = os.open(path, flags)
    except OSError as exc:
        raise InputLimitError(f"cannot read '{path.name}': {exc.strerror or exc}") from None
    kind = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(kind):
        os.close(descriptor)
        raise InputLimitError(f"'{path.name}' is {_kind_name(kind)}, not a plain file")
    return descriptor


def read_regular_file(path: Path, limit: int, *, follow_links: bool = False) -> bytes:
    """The bytes of a regular file, refusing links, special files and more than ``limit``."""
    descriptor = open_regular_file(path, follow_links=follow_links)
    with os.fdopen(descriptor, "rb") as handle:
        return read_stream_bounded(handle, limit, f"'{path.name}'")


def _kind_name(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def nesting_depth(text: str) -> int:
    """How deeply ``[`` and ``{`` nest in a JSON text (brackets inside strings do not count)."""
    brackets = _BRACKETS.sub("", _STRINGS.sub("", text))
    if not brackets:
        return 0
    return max(itertools.accumulate(_DEPTH_STEP[c] for c in brackets))


def _refuse_constant(name: str) -> Any:
    raise InputLimitError(f"{name} is not a JSON number")


def loads_bounded(
    text: str,
    max_depth: int = DEFAULT_MAX_DEPTH,
    parse_float: Callable[[str], Any] | None = None,
) -> Any:
    """``json.loads`` that refuses deep nesting, NaN/Infinity and lone surrogates.

    Raises :class:`InputLimitError` for those and ``json.JSONDecodeError`` for bad JSON.
    """
    depth = nesting_depth(text)
    if depth > max_depth:
        raise InputLimitError(f"nested {depth} levels deep (at most {max_depth})")
    value = json.loads(text, parse_constant=_refuse_constant, parse_float=parse_float)
    if "\\u" in text and has_lone_surrogate(value):
        raise InputLimitError("holds a lone surrogate (\\ud800–\\udfff), which is not text")
    return value


def has_lone_surrogate(value: Any) -> bool:
    """True when any string in ``value`` (keys too) cannot be encoded as UTF-8."""
    for text in _strings(value):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _strings(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            yield current
        elif isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def describe_size(limit: int) -> str:
    if limit >= 1 << 20:
        return f"{limit / (1 << 20):g} MB"
    if limit >= 1 << 10:
        return f"{limit / (1 << 10):g} kB"
    return f"{limit} bytes"
