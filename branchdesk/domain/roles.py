"""Staff roles and what each may do. The UI asks `allowed()`; a refusal carries a reason code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(str, Enum):
    TELLER = "teller"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(str, Enum):
    RECORD = "record"  # create records
    AMEND_OWN = "amend_own"
    AMEND_ANY = "amend_any"
    DELETE = "delete"  # tombstone
    SEE_DELETED = "see_deleted"
    UNMASK = "unmask"
    PRINT_REGISTER = "print_register"
    EXPORT = "export"
    APPROVE_EXTENSION = "approve_extension"
    RESOLVE_CONFLICT = "resolve_conflict"
    SEE_ALL_CASES = "see_all_cases"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    PURGE = "purge"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.TELLER: frozenset({Permission.RECORD, Permission.AMEND_OWN, Permission.EXPORT}),
    Role.MANAGER: frozenset({
        Permission.RECORD, Permission.AMEND_OWN, Permission.AMEND_ANY, Permission.DELETE, Permission.SEE_DELETED,
        Permission.UNMASK, Permission.PRINT_REGISTER, Permission.EXPORT, Permission.APPROVE_EXTENSION,
        Permission.RESOLVE_CONFLICT, Permission.SEE_ALL_CASES,
    }),
    Role.ADMIN: frozenset({
        Permission.MANAGE_ACCOUNTS, Permission.MANAGE_SETTINGS, Permission.PURGE, Permission.SEE_DELETED,
        Permission.EXPORT, Permission.SEE_ALL_CASES,
    }),
}


@dataclass(frozen=True)
class Actor:
    """Who is signed in on this device."""

    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in _GRANTS[self.role]

    def can_amend(self, recorder: str) -> bool:
        return self.can(Permission.AMEND_ANY) or (self.can(Permission.AMEND_OWN) and recorder == self.username)


def grants(role: Role) -> frozenset[Permission]:
    return _GRANTS[role]
