"""Attachment files and changes the sync set aside, in the window: listed in the Sync workspace with
their case, what and why in the user's language, sent again from there (audited), and files named as
an error in the status bar until they are.

Rendered offscreen in Simplified Chinese with the bundled font; run with
BRANCHDESK_SCREENSHOTS=docs/screenshots to refresh the picture in the documentation.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from branchdesk.domain.roles import Actor, Role
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import complaint_repo, settings, sync_repo
from branchdesk.store import complaint_attachments as attachments
from branchdesk.store.models import Attachment, AuditEntry, OutboxEntry
from branchdesk.store.models_blobs import UPLOAD, AttachmentTransfer
from branchdesk.store.types import utc_text, utcnow
from branchdesk.sync import blobs
from branchdesk.sync.engine import SyncSummary
from branchdesk.sync.transport import SyncError
from tests.faults.harness import sample_intake
from tests.support.translations import chinese_window

MANAGER = Actor("wang", "王经理", Role.MANAGER)
RECEIPT = b"%PDF-1.4 " + bytes(range(256)) * 5200  # 1.3 MB
PHOTO = b"\xff\xd8\xff\xe0 photo " * 3000


class RefusingHeadOffice:
    """Answers an upload as head office answers a file that is not the size its record gives."""

    def blob_exists(self, sha256: str) -> bool:
        return False

    def put_blob(self, sha256: str, sealed: bytes, digest: str) -> None:
        raise SyncError("size_mismatch", "", 422)


@pytest.fixture
def chinese(tmp_path):
    """The Sync workspace and status bar in Chinese; also proves each of their texts has its Chinese."""
    from branchdesk.ui import fonts

    fonts.load_bundled_font(QApplication.instance())
    with chinese_window(tmp_path, "sync", require_all=True):
        yield


@pytest.fixture
def english():
    from branchdesk.ui import i18n

    before = i18n.current_language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.fixture
def set_aside(store, refs):
    """A case whose two scans the last sync set aside: one head office refused, one gone from this PC."""
    with store.read() as s:
        protector = FieldProtector.from_keyring(settings.identity(s).device_id)
    with store.write() as s:
        case = complaint_repo.create(s, sample_intake(), refs, protector, actor=MANAGER)
    with store.write() as s:
        receipt = attachments.add(s, protector, store.data_dir, case.id, RECEIPT, filename="转账回单.pdf",
                                  actor=MANAGER).id
        photo = attachments.add(s, protector, store.data_dir, case.id, PHOTO, filename="柜台现场照片.jpg",
                                actor=MANAGER).id
        s.execute(update(Attachment).values(server_version=1))  # head office has their records
        s.execute(update(OutboxEntry).values(state="done"))
        sync_repo.put_state(s, sync_repo.SERVER_URL, "https://ho.example.cn:8750")
        sync_repo.put_state(s, sync_repo.LAST_OK_AT, utc_text(utcnow()))
    attachments.blob_path(store.data_dir, hashlib.sha256(PHOTO).hexdigest()).unlink()
    summary = SyncSummary(pushed=3, applied=3)
    blobs.transfer(store, RefusingHeadOffice(), summary)
    assert summary.blobs_refused == 2
    with store.write() as s:
        sync_repo.put_state(s, sync_repo.LAST_RESULT, json.dumps(summary.as_dict()))
    return case.ref_no, receipt, photo


def _window(qtbot, store):
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow, attach_extensions

    win = MainWindow(build_context(store, MANAGER))
    qtbot.addWidget(win)
    assert "branchdesk.ui.sync.controller" in attach_extensions(win, win.ctx)
    win.sync_controller.timer.stop()  # no head office here to sync with
    return win


def test_files_set_aside_are_listed_sent_again_and_named_in_the_status_bar(qtbot, store, chinese, set_aside,
                                                                           tmp_path):
    ref_no, receipt, photo = set_aside
    win = _window(qtbot, store)
    assert win._status_sync.text().startswith("上次同步 ")
    assert win._status_sync.text().endswith("错误:有 2 个附件文件被搁置(见“同步”页)")
    ws = win.show_workspace("sync")
    ws.refresh()
    assert "同步结束,但有未完成项:上传 3 条" in ws.result_label.text()  # not "done": files were set aside
    assert "附件文件上传 0 个,下载 0 个,总行尚未收到 0 个" in ws.result_label.text()
    view = ws.files_view
    assert ws.files.headerData(1, Qt.Orientation.Horizontal) == "文件"
    rows = [[ws.files.index(r, c).data() for c in range(4)] for r in range(ws.files.rowCount())]
    assert sorted(rows) == sorted([
        [ref_no, "转账回单.pdf", "1.3 MB", "文件大小与其附件记录不符:是否在本机损坏?"],
        [ref_no, "柜台现场照片.jpg", "32.2 kB", "本机数据文件夹中已没有此文件"]])
    assert ws.send_files_button.isEnabled()

    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    view.resizeColumnsToContents()
    qtbot.wait(50)
    out = Path(os.environ.get("BRANCHDESK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    assert win.grab().save(str(out / "sync-files-set-aside.png"))

    qtbot.mouseClick(ws.send_files_button, Qt.MouseButton.LeftButton)
    assert ws.files.rowCount() == 0 and not ws.send_files_button.isEnabled()
    assert "搁置" not in win._status_sync.text()  # no longer an error once they are in line again
    with store.read() as s:
        states = dict(s.execute(select(AttachmentTransfer.attachment_id, AttachmentTransfer.state)).all())
        trail = s.execute(select(AuditEntry.actor, AuditEntry.record_id).where(AuditEntry.action == "send_again")
                          .order_by(AuditEntry.seq)).all()
    assert states == {receipt: UPLOAD, photo: UPLOAD}
    assert sorted(tuple(t) for t in trail) == sorted([("wang", receipt), ("wang", photo)])


def test_a_reason_this_version_does_not_know_is_shown_with_its_code(qtbot, store, english, set_aside):
    _ref_no, receipt, _photo = set_aside
    with store.write() as s:
        s.execute(update(AttachmentTransfer).where(AttachmentTransfer.attachment_id == receipt)
                  .values(reason="checksum_algorithm_retired"))
    win = _window(qtbot, store)
    ws = win.show_workspace("sync")
    ws.refresh()
    reasons = {ws.files.index(r, 1).data(): ws.files.index(r, 3).data() for r in range(ws.files.rowCount())}
    assert reasons == {"转账回单.pdf": "Refused by head office: checksum_algorithm_retired",
                       "柜台现场照片.jpg": "The file is no longer in this PC's data folder"}
    assert "Error: attachment files set aside: 2 (see Sync)" in win._status_sync.text()


def test_changes_head_office_refused_are_listed_in_words_and_sent_again_audited(qtbot, store, refs, chinese):
    """The same list for changes: what was refused and why in the user's language, and Send again
    puts each back in the queue with an audit entry naming who did it."""
    from datetime import datetime, timedelta, timezone

    from branchdesk.domain.fraud import FraudInterception
    from branchdesk.store import fraud_repo

    rec = FraudInterception(
        occurred_at=datetime.now(timezone.utc) - timedelta(days=1), detection_source="TELLER",
        business_type="XFER_OUT", channel="COUNTER", fraud_type="F02", amount_attempted=500_000,
        amount_protected=500_000, actions=("DISSUADE",), outcome="STOPPED", recorder="wang")
    with store.write() as s:
        row = fraud_repo.create(s, rec, refs, actor="wang")
        ref_no, record_id = row.ref_no, row.id
        s.execute(update(OutboxEntry).values(state="rejected", last_error="other_branch"))
    win = _window(qtbot, store)
    ws = win.show_workspace("sync")
    ws.refresh()
    rows = [[ws.rejected.index(r, c).data() for c in range(3)] for r in range(ws.rejected.rowCount())]
    assert rows == [[ref_no, "新建记录", "该记录属于其他网点"]]
    assert ws.retry_button.isEnabled()

    qtbot.mouseClick(ws.retry_button, Qt.MouseButton.LeftButton)
    assert ws.rejected.rowCount() == 0 and not ws.retry_button.isEnabled()
    with store.read() as s:
        assert sync_repo.pending_count(s) == 1
        trail = s.execute(select(AuditEntry.actor, AuditEntry.record_id, AuditEntry.detail)
                          .where(AuditEntry.action == "send_again")).all()
    assert [(a, r, d["reason"]) for a, r, d in trail] == [("wang", record_id, "other_branch")]


def test_a_pc_whose_syncs_never_all_went_through_says_so_at_start(qtbot, store, chinese, set_aside):
    from branchdesk.store.models_sync import SyncState
    from sqlalchemy import delete

    with store.write() as s:
        s.execute(delete(SyncState).where(SyncState.key == sync_repo.LAST_OK_AT))
        sync_repo.put_state(s, sync_repo.LAST_SYNC_AT, utc_text(utcnow()))
    win = _window(qtbot, store)
    text = win._status_sync.text()
    assert text.startswith("上次同步 ") and "未全部完成" in text, text
    assert text.endswith("错误:有 2 个附件文件被搁置(见“同步”页)")
