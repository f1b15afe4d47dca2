"""Device identity and data-bound settings kept in the app_setting table."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.device import DEFAULT_BRANCH, DEFAULT_BRANCH_NAME, DeviceIdentity
from branchdesk.domain.ids import new_id
from branchdesk.store.models import AppSetting



def get(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(AppSetting, key)
    return row.value if row else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row:
        row.value = value
    else:
        session.add(AppSetting(key=key, value=value))


def all_settings(session: Session) -> dict[str, str]:
    return {r.key: r.value for r in session.execute(select(AppSetting)).scalars()}


def ensure_identity(session: Session) -> DeviceIdentity:
    """Create the device's identity on first start; afterwards it never changes by itself."""
    device_id = get(session, "device_id")
    if device_id is None:
        device_id = new_id()
        put(session, "device_id", device_id)
    code = get(session, "device_code")
    if code is None:
        code = f"{secrets.randbelow(10000):04d}"
        put(session, "device_code", code)
    branch = get(session, "branch_code")
    if branch is None:
        branch = DEFAULT_BRANCH
        put(session, "branch_code", branch)
    name = get(session, "branch_name")
    if name is None:
        name = DEFAULT_BRANCH_NAME
        put(session, "branch_name", name)
    return DeviceIdentity(device_id, code, branch, name)


def identity(session: Session) -> DeviceIdentity:
    return DeviceIdentity.from_settings(lambda key, default: get(session, key, default))
