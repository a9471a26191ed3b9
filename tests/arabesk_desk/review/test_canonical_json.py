"""The canonical JSON that hashes and signatures cover is RFC 8785 for every value the app signs.

``rfc8785`` is the reference. The app's values are objects with ASCII keys, any strings,
integers, booleans, null and arrays; over that domain (and over Unicode keys whose code-point
and UTF-16 orders agree) both must give the same bytes. Outside it the app's form is kept as
it was, because logs and review files already signed with it must still verify.
"""

from __future__ import annotations

import json

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from arabesk_desk.incidents import IncidentDetails
from arabesk_desk.review.canonical import canonical_json, canonical_text, draft_content
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.requests import make_request
from arabesk_desk.review.states import Outcome
from tests.arabesk_desk.review.helpers import error_finding, official_draft, reviewer
from tests.arabesk_desk.store.factories import make_item

SAFE_INTEGER = 2**53 - 1  # RFC 8785 numbers are IEEE doubles: integers up to here are exact

# Code-point order and UTF-16 order disagree only between a character above U+FFFF and one
# from U+E000 to U+FFFF; keys drawn without the latter sort the same either way.
keys = st.text(
    st.characters(exclude_categories=["Cs"]).filter(lambda c: not "\ue000" <= c <= "\uffff"),
    max_size=6,
)
strings = st.text(st.characters(exclude_categories=["Cs"]))  # any text without lone surrogates
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-SAFE_INTEGER, SAFE_INTEGER)
    | strings
    | st.sampled_from(["", '"', "\\", "\x00\x1f\x7f", "\b\f\n\r\t", "\u2028\u2029", "é😀‍👩"])
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(values)
def test_the_canonical_form_is_rfc8785_over_the_domain_the_app_uses(value):
    assert canonical_json(value) == rfc8785.dumps(value)
    assert canonical_text(value) == rfc8785.dumps(value).decode("utf-8")


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": {}, "b": [], "c": [{}]},
        {"b": 1, "a": {"d": [True, False, None], "c": "x"}},
        {"é": 1, "e": 2, "z": 3, "É": 4, "😀": 5, "\u00ff": 6, "\u0100": 7},
        {"\x00": "nul", "\x1f": "unit separator", "\x7f": "delete"},
        {"quote": '"', "backslash": "\\", "controls": "\b\f\n\r\t\x0b"},
        [0, -1, SAFE_INTEGER, -SAFE_INTEGER, 10**15],
        "line\u2028separator",
    ],
)
def test_chosen_values_match_rfc8785(value):
    assert canonical_json(value) == rfc8785.dumps(value)


def test_what_the_app_hashes_and_signs_is_rfc8785():
    """Draft content, a signed request and decision, a log item, an incident's details."""
    draft = official_draft("Mooi! 👩‍🏫 Ouders én leerlingen: “welkom”.\nTot \\ morgen\t")
    signer, _policy = reviewer()
    request = make_request(draft, [error_finding()], message="Mag dit zo?")
    decision = decide(request, Outcome.APPROVED, "", signer)
    item = make_item(1, text=draft.text)
    signed = [
        draft_content(draft),
        json.loads(request.payload()),
        json.loads(decision.payload()),
        item.to_content(),
        IncidentDetails(("S.J.",), note="appte ’s nachts", follow_up="gesprek").as_dict(),
    ]
    for value in signed:
        assert canonical_json(value) == rfc8785.dumps(value)


def test_outside_that_domain_the_form_is_kept_as_it_was():
    """Floats and keys that sort differently by UTF-16 unit: no app value has them, and
    changing their form would change hashes that are already in logs."""
    assert canonical_text({"\ufb01": 1, "😀": 2}) == '{"ﬁ":1,"😀":2}'
    assert rfc8785.dumps({"\ufb01": 1, "😀": 2}).decode() == '{"😀":2,"ﬁ":1}'
    assert canonical_text([1.0, 1e-7]) == "[1.0,1e-07]"
    assert rfc8785.dumps([1.0, 1e-7]) == b"[1,1e-7]"
    with pytest.raises(ValueError):
        canonical_text(float("nan"))
