"""Saving the ``[measures]`` section of a policy file, as the policy window does.

Only that section is rewritten (with tomli-w); every other line of the file, comments of ICT
included, stays as it was. The new file is validated by :func:`load_policy` before it
replaces the old one, and written beside it first, so a refusal or a crash loses nothing.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from pathlib import Path

import tomli_w

from arabesk_desk.measures import Measures
from arabesk_desk.policy import PolicyError, SchoolPolicy, load_policy

_HEADER_RE = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_\"'.\- ]+?)\s*\]\]?\s*(#.*)?$")


def measures_text(measures: Measures) -> str:
    return tomli_w.dumps({"measures": measures.to_table()})


def with_measures(text: str, measures: Measures) -> str:
    """``text`` (a policy file) with its ``[measures…]`` tables replaced by ``measures``."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        header = _HEADER_RE.match(line)
        if header:
            inside = header.group(1).strip().strip("\"'").split(".")[0] == "measures"
        if not inside:
            kept.append(line)
    body = "".join(kept).rstrip()
    new_text = (body + "\n\n" if body else "") + measures_text(measures)
    if _same_elsewhere(text, new_text):
        return new_text
    # A root-level dotted key ("measures.x = 1") the line scan cannot take apart: rewrite all.
    data = tomllib.loads(text)
    data["measures"] = measures.to_table()
    return tomli_w.dumps(data)


def _same_elsewhere(old: str, new: str) -> bool:
    try:
        before, after = tomllib.loads(old), tomllib.loads(new)
    except tomllib.TOMLDecodeError:
        return False
    before.pop("measures", None)
    after.pop("measures", None)
    return before == after


def save_measures(path: Path, measures: Measures) -> SchoolPolicy:
    """Write ``measures`` into the policy at ``path`` (made when missing); returns the policy
    as read back. Raises :class:`PolicyError` (nothing written) or ``OSError``."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = with_measures(old, measures)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(new)
        try:
            policy = load_policy(Path(temporary))
        except PolicyError as exc:
            raise PolicyError(path, exc.line, exc.problem) from None
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return policy
