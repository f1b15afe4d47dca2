"""Enrolment: trade head office's one-time code for a device token kept in the OS keyring."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from branchdesk.security import secrets
from branchdesk.store import settings, sync_repo
from branchdesk.store.db import Store
from branchdesk.store.types import utc_text, utcnow
from branchdesk.sync.faults import checkpoint
from branchdesk.sync.transport import SyncError, Transport

RENEW_DAYS = 30  # a sync renews the token once it expires within this many days
log = logging.getLogger(__name__)


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


def token_expires(store: Store) -> datetime | None:
    """When the device token expires, as head office last said (None before it said)."""
    with store.read() as s:
        text = sync_repo.get_state(s, sync_repo.TOKEN_EXPIRES)
    return datetime.fromisoformat(text) if text else None


def renew_token(store: Store) -> str:
    """Trade the device token for a new one; returns the token to use from now on. Raises SyncError.

    Crash-safe at every step: head office keeps the current token valid until the new one is first
    used, so a device that dies before the keyring holds the new token syncs on with the old one and
    renews again; one that dies before TOKEN_EXPIRES is stored renews again with the new one.
    """
    with store.read() as s:
        url = sync_repo.get_state(s, sync_repo.SERVER_URL)
        ca = sync_repo.get_state(s, sync_repo.CA_FILE)
    token = load_token(store)
    if not url or not token:
        raise SyncError("not_enrolled")
    t = Transport(url, token, ca_file=ca)
    try:
        resp = t.refresh_token()
    finally:
        t.close()
    checkpoint("client.renew.after_response")
    expires = datetime.fromisoformat(resp.expires_at)
    with store.write() as s:  # the write lock orders renewals by two BranchDesk processes on this PC
        name = token_name(settings.identity(s).device_id)
        known = sync_repo.get_state(s, sync_repo.TOKEN_EXPIRES)
        if known and datetime.fromisoformat(known) >= expires:
            # Head office answered another process's renewal after this one, so that token replaced
            # this one there: keeping this one would lock the device out.
            return secrets.get_secret(name) or token
        secrets.set_secret(name, resp.token)
        checkpoint("client.renew.after_keyring")
        sync_repo.put_state(s, sync_repo.TOKEN_EXPIRES, resp.expires_at)
    return resp.token


def renew_token_if_due(store: Store, token: str) -> str:
    """The token a sync should use: `token`, renewed first when it expires within RENEW_DAYS (or its
    expiry is unknown). A renewal head office cannot be asked now (offline, timeout, server error)
    leaves the current, still valid token to sync with; a token it refuses (expired, revoked) raises."""
    expires = token_expires(store)
    if expires is not None and expires - utcnow() > timedelta(days=RENEW_DAYS):
        return token
    try:
        return renew_token(store)
    except SyncError as exc:
        if exc.status == 401:
            raise
        log.warning("device token not renewed (%s); syncing with the current one", exc.code)
        return token


__all__ = ["enrol", "load_token", "renew_token", "renew_token_if_due", "token_expires", "token_name", "SyncError"]
