"""Console accounts, sessions and the audit log.

Passwords are argon2id hashes. A session is a random cookie value whose sha256 is stored; it ends
after IDLE of inactivity or LIFETIME after sign-in, whichever comes first. Every session carries
its own CSRF token, which each form posts back.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select

from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import utcnow
from branchdesk.headoffice.console.models import ROLES, ConsoleAudit, ConsoleSession, ConsoleUser

IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)
MIN_PASSWORD = 10
# Repeated wrong passwords for one user name: refused without checking for a while.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a real password")  # unknown users cost the same time as known ones

ROLE_ZH = {"staff": "消保部门员工", "auditor": "审计（只读）", "admin": "管理员"}
# What each role may do beyond reading.
CAN = {
    "staff": frozenset({"work"}),
    "auditor": frozenset(),
    "admin": frozenset({"work", "admin"}),
}


class AuthError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Principal:
    username: str
    display_name: str
    role: str
    csrf: str

    def can(self, what: str) -> bool:
        return what in CAN.get(self.role, ())


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def valid_username(username: str) -> bool:
    return 2 <= len(username) <= 64 and all(c.isalnum() or c in "._-" for c in username) and username.isascii()


def add_user(store: HeadOfficeStore, username: str, role: str, password: str, display_name: str = "") -> None:
    if not valid_username(username):
        raise AuthError("bad_username")
    if role not in ROLES:
        raise AuthError("bad_role")
    if len(password) < MIN_PASSWORD:
        raise AuthError("password_too_short")
    with store.session() as s:
        if s.get(ConsoleUser, username) is not None:
            raise AuthError("user_exists")
        s.add(ConsoleUser(username=username, role=role, display_name=display_name or username,
                          password_hash=_hasher.hash(password), created_at=utcnow(), disabled=False))
        s.add(ConsoleAudit(at=utcnow(), username="(cli)", action="user.add", target=username, outcome="ok",
                           detail={"role": role}))


def sign_in(store: HeadOfficeStore, username: str, password: str) -> str:
    """A new session's cookie value; AuthError("bad_credentials") otherwise (same for unknown users)."""
    with store.session() as s:
        now = utcnow()
        failures = s.execute(
            select(func.count()).select_from(ConsoleAudit).where(
                ConsoleAudit.username == username[:64], ConsoleAudit.action == "sign_in",
                ConsoleAudit.outcome == "refused", ConsoleAudit.at >= now - FAILURE_WINDOW)
        ).scalar()
        throttled = failures >= MAX_FAILURES
    if throttled:
        with store.session() as s:
            s.add(ConsoleAudit(at=utcnow(), username=username[:64], action="sign_in", outcome="throttled", detail={}))
        raise AuthError("too_many_attempts")
    with store.session() as s:
        user = s.get(ConsoleUser, username) if username else None
        try:
            _hasher.verify(user.password_hash if user else _DUMMY, password)
            ok = user is not None and not user.disabled
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        now = utcnow()
        if not ok:
            s.add(ConsoleAudit(at=now, username=username[:64], action="sign_in", outcome="refused", detail={}))
        else:
            token = secrets.token_urlsafe(32)
            s.add(ConsoleSession(token_hash=_sha(token), username=user.username, csrf=secrets.token_urlsafe(24),
                                 created_at=now, last_seen_at=now, expires_at=now + LIFETIME))
            s.add(ConsoleAudit(at=now, username=user.username, action="sign_in", outcome="ok", detail={}))
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            s.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))  # tidy ended sessions
    if not ok:
        raise AuthError("bad_credentials")
    return token


def session_user(store: HeadOfficeStore, token: str | None, idle: timedelta = IDLE) -> Principal | None:
    if not token:
        return None
    now = utcnow()
    with store.session() as s:
        sess = s.get(ConsoleSession, _sha(token))
        if sess is None:
            return None
        if sess.expires_at <= now or sess.last_seen_at + idle <= now:
            s.delete(sess)
            return None
        user = s.get(ConsoleUser, sess.username)
        if user is None or user.disabled:
            return None
        if now - sess.last_seen_at > timedelta(seconds=30):  # keep reads cheap: not a write per request
            sess.last_seen_at = now
        return Principal(user.username, user.display_name, user.role, sess.csrf)


def sign_out(store: HeadOfficeStore, token: str | None) -> None:
    if token:
        with store.session() as s:
            s.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == _sha(token)))


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected, given)


def audit(store: HeadOfficeStore, username: str, action: str, target: str = "", outcome: str = "ok",
          detail: dict | None = None) -> None:
    with store.session() as s:
        s.add(ConsoleAudit(at=utcnow(), username=username, action=action, target=target[:80], outcome=outcome,
                           detail=detail or {}))


def audit_log(store: HeadOfficeStore, limit: int = 200) -> list[ConsoleAudit]:
    with store.session() as s:
        return list(s.execute(select(ConsoleAudit).order_by(ConsoleAudit.id.desc()).limit(limit)).scalars())
