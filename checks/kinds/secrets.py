"""The ``labelled_secret`` kind: a password, PIN or login code written after its label.

"Wachtwoord: Zomer2024!", "het wifi-wachtwoord is arabesk123", "inlogcode = 8842". The
labels come from the rule; the kind looks only where a label stands (a cheap ``str.find``).
After "is" the value must look like a secret (a digit, a symbol, a capital inside the word,
or quotes), so "het wachtwoord is veranderd" stays quiet; after ":" or "=" any value counts
except the rule's ``not_values`` ("Wachtwoord: vergeten?").

Parameters:
    labels        words that announce a secret, lower case
    not_values    words that follow a label but are no secret
    suggestions   replacements offered for every hit
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from checks.context import CheckContext
from checks.kinds.base import bad_rule, str_list
from checks.resources import Resources
from checks.rules import Hit, Matcher, Rule
from checks.text import Document

VALUE_RE = re.compile(
    # "wachtwoord is", "wachtwoord: ", and "het wachtwoord van de klassenaccount is"
    r"(?:[ \t]+(?:van|voor|bij|op)(?:[ \t]+[\w'’-]+){1,3}?)?"
    r"[ \t]*(?P<separator>:|=|\bis\b|\bwas\b|\bluidt\b)[ \t]*(?:(?:het|de)[ \t]+)?"
    r"(?P<value>[\"'“‘][^\"'”’\n]{3,}[\"'”’]|\S{3,})"
)
# A few words may stand between "is" and the value: "het wachtwoord is deze week Kamp24!".
_NEXT_WORD_RE = re.compile(r"[ \t]+(?P<value>[^\s.,;:]\S{2,})")
_WORDS_BEFORE_VALUE = 3
_Judge = Callable[[re.Match[str], str], bool]
# Sentence punctuation after a value is no part of it; "!" and "?" often are.
_TRAILING = ".,;:)"
SECRET_LOOKING_RE = re.compile(r"[0-9]|[^\w\s]|\w[A-Z]|^[\"'“‘]")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


def _label_ends(lower: str, label: str) -> Iterator[int]:
    position = lower.find(label)
    while position != -1:
        end = position + len(label)
        left_free = position == 0 or not _is_word_char(lower[position - 1])
        right_free = end == len(lower) or not _is_word_char(lower[end])
        if left_free and right_free:
            yield end
        position = lower.find(label, position + 1)


def build_labelled_secret(rule: Rule, resources: Resources) -> Matcher:
    """Flag the value written after a secret's label."""
    labels = tuple(label.lower() for label in str_list(rule, "labels"))
    if not labels:
        raise bad_rule(rule, "needs at least one label in 'params.labels'")
    not_values = frozenset(word.lower() for word in str_list(rule, "not_values", ()))
    suggestions = str_list(rule, "suggestions", ())

    def is_secret(found: re.Match[str], value: str) -> bool:
        if len(value) < 3 or value.lower().strip("\"'“”‘’!?") in not_values:
            return False
        return found.group("separator") in ":=" or bool(SECRET_LOOKING_RE.search(value))

    def match(doc: Document, ctx: CheckContext) -> Iterator[Hit]:
        seen: set[int] = set()
        for label in labels:
            for end in _label_ends(doc.lower, label):
                found = VALUE_RE.match(doc.text, end)
                if found is None or found.start("value") in seen:
                    continue
                start, value = _value(found, is_secret)
                if value and start not in seen:
                    seen.add(start)
                    yield Hit(start, start + len(value), suggestions)

    return match


def _value(
    found: re.Match[str], is_secret: Callable[[re.Match[str], str], bool]
) -> tuple[int, str]:
    """Where the secret starts and what it is: the word after the label's "is" or ":", or,
    after "is", one of the next few words that looks like a secret; ``""`` when none does."""
    start, value = found.start("value"), found.group("value").rstrip(_TRAILING)
    if is_secret(found, value):
        return start, value
    if found.group("separator") in ":=":
        return start, ""
    text, position = found.string, found.end("value")
    for _ in range(_WORDS_BEFORE_VALUE):
        word = _NEXT_WORD_RE.match(text, position)
        if word is None:
            break
        value = word.group("value").rstrip(_TRAILING)
        if is_secret(found, value):
            return word.start("value"), value
        position = word.end("value")
    return start, ""


KINDS = {"labelled_secret": build_labelled_secret}
