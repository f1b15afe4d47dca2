"""Renewing a device token before it expires, so a device never has to be enrolled again by hand.

A refresh stores the new token's hash beside the current one (`next_token_hash`). The current token
stays valid until the device first uses the new one (`service.authenticate` then makes it current),
so a device that dies before keeping the new token in its keyring still gets in with the old one and
simply renews again; a repeated refresh replaces the pending token it never received.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import update

from branchdesk.headoffice import db, service
from branchdesk.headoffice.models import Device, utcnow
from branchdesk.sync import wire
from branchdesk.sync.faults import checkpoint


def refresh(store: db.HeadOfficeStore, authorization: str | None, *,
            token_days: int = service.TOKEN_DAYS) -> wire.TokenResponse:
    """A new token for the device presenting a valid one (a pending renewed token counts, and
    becomes current first)."""
    dev = service.authenticate(store, authorization)
    presented = service.sha256(authorization[7:].strip())
    token = secrets.token_urlsafe(32)
    now = utcnow()
    expires = now + timedelta(days=token_days)
    with store.session() as s:
        # Checked again as the row is written: a revocation, or another request that made a newer
        # token current, between the check above and here must not leave a token to use.
        done = s.execute(update(Device)
                         .where(Device.id == dev.id, Device.token_hash == presented, Device.revoked_at.is_(None),
                                Device.token_expires_at > now)
                         .values(next_token_hash=service.sha256(token), next_token_expires_at=expires)).rowcount
        if not done:
            raise service.ServiceError(401, "unknown_token")
        checkpoint("server.refresh.before_commit")
    checkpoint("server.refresh.after_commit")
    return wire.TokenResponse(token=token, expires_at=expires.isoformat())
