"""The one error for unusable data: a rule pack, term list, policy or language file."""

from __future__ import annotations

from pathlib import Path


class PackError(ValueError):
    """A rule pack, term list or policy that cannot be used; names the file and line."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")
