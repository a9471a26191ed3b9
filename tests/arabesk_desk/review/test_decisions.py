"""Signed decisions: what the author's app accepts, and every forgery it must refuse."""

from __future__ import annotations

import functools
import json
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from arabesk_desk.review.decisions import (
    decide,
    scan_decisions,
    verify_approval,
    verify_decision,
    write_decision,
)
from arabesk_desk.review.requests import make_request
from arabesk_desk.review.review_policy import Reviewer, ReviewPolicy
from arabesk_desk.review.signing import ReviewerSigner, create_reviewer_key
from arabesk_desk.review.states import Outcome
from tests.arabesk_desk.review.helpers import official_draft, reviewer


def test_a_genuine_approval_is_accepted():
    signer, policy = reviewer()
    draft = official_draft()
    request = make_request(draft)
    decision = decide(request, Outcome.APPROVED, "", signer)
    verdict = verify_approval(draft, request, decision, policy)
    assert verdict.valid and verdict.reviewer == "Mw. J. de Vries"


def test_a_text_edited_after_approval_needs_a_new_approval():
    signer, policy = reviewer()
    draft = official_draft()
    request = make_request(draft)
    decision = decide(request, Outcome.APPROVED, "", signer)
    edited = draft.edited(text=draft.text.replace("10 uur", "11 uur"))
    verdict = verify_approval(edited, request, decision, policy)
    assert not verdict and "nieuwe goedkeuring" in verdict.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("outcome", Outcome.REJECTED),
        ("comment", "Prima, maar verander de tijd."),
        ("reviewer", "Iemand Anders"),
        ("signed_at", "2030-01-01T00:00:00+00:00"),
    ],
)
def test_a_tampered_decision_is_rejected(field, value):
    signer, policy = reviewer()
    request = make_request(official_draft())
    decision = decide(request, Outcome.APPROVED, "Akkoord", signer)
    tampered = replace(decision, **{field: value})
    verdict = verify_decision(tampered, request, policy)
    assert not verdict
    assert "handtekening klopt niet" in verdict.reason or "past niet" in verdict.reason


def test_a_decision_for_another_request_is_rejected():
    signer, policy = reviewer()
    first, second = make_request(official_draft()), make_request(official_draft("Andere tekst"))
    decision = decide(first, Outcome.APPROVED, "", signer)
    verdict = verify_decision(decision, second, policy)
    assert not verdict and "ander verzoek" in verdict.reason
    moved = replace(decision, request_id=second.id)
    assert "andere tekst" in verify_decision(moved, second, policy).reason


def test_an_author_cannot_forge_an_approval_with_their_own_key():
    _, policy = reviewer()
    author_key = create_reviewer_key("Sanne Jansen")  # not in the policy
    request = make_request(official_draft())
    forged = decide(request, Outcome.APPROVED, "", author_key)
    verdict = verify_decision(forged, request, policy)
    assert not verdict and "niet in het schoolbeleid" in verdict.reason


def test_an_author_cannot_borrow_a_reviewers_name_or_public_key():
    signer, policy = reviewer()
    request = make_request(official_draft())
    impostor = ReviewerSigner("Mw. J. de Vries", Ed25519PrivateKey.generate())
    forged = decide(request, Outcome.APPROVED, "", impostor)
    assert not verify_decision(forged, request, policy)
    # Claiming the reviewer's public key without her private key breaks the signature.
    claimed = replace(forged, public_key=signer.public_key)
    verdict = verify_decision(claimed, request, policy)
    assert not verdict and "handtekening" in verdict.reason


def test_a_key_listed_under_another_name_is_refused():
    signer = create_reviewer_key("A")
    policy = ReviewPolicy(reviewers=(Reviewer("B", signer.public_key),))
    request = make_request(official_draft())
    verdict = verify_decision(decide(request, Outcome.APPROVED, "", signer), request, policy)
    assert not verdict and "past niet bij de sleutel" in verdict.reason


def test_a_rejection_is_valid_but_is_no_approval():
    signer, policy = reviewer()
    draft = official_draft()
    request = make_request(draft)
    decision = decide(request, Outcome.REJECTED, "Niet over leerlingen posten.", signer)
    assert verify_decision(decision, request, policy)
    assert "geen goedkeuring" in verify_approval(draft, request, decision, policy).reason


def test_changes_or_rejection_need_a_comment():
    signer, _ = reviewer()
    with pytest.raises(ValueError, match="Schrijf erbij"):
        decide(make_request(official_draft()), Outcome.CHANGES_REQUESTED, "  ", signer)


def test_a_decision_file_edited_on_disk_is_rejected(tmp_path):
    signer, policy = reviewer()
    request = make_request(official_draft())
    path = write_decision(tmp_path, decide(request, Outcome.REJECTED, "Nee.", signer))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["outcome"] = "goedgekeurd"
    path.write_text(json.dumps(raw), encoding="utf-8")
    (loaded,) = scan_decisions(tmp_path).items
    assert not verify_decision(loaded, request, policy)


def test_broken_decision_files_are_skipped(tmp_path):
    signer, _ = reviewer()
    request = make_request(official_draft())
    path = write_decision(tmp_path, decide(request, Outcome.APPROVED, "", signer))
    (path.parent / "half.json").write_bytes(path.read_bytes()[:40])
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["outcome"] = "misschien"
    (path.parent / "odd.json").write_text(json.dumps(raw), encoding="utf-8")
    scan = scan_decisions(tmp_path)
    assert len(scan.items) == 1
    assert {p.path.name for p in scan.problems} == {"half.json", "odd.json"}


def test_a_reviewer_approving_their_own_post_does_not_count():
    signer, policy = reviewer("Sanne Jansen")  # the helper draft's author is a reviewer too
    request = make_request(official_draft())
    verdict = verify_decision(decide(request, Outcome.APPROVED, "", signer), request, policy)
    assert not verdict and "eigen bericht" in verdict.reason
    rejection = decide(request, Outcome.REJECTED, "Toch maar niet.", signer)
    assert verify_decision(rejection, request, policy)  # withdrawing your own post is fine


@functools.cache
def _signed_approval():
    """Signed once (in the first example's in-memory keyring); verifying needs no keyring."""
    signer, policy = reviewer()
    request = make_request(official_draft())
    return request, decide(request, Outcome.APPROVED, "Akkoord.", signer), policy


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(
        ["id", "request_id", "content_sha256", "comment", "reviewer", "signed_at", "signature"]
    ),
    value=st.text(min_size=1, max_size=40),
)
def test_any_change_to_any_signed_field_is_rejected(field, value):
    request, decision, policy = _signed_approval()
    if getattr(decision, field) == value:
        return
    assert not verify_decision(replace(decision, **{field: value}), request, policy)
