"""What every kind factory receives: the rule and the engine's resources."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from checks.packs import PackError
from checks.resources import Resources
from checks.rules import Matcher, Rule

KindFactory = Callable[[Rule, Resources], Matcher]


def param(rule: Rule, name: str, expected: type | tuple[type, ...], default: Any = ...) -> Any:
    """A rule parameter of the expected type, or a :class:`PackError` naming the rule."""
    if name not in rule.params:
        if default is ...:
            raise _bad(rule, f"needs the parameter 'params.{name}'")
        return default
    value = rule.params[name]
    if not isinstance(value, expected) or (
        isinstance(value, bool) and bool not in _as_tuple(expected)
    ):
        raise _bad(rule, f"parameter 'params.{name}' has the wrong type ({type(value).__name__})")
    return value


def str_list(rule: Rule, name: str, default: Any = ...) -> tuple[str, ...]:
    """A parameter that is a string or a list of strings."""
    if name not in rule.params and default is not ...:
        return tuple(default)
    value = param(rule, name, (str, list))
    items = [value] if isinstance(value, str) else value
    if not all(isinstance(item, str) for item in items):
        raise _bad(rule, f"parameter 'params.{name}' must be a list of strings")
    return tuple(items)


def mapping(rule: Rule, name: str) -> Mapping[str, Any]:
    return param(rule, name, dict, {})


def _as_tuple(expected: type | tuple[type, ...]) -> tuple[type, ...]:
    return expected if isinstance(expected, tuple) else (expected,)


def _bad(rule: Rule, problem: str) -> PackError:
    path, _, line = rule.origin.rpartition(":")
    if not line.isdigit():
        return PackError(rule.origin, None, f"rule '{rule.id}' {problem}")
    return PackError(path, int(line), f"rule '{rule.id}' {problem}")


def bad_rule(rule: Rule, problem: str) -> PackError:
    """A :class:`PackError` about ``rule``, at the line where the rule is declared."""
    return _bad(rule, problem)
