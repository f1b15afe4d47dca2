"""Staff accounts: argon2 hashes only, lock-out, roles, audit entries for every sign-in."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import select

from branchdesk.domain.password_policy import LockoutPolicy, check_password
from branchdesk.domain.roles import Actor, Role
from branchdesk.security import accounts
from branchdesk.security.accounts import AccountError, PasswordRejected
from branchdesk.security.guard import PermissionRefused
from branchdesk.store.models import AuditEntry
from branchdesk.store.types import utcnow

ADMIN_PW = "Qiantai-2026"


@pytest.fixture
def admin(store) -> Actor:
    return accounts.create_first_administrator(store, username="admin", display_name="系统管理员", password=ADMIN_PW)


def audit_actions(store) -> list[tuple[str, str]]:
    with store.read() as s:
        return [(e.actor, e.action) for e in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]


def test_first_administrator_then_sign_in(store, admin):
    assert admin.role is Role.ADMIN
    result = accounts.sign_in(store, "admin", ADMIN_PW)
    assert result.actor == admin and not result.must_change_password
    assert ("admin", "sign_in") in audit_actions(store)


def test_second_first_administrator_is_refused(store, admin):
    with pytest.raises(AccountError):
        accounts.create_first_administrator(store, username="mallory", display_name="M", password="Another-pass1")


def test_only_argon2_hashes_are_stored(store, admin):
    accounts.create_account(store, admin, username="li.teller", display_name="李柜员", role=Role.TELLER,
                            password="Guitai-8899")
    con = sqlite3.connect(store.path)
    rows = con.execute("SELECT username, password_hash FROM staff_account").fetchall()
    con.close()
    assert len(rows) == 2
    for _name, h in rows:
        assert h.startswith("$argon2id$")
    raw = store.path.read_bytes() + (store.path.with_name(store.path.name + "-wal").read_bytes()
                                      if store.path.with_name(store.path.name + "-wal").exists() else b"")
    assert ADMIN_PW.encode() not in raw and b"Guitai-8899" not in raw


def test_wrong_password_counts_and_is_audited(store, admin):
    with pytest.raises(AccountError) as err:
        accounts.sign_in(store, "admin", "not-the-password1")
    assert err.value.code == "wrong_password"
    assert accounts.get_account(store, "admin").failed_attempts == 1
    assert ("admin", "sign_in_failed") in audit_actions(store)


def test_lock_out_after_n_failures_even_with_right_password(store, admin):
    policy = LockoutPolicy(max_failures=3, lock_minutes=15)
    now = utcnow()
    for _ in range(2):
        with pytest.raises(AccountError) as err:
            accounts.sign_in(store, "admin", "wrong-guess-1", policy=policy, now=now)
        assert err.value.code == "wrong_password"
    with pytest.raises(AccountError) as err:
        accounts.sign_in(store, "admin", "wrong-guess-1", policy=policy, now=now)
    assert err.value.code == "account_locked"
    with pytest.raises(AccountError) as err:
        accounts.sign_in(store, "admin", ADMIN_PW, policy=policy, now=now + timedelta(minutes=5))
    assert err.value.code == "account_locked"
    assert ("admin", "account_locked") in audit_actions(store)
    # After the lock period the right password works and the count starts again.
    accounts.sign_in(store, "admin", ADMIN_PW, policy=policy, now=now + timedelta(minutes=16))
    assert accounts.get_account(store, "admin").failed_attempts == 0


def test_unknown_user_is_wrong_password_and_odd_input_not_logged(store, admin):
    with pytest.raises(AccountError) as err:
        accounts.sign_in(store, "13812345678", "whatever12")
    assert err.value.code == "wrong_password"
    actors = [a for a, act in audit_actions(store) if act == "sign_in_failed"]
    assert actors == ["?"]  # a phone number typed as user name never reaches the audit log


def test_password_policy():
    assert "password_too_short" in check_password("ab1")
    assert "password_needs_letters_and_digits" in check_password("abcdefghij")
    assert "password_contains_username" in check_password("zhangsan2026", username="zhangsan")
    assert "password_too_common" in check_password("password123")
    assert check_password("Qiantai-2026", username="admin") == []


def test_weak_password_is_refused_and_nothing_saved(store, admin):
    with pytest.raises(PasswordRejected):
        accounts.create_account(store, admin, username="wang", display_name="王", role=Role.TELLER, password="123")
    assert [a.username for a in accounts.list_accounts(store)] == ["admin"]


def test_roles_changes_need_administrator_and_are_audited(store, admin):
    accounts.create_account(store, admin, username="li", display_name="李", role=Role.TELLER, password="Guitai-8899")
    teller = accounts.sign_in(store, "li", "Guitai-8899").actor
    with pytest.raises(PermissionRefused) as err:
        accounts.set_role(store, teller, "li", Role.MANAGER)
    assert "管理员" in err.value.message()
    accounts.set_role(store, admin, "li", Role.MANAGER)
    assert accounts.get_account(store, "li").role is Role.MANAGER
    assert ("admin", "permission_change") in audit_actions(store)


def test_last_administrator_stays(store, admin):
    with pytest.raises(AccountError) as err:
        accounts.set_role(store, admin, "admin", Role.TELLER)
    assert err.value.code == "last_administrator"
    with pytest.raises(AccountError):
        accounts.set_active(store, admin, "admin", False)


def test_reset_password_forces_change_and_unlocks(store, admin):
    accounts.create_account(store, admin, username="li", display_name="李", role=Role.TELLER, password="Guitai-8899",
                            must_change_password=False)
    policy = LockoutPolicy(max_failures=1)
    with pytest.raises(AccountError):
        accounts.sign_in(store, "li", "bad-guess-99", policy=policy)
    accounts.reset_password(store, admin, "li", "Temp-pass-77")
    result = accounts.sign_in(store, "li", "Temp-pass-77")
    assert result.must_change_password
    accounts.change_password(store, "li", "Temp-pass-77", "Mine-own-2026")
    assert not accounts.sign_in(store, "li", "Mine-own-2026").must_change_password


def test_disabled_account_cannot_sign_in(store, admin):
    accounts.create_account(store, admin, username="li", display_name="李", role=Role.TELLER, password="Guitai-8899")
    accounts.set_active(store, admin, "li", False)
    with pytest.raises(AccountError) as err:
        accounts.sign_in(store, "li", "Guitai-8899")
    assert err.value.code == "account_inactive"
