"""Administrator settings: idle time and backups kept are saved, audited and applied; daily backup runs
off the GUI thread; purge from the window."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from branchdesk.domain.ids import new_id
from branchdesk.security import accounts, backup
from branchdesk.store import settings
from branchdesk.store.changes import next_reference
from branchdesk.store.models import AuditEntry, FraudInterceptionRow
from branchdesk.ui.app import build_context
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.security import controller
from branchdesk.ui.security.idle_lock import IDLE_SETTING
from branchdesk.ui.security.settings_dialog import SecuritySettingsDialog

ADMIN_PW = "Qiantai-2026"


def test_settings_are_saved_audited_and_applied(qtbot, store, monkeypatch):
    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    window = MainWindow(build_context(store, admin))
    qtbot.addWidget(window)
    ctl = controller.attach(window, window.ctx)

    def set_and_save(dlg):
        dlg.idle.setValue(3)
        dlg.keep.setValue(30)
        dlg.save()
        return dlg.result()

    monkeypatch.setattr(SecuritySettingsDialog, "exec", set_and_save)
    ctl.open_settings()
    with store.read() as s:
        assert settings.get(s, IDLE_SETTING) == "3"
        assert settings.get(s, backup.KEEP_SETTING) == "30"
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
    assert (last.actor, last.action, last.detail[IDLE_SETTING]) == ("admin", "settings_change", 3)
    assert ctl.idle.timer.interval() == 3 * 60_000
    assert backup.keep_count(store) == 30


def test_a_manager_is_told_why_not(qtbot, store, monkeypatch):
    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    from branchdesk.domain.roles import Role

    accounts.create_account(store, admin, username="zhou", display_name="周经理", role=Role.MANAGER,
                            password="Jingli-2026", must_change_password=False)
    window = MainWindow(build_context(store, accounts.sign_in(store, "zhou", "Jingli-2026").actor))
    qtbot.addWidget(window)
    ctl = controller.attach(window, window.ctx)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    ctl.open_accounts()
    assert said == ["只有系统管理员可以管理账户"]


def test_daily_backup_runs_in_the_background(qtbot, store):
    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    window = MainWindow(build_context(store, admin))
    qtbot.addWidget(window)
    ctl = controller.attach(window, window.ctx)
    with qtbot.waitSignal(ctl.backup_signals.sig_done, timeout=10_000) as got:
        ctl.run_daily_backup()
    assert got.args[0].startswith("branchdesk-daily-")
    assert (backup.daily_folder(store) / got.args[0]).exists()


def test_purge_from_the_window(qtbot, store, monkeypatch):
    admin = accounts.create_first_administrator(store, username="admin", display_name="管理员", password=ADMIN_PW)
    old = datetime(2015, 5, 1, tzinfo=timezone.utc)
    with store.write() as s:
        ident = settings.identity(s)
        s.add(FraudInterceptionRow(
            id=new_id(), ref_no=next_reference(s, "fraud", 2015), branch_code=ident.branch_code,
            device_id=ident.device_id, created_at=old, created_by="li", updated_at=old, updated_by="li", version=1,
            occurred_at=old, occurred_on="2015-05-01", detection_source="TELLER", business_type="TRANSFER",
            channel="COUNTER", subject_role="VICTIM", fraud_type="F06", outcome="STOPPED", recorder="li"))
    dlg = SecuritySettingsDialog(store, admin)
    qtbot.addWidget(dlg)
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    dlg.purge()
    assert "fraud: 1" in asked[0]
    assert "1" in told[0]
    with store.read() as s:
        assert s.execute(select(FraudInterceptionRow)).first() is None
    assert list((store.data_dir / "purge-reports").glob("purge-*.csv"))
