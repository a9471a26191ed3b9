"""The policy's [review] section and the decision whether a post needs review."""

from __future__ import annotations

import pytest

from arabesk_desk.policy import PolicyError, SchoolPolicy, load_policy
from arabesk_desk.posts import Override
from arabesk_desk.review.needs import needs_review
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import create_reviewer_key
from checks import Capacity, Role
from tests.core.review.helpers import official_draft

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
