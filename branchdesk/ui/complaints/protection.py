"""The FieldProtector for this device, obtained once from the OS keyring and kept.

No keyring means no protection: callers get KeyringUnavailable and must refuse to take personal
data (there is no plain-text fallback).
"""

from __future__ import annotations

from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.security.secrets import KeyringUnavailable

_cache: dict[str, FieldProtector] = {}


def protector_for(device_id: str) -> FieldProtector:
    """Raises KeyringUnavailable when the key cannot be kept safely on this PC."""
    found = _cache.get(device_id)
    if found is None:
        found = FieldProtector.from_keyring(device_id)
        _cache[device_id] = found
    return found


def try_protector(device_id: str) -> FieldProtector | None:
    try:
        return protector_for(device_id)
    except KeyringUnavailable:
        return None


def forget() -> None:
    """Drop the cached key (sign-out, tests)."""
    _cache.clear()
