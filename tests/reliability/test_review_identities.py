"""Issue 11, points 1 and 2: people are their keys, and a decision once seen stays seen.

Before: self-approval was judged on free-text names ("J. de Vries", a zero-width space, a
Cyrillic е, a combining accent all slipped through), and deleting a later rejection file
brought back an earlier approval.
"""

from __future__ import annotations

import pytest

from arabesk_desk.posts import DraftStatus
from arabesk_desk.review.decisions import decide, verify_decision
from arabesk_desk.review.folder import ReviewFolder
from arabesk_desk.review.review_policy import Reviewer, ReviewPolicy
from arabesk_desk.review.signing import load_or_create_signer
from arabesk_desk.review.states import Outcome
from arabesk_desk.store.review_ledger import StoreReviewLedger
from tests.arabesk_desk.review.helpers import official_draft

LEADER = "Mw. J. de Vries"
NAME_VARIANTS = [
    "J. de Vries",
    "Mw. J. de Vries.",
    "Mw. J.\u200b de Vries",  # zero-width space
    "Mw. J. d\u0435 Vries",  # Cyrillic е
    "Mw. J. de Vrie\u0301s",  # combining accent
    "Iemand Anders",  # even a wholly different name: the key decides
]


def _policy(leader_key: str, *other_keys: str) -> ReviewPolicy:
    return ReviewPolicy(reviewers=(Reviewer(LEADER, leader_key, other_keys),))


@pytest.mark.parametrize("written_as", NAME_VARIANTS)
def test_a_leader_cannot_approve_her_own_post_whatever_name_it_carries(tmp_path, written_as):
    leader = load_or_create_signer(LEADER)
    folder = ReviewFolder(tmp_path, _policy(leader.public_key), owner=LEADER)
    request = folder.submit(official_draft(author=written_as))
    assert request.author_key == leader.public_key
    verdict = verify_decision(decide(request, Outcome.APPROVED, "", leader), request, folder.policy)
    assert not verdict and "eigen bericht" in verdict.reason


def test_her_key_on_another_laptop_is_the_same_person_when_the_policy_says_so(tmp_path):
    leader = load_or_create_signer(LEADER)
    laptop_two = load_or_create_signer("J. de Vries (laptop 2)")
    folder = ReviewFolder(tmp_path, _policy(leader.public_key, laptop_two.public_key))
    request = folder.submit(official_draft(author="J. de Vries (laptop 2)"))
    verdict = verify_decision(decide(request, Outcome.APPROVED, "", leader), request, folder.policy)
    assert not verdict and "eigen bericht" in verdict.reason


def test_another_persons_approval_counts_even_with_a_look_alike_name(tmp_path):
    leader = load_or_create_signer(LEADER)
    folder = ReviewFolder(tmp_path, _policy(leader.public_key), owner="Mw. J. de Vries.")
    draft = official_draft(author="Mw. J. de Vries.")
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", leader))
    assert folder.review_of(draft).status is DraftStatus.APPROVED


def test_a_request_signed_by_someone_else_does_not_count_for_my_draft(tmp_path):
    leader = load_or_create_signer(LEADER)
    policy = _policy(leader.public_key)
    draft = official_draft()
    someone_else = ReviewFolder(tmp_path, policy, owner="Eve")
    request = someone_else.submit(draft)  # same draft id and content, Eve's key
    someone_else.record(decide(request, Outcome.APPROVED, "", leader))
    mine = ReviewFolder(tmp_path, policy, owner=draft.author)
    review = mine.review_of(draft)
    assert review.status is DraftStatus.DRAFT and "niet met jouw sleutel" in review.message


def test_a_request_whose_signed_fields_were_edited_is_refused(tmp_path):
    import json

    folder = ReviewFolder(tmp_path, _policy(load_or_create_signer(LEADER).public_key))
    folder.submit(official_draft())
    path = next((tmp_path / "requests").glob("*.json"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["message"] = "Alles goed, zegt de directeur"
    path.write_text(json.dumps(raw), encoding="utf-8")
    state = folder.load()
    assert state.cases == () and "handtekening van de auteur" in state.problems[0].message


def test_an_unsigned_request_from_an_older_version_is_refused_with_advice(tmp_path):
    import json

    folder = ReviewFolder(tmp_path, _policy(load_or_create_signer(LEADER).public_key))
    folder.submit(official_draft())
    path = next((tmp_path / "requests").glob("*.json"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    for key in ("author_key", "log_head", "signature"):
        del raw[key]
    path.write_text(json.dumps(raw), encoding="utf-8")
    (problem,) = folder.load().problems
    assert "older version" in problem.message and "send it again" in problem.message


# -- 2. decisions the author's app saw are kept ------------------------------------------------


def _author_side(tmp_path):
    leader = load_or_create_signer(LEADER)
    database = tmp_path / "author.sqlite3"
    folder = ReviewFolder(
        tmp_path / "review",
        _policy(leader.public_key),
        owner="Sanne Jansen",
        ledger=StoreReviewLedger(database),
    )
    return leader, folder, official_draft()


def test_deleting_a_later_rejection_does_not_bring_back_the_approval(tmp_path):
    leader, folder, draft = _author_side(tmp_path)
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", leader))
    assert folder.review_of(draft).status is DraftStatus.APPROVED
    rejection = folder.record(decide(request, Outcome.REJECTED, "Toch niet.", leader))
    assert folder.review_of(draft).status is DraftStatus.REJECTED
    rejection.unlink()
    assert folder.review_of(draft).status is DraftStatus.REJECTED


def test_a_decided_request_never_goes_back_to_waiting(tmp_path):
    leader, folder, draft = _author_side(tmp_path)
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", leader))
    assert folder.review_of(draft).approved
    for decision_file in (folder.root / "decisions").glob("*.json"):
        decision_file.unlink()
    review = folder.review_of(draft)
    assert review.approved and review.verdict
    trail = folder.trail(draft.id)
    assert trail[-1].what == "goedgekeurd"


def test_the_newest_decision_counts(tmp_path):
    leader, folder, draft = _author_side(tmp_path)
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.CHANGES_REQUESTED, "Noem de tijd.", leader))
    folder.record(decide(request, Outcome.APPROVED, "", leader))
    assert folder.review_of(draft).status is DraftStatus.APPROVED


def test_a_forged_decision_is_never_kept(tmp_path):
    _leader, folder, draft = _author_side(tmp_path)
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", load_or_create_signer("Eve")))
    folder.load()
    assert folder.ledger is not None and folder.ledger.remembered([request.id]) == []


def test_review_key_prints_the_key_made_on_first_use_and_the_same_one_after(capsys):
    from arabesk_desk.cli import main

    assert main(["review", "key", "--name", "Sanne Jansen"]) == 0
    first = capsys.readouterr().out
    assert main(["review", "key", "--name", "Sanne Jansen"]) == 0
    assert capsys.readouterr().out == first
    assert load_or_create_signer("Sanne Jansen").public_key in first
