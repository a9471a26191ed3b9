"""Is review set up here? What the school policy and this user's settings still lack.

The app asks before it sends an author into a review that cannot be completed, and
``arabesk-desk doctor`` reports the same gaps to ICT with what to do about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from arabesk_desk.review.review_policy import ReviewPolicy


class ReviewGap(StrEnum):
    """Something review needs that is missing."""

    NO_REVIEWERS = "no_reviewers"  # the policy names no leader whose approval counts
    FOLDER_UNREACHABLE = "folder_unreachable"  # the chosen shared folder is not there


@dataclass(frozen=True, slots=True)
class ReviewReadiness:
    """Who can approve, where requests go, and what is missing."""

    reviewers: tuple[str, ...]
    folder: Path
    shared_folder: bool  # False: the same-laptop folder in the user's data folder
    gaps: tuple[ReviewGap, ...]
    set_by_policy: bool = False  # the school policy names the folder: users cannot choose one

    @property
    def ready(self) -> bool:
        return not self.gaps


def review_readiness(policy: ReviewPolicy, folder_setting: str, data_root: Path) -> ReviewReadiness:
    """Looks at the policy and the folder only (a quick ``is_dir``); no keyring, no files read.

    The same-laptop folder is created with the first request, so only a chosen shared folder
    can be missing.
    """
    from arabesk_desk.review.folder import review_folder_path

    shared = bool(policy.folder or folder_setting.strip())  # the school's folder goes first
    folder = review_folder_path(folder_setting, data_root, policy)
    gaps = []
    if not policy.reviewers:
        gaps.append(ReviewGap.NO_REVIEWERS)
    if shared and not folder.is_dir():
        gaps.append(ReviewGap.FOLDER_UNREACHABLE)
    return ReviewReadiness(
        reviewers=tuple(r.name for r in policy.reviewers),
        folder=folder,
        shared_folder=shared,
        gaps=tuple(gaps),
        set_by_policy=bool(policy.folder),
    )


# What ICT does about each gap; the doctor prints these, the window says the same in Dutch.
ICT_STEPS = {
    ReviewGap.NO_REVIEWERS: (
        "let each leader run 'arabesk-desk review keygen --name \"Their Name\"' on their own "
        "laptop and put the printed [[review.reviewers]] lines in the school policy "
        "(docs/review.md); until then posts that need review cannot be published"
    ),
    ReviewGap.FOLDER_UNREACHABLE: (
        "connect the shared folder (sync client, network share or stick) or choose another "
        "review folder in the settings"
    ),
}
# The folder the policy sets ([review] folder): only ICT can connect or change it.
POLICY_FOLDER_STEP = (
    "connect the shared folder the policy's [review] folder names on this computer (sync "
    "client or network share), or correct that path in the policy"
)
