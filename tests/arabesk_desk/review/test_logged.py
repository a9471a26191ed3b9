"""A review kept in the log can be re-checked against the logged text and the policy."""

from __future__ import annotations

from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder, review_record
from arabesk_desk.review.logged import check_logged_review, logged_trail
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.states import Outcome
from tests.arabesk_desk.review.helpers import official_draft, reviewer


def logged(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    folder.record(decide(folder.submit(draft, message="Mag dit?"), Outcome.APPROVED, "Ja.", signer))
    record = review_record(folder.review_of(draft), folder.trail(draft.id))
    fields = {
        "text": draft.text,
        "channels": draft.channels,
        "capacity": str(draft.capacity),
        "author": draft.author,
        "role": str(draft.role),
        "draft_id": draft.id,
    }
    return record, fields, policy


def test_a_logged_approval_checks_out(tmp_path):
    record, fields, policy = logged(tmp_path)
    verdict = check_logged_review(record, **fields, policy=policy)
    assert verdict and "kloppen" in verdict.reason
    assert [e.comment for e in logged_trail(record)] == ["Mag dit?", "Ja."]


def test_a_logged_text_changed_later_no_longer_matches_its_approval(tmp_path):
    record, fields, policy = logged(tmp_path)
    fields["text"] += " (aangepast)"
    verdict = check_logged_review(record, **fields, policy=policy)
    assert not verdict and "niet bij precies deze tekst" in verdict.reason


def test_a_reviewer_removed_from_the_policy_is_named(tmp_path):
    record, fields, _ = logged(tmp_path)
    assert "niet (meer)" in check_logged_review(record, **fields, policy=ReviewPolicy()).reason


def test_entries_without_review_or_with_junk_are_handled(tmp_path):
    _, fields, policy = logged(tmp_path)
    assert check_logged_review(None, **fields, policy=policy) is None
    broken = {"signed_decision": {"kind": "x"}}
    assert "onleesbaar" in check_logged_review(broken, **fields, policy=policy).reason
    assert logged_trail({"trail": ["junk", {"who": "A"}]})[0].who == "A"
