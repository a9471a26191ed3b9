"""Every kind a rule pack may name, by name, gathered from the modules in ``checks.kinds``.

A kind module declares ``KINDS = {"name": factory}``; adding a module is enough to add a kind.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

import checks.kinds
from checks.kinds.base import KindFactory


@cache
def all_kinds() -> dict[str, KindFactory]:
    """Kind name → factory, for every kind module in this package."""
    kinds: dict[str, KindFactory] = {}
    for info in sorted(pkgutil.iter_modules(checks.kinds.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"checks.kinds.{info.name}")
        for name, factory in getattr(module, "KINDS", {}).items():
            if name in kinds:
                raise RuntimeError(f"kind '{name}' is declared twice (in {info.name})")
            kinds[name] = factory
    return kinds
