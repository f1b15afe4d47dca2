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


def allowed(actor: Actor, permission: Permission) -> str | None:
    """None when `actor` may do it; otherwise the reason code (see the messages below)."""
    if actor.can(permission):
        return None
    return f"refused_{permission.value}"


def _register_refusals() -> None:
    # Each refusal names who may do it, so the person knows whom to ask.
    from branchdesk.domain import messages

    texts = {
        Permission.RECORD: ("只有柜员和网点经理可以登记记录", "只有櫃員和網點經理可以登記記錄", "Only tellers and managers record cases"),
        Permission.AMEND_OWN: ("只有柜员和网点经理可以修改记录", "只有櫃員和網點經理可以修改記錄", "Only tellers and managers amend records"),
        Permission.AMEND_ANY: ("只能修改自己登记的记录;修改他人记录需网点经理", "只能修改自己登記的記錄;修改他人記錄需網點經理", "You can amend only your own records; a manager amends others'"),
        Permission.DELETE: ("只有网点经理可以删除记录", "只有網點經理可以刪除記錄", "Only a manager can delete records"),
        Permission.SEE_DELETED: ("只有网点经理和管理员可以查看已删除记录", "只有網點經理和管理員可以查看已刪除記錄", "Only managers and administrators see deleted records"),
        Permission.UNMASK: ("只有网点经理可以查看完整个人信息", "只有網點經理可以查看完整個人資訊", "Only a manager can show personal data unmasked"),
        Permission.PRINT_REGISTER: ("只有网点经理可以打印登记簿", "只有網點經理可以列印登記簿", "Only a manager can print registers"),
        Permission.EXPORT: ("您的角色不能导出", "您的角色不能匯出", "Your role cannot export"),
        Permission.APPROVE_EXTENSION: ("只有网点经理可以审批延期", "只有網點經理可以審批延期", "Only a manager can approve extensions"),
        Permission.RESOLVE_CONFLICT: ("只有网点经理可以处理同步冲突", "只有網點經理可以處理同步衝突", "Only a manager can resolve sync conflicts"),
        Permission.SEE_ALL_CASES: ("只能查看自己的案件", "只能查看自己的案件", "You can see only your own cases"),
        Permission.MANAGE_ACCOUNTS: ("只有系统管理员可以管理账户", "只有系統管理員可以管理帳戶", "Only an administrator manages accounts"),
        Permission.MANAGE_SETTINGS: ("只有系统管理员可以修改设置", "只有系統管理員可以修改設定", "Only an administrator changes settings"),
        Permission.PURGE: ("只有系统管理员可以清理过期记录", "只有系統管理員可以清理過期記錄", "Only an administrator purges records past retention"),
    }
    messages.register({f"refused_{p.value}": t for p, t in texts.items()})


_register_refusals()


def unattended_actor() -> Actor:
    """Who works in an unattended run (benchmarks, bundle checks) on a folder with no staff accounts:
    the same access the first-start dialog would give anyone at this PC, without creating an account."""
    return Actor("manager", "网点经理", Role.MANAGER)
