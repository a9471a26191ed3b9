"""A rule's ``fix`` table: which edits it offers and the words they use.

In a rule pack::

    fix.offer = ["person"]             # strategies tried in order, each may offer edits
    fix.otherwise = "sentence"         # used only when none of them offered one
    fix.wording.pupil = "een leerling" # words a strategy writes (see checks.fixes.build)

Strategies:

- ``replace``: the hit's suggestions in the finding's place (the default);
- ``remove``: take the words out ("weghalen") where the sentence stays whole without them:
  an interjection ("Godverdomme, weer …"), a sign-off, an aside between commas;
- ``sentence``: take the whole sentence out;
- ``person``: a person's whole name (first name, prefixes, surname, a title or class beside
  it) becomes ``wording.pupil`` ("een leerling", "een leerling uit groep 3");
- ``contact``: a phone number or address with the phrase around it ("Bel haar moeder op …")
  becomes ``wording.contact`` ("neem contact op via de school").

``examples.fix`` pairs a text with how it reads after the first fix of the rule's first
finding on it; the tests apply every pair.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

STRATEGIES = ("replace", "remove", "sentence", "person", "contact")


@dataclass(frozen=True, slots=True)
class FixSpec:
    offer: tuple[str, ...] = ("replace",)
    otherwise: str = ""
    wording: Mapping[str, str] = field(default_factory=dict)

    def word(self, key: str, default: str) -> str:
        return self.wording.get(key, default)


DEFAULT_FIX = FixSpec()


def read_fix_spec(raw: Any, fail: Callable[[str], Exception]) -> FixSpec:
    """The spec from a rule's ``fix`` table; ``fail`` makes the error naming file and line."""
    if raw is None:
        return DEFAULT_FIX
    if not isinstance(raw, dict):
        raise fail("'fix' must be a table")
    unknown = set(raw) - {"offer", "otherwise", "wording"}
    if unknown:
        raise fail(f"unknown key 'fix.{sorted(unknown)[0]}'")
    offer = raw.get("offer", ["replace"])
    if isinstance(offer, str):
        offer = [offer]
    if not isinstance(offer, list) or not all(isinstance(o, str) for o in offer):
        raise fail("'fix.offer' must be a list of strategy names")
    otherwise = raw.get("otherwise", "")
    if not isinstance(otherwise, str):
        raise fail("'fix.otherwise' must be a strategy name")
    for name in [*offer, *([otherwise] if otherwise else [])]:
        if name not in STRATEGIES:
            raise fail(f"unknown fix strategy '{name}' (known: {', '.join(STRATEGIES)})")
    wording = raw.get("wording", {})
    if not isinstance(wording, dict) or not all(isinstance(v, str) for v in wording.values()):
        raise fail("'fix.wording' must be a table of strings")
    return FixSpec(tuple(offer), otherwise, dict(wording))


def read_fix_examples(raw: Any, fail: Callable[[str], Exception]) -> tuple[tuple[str, str], ...]:
    """``examples.fix``: pairs ``[text, text after the first fix]``."""
    if not isinstance(raw, list):
        raise fail("'examples.fix' must be a list of [text, fixed text] pairs")
    pairs = []
    for item in raw:
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(t, str) for t in item)
        ):
            raise fail("'examples.fix' must be a list of [text, fixed text] pairs")
        pairs.append((item[0], item[1]))
    return tuple(pairs)
