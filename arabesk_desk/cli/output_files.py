"""Writing a command's text output to a file or to standard output, with a clear message."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


class OutputProblem(Exception):
    """The output cannot be written where asked; the message is one line for the user."""


def write_text_output(text: str, path: Path | None) -> None:
    """``text`` to ``path`` (replaced whole, never half-written) or to stdout."""
    if path is None:
        sys.stdout.write(text)
        return
    write_file_atomically(path, text.encode("utf-8"))
    print(f"Written to {path}.", file=sys.stderr)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write a temporary file beside ``path`` and move it into place."""
    if path.is_dir():
        raise OutputProblem(f"cannot write '{path}': it is a folder")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        raise OutputProblem(f"cannot write '{path}': {exc.strerror or exc}") from None
