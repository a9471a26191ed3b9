"""The policy's [review] section and the decision whether a post needs review."""

from __future__ import annotations

import pytest

from arabesk_desk.policy import PolicyError, SchoolPolicy, load_policy
from arabesk_desk.posts import Override
from arabesk_desk.review.needs import needs_review
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import create_reviewer_key
from checks import Capacity, Role
from tests.arabesk_desk.review.helpers import official_draft

OVERRIDE = Override("confidential.pupil_name", 0, 6, "Morgen", "Ouders gaven toestemming.")


def write_policy(tmp_path, body: str):
    path = tmp_path / "beleid.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_reviewers_and_rules_are_read_from_the_policy(tmp_path):
    key = create_reviewer_key("Mw. J. de Vries").public_key
    path = write_policy(
        tmp_path,
        f"""
[review]
official_roles = ["staff", "communications"]
channels = ["facebook"]

[[review.reviewers]]
name = "Mw. J. de Vries"
public_key = "{key}"
""",
    )
    review = load_policy(path).review
    assert review.reviewer_for_key(key).name == "Mw. J. de Vries"
    assert review.official_roles == {Role.STAFF, Role.COMMUNICATIONS}
    assert review.channels == {"facebook"} and review.overridden_errors


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[review]\nevery = true\n", "does not know 'every'"),
        ('[review]\nofficial_roles = ["teacher"]\n', "unknown role 'teacher'"),
        ('[review]\nalways = "ja"\n', "true or false"),
        ('[[review.reviewers]]\nname = "A"\npublic_key = "abc"\n', "public_key is not usable"),
        ('[[review.reviewers]]\nname = "A"\n', "takes 'name' and 'public_key'"),
    ],
)
def test_a_bad_review_section_names_file_line_and_problem(tmp_path, body, problem):
    path = write_policy(tmp_path, "[school]\nname = 'De Arabesk'\n\n" + body)
    with pytest.raises(PolicyError, match=problem) as caught:
        load_policy(path)
    assert "beleid.toml" in str(caught.value) and caught.value.line and caught.value.line > 3


def test_an_official_post_by_staff_needs_review_by_default():
    needed, reasons = needs_review(official_draft(), [], [], SchoolPolicy())
    assert needed and "buiten communicatie" in reasons[0]


@pytest.mark.parametrize("role", [Role.COMMUNICATIONS, Role.LEADER])
def test_communications_and_leaders_do_not_need_review_by_default(role):
    assert needs_review(official_draft(role=role), [], [], SchoolPolicy()) == (False, ())


def test_a_personal_post_needs_no_review_unless_an_error_was_overridden():
    personal = official_draft(capacity=Capacity.PERSONAL)
    assert needs_review(personal, [], [], SchoolPolicy()) == (False, ())
    needed, reasons = needs_review(personal, [], [OVERRIDE], SchoolPolicy())
    assert needed and "confidential.pupil_name" in reasons[0]


def test_every_reason_is_listed():
    policy = ReviewPolicy(channels=frozenset({"linkedin"}), always=True)
    needed, reasons = needs_review(official_draft(), [], [OVERRIDE], policy)
    assert needed and len(reasons) == 4


def test_a_school_can_switch_the_rules_off():
    policy = ReviewPolicy(official_roles=frozenset(), overridden_errors=False)
    assert needs_review(official_draft(), [], [OVERRIDE], policy) == (False, ())


def test_reasons_are_data_the_window_can_word_in_its_own_language():
    from arabesk_desk.review.needs import ReasonKind, review_reasons

    policy = ReviewPolicy(channels=frozenset({"linkedin"}))
    draft = official_draft().edited(channels=("x", "linkedin"))
    official, overridden, channel = review_reasons(draft, [], [OVERRIDE], policy)
    assert official.kind is ReasonKind.OFFICIAL
    assert overridden.words == ("Morgen",) and overridden.rules == ("confidential.pupil_name",)
    assert channel.channels == ("linkedin",)
    assert str(overridden).startswith("Fout genegeerd met een reden: confidential.pupil_name")


def test_review_is_not_ready_without_reviewers_or_with_a_missing_shared_folder(tmp_path):
    from arabesk_desk.review.readiness import ReviewGap, review_readiness
    from arabesk_desk.review.review_policy import Reviewer

    none = review_readiness(ReviewPolicy(), "", tmp_path)
    assert none.gaps == (ReviewGap.NO_REVIEWERS,) and not none.shared_folder
    leader = ReviewPolicy(reviewers=(Reviewer("Mw. J. de Vries", "key"),))
    assert review_readiness(leader, "", tmp_path).ready  # same-laptop folder: made when used
    missing = review_readiness(leader, str(tmp_path / "share"), tmp_path)
    assert missing.gaps == (ReviewGap.FOLDER_UNREACHABLE,)
    (tmp_path / "share").mkdir()
    assert review_readiness(leader, str(tmp_path / "share"), tmp_path).reviewers == (
        "Mw. J. de Vries",
    )


def test_a_stored_reason_reads_back_as_the_same_data():
    from arabesk_desk.review.needs import reason_from_stored, review_reasons

    policy = ReviewPolicy(channels=frozenset({"linkedin", "x"}), always=True)
    for reason in review_reasons(official_draft(), [], [OVERRIDE], policy):
        assert reason_from_stored(str(reason), reason.words) == reason
    assert reason_from_stored("iets anders") is None
