"""The security screens in Simplified Chinese, rendered offscreen with the bundled font.

The translations are compiled here from the sources and i18n/glossary (lupdate → glossary →
lrelease, as `make translations` does), so this also proves every string has its Chinese text.
Run with BRANCHDESK_SCREENSHOTS=docs/screenshots to refresh the pictures in the documentation.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from branchdesk.domain.roles import Role
from branchdesk.security import accounts
from tests.support.translations import chinese_window

ADMIN_PW = "Qiantai-2026"


@pytest.fixture
def chinese_security(tmp_path):
    from branchdesk.ui import fonts

    fonts.load_bundled_font(QApplication.instance())
    with chinese_window(tmp_path, "security", require_all=True):
        yield


def test_security_screens(qtbot, store, tmp_path, chinese_security):
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow
    from branchdesk.ui.security import controller
    from branchdesk.ui.security.accounts_view import AccountsDialog
    from branchdesk.ui.security.dialogs import SignInDialog
    from branchdesk.ui.security.signin import demo_hint

    out = Path(os.environ.get("BRANCHDESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    admin = accounts.create_first_administrator(store, username="admin", display_name="系统管理员", password=ADMIN_PW)
    accounts.create_account(store, admin, username="zhou", display_name="周经理", role=Role.MANAGER,
                            password="Jingli-2026")
    accounts.create_account(store, admin, username="li", display_name="李柜员", role=Role.TELLER,
                            password="Guitai-8899", must_change_password=False)
    for _ in range(5):
        with pytest.raises(accounts.AccountError):
            accounts.sign_in(store, "li", "wrong-pass-1")

    signin = SignInDialog(store, username="li", hint=demo_hint())
    qtbot.addWidget(signin)
    signin.show()
    qtbot.waitExposed(signin)
    assert signin.windowTitle() == "登录 BranchDesk"
    signin._try_accept()
    assert "已锁定" in signin.error.text()
    shots = {"security-signin.png": signin.grab().toImage()}

    accounts_dialog = AccountsDialog(store, admin)
    qtbot.addWidget(accounts_dialog)
    accounts_dialog.show()
    qtbot.waitExposed(accounts_dialog)
    accounts_dialog.select_username("li")
    assert accounts_dialog.windowTitle() == "员工账户"
    assert accounts_dialog.model.headerData(0, Qt.Orientation.Horizontal) == "用户名"
    assert accounts_dialog.model.index(1, 3).data() == "已锁定(密码错误次数过多)"
    assert accounts_dialog.model.index(2, 3).data() == "启用 · 须修改密码"
    shots["security-accounts.png"] = accounts_dialog.grab().toImage()

    window = MainWindow(build_context(store, admin))
    qtbot.addWidget(window)
    ctl = controller.attach(window, window.ctx)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert ctl.menu.title() == "账户(&A)"
    ctl.lock_now()
    dlg = ctl.idle.dialog
    qtbot.waitExposed(dlg)
    assert dlg.windowTitle() == "BranchDesk 已锁定"
    qtbot.wait(50)
    screen = window.grab().toImage()
    # The lock dialog is its own window: paint it onto the picture where it sits.
    from PySide6.QtGui import QPainter

    painter = QPainter(screen)
    pos = dlg.geometry().topLeft() - window.geometry().topLeft()
    painter.drawImage(pos, dlg.grab().toImage())
    painter.end()
    shots["security-locked.png"] = screen

    for name, img in shots.items():
        assert img.save(str(out / name)), name
        colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
        assert len(colours) > 10, name
