"""Every kind a rule pack may name, by name. Add a kind here when you write one."""

from __future__ import annotations

from checks.kinds.base import KindFactory
from checks.kinds.patterns import build_patterns
from checks.kinds.terms import build_terms

KINDS: dict[str, KindFactory] = {
    "patterns": build_patterns,
    "terms": build_terms,
}
