"""The FieldProtector for the open store, from security.keys (cached there).

No key means no protection: callers get KeyringUnavailable (or one of its subclasses, such as a
key protected by a start passphrase that was not given) and must refuse to take personal data —
there is no plain-text fallback.
"""

from __future__ import annotations

from branchdesk.security import keys
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.security.secrets import KeyringUnavailable


def protector_for(store) -> FieldProtector:
    """Raises KeyringUnavailable when the key cannot be had safely on this PC."""
    return keys.get_protector(store)


def try_protector(store) -> FieldProtector | None:
    try:
        return protector_for(store)
    except KeyringUnavailable:
        return None


def forget() -> None:
    """Drop the cached keys (sign-out, tests)."""
    keys.forget()
