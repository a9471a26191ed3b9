"""The kind registry lists every module in ``checks/kinds`` that declares KINDS, and no other."""

from __future__ import annotations

import importlib
from pathlib import Path

import checks.kinds
from checks.kinds.registry import all_kinds, kind_modules

KINDS_FOLDER = Path(checks.kinds.__file__).parent


def modules_declaring_kinds() -> set[str]:
    """Every module file in the folder whose module has a KINDS table (helpers have none)."""
    names = set()
    for path in sorted(KINDS_FOLDER.glob("*.py")):
        module = importlib.import_module(f"checks.kinds.{path.stem}")
        if hasattr(module, "KINDS"):
            names.add(module.__name__)
    return names


def test_every_module_declaring_kinds_is_registered():
    registered = {module.__name__ for module in kind_modules()}
    declaring = modules_declaring_kinds()
    assert registered == declaring, (
        "checks/kinds/registry.py must list every module with KINDS: "
        f"missing {sorted(declaring - registered)}, not declaring {sorted(registered - declaring)}"
    )


def test_each_registered_kind_has_a_factory_and_a_unique_name():
    declared = [name for module in kind_modules() for name in module.KINDS]
    assert len(declared) == len(set(declared))
    assert set(all_kinds()) == set(declared)
    assert all(callable(factory) for factory in all_kinds().values())
