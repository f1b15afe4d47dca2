"""Sharing the data key from the security settings: the share dialog on PC A, the join dialog on PC B."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from branchdesk.security import accounts, keys
from branchdesk.store import settings
from branchdesk.store.db import open_store
from branchdesk.ui.security.key_share_dialogs import KeyJoinDialog, KeyShareDialog
from branchdesk.ui.security.settings_dialog import SecuritySettingsDialog

ADMIN_PW = "Qiantai-2026"
PASS = "branch safe phrase 2026"


@pytest.fixture(autouse=True)
def fresh_cache():
    keys.forget()
    yield
    keys.forget()


def _pc(tmp_path, name):
    store = open_store(tmp_path / name / "branchdesk.sqlite")
    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    keys.get_protector(store)  # as the first sign-in does
    return store, admin


@pytest.fixture
def pcs(tmp_path):
    a, b = _pc(tmp_path, "pc-a"), _pc(tmp_path, "pc-b")
    yield a, b
    a[0].close()
    b[0].close()


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _share(qtbot, store, admin, path) -> KeyShareDialog:
    dlg = KeyShareDialog(store, admin)
    qtbot.addWidget(dlg)
    dlg.path.setText(str(path))
    dlg.passphrase.setText(PASS)
    dlg.repeat.setText(PASS)
    _ok(qtbot, dlg)
    return dlg


def test_share_dialog_checks_the_repeat_and_writes_the_file(qtbot, pcs, tmp_path):
    (store, admin), _ = pcs
    dlg = KeyShareDialog(store, admin)
    qtbot.addWidget(dlg)
    dlg.show()
    _ok(qtbot, dlg)
    assert dlg.error.text() == "请选择分享文件。"
    dlg.path.setText(str(tmp_path / "branch"))
    dlg.passphrase.setText(PASS)
    dlg.repeat.setText(PASS + "x")
    _ok(qtbot, dlg)
    assert dlg.isVisible() and dlg.error.has_error()
    assert not (tmp_path / "branch.bdkey").exists()
    dlg.repeat.setText(PASS)
    _ok(qtbot, dlg)
    assert not dlg.isVisible() and dlg.result() == KeyShareDialog.DialogCode.Accepted
    assert (tmp_path / "branch.bdkey").exists()
    assert str(tmp_path / "branch.bdkey") in dlg.done_text


def test_join_dialog_refuses_then_joins(qtbot, pcs, tmp_path):
    (a_store, a_admin), (b_store, b_admin) = pcs
    _share(qtbot, a_store, a_admin, tmp_path / "branch.bdkey")
    dlg = KeyJoinDialog(b_store, b_admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.path.setText(str(tmp_path / "branch.bdkey"))
    dlg.passphrase.setText("not the branch phrase")
    _ok(qtbot, dlg)
    assert dlg.isVisible()
    assert dlg.error.text() == "口令不正确(或分享文件被改动)。未作任何更改。"
    assert dlg.passphrase.text() == ""
    dlg.passphrase.setText(PASS)
    _ok(qtbot, dlg)
    assert not dlg.isVisible() and "已加入本网点的数据密钥" in dlg.done_text
    keys.forget()
    sealed = keys.get_protector(a_store).seal("13812345678", context="t")
    assert keys.get_protector(b_store).open(sealed, context="t") == "13812345678"


def test_join_dialog_names_the_other_branch(qtbot, pcs, tmp_path):
    (a_store, a_admin), (b_store, b_admin) = pcs
    with b_store.write() as s:
        settings.put(s, "branch_code", "440300")
    _share(qtbot, a_store, a_admin, tmp_path / "branch.bdkey")
    dlg = KeyJoinDialog(b_store, b_admin)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.path.setText(str(tmp_path / "branch.bdkey"))
    dlg.passphrase.setText(PASS)
    _ok(qtbot, dlg)
    assert dlg.isVisible()
    assert dlg.error.text().startswith("此分享文件属于网点 310115,本机属于网点 440300")


def test_join_from_the_security_settings(qtbot, pcs, tmp_path):
    (a_store, a_admin), (b_store, b_admin) = pcs
    _share(qtbot, a_store, a_admin, tmp_path / "branch.bdkey")
    keys.set_recovery_passphrase(b_store, "former recovery phrase", actor="admin")
    settings_dialog = SecuritySettingsDialog(b_store, b_admin)
    qtbot.addWidget(settings_dialog)
    assert settings_dialog.b_join_key.text() in ("Join this branch's data key…", "加入本网点的数据密钥…")
    said = []

    def fill_join_dialog():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, KeyJoinDialog)
        dlg.path.setText(str(tmp_path / "branch.bdkey"))
        dlg.passphrase.setText(PASS)
        QTimer.singleShot(100, close_message)
        _ok(qtbot, dlg)

    def close_message():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    QTimer.singleShot(100, fill_join_dialog)
    qtbot.mouseClick(settings_dialog.b_join_key, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "已加入本网点的数据密钥" in said[0] and "请重新设置恢复口令" in said[0]
    assert not keys.has_recovery(b_store)
    assert "not set" in settings_dialog.recovery_state.text() or "未设置" in settings_dialog.recovery_state.text()
