"""Small dialogs of sign-in and accounts: first administrator, sign-in, passwords, passphrases.

Each dialog checks its input through security.accounts / security.keys when the person presses
OK and shows the refusal inline (in their language, from domain.messages), staying open so
nothing typed is lost.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from branchdesk.domain import messages
from branchdesk.domain.roles import Role
from branchdesk.ui import i18n
from branchdesk.ui.widgets.field_error import FieldErrorLabel


def message(code: str) -> str:
    return messages.message(code, i18n.current_language())


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    e = QLineEdit(parent)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setObjectName(name)
    return e


class FormDialog(QDialog):
    """A form with an explanation on top, an inline error line and OK/Cancel.

    Subclasses build their rows in `_rows()` and check them in `_submit()`, which returns an
    error code (shown, dialog stays open) or None (dialog accepts).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = FieldErrorLabel(None, self)
        self.error.setObjectName("security_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _submit(self) -> str | None:  # pragma: no cover - overridden
        return None

    def _try_accept(self) -> None:
        code = self._submit()
        if code:
            self.error.show_error(message(code))
            return
        self.error.clear_error()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        pass


class FirstAdministratorDialog(FormDialog):
    """First start: the person setting up this PC becomes its administrator."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.actor = None
        self.username = QLineEdit(self)
        self.username.setObjectName("first_admin_username")
        self.username.setText("admin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("first_admin_display_name")
        self.password = password_edit(self, "first_admin_password")
        self.repeat = password_edit(self, "first_admin_repeat")
        self._labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self._labels, (self.username, self.display_name, self.password, self.repeat)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up BranchDesk: administrator"))
        self.intro.setText(self.tr(
            "This is the first start on this PC. Create the administrator account: it manages staff accounts "
            "and settings. Keep the password safe; it cannot be recovered, only reset by another administrator."))
        for label, text in zip(self._labels, (self.tr("User name:"), self.tr("Full name:"), self.tr("Password:"),
                                               self.tr("Repeat password:"))):
            label.setText(text)

    def _submit(self) -> str | None:
        from branchdesk.security import accounts

        if self.password.text() != self.repeat.text():
            return "password_mismatch"
        try:
            self.actor = accounts.create_first_administrator(
                self.store, username=self.username.text().strip(),
                display_name=self.display_name.text().strip() or self.username.text().strip(),
                password=self.password.text())
        except accounts.AccountError as exc:
            return exc.code
        return None


class SignInDialog(FormDialog):
    """User name and password. Refusals (wrong password, locked, disabled) are said inline."""

    def __init__(self, store, parent: QWidget | None = None, *, username: str = "", hint: str = "",
                 fixed_user: bool = False):
        """store: the open Store, or a function that opens it (start-up paints this dialog first)."""
        super().__init__(parent)
        self.store = store
        self.result_sign_in = None
        self.hint = hint
        self.username = QLineEdit(self)
        self.username.setObjectName("signin_username")
        self.username.setText(username)
        self.username.setReadOnly(fixed_user)
        self.password = password_edit(self, "signin_password")
        self._labels = [QLabel(self), QLabel(self)]
        self.form.addRow(self._labels[0], self.username)
        self.form.addRow(self._labels[1], self.password)
        (self.password if username else self.username).setFocus()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to BranchDesk"))
        text = self.tr("Sign in with your staff account.")
        self.intro.setText(text + ("\n\n" + self.hint if self.hint else ""))
        self._labels[0].setText(self.tr("User name:"))
        self._labels[1].setText(self.tr("Password:"))

    def opened_store(self):
        return self.store() if callable(self.store) else self.store

    def _submit(self) -> str | None:
        from branchdesk.security import accounts

        try:
            self.result_sign_in = accounts.sign_in(self.opened_store(), self.username.text(), self.password.text())
        except accounts.AccountError as exc:
            self.password.clear()
            return exc.code
        return None


class ChangePasswordDialog(FormDialog):
    """The person sets a new password (after a reset, or when they wish)."""

    def __init__(self, store, username: str, parent: QWidget | None = None, *, current: str | None = None,
                 forced: bool = False):
        super().__init__(parent)
        self.store = store
        self.username = username
        self.forced = forced
        self.current = password_edit(self, "change_current")
        self.new = password_edit(self, "change_new")
        self.repeat = password_edit(self, "change_repeat")
        self._labels = [QLabel(self) for _ in range(3)]
        if current is None:
            self.form.addRow(self._labels[0], self.current)
        else:
            self.current.setText(current)
            self.current.hide()
        self.form.addRow(self._labels[1], self.new)
        self.form.addRow(self._labels[2], self.repeat)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(self.tr("Your password was set by an administrator. Choose your own password now.")
                           if self.forced else self.tr("At least 8 characters, with letters and digits."))
        for label, text in zip(self._labels, (self.tr("Current password:"), self.tr("New password:"),
                                               self.tr("Repeat new password:"))):
            label.setText(text)

    def _submit(self) -> str | None:
        from branchdesk.security import accounts

        if self.new.text() != self.repeat.text():
            return "password_mismatch"
        try:
            accounts.change_password(self.store, self.username, self.current.text(), self.new.text())
        except accounts.AccountError as exc:
            return exc.code
        return None


class PassphraseDialog(FormDialog):
    """A passphrase: asked (start / recovery) or set (with repeat). `check` does the work."""

    def __init__(self, title: str, intro: str, check: Callable[[str], str | None], parent: QWidget | None = None,
                 *, confirm: bool = False):
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.passphrase = password_edit(self, "passphrase")
        self.repeat = password_edit(self, "passphrase_repeat")
        self._labels = [QLabel(self), QLabel(self)]
        self.form.addRow(self._labels[0], self.passphrase)
        if confirm:
            self.form.addRow(self._labels[1], self.repeat)
        self.confirm = confirm
        self._retranslate()

    def _retranslate(self) -> None:
        self._labels[0].setText(self.tr("Passphrase:"))
        self._labels[1].setText(self.tr("Repeat passphrase:"))

    def _submit(self) -> str | None:
        if self.confirm and self.passphrase.text() != self.repeat.text():
            return "password_mismatch"
        return self.check(self.passphrase.text())


class AccountDialog(FormDialog):
    """An administrator adds a staff account with a temporary password."""

    def __init__(self, store, admin, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.admin = admin
        self.username = QLineEdit(self)
        self.username.setObjectName("account_username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("account_display_name")
        self.role = QComboBox(self)
        self.role.setObjectName("account_role")
        self.password = password_edit(self, "account_password")
        self._labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self._labels, (self.username, self.display_name, self.role, self.password)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self._retranslate()

    def _retranslate(self) -> None:
        from branchdesk.ui.security.texts import role_title

        self.setWindowTitle(self.tr("New staff account"))
        self.intro.setText(self.tr("Give the colleague this temporary password; they choose their own at first sign-in."))
        for label, text in zip(self._labels, (self.tr("User name:"), self.tr("Full name:"), self.tr("Role:"),
                                               self.tr("Temporary password:"))):
            label.setText(text)
        current = self.role.currentData()
        self.role.clear()
        for role in (Role.TELLER, Role.MANAGER, Role.ADMIN):
            self.role.addItem(role_title(role), role)
        if current is not None:
            self.role.setCurrentIndex(self.role.findData(current))

    def _submit(self) -> str | None:
        from branchdesk.security import accounts
        from branchdesk.security.guard import PermissionRefused

        try:
            accounts.create_account(self.store, self.admin, username=self.username.text().strip(),
                                    display_name=self.display_name.text().strip(), role=Role(self.role.currentData()),
                                    password=self.password.text())
        except accounts.AccountError as exc:
            return exc.code
        except PermissionRefused as exc:
            return exc.code
        return None
