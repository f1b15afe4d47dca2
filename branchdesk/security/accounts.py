"""Staff accounts of this device: create, sign in, lock-out, passwords, roles.

Passwords are kept only as argon2id hashes (argon2-cffi's PasswordHasher). Every sign-in,
failed sign-in, lock-out and change of role or account lands in the audit log. Functions take
the Store and run their own short write transaction, because a failed sign-in must be counted
(committed) even though the caller gets an error.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from branchdesk.domain import password_policy
from branchdesk.domain.ids import new_id
from branchdesk.domain.password_policy import DEFAULT_LOCKOUT, LockoutPolicy
from branchdesk.domain.roles import Actor, Permission, Role
from branchdesk.security.guard import log_event, require
from branchdesk.store.models_security import StaffAccount
from branchdesk.store.types import utcnow

log = logging.getLogger(__name__)

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this hash when the user name is unknown keeps the timing the same as for a
# known user, so the answer time does not reveal which names exist.
# Made on first use: hashing costs a noticeable part of a second, which start-up should not pay.
@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("branchdesk timing equaliser")


class AccountError(ValueError):
    """A refusal with a code from domain.messages (wrong_password, account_locked, ...)."""

    def __init__(self, code: str, *, locked_until: datetime | None = None):
        super().__init__(code)
        self.code = code
        self.locked_until = locked_until


class PasswordRejected(AccountError):
    def __init__(self, codes: list[str]):
        super().__init__(codes[0])
        self.codes = codes


@dataclass(frozen=True)
class AccountInfo:
    """An account as lists and dialogs show it: never the hash."""

    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    must_change_password: bool

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


@dataclass(frozen=True)
class SignIn:
    actor: Actor
    must_change_password: bool


def _info(a: StaffAccount) -> AccountInfo:
    return AccountInfo(a.username, a.display_name, Role(a.role), a.active, a.locked_until, a.failed_attempts,
                       a.must_change_password)


def _actor(a: StaffAccount) -> Actor:
    return Actor(a.username, a.display_name, Role(a.role))


def _find(session: Session, username: str) -> StaffAccount | None:
    return session.execute(select(StaffAccount).where(StaffAccount.username == username)).scalar_one_or_none()


def _get(session: Session, username: str) -> StaffAccount:
    acc = _find(session, username)
    if acc is None:
        raise AccountError("unknown_account")
    return acc


def _check_new_password(password: str, username: str) -> None:
    problems = password_policy.check_password(password, username=username)
    if problems:
        raise PasswordRejected(problems)


def _safe_name(username: str) -> str:
    # What someone typed into the user-name box may be anything (even a phone number):
    # only a well-formed account name goes into the audit log.
    return username if password_policy.check_username(username) is None else "?"


# ---------------------------------------------------------------------------- queries
def has_accounts(store) -> bool:
    with store.read() as s:
        return bool(s.execute(select(func.count()).select_from(StaffAccount)).scalar())


def list_accounts(store) -> list[AccountInfo]:
    with store.read() as s:
        return [_info(a) for a in s.execute(select(StaffAccount).order_by(StaffAccount.username)).scalars()]


def get_account(store, username: str) -> AccountInfo:
    with store.read() as s:
        return _info(_get(s, username))


# ---------------------------------------------------------------------------- creating
def _create(session: Session, *, username: str, display_name: str, role: Role, password: str, by: str,
            must_change_password: bool) -> StaffAccount:
    role = Role(role)
    code = password_policy.check_username(username)
    if code:
        raise AccountError(code)
    if not display_name.strip():
        raise AccountError("required")
    _check_new_password(password, username)
    if _find(session, username) is not None:
        raise AccountError("username_taken")
    now = utcnow()
    acc = StaffAccount(id=new_id(), username=username, display_name=display_name.strip(), role=role.value,
                       password_hash=_hasher.hash(password), failed_attempts=0, locked_until=None, active=True,
                       must_change_password=must_change_password, created_at=now, updated_at=now)
    session.add(acc)
    session.flush()
    log_event(session, by, "account_create", record_kind="staff", record_id=acc.id,
              detail={"username": username, "role": role.value})
    return acc


def create_first_administrator(store, *, username: str, display_name: str, password: str) -> Actor:
    """The first start: the device has no accounts yet; the person setting it up becomes administrator."""
    with store.write() as s:
        if s.execute(select(func.count()).select_from(StaffAccount)).scalar():
            raise AccountError("not_permitted")
        acc = _create(s, username=username, display_name=display_name, role=Role.ADMIN, password=password,
                      by=username, must_change_password=False)
        return _actor(acc)


def create_account(store, by: Actor, *, username: str, display_name: str, role: Role, password: str,
                   must_change_password: bool = True) -> AccountInfo:
    """An administrator adds a colleague; by default they choose their own password at first sign-in."""
    require(by, Permission.MANAGE_ACCOUNTS)
    with store.write() as s:
        return _info(_create(s, username=username, display_name=display_name, role=role, password=password,
                             by=by.username, must_change_password=must_change_password))


# ---------------------------------------------------------------------------- signing in
def sign_in(store, username: str, password: str, *, policy: LockoutPolicy = DEFAULT_LOCKOUT,
            now: datetime | None = None, action: str = "sign_in") -> SignIn:
    """Check the password. Raises AccountError('wrong_password' | 'account_locked' | 'account_inactive').

    `action` is "unlock" when the idle lock asks for the password again.
    """
    now = now or utcnow()
    username = username.strip()
    # The slow argon2 check runs before the write transaction, so the database's write lock is
    # held only for the short bookkeeping that follows.
    with store.read() as s:
        found = _find(s, username)
        stored_hash = found.password_hash if found is not None else _dummy_hash()
    password_ok = _verify(stored_hash, password)
    new_hash = _hasher.hash(password) if password_ok and _hasher.check_needs_rehash(stored_hash) else None
    failure: AccountError | None = None
    result: SignIn | None = None
    with store.write() as s:
        acc = _find(s, username)
        if acc is not None and acc.password_hash != stored_hash:
            password_ok = _verify(acc.password_hash, password)  # changed meanwhile: check again
            new_hash = None
        if acc is None:
            log_event(s, _safe_name(username), f"{action}_failed", record_kind="staff",
                      detail={"reason": "unknown_account"})
            failure = AccountError("wrong_password")
        elif acc.locked_until is not None and acc.locked_until > now:
            log_event(s, acc.username, f"{action}_failed", record_kind="staff", record_id=acc.id,
                      detail={"reason": "account_locked"})
            failure = AccountError("account_locked", locked_until=acc.locked_until)
        elif not password_ok:
            acc.failed_attempts += 1
            acc.locked_until = policy.locked_until(acc.failed_attempts, now)
            acc.updated_at = now
            log_event(s, acc.username, f"{action}_failed", record_kind="staff", record_id=acc.id,
                      detail={"reason": "wrong_password", "failures": acc.failed_attempts})
            if acc.locked_until is not None:
                log_event(s, acc.username, "account_locked", record_kind="staff", record_id=acc.id,
                          detail={"failures": acc.failed_attempts, "minutes": policy.lock_minutes})
                failure = AccountError("account_locked", locked_until=acc.locked_until)
            else:
                failure = AccountError("wrong_password")
        elif not acc.active:
            log_event(s, acc.username, f"{action}_failed", record_kind="staff", record_id=acc.id,
                      detail={"reason": "account_inactive"})
            failure = AccountError("account_inactive")
        else:
            if new_hash:
                acc.password_hash = new_hash
            acc.failed_attempts = 0
            acc.locked_until = None
            acc.updated_at = now
            log_event(s, acc.username, action, record_kind="staff", record_id=acc.id, detail={"role": acc.role})
            result = SignIn(_actor(acc), acc.must_change_password)
    # Raised after the commit: the failure count and its audit entry must stay.
    if failure is not None:
        log.info("%s refused: %s", action, failure.code)
        raise failure
    assert result is not None
    return result


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def record_sign_out(store, actor: Actor) -> None:
    from branchdesk.security.guard import record_event

    record_event(store, actor.username, "sign_out", record_kind="staff")


# ---------------------------------------------------------------------------- changing
def change_password(store, username: str, old_password: str, new_password: str) -> None:
    """The person changes their own password (knowing the current one)."""
    _check_new_password(new_password, username)
    with store.write() as s:
        acc = _get(s, username)
        if not _verify(acc.password_hash, old_password):
            log_event(s, username, "password_change_failed", record_kind="staff", record_id=acc.id)
            failed = True
        else:
            acc.password_hash = _hasher.hash(new_password)
            acc.must_change_password = False
            acc.updated_at = utcnow()
            log_event(s, username, "password_change", record_kind="staff", record_id=acc.id)
            failed = False
    if failed:
        raise AccountError("wrong_password")


def reset_password(store, by: Actor, username: str, new_password: str) -> None:
    """An administrator sets a temporary password; the person must change it at next sign-in."""
    require(by, Permission.MANAGE_ACCOUNTS)
    _check_new_password(new_password, username)
    with store.write() as s:
        acc = _get(s, username)
        acc.password_hash = _hasher.hash(new_password)
        acc.must_change_password = True
        acc.failed_attempts = 0
        acc.locked_until = None
        acc.updated_at = utcnow()
        log_event(s, by.username, "password_reset", record_kind="staff", record_id=acc.id,
                  detail={"username": username})


def _admins_left(session: Session, excluding: str) -> int:
    q = select(func.count()).select_from(StaffAccount).where(
        StaffAccount.role == Role.ADMIN.value, StaffAccount.active.is_(True), StaffAccount.username != excluding)
    return session.execute(q).scalar() or 0


def set_role(store, by: Actor, username: str, role: Role) -> None:
    require(by, Permission.MANAGE_ACCOUNTS)
    role = Role(role)
    with store.write() as s:
        acc = _get(s, username)
        old = acc.role
        if old == role.value:
            return
        if old == Role.ADMIN.value and _admins_left(s, username) == 0:
            raise AccountError("last_administrator")
        acc.role = role.value
        acc.updated_at = utcnow()
        log_event(s, by.username, "permission_change", record_kind="staff", record_id=acc.id,
                  detail={"username": username, "from": old, "to": role.value})


def set_active(store, by: Actor, username: str, active: bool) -> None:
    require(by, Permission.MANAGE_ACCOUNTS)
    with store.write() as s:
        acc = _get(s, username)
        if acc.active == active:
            return
        if not active and acc.role == Role.ADMIN.value and _admins_left(s, username) == 0:
            raise AccountError("last_administrator")
        acc.active = active
        acc.updated_at = utcnow()
        log_event(s, by.username, "permission_change", record_kind="staff", record_id=acc.id,
                  detail={"username": username, "active": active})


def unlock(store, by: Actor, username: str) -> None:
    require(by, Permission.MANAGE_ACCOUNTS)
    with store.write() as s:
        acc = _get(s, username)
        acc.failed_attempts = 0
        acc.locked_until = None
        acc.updated_at = utcnow()
        log_event(s, by.username, "account_unlock", record_kind="staff", record_id=acc.id,
                  detail={"username": username})
