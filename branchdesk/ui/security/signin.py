"""Who works at this PC: the first administrator or a sign-in, with the data key.

`obtain_actor(store)` is called by ui/app.py before the main window is built. It returns the
signed-in Actor, or None when the person gives up (the program then ends). Tests build the
AppContext directly and never come here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from branchdesk.domain.roles import Actor, Role, unattended_actor
from branchdesk.ui.security.dialogs import (ChangePasswordDialog, FirstAdministratorDialog, PassphraseDialog,
                                            SignInDialog)
from branchdesk.ui.widgets.first_paint import after_first_paint

if TYPE_CHECKING:
    from branchdesk.store.db import Store

log = logging.getLogger(__name__)

# Demo data folders (`branchdesk --demo`) get these accounts so a trial can try every role.
DEMO_ACCOUNTS = (
    ("admin", "演示管理员", Role.ADMIN, "Demo-guanli-2026"),
    ("manager", "王经理", Role.MANAGER, "Demo-jingli-2026"),
    ("teller", "李柜员", Role.TELLER, "Demo-guiyuan-2026"),
)


def create_demo_accounts(store) -> None:
    from branchdesk.security import accounts

    first = accounts.create_first_administrator(store, username=DEMO_ACCOUNTS[0][0],
                                                display_name=DEMO_ACCOUNTS[0][1], password=DEMO_ACCOUNTS[0][3])
    for username, name, role, password in DEMO_ACCOUNTS[1:]:
        accounts.create_account(store, first, username=username, display_name=name, role=role, password=password,
                                must_change_password=False)


def demo_hint() -> str:
    lines = [QCoreApplication.translate("SignIn", "Demo accounts (user name / password):")]
    lines += [f"  {u} / {p}" for u, _n, _r, p in DEMO_ACCOUNTS]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- the data key
def ensure_data_key(store, parent: QWidget | None = None) -> bool | None:
    """Make the data key available, asking for a passphrase where needed.

    True: available. False: personal data stays locked for this run (the person chose to go on
    without it; the workspaces then refuse to take or show personal data). None: the person chose
    to quit. Never a silent plain-file fallback.
    """
    from branchdesk.security import keys
    from branchdesk.security.secrets import KeyringUnavailable

    if keys.needs_start_passphrase(store):
        return _ask_passphrase(store, parent, start=True)
    try:
        keys.get_protector(store)
        return True
    except keys.DataKeyMissing:
        if keys.has_recovery(store):
            return _ask_passphrase(store, parent, start=False)
        QMessageBox.warning(parent, QCoreApplication.translate("SignIn", "Personal data cannot be read"), QCoreApplication.translate("SignIn", 
            "This database holds personal data sealed with a key that is not in this PC's keyring, and no "
            "recovery passphrase was set. Personal data stays locked; other work can go on."))
        return False
    except keys.DataKeyMismatch:
        QMessageBox.critical(parent, QCoreApplication.translate("SignIn", "Personal data cannot be read"), QCoreApplication.translate("SignIn", 
            "The key in this PC's keyring belongs to another database. Personal data stays locked."))
        return False
    except KeyringUnavailable:
        return _no_keyring(store, parent)


def _ask_passphrase(store, parent, *, start: bool) -> bool:
    from branchdesk.security import keys

    def check(passphrase: str) -> str | None:
        try:
            if start:
                keys.unlock_with_start_passphrase(store, passphrase)
            else:
                keys.recover_with_passphrase(store, passphrase)
        except keys.WrongPassphrase:
            return "wrong_passphrase"
        return None

    if start:
        dlg = PassphraseDialog(QCoreApplication.translate("SignIn", "Start passphrase"), QCoreApplication.translate("SignIn", 
            "On this PC the data key is protected by a passphrase instead of the system keyring. "
            "Type it to unlock personal data."), check, parent)
    else:
        dlg = PassphraseDialog(QCoreApplication.translate("SignIn", "Recover the data key"), QCoreApplication.translate("SignIn", 
            "This database came from another PC (or this PC's keyring lost its key). Type the recovery "
            "passphrase the administrator set, to read personal data here."), check, parent)
    return dlg.exec() == QDialog.DialogCode.Accepted


def _no_keyring(store, parent) -> bool:
    from branchdesk.security import keys

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SignIn", "No secure key store"), QCoreApplication.translate("SignIn", 
        "This PC has no working system keyring (Windows Credential Manager, macOS Keychain or Secret "
        "Service), so BranchDesk cannot keep the key that protects personal data. It will not store that "
        "key in a plain file."), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate("SignIn", 
        "You can continue without personal data (fraud interceptions and education events work), or an "
        "administrator can choose to protect the key with a passphrase that must be typed at every start. "
        "If that passphrase is forgotten, the personal data is lost."))
    go_on = box.addButton(QCoreApplication.translate("SignIn", "Continue without personal data"), QMessageBox.ButtonRole.AcceptRole)
    use_pass = box.addButton(QCoreApplication.translate("SignIn", "Use a start passphrase…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is go_on:
        return False
    if box.clickedButton() is not use_pass:
        return None

    def check(passphrase: str) -> str | None:
        try:
            keys.enable_start_passphrase(store, passphrase, actor="admin")
        except ValueError:
            return "passphrase_too_short"
        except keys.DataKeyMissing:
            return "key_exists_elsewhere"
        return None

    dlg = PassphraseDialog(QCoreApplication.translate("SignIn", "Protect the data key with a passphrase"), QCoreApplication.translate("SignIn", 
        "Choose a passphrase of at least 10 characters. It will be asked at every start of BranchDesk on "
        "this PC. Nobody, including BranchDesk support, can recover it."), check, parent, confirm=True)
    return dlg.exec() == QDialog.DialogCode.Accepted


# ---------------------------------------------------------------------------- the person
def obtain_actor(store, *, demo: bool = False, unattended: bool = False) -> Actor | None:
    """demo: a `--demo` start (demo accounts, shown in the dialog); unattended: a timed start that
    quits by itself (benchmarks, bundle checks)."""
    from branchdesk.security import accounts

    if not accounts.has_accounts(store):
        if unattended:
            return unattended_actor()
        if demo:
            create_demo_accounts(store)
    if not accounts.has_accounts(store):
        if ensure_data_key(store) is None:
            return None
        dlg = FirstAdministratorDialog(store)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return _signed_in(store, dlg.actor)
    actor = sign_in_interactively(store, hint=demo_hint() if demo else "")
    return None if actor is None else _after_sign_in(store, actor)


def sign_in_while_opening(open_store: Callable[[], Store], last_user: str) -> Actor | None:
    """The sign-in dialog painted before the store opens; it opens while the person types.

    For a start whose first look shows staff accounts: the dialog needs only the last user's
    name until the person presses Enter, so importing and opening the store (most of a start's
    time) no longer comes before the first thing they see.
    """
    actor = sign_in_interactively(open_store, username=last_user)
    return None if actor is None else _after_sign_in(open_store(), actor)


def _open_or_give_up(dlg: QDialog, open_store: Callable[[], Store]) -> None:
    from branchdesk.store.errors import StoreError

    try:
        open_store()
    except StoreError:  # the opener has told the person why; there is nothing to sign in to
        dlg.reject()


def _after_sign_in(store, actor: Actor) -> Actor | None:
    # The data key after the sign-in: its questions (a start passphrase, a recovery) are then
    # asked of a known person.
    if ensure_data_key(store) is None:
        return None
    return _signed_in(store, actor)


def _signed_in(store, actor: Actor) -> Actor:
    from branchdesk.store import settings

    with store.write() as s:
        settings.put(s, "last_user", actor.username)
    return actor


def sign_in_interactively(store, parent: QWidget | None = None, *, hint: str = "",
                          username: str | None = None) -> Actor | None:
    """The sign-in dialog (and the forced password change after a reset).

    store: the open Store, or a function that opens it — called just after the dialog's first
    paint, so the store opens while the person types. username: who signed in last, when known.
    """
    if username is None:
        from branchdesk.store import settings

        with store.read() as s:
            username = settings.get(s, "last_user", "") or ""
    dlg = SignInDialog(store, parent, username=username, hint=hint)
    if callable(store):
        after_first_paint(dlg, lambda: _open_or_give_up(dlg, store))
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    result = dlg.result_sign_in
    if result.must_change_password:
        change = ChangePasswordDialog(dlg.opened_store(), result.actor.username, parent, current=dlg.password.text(),
                                      forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return result.actor
