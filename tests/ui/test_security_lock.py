"""Idle lock keeps open forms; the Account menu follows the role; administrators manage accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from branchdesk.domain.roles import Role
from branchdesk.security import accounts
from branchdesk.store.models import AuditEntry
from branchdesk.ui import i18n
from branchdesk.ui.app import build_context
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.security import controller as security_controller
from branchdesk.ui.security.idle_lock import UnlockDialog

ADMIN_PW, TELLER_PW = "Qiantai-2026", "Guitai-8899"


@pytest.fixture
def people(store):
    admin = accounts.create_first_administrator(store, username="admin", display_name="系统管理员", password=ADMIN_PW)
    accounts.create_account(store, admin, username="li", display_name="李柜员", role=Role.TELLER, password=TELLER_PW,
                            must_change_password=False)
    return admin


def make_window(qtbot, store, actor):
    i18n.set_language("zh_CN")
    w = MainWindow(build_context(store, actor))
    qtbot.addWidget(w)
    security_controller.attach(w, w.ctx)
    w.show()
    return w


def actions(store):
    with store.read() as s:
        return [(e.actor, e.action) for e in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]


def unlock_dialog() -> UnlockDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()), None)


def test_idle_lock_keeps_the_unsaved_form(qtbot, store, people):
    teller = accounts.sign_in(store, "li", TELLER_PW).actor
    window = make_window(qtbot, store, teller)
    from branchdesk.ui.fraud.form import FraudForm

    form = FraudForm(window.ctx, None, window)
    form.show()
    narrative = form.findChild(QPlainTextEdit, "fraud_narrative")
    qtbot.keyClicks(narrative, "Caller posed as police; customer stopped")
    idle = window.security.idle
    idle.timer.setInterval(200)  # the idle time, shortened for the test
    idle.timer.start()
    qtbot.waitUntil(lambda: idle.locked, timeout=3000)

    dlg = unlock_dialog()
    assert dlg is not None and dlg.isModal()
    assert form.isVisible()  # not closed, not hidden: only covered
    assert form.findChild(type(idle._covers[0]), "security_lock_cover") is not None

    qtbot.keyClicks(dlg.password, "wrong-pass-1")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert idle.locked and dlg.error.isVisible()
    assert dlg.error.text() == "用户名或密码错误"

    qtbot.keyClicks(dlg.password, TELLER_PW)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not idle.locked, timeout=3000)
    assert form.isVisible()
    assert narrative.toPlainText() == "Caller posed as police; customer stopped"
    qtbot.waitUntil(lambda: form.findChild(type(idle._covers[0]) if idle._covers else QLineEdit,
                                           "security_lock_cover") is None, timeout=3000)
    assert ("li", "unlock_failed") in actions(store) and ("li", "unlock") in actions(store)
    form.done(0)  # leave without the form's "discard changes?" question


def test_lock_now_from_menu_and_escape_does_not_unlock(qtbot, store, people):
    window = make_window(qtbot, store, accounts.sign_in(store, "li", TELLER_PW).actor)
    window.security.act_lock.trigger()
    dlg = unlock_dialog()
    assert dlg is not None
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert window.security.idle.locked and dlg.isVisible()


def test_menu_follows_the_role(qtbot, store, people):
    teller_window = make_window(qtbot, store, accounts.sign_in(store, "li", TELLER_PW).actor)
    assert not teller_window.security.act_accounts.isVisible()
    assert teller_window.security.menu.title() in ("&Account", "账户(&A)")
    admin_window = make_window(qtbot, store, people)
    assert admin_window.security.act_accounts.isVisible()


def test_accounts_dialog_adds_and_changes_roles(qtbot, store, people, monkeypatch):
    from branchdesk.ui.security.accounts_view import AccountsDialog
    from branchdesk.ui.security.dialogs import AccountDialog

    dlg = AccountsDialog(store, people)
    qtbot.addWidget(dlg)
    assert [dlg.model.index(r, 0).data() for r in range(dlg.model.rowCount())] == ["admin", "li"]

    def fill_and_accept(self):
        qtbot.keyClicks(self.username, "zhou")
        self.display_name.setText("周经理")  # QTest types ASCII only
        self.role.setCurrentIndex(self.role.findData(Role.MANAGER))
        qtbot.keyClicks(self.password, "123")  # too weak: refused inline, dialog stays
        self._try_accept()
        assert not self.error.isHidden() and self.error.text() == "密码至少 8 位" and self.result() == 0
        self.password.setText("Temp-pass-2026")
        self._try_accept()
        return self.result()

    monkeypatch.setattr(AccountDialog, "exec", fill_and_accept)
    dlg.add()
    rows = {dlg.model.index(r, 0).data(): r for r in range(dlg.model.rowCount())}
    assert "zhou" in rows
    assert accounts.get_account(store, "zhou").role is Role.MANAGER
    assert accounts.get_account(store, "zhou").must_change_password

    dlg.select_username("li")
    dlg.toggle_active()
    assert not accounts.get_account(store, "li").active
    assert ("admin", "permission_change") in actions(store)


def test_accounts_model(qtmodeltester, store, people):
    from branchdesk.ui.security.accounts_view import AccountsModel

    model = AccountsModel()
    model.set_rows(accounts.list_accounts(store))
    qtmodeltester.check(model)
