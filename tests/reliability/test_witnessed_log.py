"""Issue 11, point 7: what only an outside witness can see. Every attack that passed
``log verify`` before (a consistent tail cut, a rewrite with the project's own hashing, a
deleted middle entry re-chained, a forged entry appended with correct links) is caught by the
author's signatures or by a leader's countersigned checkpoint."""

from __future__ import annotations

import shutil

import pytest

from arabesk_desk.cli import main
from arabesk_desk.review.signing import load_or_create_signer
from arabesk_desk.store import PublishedItem, Store, StoreError
from tests.reliability import witness_helpers as attack


@pytest.fixture
def log(arabesk_home):
    return attack.build(arabesk_home)


def _verify(log, capsys, *extra: str) -> tuple[int, str]:
    code = main(["log", "--database", str(log.database), "verify", *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out


def test_an_untouched_log_verifies_with_its_signatures_and_newest_witness(log, capsys):
    code, out = _verify(log, capsys)
    assert code == 0
    assert f"{attack.TOTAL} of {attack.TOTAL} entries signed with your key" in out
    assert f"newest witnessed position is entry {attack.WITNESSED}" in out
    assert attack.LEADER in out


@pytest.mark.parametrize("keep", [attack.WITNESSED - 1, 3])
def test_a_consistent_tail_cut_before_the_checkpoint_is_caught(log, capsys, keep):
    attack.cut_tail(log.database, keep)
    code, out = _verify(log, capsys)
    assert code == 1 and "cut off" in out and f"countersigned {attack.WITNESSED}" in out


def test_a_tail_cut_after_the_newest_checkpoint_is_the_stated_limit(log, capsys):
    """Past the newest witness a consistent cut cannot be seen (CT has the same limit); the
    report says how far the witness reaches. (The dropped triggers are still reported.)"""
    attack.cut_tail(log.database, attack.WITNESSED + 2)
    _code, out = _verify(log, capsys)
    assert "chain is intact" in out and "cut off" not in out
    assert f"newest witnessed position is entry {attack.WITNESSED}" in out


def test_a_rewrite_from_entry_10_with_our_own_hashing_is_caught_unsigned(log, capsys):
    attack.rewrite_from(log.database, 10, keep_signer_fields=False)
    code, out = _verify(log, capsys)
    assert code == 1 and "entry 10" in out and "not signed" in out


def test_a_rewrite_from_entry_10_keeping_the_old_signatures_is_caught(log, capsys):
    attack.rewrite_from(log.database, 10, keep_signer_fields=True)
    code, out = _verify(log, capsys)
    assert code == 1 and "entry 10" in out and "signature does not match" in out


def test_a_deleted_middle_entry_with_everything_rechained_is_caught(log, capsys):
    attack.delete_middle(log.database, 7)
    code, out = _verify(log, capsys)
    assert code == 1 and "entry 7" in out


@pytest.mark.parametrize("with_own_key", [False, True])
def test_a_forged_entry_appended_with_correct_chaining_is_caught(log, capsys, with_own_key):
    forger = load_or_create_signer("Eve") if with_own_key else None
    attack.append_forged(log.database, forger)
    code, out = _verify(log, capsys)
    assert code == 1 and f"entry {attack.TOTAL + 1}" in out
    assert ("another key" if with_own_key else "not signed") in out


def test_a_whole_log_rewritten_without_signatures_is_caught_by_the_witness(log, capsys):
    attack.rewrite_everything_unsigned(log.database)
    code, out = _verify(log, capsys)
    assert code == 1 and "rewritten before a witnessed checkpoint" in out
    assert f"entry {attack.WITNESSED}" in out


def test_the_leaders_copy_in_the_review_folder_still_witnesses(log, capsys):
    attack.forget_kept_decisions(log.database)
    shutil.rmtree(log.folder / "decisions")
    attack.cut_tail(log.database, 5)
    code, out = _verify(log, capsys)
    assert code == 1 and "cut off" in out and "review folder" in out


def test_the_review_folder_ict_sets_is_where_verify_finds_the_leaders_copy(
    log, capsys, monkeypatch, tmp_path
):
    """Under a machine-wide policy with [review] folder, the user's own folder setting is
    not where requests go, so verify must read the policy's folder (and its reviewers)."""
    from arabesk_desk.paths import MACHINE_POLICY_VARIABLE

    ict_folder = tmp_path / "gedeeld"
    shutil.move(log.folder, ict_folder)
    machine = tmp_path / "policy.toml"
    machine.write_text(
        f'[review]\nfolder = "{ict_folder.as_posix()}"\n\n'
        f'[[review.reviewers]]\nname = "{attack.LEADER}"\n'
        f'public_key = "{log.leader.public_key}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv(MACHINE_POLICY_VARIABLE, str(machine))
    attack.forget_kept_decisions(log.database)
    shutil.rmtree(ict_folder / "decisions")
    attack.cut_tail(log.database, 5)
    code, out = _verify(log, capsys)
    assert code == 1 and "cut off" in out and f"review folder {ict_folder}" in out


def test_the_kept_copy_witnesses_when_the_review_folder_is_gone(log, capsys):
    shutil.rmtree(log.folder)
    attack.cut_tail(log.database, 5)
    code, out = _verify(log, capsys)
    assert code == 1 and "kept on this computer" in out


def test_a_forged_checkpoint_is_not_used(log, capsys):
    import json

    copy = next((log.folder / "checkpoints").glob("*.json"))
    forged = json.loads(copy.read_text(encoding="utf-8"))
    forged["log_count"] = 99
    copy.write_text(json.dumps(forged), encoding="utf-8")
    code = main(["log", "--database", str(log.database), "verify"])
    captured = capsys.readouterr()
    assert code == 0 and "reviewer's signature is invalid" in captured.err


def test_a_signed_log_refuses_an_unsigned_append(log):
    with Store.open(log.database) as store, pytest.raises(StoreError) as refused:
        store.append_published(PublishedItem("Zonder sleutel", ("x",), "official", "A", "staff"))
    assert refused.value.reason == "unsigned" and "Nothing was added" in refused.value.message_en


def test_the_signer_is_read_from_canonical_content_without_parsing():
    from arabesk_desk.review.canonical import canonical_text
    from arabesk_desk.store.log_witness import signer_named_in

    plain = {"seq": 3, "text": 'Zij schreef "signer":"nep" in de tekst', "review": None}
    assert signer_named_in(canonical_text(plain)) is None
    signed = {**plain, "signer": "S", "review": {"public_key": "R"}}
    assert signer_named_in(canonical_text(signed)) == "S"
    decoy = {**plain, "review": {"signer": "X"}}  # crafted: only ever stricter
    assert signer_named_in(canonical_text(decoy)) == "X"
