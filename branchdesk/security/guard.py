"""Permission checks that say why, and audit entries for sensitive acts (unmask, print, export).

Workspaces call `authorize(store, actor, Permission.UNMASK, action="unmask", ...)` before they
show personal data in the clear, print a register or write an export: the act (or the refusal)
lands in the hash-chained audit log in its own transaction, with no personal data in it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from branchdesk.domain import messages
from branchdesk.domain.roles import Actor, Permission, allowed
from branchdesk.store import audit, settings


class PermissionRefused(PermissionError):
    """The actor's role does not allow this. `code` maps to a sentence through domain.messages."""

    def __init__(self, code: str, permission: Permission | None = None):
        super().__init__(code)
        self.code = code
        self.permission = permission

    def message(self, lang: str = "zh_CN") -> str:
        return messages.message(self.code, lang)


def require(actor: Actor, permission: Permission) -> None:
    code = allowed(actor, permission)
    if code is not None:
        raise PermissionRefused(code, permission)


def log_event(session: Session, actor: str, action: str, *, record_kind: str = "", record_id: str = "",
              detail: dict | None = None) -> None:
    """An audit entry in the caller's write transaction. `detail` must hold no personal data."""
    ident = settings.identity(session)
    audit.append(session, actor=actor, action=action, record_kind=record_kind, record_id=record_id,
                 detail=detail or {}, device_id=ident.device_id)


def record_event(store, actor: str, action: str, *, record_kind: str = "", record_id: str = "",
                 detail: dict | None = None) -> None:
    """An audit entry in a transaction of its own (sign-in, backup, print, export...)."""
    with store.write() as s:
        log_event(s, actor, action, record_kind=record_kind, record_id=record_id, detail=detail)


def authorize(store, actor: Actor, permission: Permission, *, action: str, record_kind: str = "",
              record_id: str = "", detail: dict | None = None) -> None:
    """Check and audit a sensitive act. A refusal is audited too, then raised as PermissionRefused."""
    code = allowed(actor, permission)
    if code is not None:
        record_event(store, actor.username, "refused", record_kind=record_kind, record_id=record_id,
                     detail={"wanted": action, "role": actor.role.value})
        raise PermissionRefused(code, permission)
    record_event(store, actor.username, action, record_kind=record_kind, record_id=record_id,
                 detail={"role": actor.role.value, **(detail or {})})
