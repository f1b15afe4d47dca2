"""Enrolment: trade head office's one-time code for a device token kept in the OS keyring."""

from __future__ import annotations

from branchdesk.security import secrets
from branchdesk.store import settings, sync_repo
from branchdesk.store.db import Store
from branchdesk.store.types import utc_text, utcnow
from branchdesk.sync.transport import SyncError, Transport


def token_name(device_id: str) -> str:
    return f"device-token:{device_id}"


def load_token(store: Store) -> str | None:
    """The device token, or None when not enrolled. Raises KeyringUnavailable when no keyring works."""
    with store.read() as s:
        device_id = settings.identity(s).device_id
    return secrets.get_secret(token_name(device_id))


def enrol(store: Store, server_url: str, code: str, *, ca_file: str | None = None, label: str = "") -> dict:
    """Enrol this device. Checks the keyring first, so a code is never spent on a PC that cannot
    keep the token (and the token never touches a plain file)."""
    with store.write() as s:
        ident = settings.ensure_identity(s)
    probe = token_name(ident.device_id)
    secrets.get_secret(probe)  # raises KeyringUnavailable before anything is spent
    t = Transport(server_url, ca_file=ca_file)
    try:
        resp = t.enrol(code.strip(), ident.device_id, label=label)
    finally:
        t.close()
    secrets.set_secret(probe, resp.token)
    with store.write() as s:
        settings.put(s, "branch_code", resp.branch_code)
        if resp.branch_name:
            settings.put(s, "branch_name", resp.branch_name)
        settings.put(s, "device_code", resp.device_code)
        sync_repo.put_state(s, sync_repo.SERVER_URL, server_url.rstrip("/"))
        if ca_file:
            sync_repo.put_state(s, sync_repo.CA_FILE, ca_file)
        sync_repo.put_state(s, sync_repo.ENROLLED_AT, utc_text(utcnow()))
        sync_repo.put_state(s, sync_repo.TOKEN_EXPIRES, resp.expires_at)
    return {"branch_code": resp.branch_code, "branch_name": resp.branch_name, "device_code": resp.device_code,
            "expires_at": resp.expires_at}


__all__ = ["enrol", "load_token", "token_name", "SyncError"]
