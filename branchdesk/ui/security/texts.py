"""Shared texts of the security screens (module constants marked for Qt Linguist)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from branchdesk.domain.roles import Role

_ROLES = {
    Role.TELLER: QT_TRANSLATE_NOOP("Roles", "Teller"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def role_title(role: Role) -> str:
    return QCoreApplication.translate("Roles", _ROLES[role])
