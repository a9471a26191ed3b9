"""Reviewer keys in the keyring: creation, loading, refusal without a keyring."""

from __future__ import annotations

import base64

import keyring
import pytest

from arabesk_desk.review.signing import (
    KEYRING_SERVICE,
    KeyringUnavailable,
    NoReviewerKey,
    create_reviewer_key,
    decode_key,
    keyring_available,
    load_signer,
    signature_is_valid,
)
from tests.arabesk_desk.review.memory_keyring import ForgetfulKeyring, use_no_keyring


def test_the_private_key_is_kept_as_44_base64_characters(memory_backend):
    signer = create_reviewer_key("Mw. De Vries")
    stored = memory_backend.secrets[(KEYRING_SERVICE, "Mw. De Vries")]
    assert len(stored) == 44 and len(base64.b64decode(stored)) == 32
    assert len(stored.encode()) < 2560  # the Windows credential limit
    assert load_signer("Mw. De Vries").public_key == signer.public_key


def test_a_signature_verifies_and_a_changed_payload_does_not():
    signer = create_reviewer_key("A")
    signature = signer.sign(b"goedgekeurd")
    assert signature_is_valid(signer.public_key, b"goedgekeurd", signature)
    assert not signature_is_valid(signer.public_key, b"afgewezen", signature)
    assert not signature_is_valid(signer.public_key, b"goedgekeurd", "bm9wZQ==")
    assert not signature_is_valid("kapot", b"goedgekeurd", signature)


def test_an_existing_key_is_not_overwritten_by_accident():
    first = create_reviewer_key("A")
    with pytest.raises(FileExistsError, match="al een sleutel"):
        create_reviewer_key("A")
    assert create_reviewer_key("A", replace=True).public_key != first.public_key


def test_without_a_key_loading_says_how_to_make_one():
    with pytest.raises(NoReviewerKey, match="review keygen"):
        load_signer("Nobody")


def test_without_a_keyring_signing_is_refused_not_faked():
    use_no_keyring()
    assert not keyring_available()
    with pytest.raises(KeyringUnavailable, match="geen sleutelbos"):
        create_reviewer_key("A")
    with pytest.raises(KeyringUnavailable):
        load_signer("A")


def test_the_null_backend_counts_as_no_keyring():
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    with pytest.raises(KeyringUnavailable):
        create_reviewer_key("A")


def test_a_keyring_that_keeps_nothing_is_detected():
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(KeyringUnavailable, match="did not keep"):
        create_reviewer_key("A")


def test_decode_key_explains_bad_keys():
    with pytest.raises(ValueError, match="base64"):
        decode_key("niet-base64!")
    with pytest.raises(ValueError, match="32 bytes"):
        decode_key(base64.b64encode(b"short").decode())
