"""Ed25519 signing keys as hex text: a till signs its bundles, the office signs its replies."""

from __future__ import annotations

import hashlib
import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_SIZE = 64


def new_private_key() -> str:
    """A fresh private key (32 random bytes as hex); keep it where only its owner reads it."""
    return secrets.token_bytes(32).hex()


def public_key(private_hex: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    return key.public_key().public_bytes_raw().hex()


def sign(private_hex: str, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)).sign(data)


def verify(public_hex: str, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def new_secret() -> str:
    """A bearer token or enrollment code: 32 random bytes, URL-safe, never starting with "-" (a code is typed
    after ``--code`` on the command line, where a leading dash reads as another option)."""
    while True:
        secret = secrets.token_urlsafe(32)
        if not secret.startswith("-"):
            return secret


def secret_hash(secret: str) -> str:
    """What the office stores instead of a token or code (SHA-256 hex: the secrets are random, not passwords)."""
    return hashlib.sha256(secret.encode()).hexdigest()
