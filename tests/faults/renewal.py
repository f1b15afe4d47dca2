"""Looking at a device token's renewal from both ends, for the fault and integration tests."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import httpx

from branchdesk.store.types import utcnow
from tests.faults.harness import Device, Server


def device_id(d: Device) -> str:
    from branchdesk.store import settings

    with d.store.read() as s:
        return settings.identity(s).device_id


def keyring_token(d: Device) -> str:
    """The token the device keeps, read from the tests' shared keyring file."""
    return json.loads((d.tmp / "keyring.json").read_text())[f"BranchDesk/device-token:{device_id(d)}"]


def local_expiry(d: Device) -> datetime:
    from branchdesk.store import sync_repo

    with d.store.read() as s:
        return datetime.fromisoformat(sync_repo.get_state(s, sync_repo.TOKEN_EXPIRES))


def ho_device(srv: Server, d: Device):
    """The device's row at head office."""
    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.headoffice.models import Device as HoDevice

    st = HeadOfficeStore(srv.db_url)
    try:
        with st.session() as s:
            return s.get(HoDevice, device_id(d))
    finally:
        st.close()


def expire_in(srv: Server, d: Device, delta: timedelta) -> None:
    """Move the token's expiry, at head office and as the device knows it, to now + delta."""
    from sqlalchemy import update

    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.headoffice.models import Device as HoDevice
    from branchdesk.store import sync_repo

    when = utcnow() + delta
    st = HeadOfficeStore(srv.db_url)
    try:
        with st.session() as s:
            s.execute(update(HoDevice).where(HoDevice.id == device_id(d)).values(token_expires_at=when))
    finally:
        st.close()
    with d.store.write() as s:
        sync_repo.put_state(s, sync_repo.TOKEN_EXPIRES, when.isoformat())


def answer_to(srv: Server, token: str) -> tuple[int, str]:
    """Head office's answer to a request made with `token`: (status, error code or "")."""
    r = httpx.get(srv.url + "/v1/device", headers={"Authorization": f"Bearer {token}"})
    return r.status_code, (r.json().get("error", "") if r.status_code != 200 else "")


def assert_renewed(srv: Server, d: Device, old: str) -> str:
    """The device holds a new token that is head office's current one, good for about 180 days, and
    `old` no longer gets in. Returns the new token."""
    from branchdesk.headoffice.service import TOKEN_DAYS, sha256

    new = keyring_token(d)
    assert new != old
    row = ho_device(srv, d)
    assert (row.token_hash, row.next_token_hash) == (sha256(new), None)
    assert local_expiry(d) == row.token_expires_at
    assert row.token_expires_at > utcnow() + timedelta(days=TOKEN_DAYS - 1)
    assert answer_to(srv, old) == (401, "unknown_token")
    assert answer_to(srv, new)[0] == 200
    return new
