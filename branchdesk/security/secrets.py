"""Secrets (the data key, the device token) live only in the OS keyring.

There is no silent fallback to a plain file: when no keyring backend works, callers get
KeyringUnavailable and must tell the user plainly.
"""

from __future__ import annotations

import logging

SERVICE = "BranchDesk"
log = logging.getLogger(__name__)


class KeyringUnavailable(RuntimeError):
    """No working OS keyring: secrets cannot be kept safely on this PC."""


def _backend():
    import keyring
    from keyring.backends import fail

    kr = keyring.get_keyring()
    inner = getattr(kr, "backends", None)  # a ChainerBackend with nothing usable behind it
    if isinstance(kr, fail.Keyring) or (inner is not None and not inner):
        raise KeyringUnavailable(type(kr).__name__)
    if "plaintext" in type(kr).__name__.lower():
        # keyrings.alt's file backend is a plain file under another name: refuse it.
        raise KeyringUnavailable(type(kr).__name__)
    return kr


def backend_name() -> str:
    try:
        kr = _backend()
    except KeyringUnavailable:
        return ""
    return f"{type(kr).__module__}.{type(kr).__name__}"


def get_secret(name: str) -> str | None:
    try:
        return _backend().get_password(SERVICE, name)
    except KeyringUnavailable:
        raise
    except Exception as exc:  # a backend that exists but cannot be reached (locked, no D-Bus...)
        raise KeyringUnavailable(f"{type(exc).__name__}") from exc


def set_secret(name: str, value: str) -> None:
    try:
        _backend().set_password(SERVICE, name, value)
    except KeyringUnavailable:
        raise
    except Exception as exc:
        raise KeyringUnavailable(f"{type(exc).__name__}") from exc


def delete_secret(name: str) -> None:
    import keyring.errors

    try:
        _backend().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
