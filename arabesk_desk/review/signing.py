"""People's Ed25519 keys: the private key in the OS keyring, the public key where others see it.

Every author and reviewer is a key pair, made on first use (:func:`load_or_create_signer`):
authors sign their review requests and log entries, reviewers their decisions, and a
reviewer's public key is listed in the school policy. Names are for display only.

The private key is stored as base64 of its raw 32 bytes (44 characters), well under the
2,560-byte limit of a Windows credential. Without a working keyring, signing is refused, and
a plain-file keyring counts as none: a key kept in a file could be copied by anyone with
the laptop.
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
        self.detail = detail


class NoReviewerKey(LookupError):
    """This reviewer has no key in the keyring yet."""

    def __init__(self, reviewer: str) -> None:
        super().__init__(
            f"Er is nog geen ondertekeningssleutel voor '{reviewer}'. Maak er een met "
            f"'arabesk-desk review keygen'. (No signing key for '{reviewer}' yet.)"
        )


def _backend() -> keyring.backend.KeyringBackend:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken PYTHON_KEYRING_BACKEND raises anything at all
        raise KeyringUnavailable(f"the keyring configuration is broken: {_one_line(exc)}") from None
    if _stores_nothing(backend):
        raise KeyringUnavailable(type(backend).__module__)
    plain_file = _plain_file_backend(backend)
    if plain_file:
        raise KeyringUnavailable(f"{plain_file} keeps keys in a plain file: that is no keyring")
    return backend


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:200]


def _stores_nothing(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import fail, null

    return isinstance(backend, fail.Keyring | null.Keyring)


# Backends that write secrets to a file readable by anyone who copies the laptop's disk:
# keyrings.alt (PlaintextKeyring, EncryptedKeyring, the file and registry ones) and the like.
_PLAIN_FILE_PACKAGES = ("keyrings.alt", "keyrings.cryptfile", "keyring_jeepney_file")


def _plain_file_backend(backend: keyring.backend.KeyringBackend) -> str:
    """The name of a file-based backend in use (also inside a chain of backends), or ""."""
    chained = getattr(backend, "backends", None)
    for candidate in chained if isinstance(chained, list | tuple) else (backend,):
        kind = type(candidate)
        if kind.__module__.startswith(_PLAIN_FILE_PACKAGES) or hasattr(candidate, "file_path"):
            return f"{kind.__module__}.{kind.__name__}"
    return ""


def keyring_available() -> bool:
    return not keyring_problem()


def keyring_problem() -> str:
    """Why keys cannot be kept safely here (one line), or "" when the keyring is usable."""
    try:
        _backend()
    except KeyringUnavailable as exc:
        return exc.detail or "no keyring backend"
    return ""


def keyring_name() -> str:
    """The backend in use, for the doctor (call only when :func:`keyring_problem` is "")."""
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def fingerprint(public_key_b64: str) -> str:
    """A short, readable id of a public key, to compare by eye with the policy."""
    digest = hashlib.sha256(public_key_b64.strip().encode("ascii")).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


class ReviewerSigner:
    """A person's private key (author or reviewer), loaded from the keyring for a session."""

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


def load_or_create_signer(name: str) -> ReviewerSigner:
    """This person's key, made and kept in the keyring the first time it is needed."""
    try:
        return load_signer(name)
    except NoReviewerKey:
        return create_reviewer_key(name)


def public_key_of(name: str) -> str | None:
    """The public key of ``name``'s key in this keyring, or None (no key, no keyring)."""
    try:
        return load_signer(name).public_key
    except (NoReviewerKey, KeyringUnavailable):
        return None


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
