"""The whole exchange through a review folder: author sends, reviewer signs, author checks."""

from __future__ import annotations

import json

from arabesk_desk.posts import DraftStatus
from arabesk_desk.review.decisions import decide
from arabesk_desk.review.folder import ReviewFolder, review_record
from arabesk_desk.review.signing import load_or_create_signer
from arabesk_desk.review.states import Outcome, ReviewMode
from tests.arabesk_desk.review.helpers import error_finding, official_draft, reviewer


def test_draft_to_signed_approval_through_two_laptops(tmp_path):
    signer, policy = reviewer()
    shared = tmp_path / "OneDrive - De Arabesk" / "Review"
    author_side, leader_side = ReviewFolder(shared, policy), ReviewFolder(shared, policy)
    draft = official_draft()
    assert author_side.review_of(draft).status is DraftStatus.DRAFT

    request = author_side.submit(draft, [error_finding()], reasons=("officieel",))
    assert author_side.review_of(draft).status is DraftStatus.IN_REVIEW

    (case,) = leader_side.load().pending()
    leader_side.record(decide(case.request, Outcome.APPROVED, "Mooi bericht.", signer))

    review = author_side.review_of(draft)
    assert review.approved and review.verdict and "Mooi bericht." in review.message
    record = review_record(review, author_side.trail(draft.id))
    assert record["verified"] and record["reviewer"] == "Mw. J. de Vries"
    assert record["decision"] == "goedgekeurd" and record["signed_decision"]["signature"]
    assert record["request_id"] == request.id
    assert [e["what"] for e in record["trail"]] == [
        "vroeg om beoordeling (versie 1)",
        "goedgekeurd",
    ]


def test_an_edit_after_approval_sends_the_draft_back_to_concept(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", signer))
    edited = draft.edited(text=draft.text + " Tot dan!")
    review = folder.review_of(edited)
    assert review.status is DraftStatus.DRAFT and "opnieuw" in review.message


def test_a_forged_approval_leaves_the_draft_in_review_and_says_why(tmp_path):
    _, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", load_or_create_signer("Sanne Jansen")))
    review = folder.review_of(draft)
    assert review.status is DraftStatus.IN_REVIEW
    assert "niet in het schoolbeleid" in review.message
    assert not folder.trail(draft.id)[-1].trusted


def test_a_second_request_gets_the_next_revision_and_diffs_against_the_first(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    first = folder.submit(draft)
    folder.record(decide(first, Outcome.CHANGES_REQUESTED, "Noem de tijd.", signer))
    second_draft = draft.edited(text=draft.text + " Vanaf 10 uur.")
    second = folder.submit(second_draft, mode=ReviewMode.QUESTION, message="Zo beter?")
    state = folder.load()
    assert second.revision == 2
    assert state.previous(second) == first and state.previous(first) is None
    assert [c.request for c in state.pending()] == [second]
    assert folder.review_of(second_draft, state).status is DraftStatus.IN_REVIEW


def test_a_decision_without_its_request_and_junk_are_problems_not_crashes(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    other = ReviewFolder(tmp_path / "elsewhere", policy)
    lost = other.submit(official_draft())
    folder.record(decide(lost, Outcome.APPROVED, "", signer))
    (tmp_path / "requests").mkdir(exist_ok=True)
    (tmp_path / "requests" / "kapot.json").write_text("{", encoding="utf-8")
    state = folder.load()
    assert state.cases == ()
    assert len(state.problems) == 2
    assert any("zonder bijbehorend verzoek" in p.message for p in state.problems)


def test_the_folder_holds_only_plain_json_files(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    request = folder.submit(official_draft())
    folder.record(decide(request, Outcome.APPROVED, "", signer))
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) == 3 and all(f.endswith(".json") for f in files)
    for name in files:
        json.loads((tmp_path / name).read_text(encoding="utf-8"))


def test_the_settings_choose_the_folder_and_default_to_this_laptop(tmp_path):
    from arabesk_desk.review.folder import open_review_folder
    from arabesk_desk.review.review_policy import ReviewPolicy

    assert open_review_folder("", tmp_path, ReviewPolicy()).root == tmp_path / "review"
    shared = tmp_path / "share"
    assert open_review_folder(f" {shared} ", tmp_path, ReviewPolicy()).root == shared


def test_publishing_waits_for_a_valid_approval_of_this_exact_text(tmp_path):
    from arabesk_desk.review.clearance import publish_clearance

    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    blocked = publish_clearance(folder, draft, [], [])
    assert not blocked.allowed and blocked.needed and "goedkeuring" in blocked.message
    request = folder.submit(draft)
    folder.record(decide(request, Outcome.APPROVED, "", signer))
    cleared = publish_clearance(folder, draft, [], [])
    assert cleared.allowed and cleared.record and cleared.record["verified"]
    edited = draft.edited(text=draft.text + "!")
    assert not publish_clearance(folder, edited, [], []).allowed


def test_a_post_that_needs_no_review_is_cleared_without_a_folder(tmp_path):
    from arabesk_desk.review.clearance import publish_clearance
    from checks import Capacity

    folder = ReviewFolder(tmp_path / "absent", reviewer()[1])
    cleared = publish_clearance(folder, official_draft(capacity=Capacity.PERSONAL), [], [])
    assert cleared.allowed and not cleared.needed and cleared.record is None


def test_a_requested_change_is_shown_with_its_valid_signature(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    folder.record(decide(folder.submit(draft), Outcome.CHANGES_REQUESTED, "Korter.", signer))
    review = folder.review_of(draft)
    assert review.status is DraftStatus.CHANGES_REQUESTED and not review.approved
    assert review.verdict and "Korter." in review.message


def test_a_decision_file_tampered_with_between_two_loads_is_caught(tmp_path):
    signer, policy = reviewer()
    folder = ReviewFolder(tmp_path, policy)
    draft = official_draft()
    path = folder.record(decide(folder.submit(draft), Outcome.REJECTED, "Nee.", signer))
    assert folder.review_of(draft).status is DraftStatus.REJECTED
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.update(outcome="goedgekeurd", comment="Ja, hoor!")  # a different size: re-read
    path.write_text(json.dumps(raw), encoding="utf-8")
    review = folder.review_of(draft)
    assert review.status is DraftStatus.IN_REVIEW and "handtekening klopt niet" in review.message
