"""The window's sync: enrol in the dialog, sync in the background, conflicts resolved by a manager.

A real head-office server (subprocess on 127.0.0.1), the real window (offscreen), a second device
as its own process.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from branchdesk.domain.roles import Actor, Role
from tests.faults.harness import Device, Server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server(tmp_path):
    srv = Server(tmp_path).start()
    yield srv
    srv.stop()


@pytest.fixture
def window(qtbot, tmp_path):
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow, attach_extensions

    dev = Device(tmp_path, "window")
    ctx = build_context(dev.store, Actor("wang", "王经理", Role.MANAGER))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert "branchdesk.ui.sync.controller" in attach_extensions(win, ctx)
    win.show()
    yield win, dev
    win.sync_controller.timer.stop()


def _enrol(qtbot, win, server):
    from branchdesk.ui.sync.workspace import EnrolDialog

    ws = win.show_workspace("sync")
    dlg = EnrolDialog(win.ctx, ws)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.server, server.url)
    qtbot.keyClicks(dlg.code, server.enrol_code())
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.info is not None, timeout=20000)
    ws.refresh()
    return ws


def _sync(qtbot, win):
    with qtbot.waitSignal(win.sync_controller.sig_finished, timeout=60000) as blocker:
        qtbot.mouseClick(win.workspace("sync").sync_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_enrol_sync_and_resolve_a_conflict_in_the_window(qtbot, window, server, tmp_path):
    win, a = window
    ws = _enrol(qtbot, win, server)
    assert ws.server_label.text() == server.url
    rid = a.add_fraud(3)[0]
    summary = _sync(qtbot, win)
    assert summary.ok and summary.applied == 3
    assert win._status_sync.text().startswith(("上次同步", "Last sync"))
    assert len(server.records()) == 3

    b = Device(tmp_path, "b")
    b.enrol(server)
    b.sync_ok()
    b.amend_fraud(rid, narrative="乙机先改")
    b.sync_ok()
    a.amend_fraud(rid, narrative="窗口后改")
    summary = _sync(qtbot, win)
    assert summary.conflicts == 1
    assert ws.conflicts.rowCount() == 1
    mine = ws.conflicts.index(0, 2).data()
    theirs = ws.conflicts.index(0, 3).data()
    assert (mine, theirs) == ("窗口后改", "乙机先改")
    assert a.fraud_rows()[rid]["narrative"] == "乙机先改"  # converged to head office meanwhile
    if os.environ.get("BRANCHDESK_SCREENSHOTS"):
        from PySide6.QtWidgets import QApplication

        from branchdesk.ui.fonts import load_bundled_font

        load_bundled_font(QApplication.instance())
        win.resize(1280, 800)
        ws.conflict_view.resizeColumnsToContents()
        qtbot.wait(50)
        win.grab().save(str(ROOT / "docs" / "screenshots" / "sync-workspace.png"))

    ws.conflict_view.selectRow(0)
    assert ws.keep_mine.isEnabled()
    qtbot.mouseClick(ws.keep_mine, Qt.MouseButton.LeftButton)
    assert ws.conflicts.rowCount() == 0
    assert a.outbox_states()["pending"] == 1
    _sync(qtbot, win)
    assert {r["id"]: r for r in server.records()}[rid]["narrative"] == "窗口后改"


def test_a_teller_sees_conflicts_but_cannot_resolve(qtbot, window, server):
    win, a = window
    from branchdesk.store import sync_repo
    from branchdesk.store.models_sync import SyncConflict
    from branchdesk.store.types import utcnow

    rid = a.add_fraud(1)[0]
    with a.store.write() as s:
        s.add(SyncConflict(record_kind="fraud", record_id=rid, field="narrative", local_value={"v": "甲"},
                           server_value={"v": "乙"}, reason="concurrent_edit", detected_at=utcnow()))
    win.ctx.actor = Actor("li", "李柜员", Role.TELLER)
    win.ctx.signals.sig_actor_changed.emit()
    ws = win.show_workspace("sync")
    ws.refresh()
    ws.conflict_view.selectRow(0)
    assert ws.conflicts.rowCount() == 1
    assert not ws.keep_mine.isEnabled() and not ws.keep_server.isEnabled()
    assert ws.permission_note.isVisible()
    with a.store.read() as s:
        assert len(sync_repo.open_conflicts(s)) == 1


def test_sync_without_server_reports_in_the_status_bar(qtbot, window, tmp_path):
    win, a = window
    from branchdesk.store import sync_repo

    with a.store.write() as s:
        sync_repo.put_state(s, sync_repo.SERVER_URL, "http://127.0.0.1:9")  # nothing listens there
    from branchdesk.security import secrets
    from branchdesk.store import settings

    with a.store.read() as s:
        secrets.set_secret(f"device-token:{settings.identity(s).device_id}", "t")
    win.show_workspace("sync")
    summary = _sync(qtbot, win)
    assert summary.error == "offline"
    assert "无法连接总行服务器" in win._status_sync.text() or "Cannot reach" in win._status_sync.text()


def test_a_file_head_office_refuses_is_listed_named_in_the_status_bar_and_sent_again(qtbot, window, server):
    import hashlib

    from branchdesk.security import keys
    from branchdesk.store import complaint_attachments as attachments
    from tests.faults.harness import create_complaint

    win, a = window
    ws = _enrol(qtbot, win, server)
    case = create_complaint(a, win.ctx.actor)
    scan = b"%PDF-1.4 " + bytes(range(256)) * 400
    with a.store.write() as s:
        attachments.add(s, keys.get_protector(a.store), a.data_dir, case, scan, filename="回单.pdf",
                        actor=win.ctx.actor)
    path = attachments.blob_path(a.data_dir, hashlib.sha256(scan).hexdigest())
    whole = path.read_bytes()
    path.write_bytes(whole[:-100])  # no longer the size its record gives: head office refuses it
    summary = _sync(qtbot, win)
    assert summary.blobs_refused == 1 and summary.applied == 2 and not summary.error
    assert "attachment files set aside: 1" in win._status_sync.text() or "1 个附件文件被搁置" in win._status_sync.text()
    assert ws.files.rowCount() == 1 and ws.files.index(0, 1).data() == "回单.pdf"

    path.write_bytes(whole)
    qtbot.mouseClick(ws.send_files_button, Qt.MouseButton.LeftButton)
    assert ws.files.rowCount() == 0
    summary = _sync(qtbot, win)
    assert summary.ok and summary.blobs_sent == 1
    assert "搁置" not in win._status_sync.text() and "set aside" not in win._status_sync.text()
