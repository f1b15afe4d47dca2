"""Sign-in as a person meets it: first administrator, wrong passwords, lock-out, demo accounts, switching user."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from branchdesk.domain.roles import Role
from branchdesk.security import accounts, keys
from branchdesk.store.models import AuditEntry
from branchdesk.ui import i18n
from branchdesk.ui.security import signin
from branchdesk.ui.security.dialogs import FirstAdministratorDialog, SignInDialog

ADMIN_PW = "Qiantai-2026"


@pytest.fixture(autouse=True)
def chinese():
    i18n.set_language("zh_CN")
    keys.forget()
    yield
    keys.forget()


def ok(dlg):
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_start_creates_the_administrator(qtbot, store):
    dlg = FirstAdministratorDialog(store)
    qtbot.addWidget(dlg)
    dlg.username.setText("zhang.admin")
    dlg.display_name.setText("张管理员")
    qtbot.keyClicks(dlg.password, ADMIN_PW)
    qtbot.keyClicks(dlg.repeat, ADMIN_PW + "x")
    ok(dlg)
    assert dlg.result() == 0 and dlg.error.text() == "两次输入的密码不一致"
    assert not accounts.has_accounts(store)
    dlg.repeat.setText(ADMIN_PW)
    ok(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.role is Role.ADMIN and dlg.actor.display_name == "张管理员"
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT password_hash FROM staff_account").fetchone()[0].startswith("$argon2id$")
    con.close()


def test_sign_in_dialog_says_why_and_locks_out(qtbot, store):
    accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    dlg = SignInDialog(store, username="admin")
    qtbot.addWidget(dlg)
    for _ in range(4):
        qtbot.keyClicks(dlg.password, "wrong-pass-1")
        ok(dlg)
        assert dlg.error.text() == "用户名或密码错误" and dlg.password.text() == ""
    qtbot.keyClicks(dlg.password, "wrong-pass-1")
    ok(dlg)
    assert "已锁定" in dlg.error.text()
    qtbot.keyClicks(dlg.password, ADMIN_PW)  # right password, but locked now
    ok(dlg)
    assert dlg.result() == 0 and "已锁定" in dlg.error.text()


def test_sign_in_dialog_accepts_the_right_password(qtbot, store):
    accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    dlg = SignInDialog(store, username="admin")
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.password, ADMIN_PW)
    ok(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.result_sign_in.actor.username == "admin"


def test_demo_folder_gets_demo_accounts(qtbot, store, monkeypatch):
    seen = {}

    def sign_in_as_teller(self):
        seen["hint"] = self.intro.text()
        self.username.setText("teller")
        self.password.setText("Demo-guiyuan-2026")
        self._try_accept()
        return self.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_teller)
    actor = signin.obtain_actor(store, demo=True)
    assert actor.username == "teller" and actor.role is Role.TELLER
    assert "Demo-jingli-2026" in seen["hint"]
    assert {a.username: a.role for a in accounts.list_accounts(store)} == {
        "admin": Role.ADMIN, "manager": Role.MANAGER, "teller": Role.TELLER}


def test_unattended_run_on_a_new_folder_needs_no_dialog(store, monkeypatch):
    actor = signin.obtain_actor(store, unattended=True)
    assert actor is not None and not accounts.has_accounts(store)


def test_unattended_run_still_signs_in_once_accounts_exist(store, monkeypatch):
    accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    monkeypatch.setattr(SignInDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert signin.obtain_actor(store, unattended=True) is None


def test_switch_user(qtbot, store, monkeypatch):
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow
    from branchdesk.ui.security import controller

    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    accounts.create_account(store, admin, username="li", display_name="李柜员", role=Role.TELLER,
                            password="Guitai-8899", must_change_password=False)
    window = MainWindow(build_context(store, admin))
    qtbot.addWidget(window)
    ctl = controller.attach(window, window.ctx)
    window.show()
    assert ctl.act_accounts.isVisible()

    def as_li(self):
        self.username.setText("li")
        self.password.setText("Guitai-8899")
        self._try_accept()
        return self.result()

    monkeypatch.setattr(SignInDialog, "exec", as_li)
    with qtbot.waitSignal(window.ctx.signals.sig_actor_changed):
        ctl.switch_user()
    assert window.ctx.actor.username == "li"
    assert not ctl.act_accounts.isVisible()
    assert "李柜员" in window._status_user.text()
    with store.read() as s:
        acts = [(e.actor, e.action) for e in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]
    assert acts[-2:] == [("li", "sign_in"), ("admin", "sign_out")]


def test_first_start_through_obtain_actor(qtbot, store, monkeypatch):

    def set_up(self):
        self.display_name.setText("张管理员")
        self.password.setText(ADMIN_PW)
        self.repeat.setText(ADMIN_PW)
        self._try_accept()
        return self.result()

    monkeypatch.setattr(FirstAdministratorDialog, "exec", set_up)
    actor = signin.obtain_actor(store)
    assert actor.username == "admin" and actor.role is Role.ADMIN
    from branchdesk.store import settings

    with store.read() as s:
        assert settings.get(s, "last_user") == "admin"


def test_reset_password_must_be_changed_at_sign_in(qtbot, store, monkeypatch):
    from branchdesk.ui.security.dialogs import ChangePasswordDialog

    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    accounts.create_account(store, admin, username="li", display_name="李柜员", role=Role.TELLER,
                            password="Temp-pass-2026")  # must change at first sign-in

    def sign_in_li(self):
        self.username.setText("li")
        self.password.setText("Temp-pass-2026")
        self._try_accept()
        return self.result()

    def choose_own(self):
        assert self.forced and self.current.isHidden()
        self.new.setText("Mine-own-2026")
        self.repeat.setText("Mine-own-2026")
        self._try_accept()
        return self.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in_li)
    monkeypatch.setattr(ChangePasswordDialog, "exec", choose_own)
    assert signin.sign_in_interactively(store).username == "li"
    assert not accounts.sign_in(store, "li", "Mine-own-2026").must_change_password


def test_sign_in_is_painted_before_the_store_opens_and_the_store_opens_while_the_person_types(qtbot, store,
                                                                                             monkeypatch):
    accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    asked: list[bool] = []
    shown: dict[str, SignInDialog] = {}

    def open_store():
        asked.append(shown["dlg"].isVisible())
        return store

    def type_password(self):
        shown["dlg"] = self
        self.show()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)  # opens on its own, before anyone presses Enter
        assert self.username.text() == "admin"  # the last user, from the first look
        qtbot.keyClicks(self.password, ADMIN_PW)
        ok(self)
        return self.result()

    monkeypatch.setattr(SignInDialog, "exec", type_password)
    actor = signin.sign_in_while_opening(open_store, "admin")
    assert actor is not None and actor.username == "admin" and actor.role is Role.ADMIN
    assert asked[0] is True  # the dialog was on screen when the store was first asked for
    assert keys.get_protector(store) is not None  # the data key came after the sign-in
    from branchdesk.store import settings

    with store.read() as s:
        assert settings.get(s, "last_user") == "admin"


def test_a_store_that_cannot_open_behind_the_sign_in_ends_the_dialog(qtbot, store, monkeypatch):
    from branchdesk.store.errors import StoreError

    accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)

    def fail():
        raise StoreError("locked")

    def wait_for_the_end(self):
        self.show()
        qtbot.waitUntil(lambda: not self.isVisible(), timeout=5000)
        return self.result()

    monkeypatch.setattr(SignInDialog, "exec", wait_for_the_end)
    assert signin.sign_in_while_opening(fail, "admin") is None
