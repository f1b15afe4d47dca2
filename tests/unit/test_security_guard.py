"""Permissions say why they refuse; unmask, print and export are audited (refusals too)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from branchdesk.domain.roles import Actor, Permission, Role
from branchdesk.security.guard import PermissionRefused, authorize
from branchdesk.store import audit
from branchdesk.store.models import AuditEntry

TELLER = Actor("li", "李柜员", Role.TELLER)
MANAGER = Actor("zhou", "周经理", Role.MANAGER)
ADMIN = Actor("admin", "管理员", Role.ADMIN)


def entries(store):
    with store.read() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


def test_teller_cannot_unmask_and_is_told_why(store):
    with pytest.raises(PermissionRefused) as err:
        authorize(store, TELLER, Permission.UNMASK, action="unmask", record_kind="complaint", record_id="r1")
    assert err.value.message("zh_CN") == "只有网点经理可以查看完整个人信息"
    assert err.value.message("en") == "Only a manager can show personal data unmasked"
    last = entries(store)[-1]
    assert (last.actor, last.action, last.record_id, last.detail["wanted"]) == ("li", "refused", "r1", "unmask")


def test_manager_unmask_and_print_are_audited(store):
    authorize(store, MANAGER, Permission.UNMASK, action="unmask", record_kind="complaint", record_id="r1",
              detail={"field": "phone"})
    authorize(store, MANAGER, Permission.PRINT_REGISTER, action="print", record_kind="fraud")
    authorize(store, TELLER, Permission.EXPORT, action="export", record_kind="fraud", detail={"rows": 12})
    got = [(e.actor, e.action, e.detail.get("field")) for e in entries(store)]
    assert got == [("zhou", "unmask", "phone"), ("zhou", "print", None), ("li", "export", None)]
    with store.read() as s:
        assert audit.verify_chain(s)[1] is None


@pytest.mark.parametrize("actor,permission,allowed", [
    (TELLER, Permission.DELETE, False), (MANAGER, Permission.DELETE, True),
    (TELLER, Permission.PRINT_REGISTER, False), (MANAGER, Permission.RESOLVE_CONFLICT, True),
    (MANAGER, Permission.MANAGE_ACCOUNTS, False), (ADMIN, Permission.MANAGE_ACCOUNTS, True),
    (ADMIN, Permission.UNMASK, False), (TELLER, Permission.APPROVE_EXTENSION, False),
])
def test_grants(store, actor, permission, allowed):
    if allowed:
        authorize(store, actor, permission, action="x")
    else:
        with pytest.raises(PermissionRefused):
            authorize(store, actor, permission, action="x")
