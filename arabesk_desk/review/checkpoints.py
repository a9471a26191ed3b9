"""Witnessed checkpoints of an author's log, from the reviewers' signed decisions.

Each decision countersigns the log head the author's request carried. The author's app keeps
those decisions in its store; leaders' apps also leave a copy of each decision in the review
folder's ``checkpoints/`` subfolder, so deleting a decision file does not delete the witness.
``log verify`` gathers every checkpoint it can find that is about this author's log (the
author's key), checks each reviewer's signature (and, with a policy, that the key is a
reviewer's), and checks the log against them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arabesk_desk.review.decisions import DECISIONS_FOLDER, Decision, decision_from_dict
from arabesk_desk.review.files import ReviewFileError, scan_json_files, write_json_atomic
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import signature_is_valid
from arabesk_desk.store.log_witness import Checkpoint

CHECKPOINTS_FOLDER = "checkpoints"


@dataclass(frozen=True, slots=True)
class Gathered:
    """The checkpoints found, and the decisions that could not serve as one (with why)."""

    checkpoints: tuple[Checkpoint, ...]
    refused: tuple[str, ...]


def write_checkpoint_copy(folder: Path, decision: Decision) -> Path | None:
    """A leader's copy of a witnessing decision, beside (not inside) the decisions folder."""
    if not decision.witnesses:
        return None
    name = f"checkpoint-{decision.id}.json"
    return write_json_atomic(folder / CHECKPOINTS_FOLDER, name, decision.to_dict())


def folder_decisions(folder: Path) -> list[dict[str, Any]]:
    """Every decision and checkpoint copy in a review folder, as dicts (bad files skipped)."""
    found: list[dict[str, Any]] = []
    for subfolder in (DECISIONS_FOLDER, CHECKPOINTS_FOLDER):
        scan = scan_json_files(folder / subfolder, lambda raw: raw)
        found.extend(scan.items)
    return found


def gather_checkpoints(
    sources: Iterable[tuple[str, Iterable[dict[str, Any]]]],
    author_key: str,
    policy: ReviewPolicy | None,
) -> Gathered:
    """Checkpoints of ``author_key``'s log from each (source name, decision dicts)."""
    seen: dict[tuple[str, str], Checkpoint] = {}
    refused: list[str] = []
    for source, decisions in sources:
        for raw in decisions:
            result = _checkpoint(raw, author_key, policy, source)
            if isinstance(result, Checkpoint):
                seen.setdefault((str(raw.get("id")), source), result)
            elif result:
                refused.append(result)
    return Gathered(tuple(seen.values()), tuple(refused))


def _checkpoint(
    raw: dict[str, Any], author_key: str, policy: ReviewPolicy | None, source: str
) -> Checkpoint | str:
    try:
        decision = decision_from_dict(raw)
    except ReviewFileError as exc:
        return f"{source}: {exc}"
    if not decision.witnesses or decision.author_key != author_key or decision.log_head is None:
        return ""  # about another author's log, or from before witnessing: not ours to check
    if not signature_is_valid(decision.public_key, decision.payload(), decision.signature):
        return f"{source}: decision {decision.id}: the reviewer's signature is invalid"
    reviewer = policy.reviewer_for_key(decision.public_key) if policy else None
    if policy is not None and reviewer is None:
        return f"{source}: decision {decision.id}: signed by a key not in the school policy"
    count, last = decision.log_head
    return Checkpoint(count, last, decision.reviewer, decision.signed_at, source)
