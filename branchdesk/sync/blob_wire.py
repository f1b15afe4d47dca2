"""What both sides agree on about attachment files in transit: their limits and their digest header.

A file travels sealed (FieldProtector.seal_bytes) with a `Content-Digest` (RFC 9530) of the
sealed bytes; the receiver checks it. Kept apart from the client (sync/blobs.py) so head office
imports no part of the device's store.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Final

SEAL_OVERHEAD: Final = 12 + 16  # AES-GCM nonce before the content, tag after it
MAX_SEALED: Final = 20 * 1024 * 1024 + SEAL_OVERHEAD  # the largest attachment (complaint_attachments.MAX_BYTES), sealed
HEX_SHA256: Final = re.compile(r"[0-9a-f]{64}")
_DIGEST = re.compile(r"(?:^|,)\s*sha-256=:([A-Za-z0-9+/]+={0,2}):")


def content_digest(data: bytes) -> str:
    """A Content-Digest header value for `data`."""
    return digest_header(hashlib.sha256(data).digest())


def digest_header(sha256: bytes) -> str:
    """The Content-Digest header value naming a SHA-256 already computed."""
    return f"sha-256=:{base64.b64encode(sha256).decode('ascii')}:"


def digest_of(header: str | None) -> bytes | None:
    """The SHA-256 a Content-Digest header names (None when it names none, or a malformed one)."""
    m = _DIGEST.search(header or "")
    if m is None:
        return None
    try:
        raw = base64.b64decode(m.group(1), validate=True)
    except binascii.Error:
        return None
    return raw if len(raw) == 32 else None
