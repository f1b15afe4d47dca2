"""Password and account-name rules for staff accounts (pure: no Qt, no SQL).

Rules follow the usual bank-branch practice: at least 8 characters with letters and digits,
not the user name, not one of the passwords people pick first. Lock-out after repeated
failures is a policy value here too, so the UI, the CLI and the tests share one definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from branchdesk.domain import messages

MIN_LENGTH = 8
MAX_LENGTH = 128

# Passwords tried first by anyone at a counter: refused even when they pass the other rules.
_COMMON = frozenset({
    "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwerty123",
    "abc12345", "abcd1234", "a1234567", "11111111", "88888888", "66666666", "admin123", "admin1234",
    "passw0rd", "iloveyou1", "woaini520", "woaini1314", "branchdesk1",
})

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class LockoutPolicy:
    """After `max_failures` wrong passwords in a row the account is locked for `lock_minutes`."""

    max_failures: int = 5
    lock_minutes: int = 15

    def locked_until(self, failures: int, now: datetime) -> datetime | None:
        if failures < self.max_failures:
            return None
        return now + timedelta(minutes=self.lock_minutes)


DEFAULT_LOCKOUT = LockoutPolicy()


def check_password(password: str, *, username: str = "") -> list[str]:
    """Reason codes why `password` is not acceptable (empty list: acceptable)."""
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append("password_too_short")
    if len(password) > MAX_LENGTH:
        problems.append("password_too_long")
    if not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password):
        problems.append("password_needs_letters_and_digits")
    lowered = password.lower()
    if username and username.lower() in lowered:
        problems.append("password_contains_username")
    if lowered in _COMMON:
        problems.append("password_too_common")
    return problems


def check_username(username: str) -> str | None:
    """A code if `username` cannot be an account name (lower-case letters, digits, . _ -)."""
    if not username:
        return "required"
    if not _USERNAME.match(username):
        return "bad_username"
    return None


messages.register({
    "password_too_short": ("密码至少 8 位", "密碼至少 8 位", "The password needs at least 8 characters"),
    "password_too_long": ("密码过长", "密碼過長", "The password is too long"),
    "password_needs_letters_and_digits": (
        "密码须同时包含字母和数字", "密碼須同時包含字母和數字", "The password needs both letters and digits"),
    "password_contains_username": (
        "密码不能包含用户名", "密碼不能包含使用者名稱", "The password must not contain the user name"),
    "password_too_common": ("密码过于常见,请换一个", "密碼過於常見,請換一個", "This password is too common; choose another"),
    "password_mismatch": ("两次输入的密码不一致", "兩次輸入的密碼不一致", "The two passwords differ"),
    "bad_username": (
        "用户名须以小写字母开头,只含小写字母、数字和 . _ -(2–32 位)",
        "使用者名稱須以小寫字母開頭,只含小寫字母、數字和 . _ -(2–32 位)",
        "User names start with a lower-case letter and use a–z, 0–9 and . _ - (2–32 characters)"),
    "username_taken": ("该用户名已存在", "該使用者名稱已存在", "This user name is already taken"),
    "wrong_password": ("用户名或密码错误", "使用者名稱或密碼錯誤", "Wrong user name or password"),
    "account_locked": (
        "连续输错密码次数过多,账户已锁定,请稍后再试或联系管理员",
        "連續輸錯密碼次數過多,帳戶已鎖定,請稍後再試或聯絡管理員",
        "Too many wrong passwords: the account is locked. Try later or ask the administrator"),
    "account_inactive": ("该账户已停用", "該帳戶已停用", "This account is disabled"),
    "last_administrator": (
        "不能停用或降级最后一个系统管理员", "不能停用或降級最後一個系統管理員",
        "The last administrator cannot be disabled or given another role"),
    "unknown_account": ("没有这个账户", "沒有這個帳戶", "No such account"),
    "wrong_passphrase": ("口令不正确", "口令不正確", "Wrong passphrase"),
    "passphrase_too_short": ("口令至少 10 个字符", "口令至少 10 個字元", "The passphrase needs at least 10 characters"),
    "key_exists_elsewhere": (
        "此数据库已有数据密钥,请用恢复口令取回,而不是新建",
        "此資料庫已有資料金鑰,請用恢復口令取回,而不是新建",
        "This database already has a data key: recover it with the recovery passphrase instead"),
    "keyring_unavailable": (
        "本机没有可用的系统密钥库,无法安全保存数据密钥", "本機沒有可用的系統金鑰庫,無法安全保存資料金鑰",
        "No working system keyring on this PC: the data key cannot be kept safely"),
    "close_forms_first": ("请先保存或关闭打开的表单", "請先儲存或關閉打開的表單", "Save or close the open forms first"),
    "not_permitted": ("您的角色无权执行此操作", "您的角色無權執行此操作", "Your role does not allow this"),
})
