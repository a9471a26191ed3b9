"""``arabesk-desk log verify`` and ``log repair-index``: the chain, the author's signatures,
every witnessed checkpoint that can be found, and the search index.

Checkpoints come from this computer's store (decisions the app verified and kept) and from
the review folder (decisions and the leaders' checkpoint copies). Only checkpoints of this
author's log count: the author is known by their key in the keyring (``--name``, default the
name in the settings); no key is made here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from arabesk_desk.machine_policy import load_policy_in_force
from arabesk_desk.paths import data_paths
from arabesk_desk.policy import PolicyError
from arabesk_desk.review.checkpoints import Gathered, folder_decisions, gather_checkpoints
from arabesk_desk.review.folder import review_folder_path
from arabesk_desk.review.review_policy import ReviewPolicy
from arabesk_desk.review.signing import fingerprint, public_key_of
from arabesk_desk.store import Store
from arabesk_desk.store.verify import VerifyResult
from arabesk_desk.user_settings import load_settings
from arabesk_desk.visible_text import visible

EXIT_OK, EXIT_BAD_LOG, EXIT_USAGE = 0, 1, 2


def add_verify(actions: Any) -> None:
    verify = actions.add_parser(
        "verify",
        help="recompute the hash chain, check signatures and witnessed checkpoints, and the "
        "search index; name the first bad entry",
    )
    verify.add_argument(
        "--anchor", help="a head hash noted earlier (from verify or an export) that must be found"
    )
    verify.add_argument("--name", help="whose log this is (default: the name in the settings)")
    verify.add_argument(
        "--review-folder", type=Path, help="where to look for witnesses (default: settings)"
    )
    verify.add_argument("--policy", type=Path, help="the school policy (default: settings)")
    actions.add_parser(
        "repair-index",
        help="rebuild the search index from the log (when verify says it does not match)",
    )


def run_verify(store: Store, args: argparse.Namespace) -> int:
    problems = store.integrity_problems()
    if problems:
        print(f"BAD: the database file is damaged: {'; '.join(problems)}")
        return EXIT_BAD_LOG
    owner_key, policy, folder = _context(args)
    gathered = _checkpoints(store, owner_key, policy, folder)
    for refused in gathered.refused:
        print(f"warning: not used as a witness: {visible(refused)}", file=sys.stderr)
    result = store.verify(args.anchor, owner_key=owner_key, checkpoints=gathered.checkpoints)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not result.ok:
        return _bad(result)
    print(f"OK: {result.checked} entries, the chain is intact. Head: {result.head_hash}")
    _say_signatures(result, owner_key)
    _say_witnesses(result)
    if result.index_problem:
        print(
            f"BAD: {result.index_problem}; searches can miss entries. The log itself is "
            "intact: run 'arabesk-desk log repair-index' to rebuild the index from it."
        )
        return EXIT_BAD_LOG
    print("OK: the search index matches the log.")
    return _verify_registers(store)


def _verify_registers(store: Store) -> int:
    """The incident and photo-consent registers: their chain, details and consent snapshot."""
    result = store.verify_registers()
    if not result.ok:
        where = f"event {result.first_bad_seq}: " if result.first_bad_seq else ""
        print(f"BAD: registers: {where}{visible(result.reason_en)}.")
        print(f"FOUT: registers: {where.replace('event', 'gebeurtenis')}{visible(result.reason)}.")
        return EXIT_BAD_LOG
    erased = f", details of {result.erased} erased as recorded" if result.erased else ""
    print(
        f"OK: registers (incidents, photo consent): {result.checked} events, the chain is "
        f"intact; {result.details} details match their events{erased}; {result.signed} "
        f"signed. Head: {result.head_hash}"
    )
    return EXIT_OK


def _bad(result: VerifyResult) -> int:
    if result.first_bad_seq is None:
        print(f"BAD: {result.reason_en}.")
        print(f"FOUT: {result.reason}.")
        return EXIT_BAD_LOG
    named = f" (id {result.first_bad_id})" if result.first_bad_id else ""
    print(f"BAD: entry {result.first_bad_seq}{named}: {visible(result.reason_en)}.")
    print(f"FOUT: item {result.first_bad_seq}{named}: {visible(result.reason)}.")
    return EXIT_BAD_LOG


def _say_signatures(result: VerifyResult, owner_key: str | None) -> None:
    whose = f"your key ({fingerprint(owner_key)})" if owner_key else "the author's key"
    unsigned = result.checked - result.signed
    before = f"; {unsigned} from before signing" if unsigned else ""
    print(f"OK: {result.signed} of {result.checked} entries signed with {whose}{before}.")
    if owner_key is None:
        print("note: your key is not in this keyring, so the signer was not compared with it.")


def _say_witnesses(result: VerifyResult) -> None:
    newest = result.witnessed
    if newest is None or newest.count == 0:
        print(
            "note: no witnessed checkpoint found, so a cut or rewrite of the whole log cannot "
            "be ruled out; one is made each time a leader decides on your review request."
        )
        return
    print(
        f"OK: {result.checkpoints} witnessed checkpoint(s) hold; the newest witnessed position "
        f"is entry {newest.count}, countersigned by {visible(newest.witness)} on "
        f"{visible(newest.when)} ({visible(newest.source)})."
    )


def _context(args: argparse.Namespace) -> tuple[str | None, ReviewPolicy | None, Path]:
    paths = data_paths()
    settings, _problem = load_settings(paths.settings_file)
    name = (args.name or settings.name).strip()
    owner_key = public_key_of(name) if name else None
    policy_path = args.policy or (
        Path(settings.policy_file).expanduser() if settings.policy_file else None
    )
    policy = _review_policy(policy_path)
    folder = args.review_folder or review_folder_path(
        settings.review_folder, paths.root, policy or ReviewPolicy()
    )
    return owner_key, policy, folder


def _review_policy(policy_path: Path | None) -> ReviewPolicy | None:
    """The review part of the policy in force (ICT's machine-wide one when placed); None
    without any policy, so that any leader's signature is read."""
    try:
        in_force = load_policy_in_force(policy_path)
    except PolicyError as exc:
        print(f"warning: the policy is not used: {exc}", file=sys.stderr)
        if policy_path is None:
            return None
        try:  # the user's own file is refused: ICT's policy alone still holds, as in the app
            in_force = load_policy_in_force(None)
        except PolicyError:
            return None
        if not in_force.managed:
            return None
    if not in_force.managed and policy_path is None:
        return None
    return in_force.policy.review


def _checkpoints(
    store: Store, owner_key: str | None, policy: ReviewPolicy | None, folder: Path
) -> Gathered:
    kept = store.kept_decisions()
    # Without the key in this keyring, the store's own decisions say whose log this is.
    author_key = owner_key or next((str(d["author_key"]) for d in kept if "author_key" in d), "")
    if not author_key:
        return Gathered((), ())
    sources: list[tuple[str, list[dict[str, Any]]]] = [("kept on this computer", kept)]
    if owner_key and folder.is_dir():
        sources.append((f"review folder {folder}", folder_decisions(folder)))
    return gather_checkpoints(sources, author_key, policy)


def run_repair_index(store: Store, args: argparse.Namespace) -> int:
    del args
    store.repair_index()
    problem = store.verify().index_problem
    if problem:
        print(f"BAD: the index could not be repaired: {problem}.")
        return EXIT_BAD_LOG
    print(f"OK: the search index was rebuilt from the log ({store.count()} entries).")
    return EXIT_OK
