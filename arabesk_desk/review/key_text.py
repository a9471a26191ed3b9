"""Ed25519 keys as the text a policy holds (base64 of 32 bytes), read without ``cryptography``.

Reading a policy must stay cheap: ``arabesk-desk check`` reads it but never signs.
"""

from __future__ import annotations

import base64
import binascii


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> bytes:
    """Raw 32 key bytes from base64, or ``ValueError`` in plain words."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not valid base64") from None
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 key has 32 bytes, this one {len(raw)}")
    return raw
