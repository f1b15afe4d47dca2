"""The administrator's list of staff accounts (model/view) and the actions on them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from branchdesk.domain.roles import Actor, Role
from branchdesk.security.accounts import AccountInfo
from branchdesk.ui.security.dialogs import AccountDialog, PassphraseDialog, message
from branchdesk.ui.security.texts import role_title

COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("AccountsModel", "User name"),
    QT_TRANSLATE_NOOP("AccountsModel", "Full name"),
    QT_TRANSLATE_NOOP("AccountsModel", "Role"),
    QT_TRANSLATE_NOOP("AccountsModel", "State"),
)


class AccountsModel(QAbstractTableModel):
    """Plain rows of AccountInfo (no hashes); the dialog supplies them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AccountInfo] = []

    def set_rows(self, rows: list[AccountInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account(self, row: int) -> AccountInfo:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AccountsModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        a = self._rows[index.row()]
        col = index.column()
        if col == COL_USERNAME:
            return a.username
        if col == COL_NAME:
            return a.display_name
        if col == COL_ROLE:
            return role_title(a.role)
        if a.locked():
            return QCoreApplication.translate("AccountsModel", "Locked (too many wrong passwords)")
        state = (QCoreApplication.translate("AccountsModel", "Active") if a.active
                 else QCoreApplication.translate("AccountsModel", "Disabled"))
        if a.must_change_password:
            state += " · " + QCoreApplication.translate("AccountsModel", "must change password")
        return state


class AccountsDialog(QDialog):
    """Add accounts, change roles, reset passwords, disable and unlock. Administrators only."""

    def __init__(self, store, admin: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("security_accounts_dialog")
        self.store = store
        self.admin = admin
        self.model = AccountsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("accounts_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.b_add, self.b_role, self.b_reset, self.b_active, self.b_unlock = (QPushButton(self) for _ in range(5))
        for b, name in zip((self.b_add, self.b_role, self.b_reset, self.b_active, self.b_unlock),
                           ("add", "role", "reset", "active", "unlock")):
            b.setObjectName(f"accounts_{name}")
        self.b_add.clicked.connect(self.add)
        self.b_role.clicked.connect(self.change_role)
        self.b_reset.clicked.connect(self.reset_password)
        self.b_active.clicked.connect(self.toggle_active)
        self.b_unlock.clicked.connect(self.unlock)
        side = QVBoxLayout()
        for b in (self.b_add, self.b_role, self.b_reset, self.b_active, self.b_unlock):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(close)
        self.resize(760, 420)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff accounts"))
        self.b_add.setText(self.tr("&Add…"))
        self.b_role.setText(self.tr("Change &role…"))
        self.b_reset.setText(self.tr("Reset &password…"))
        self.b_unlock.setText(self.tr("&Unlock"))
        self._update_buttons()

    def reload(self) -> None:
        from branchdesk.security import accounts

        self.model.set_rows(accounts.list_accounts(self.store))
        self._update_buttons()

    def selected(self) -> AccountInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.account(rows[0].row()) if rows else None

    def select_username(self, username: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.account(r).username == username:
                self.view.selectRow(r)
                return

    def _update_buttons(self, *_args) -> None:
        a = self.selected()
        for b in (self.b_role, self.b_reset, self.b_active, self.b_unlock):
            b.setEnabled(a is not None)
        self.b_active.setText(self.tr("&Enable") if a is not None and not a.active else self.tr("&Disable"))
        self.b_unlock.setEnabled(a is not None and a.locked())

    def _run(self, action) -> None:
        from branchdesk.security.accounts import AccountError
        from branchdesk.security.guard import PermissionRefused

        try:
            action()
        except (AccountError, PermissionRefused) as exc:
            QMessageBox.warning(self, self.windowTitle(), message(exc.code))
        self.reload()

    def add(self) -> None:
        dlg = AccountDialog(self.store, self.admin, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_username(dlg.username.text().strip())

    def change_role(self) -> None:
        from branchdesk.security import accounts

        a = self.selected()
        if a is None:
            return
        roles = [Role.TELLER, Role.MANAGER, Role.ADMIN]
        titles = [role_title(r) for r in roles]
        title, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role of %1:").replace("%1", a.username),
                                         titles, roles.index(a.role), False)
        if ok:
            self._run(lambda: accounts.set_role(self.store, self.admin, a.username, roles[titles.index(title)]))
            self.select_username(a.username)

    def reset_password(self) -> None:
        from branchdesk.security import accounts

        a = self.selected()
        if a is None:
            return

        def check(password: str) -> str | None:
            try:
                accounts.reset_password(self.store, self.admin, a.username, password)
            except accounts.AccountError as exc:
                return exc.code
            return None

        dlg = PassphraseDialog(self.tr("Reset password"), self.tr(
            "A temporary password for %1. They must choose their own at the next sign-in.").replace("%1", a.username),
            check, self, confirm=True)
        dlg.exec()
        self.reload()
        self.select_username(a.username)

    def toggle_active(self) -> None:
        from branchdesk.security import accounts

        a = self.selected()
        if a is not None:
            self._run(lambda: accounts.set_active(self.store, self.admin, a.username, not a.active))
            self.select_username(a.username)

    def unlock(self) -> None:
        from branchdesk.security import accounts

        a = self.selected()
        if a is not None:
            self._run(lambda: accounts.unlock(self.store, self.admin, a.username))
            self.select_username(a.username)
