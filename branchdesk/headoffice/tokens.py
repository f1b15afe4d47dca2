"""Renewing a device token before it expires, so a device never has to be enrolled again by hand.

A refresh stores the new token's hash beside the current one (`next_token_hash`). The current token
stays valid until the device first uses the new one (`service.authenticate` then makes it current),
so a device that dies before keeping the new token in its keyring still gets in with the old one and
simply renews again; a repeated refresh replaces the pending token it never received.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select, update

from branchdesk.headoffice import db, service
from branchdesk.headoffice.models import Device, utcnow
from branchdesk.sync import wire
from branchdesk.sync.faults import checkpoint


def refresh(store: db.HeadOfficeStore, authorization: str | None, *,
            token_days: int = service.TOKEN_DAYS) -> wire.TokenResponse:
    """A new token for the device presenting a valid one (a pending renewed token counts, and
    becomes current first).

    Of two refreshes by one device, the one committed later has the later expiry: the device keeps
    the token with the later expiry (sync/enrolment.py renew_token), so that must be the one head
    office holds. Hence the clock is read only once the device's row is locked, in the transaction
    that writes it, and a new expiry is never before the one it replaces."""
    dev = service.authenticate(store, authorization)
    presented = service.sha256(authorization[7:].strip())
    token = secrets.token_urlsafe(32)
    with store.session() as s:
        # The row lock (PostgreSQL; SQLite has one writer at a time anyway) orders concurrent
        # refreshes, and the checks are made again under it: a revocation, or another request that
        # made a newer token current, since `authenticate` must not leave a token to use.
        row = s.execute(select(Device.token_hash, Device.revoked_at, Device.token_expires_at,
                               Device.next_token_expires_at).where(Device.id == dev.id).with_for_update()).first()
        now = utcnow()
        if (row is None or row.token_hash != presented or row.revoked_at is not None
                or row.token_expires_at <= now):
            raise service.ServiceError(401, "unknown_token")
        expires = now + timedelta(days=token_days)
        if row.next_token_expires_at is not None and row.next_token_expires_at >= expires:
            # The pending token this one replaces was issued later by the clock (stepped back since):
            # the device may hold it, so this one must still expire after it.
            expires = row.next_token_expires_at + timedelta(microseconds=1)
        s.execute(update(Device).where(Device.id == dev.id)
                  .values(next_token_hash=service.sha256(token), next_token_expires_at=expires))
        checkpoint("server.refresh.before_commit")
    checkpoint("server.refresh.after_commit")
    return wire.TokenResponse(token=token, expires_at=expires.isoformat())
