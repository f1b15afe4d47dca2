"""Field encryption of C2 personal data (names, phones, ID and account numbers).

Values are sealed with AES-256-GCM under the device's data key (kept in the OS keyring), so a
copied database file or backup reveals none of them. Repeat matching uses keyed hashes (HMAC)
of the normalised value: equal inputs match without the plain text being stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from branchdesk.security import secrets

PREFIX = "v1:"


class DecryptionError(ValueError):
    pass


# Devices whose database already holds data sealed under a key: from_keyring must never make a
# fresh key for them (it would leave that data unreadable). security.keys fills this in.
KEY_REQUIRED: set[str] = set()


class FieldProtector:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("data key must be 32 bytes")
        self._aead = AESGCM(key)
        # Separate keys for sealing and for matching, both derived from the one data key.
        self._index_key = hmac.new(key, b"branchdesk blind index v1", hashlib.sha256).digest()

    # ------------------------------------------------------------------ sealing
    def seal(self, plain: str | None, *, context: str = "") -> str | None:
        """Encrypt; `context` (e.g. 'complaint.phone') is bound as associated data."""
        if plain is None or plain == "":
            return plain
        nonce = os.urandom(12)
        ct = self._aead.encrypt(nonce, plain.encode("utf-8"), context.encode("utf-8"))
        return PREFIX + base64.b64encode(nonce + ct).decode("ascii")

    def open(self, sealed: str | None, *, context: str = "") -> str | None:
        if sealed is None or sealed == "":
            return sealed
        if not sealed.startswith(PREFIX):
            raise DecryptionError("not a sealed value")
        raw = base64.b64decode(sealed[len(PREFIX):])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], context.encode("utf-8")).decode("utf-8")
        except Exception as exc:
            raise DecryptionError("cannot decrypt (wrong key or changed data)") from exc

    def seal_bytes(self, data: bytes, *, context: str = "") -> bytes:
        """Encrypt a file's content (scans, photos): nonce + ciphertext."""
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, data, context.encode("utf-8"))

    def open_bytes(self, blob: bytes, *, context: str = "") -> bytes:
        try:
            return self._aead.decrypt(blob[:12], blob[12:], context.encode("utf-8"))
        except Exception as exc:
            raise DecryptionError("cannot decrypt (wrong key or changed data)") from exc

    # ------------------------------------------------------------------ matching
    def blind_index(self, normalised: str | None, *, kind: str) -> str | None:
        """Keyed hash for equality matching ('phone', 'id_number', ...)."""
        if not normalised:
            return None
        return hmac.new(self._index_key, f"{kind}:{normalised}".encode("utf-8"), hashlib.sha256).hexdigest()

    # ------------------------------------------------------------------ keys
    @classmethod
    def from_keyring(cls, device_id: str, *, create: bool = True) -> "FieldProtector":
        """The device's data key from the OS keyring (created on first use).

        Raises secrets.KeyringUnavailable when no keyring works: never a plain-file fallback.
        """
        name = f"data-key:{device_id}"
        stored = secrets.get_secret(name)
        if stored is None:
            if not create or device_id in KEY_REQUIRED:
                raise secrets.KeyringUnavailable("data key missing from keyring")
            key = os.urandom(32)
            secrets.set_secret(name, base64.b64encode(key).decode("ascii"))
            # Read back: some backends accept a write and then lose it.
            if secrets.get_secret(name) is None:
                raise secrets.KeyringUnavailable("keyring did not keep the data key")
            return cls(key)
        return cls(base64.b64decode(stored))
