"""Signed, compressed sync bundles for shops with no line: the file format, writing and checking it.

Layout (all lengths big-endian)::

    "KUPA-BUNDLE\\0" | version (1 byte) | header length (4) | header (JSON) | body (zlib JSON) | signature (64)

The Ed25519 signature covers every byte before it; the header names the till and the body's length and SHA-256.
A bundle is accepted whole or refused whole, with a message that says why.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.sync.keys import SIGNATURE_SIZE, sign, verify
from app.sync.wire import dumps

MAGIC = b"KUPA-BUNDLE\x00"
VERSION = 1
TILL_BATCH = "till-batch"
OFFICE_REPLY = "office-reply"
_PREFIX = len(MAGIC) + 1 + 4


class BundleRefused(Exception):
    """The bundle is not applied at all; the message says what is wrong with it."""


@dataclass(frozen=True, slots=True)
class Bundle:
    kind: str
    till_id: str
    bundle_id: str
    body: Mapping[str, Any]
    header: Mapping[str, Any]


def write_bundle(
    *, kind: str, till_id: str, bundle_id: str, created_at: str, body: Mapping[str, Any], private_key: str
) -> bytes:
    """The signed bytes of a bundle (written to a file by the caller)."""
    packed = zlib.compress(dumps(body), 6)
    header = dumps(
        {
            "kind": kind,
            "till_id": till_id,
            "bundle_id": bundle_id,
            "created_at": created_at,
            "body_length": len(packed),
            "body_sha256": hashlib.sha256(packed).hexdigest(),
            "compression": "zlib",
        }
    )
    unsigned = MAGIC + bytes([VERSION]) + len(header).to_bytes(4, "big") + header + packed
    return unsigned + sign(private_key, unsigned)


def read_bundle(data: bytes, *, expected_kind: str, key_for: Callable[[Mapping[str, Any]], str]) -> Bundle:
    """Check and open a bundle; ``key_for(header)`` returns the signer's public key or raises BundleRefused.

    Raises:
        BundleRefused: not a bundle, truncated, of the wrong kind, foreign (unknown signer), or altered.
    """
    if len(data) < _PREFIX or not data.startswith(MAGIC):
        raise BundleRefused("this file is not a Kupa sync bundle")
    if data[len(MAGIC)] != VERSION:
        raise BundleRefused(f"bundle format version {data[len(MAGIC)]} is not supported (expected {VERSION})")
    header_length = int.from_bytes(data[len(MAGIC) + 1 : _PREFIX], "big")
    if len(data) < _PREFIX + header_length + SIGNATURE_SIZE:
        raise BundleRefused(f"the bundle is truncated: {len(data)} bytes is shorter than its own header says")
    try:
        header = json.loads(data[_PREFIX : _PREFIX + header_length])
        body_length = int(header["body_length"])
        kind, till_id = str(header["kind"]), str(header["till_id"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleRefused("the bundle's header is damaged") from exc
    expected = _PREFIX + header_length + body_length + SIGNATURE_SIZE
    if len(data) < expected:
        raise BundleRefused(f"the bundle is truncated: {len(data)} of {expected} bytes are present")
    if len(data) > expected:
        raise BundleRefused(f"the bundle has {len(data) - expected} unexpected bytes at its end")
    if kind != expected_kind:
        raise BundleRefused(f"this is a {kind} bundle, not a {expected_kind} bundle")
    signed, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    if not verify(key_for(header), signed, signature):
        raise BundleRefused("the signature does not match: the bundle was altered or signed by another key")
    packed = data[_PREFIX + header_length : -SIGNATURE_SIZE]
    if hashlib.sha256(packed).hexdigest() != header.get("body_sha256"):
        raise BundleRefused("the bundle's body does not match its checksum")
    try:
        body = json.loads(zlib.decompress(packed))
    except (zlib.error, ValueError) as exc:
        raise BundleRefused("the bundle's body does not decompress") from exc
    if not isinstance(body, Mapping):
        raise BundleRefused("the bundle's body is not a document")
    return Bundle(kind=kind, till_id=till_id, bundle_id=str(header.get("bundle_id", "")), body=body, header=header)
