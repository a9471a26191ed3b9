"""Reviewers' Ed25519 keys: the private key in the OS keyring, the public key in the policy.

The private key is stored as base64 of its raw 32 bytes (44 characters), well under the
2,560-byte limit of a Windows credential. Without a working keyring, signing is refused:
a key kept in a plain file could be copied by anyone with the laptop.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from arabesk_desk.review.key_text import decode_key, encode_key

if TYPE_CHECKING:  # keyring is imported when a key is used: checking a post never needs it
    import keyring.backend

KEYRING_SERVICE = "arabesk-desk-review"
NO_KEYRING_MESSAGE = (
    "Er is geen sleutelbos (keyring) van het besturingssysteem beschikbaar, dus ondertekend "
    "beoordelen kan niet op deze computer. Vraag ICT-beheer om Windows Referentiebeheer, "
    "macOS Sleutelhanger of een Secret Service-sleutelbos. "
    "(No OS keyring is available, so signed review is not possible on this computer.)"
)


class KeyringUnavailable(RuntimeError):
    """No usable OS keyring: signing keys cannot be kept safely here."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(NO_KEYRING_MESSAGE + (f" [{detail}]" if detail else ""))


class NoReviewerKey(LookupError):
    """This reviewer has no key in the keyring yet."""

    def __init__(self, reviewer: str) -> None:
        super().__init__(
            f"Er is nog geen ondertekeningssleutel voor '{reviewer}'. Maak er een met "
            f"'arabesk-desk review keygen'. (No signing key for '{reviewer}' yet.)"
        )


def _backend() -> keyring.backend.KeyringBackend:
    import keyring

    backend = keyring.get_keyring()
    if _stores_nothing(backend):
        raise KeyringUnavailable(type(backend).__module__)
    return backend


def _stores_nothing(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import fail, null

    return isinstance(backend, fail.Keyring | null.Keyring)


def keyring_available() -> bool:
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def fingerprint(public_key_b64: str) -> str:
    """A short, readable id of a public key, to compare by eye with the policy."""
    digest = hashlib.sha256(public_key_b64.strip().encode("ascii")).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


class ReviewerSigner:
    """A reviewer's private key, loaded from the keyring for the duration of a session."""

    def __init__(self, reviewer: str, private_key: Ed25519PrivateKey) -> None:
        self.reviewer = reviewer
        self._key = private_key

    @property
    def public_key(self) -> str:
        raw = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return encode_key(raw)

    def sign(self, payload: bytes) -> str:
        return encode_key(self._key.sign(payload))


def create_reviewer_key(reviewer: str, *, replace: bool = False) -> ReviewerSigner:
    """Make a new key pair and keep the private half in the keyring; refuses to overwrite."""
    backend = _backend()
    if not replace and _read_secret(backend, reviewer) is not None:
        raise FileExistsError(
            f"'{reviewer}' heeft al een sleutel; gebruik --replace om een nieuwe te maken "
            f"(a key for '{reviewer}' exists already)."
        )
    key = Ed25519PrivateKey.generate()
    secret = encode_key(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))
    from keyring.errors import KeyringError

    try:
        backend.set_password(KEYRING_SERVICE, reviewer, secret)
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from None
    if _read_secret(backend, reviewer) != secret:
        raise KeyringUnavailable("the keyring did not keep the key")
    return ReviewerSigner(reviewer, key)


def load_signer(reviewer: str) -> ReviewerSigner:
    """The reviewer's signer from the keyring; :class:`NoReviewerKey` if there is none."""
    secret = _read_secret(_backend(), reviewer)
    if secret is None:
        raise NoReviewerKey(reviewer)
    try:
        raw = decode_key(secret)
    except ValueError as exc:
        raise NoReviewerKey(reviewer) from exc
    return ReviewerSigner(reviewer, Ed25519PrivateKey.from_private_bytes(raw))


def _read_secret(backend: keyring.backend.KeyringBackend, reviewer: str) -> str | None:
    from keyring.errors import KeyringError

    try:
        return backend.get_password(KEYRING_SERVICE, reviewer)
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from None


@functools.lru_cache(maxsize=8192)
def signature_is_valid(public_key_b64: str, payload: bytes, signature_b64: str) -> bool:
    """True only if the signature verifies (``verify`` raises; it never returns False).

    Cached: the answer depends only on these three values, and a queue refresh after every
    sync would otherwise verify every decision in the folder again.
    """
    try:
        public = Ed25519PublicKey.from_public_bytes(decode_key(public_key_b64))
        signature = base64.b64decode(signature_b64, validate=True)
        public.verify(signature, payload)
    except (ValueError, binascii.Error, InvalidSignature):
        return False
    return True
