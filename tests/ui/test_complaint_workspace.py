"""The complaints workspace driven as a person does: intake by keyboard, handling by mouse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from branchdesk.domain import messages
from branchdesk.domain.complaints import ErrorCode
from branchdesk.domain.roles import Actor, Role
from branchdesk.store import complaint_repo as repo
from tests.integration.test_complaint_store import ID_A, at, intake

MANAGER = Actor("manager", "网点经理", Role.MANAGER)
TELLER = Actor("li", "李柜员", Role.TELLER)
PHONE = "13812345678"


@pytest.fixture
def ctx(store):
    from branchdesk.ui.app import build_context

    return build_context(store, actor=MANAGER)


@pytest.fixture
def workspace(qtbot, ctx):
    from branchdesk.ui import fonts
    from branchdesk.ui.complaints.workspace import create

    fonts.load_bundled_font(QApplication.instance())
    ws = create(ctx)
    qtbot.addWidget(ws)
    ws.resize(1280, 800)
    ws.show()
    qtbot.waitExposed(ws)
    return ws


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person does: ASCII through key presses, Chinese as an input method commits it
    (QTest's keyClicks knows only Latin-1)."""
    from PySide6.QtGui import QInputMethodEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            ev = QInputMethodEvent()
            ev.setCommitString(ch)
            QApplication.sendEvent(widget, ev)


def choose(qtbot, combo, label_start: str) -> None:
    """Pick an item the way a keyboard user does: focus, then arrow down to it."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText().strip().startswith(label_start):
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().strip().startswith(label_start), combo.currentText()


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_intake(qtbot, form, phone=PHONE, id_number=ID_A) -> None:
    choose(qtbot, form.intake_channel, "网点")
    type_text(qtbot, form.complainant_name, "欧阳娜娜")
    type_text(qtbot, form.complainant_phone, phone)
    type_text(qtbot, form.complainant_id_number, id_number)
    type_text(qtbot, form.respondent_org, "陆家嘴支行")
    type_text(qtbot, form.facts, "理财产品销售时未充分揭示风险")
    type_text(qtbot, form.request, "赔偿损失")
    choose(qtbot, form.demand_type, "赔偿")
    choose(qtbot, form.class_channel, "营业")
    choose(qtbot, form.class_business, "理财")
    choose(qtbot, form.class_cause, "信息")


def test_intake_to_closing_by_keyboard_and_mouse(qtbot, workspace, store):
    ws = workspace
    form = ws.new_complaint()
    fill_intake(qtbot, form)
    # Without consent nothing is saved and the reason shows at the field.
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.errors["consent_given"].isVisible() or form.errors["consent_given"].has_error()
    assert messages.message(ErrorCode.CONSENT_REQUIRED) in form.errors["consent_given"].text()
    with store.read() as s:
        assert repo.count(s, repo.ComplaintFilter(), MANAGER) == 0
    form.consent_given.setFocus()
    qtbot.keyClick(form.consent_given, Qt.Key.Key_Space)
    assert form.consent_given.isChecked()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    case = ws.case
    assert ws.tabs.currentWidget() is case
    assert case.title.text().startswith("TK-")
    shown = case.details.text()
    assert "138****5678" in shown and "欧阳某" in shown
    assert PHONE not in shown and ID_A not in shown and "欧阳娜娜" not in shown
    assert form.complainant_phone.text() == ""  # the plain number left the screen

    # Steps the rules forbid are refused with the reason, and change nothing.
    click(qtbot, case.action_buttons[_a("accept")])
    assert case.row.status == "accepted"
    click(qtbot, case.action_buttons[_a("investigate")])
    assert case.refusal.text() == messages.message(ErrorCode.NO_HANDLER)
    case.handler.clear()
    type_text(qtbot, case.handler, "li")
    click(qtbot, case.assign_button)
    type_text(qtbot, case.reason, "投诉人系本人亲属")
    click(qtbot, case.conflict_button)
    click(qtbot, case.action_buttons[_a("investigate")])
    assert case.refusal.text() == messages.message(ErrorCode.HANDLER_CONFLICT)
    assert case.row.status == "accepted"
    case.handler.clear()
    type_text(qtbot, case.handler, "manager")
    click(qtbot, case.assign_button)
    click(qtbot, case.no_conflict_button)
    click(qtbot, case.action_buttons[_a("investigate")])
    assert case.row.status == "investigating" and case.refusal.text() == ""
    type_text(qtbot, case.decision, "退还部分损失")
    type_text(qtbot, case.grounds, "销售过程录音录像缺失")
    click(qtbot, case.action_buttons[_a("decide")])
    assert case.row.status == "decided"
    assert not case.action_buttons[_a("close")].isEnabled()  # the state machine says no
    click(qtbot, case.action_buttons[_a("notify")])
    assert case.refusal.text() == messages.message(ErrorCode.REMEDIES_NOT_TOLD)
    click(qtbot, case.remedies_told)
    click(qtbot, case.action_buttons[_a("notify")])
    assert case.row.status == "notified"
    type_text(qtbot, case.note, "已电话告知投诉人处理结果")
    qtbot.keyClick(case.note, Qt.Key.Key_Return)
    click(qtbot, case.action_buttons[_a("close")])
    assert case.row.status == "closed"
    whats = [r["what"] for r in case.timeline.rows]
    assert len(whats) == 11 and case.timeline.rows[-1]["who"] == "manager"  # 9 steps, 1 note, register
    assert any("已电话告知投诉人处理结果" == r["detail"] for r in case.timeline.rows)

    # the register lists it, masked
    ws.tabs.setCurrentWidget(ws.register_page)
    assert ws.model.rowCount() == 1
    assert ws.model.data(ws.model.index(0, 2)) == "欧阳某"

    store.close()
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob("branchdesk.sqlite*"))
    assert PHONE.encode() not in raw and ID_A.encode() not in raw and "欧阳娜娜".encode() not in raw


def _a(name: str):
    from branchdesk.domain.complaints import Action

    return Action(name)


def test_repeat_complainant_is_offered_a_merge(qtbot, workspace, store, ctx):
    from branchdesk.ui.complaints.protection import protector_for

    with store.write() as s:
        first = repo.create(s, intake(date.today() - timedelta(days=3), phone="13812345678"), ctx.refs,
                            protector_for(ctx.store), actor=MANAGER)
    form = workspace.new_complaint()
    fill_intake(qtbot, form, phone="138 1234 5678", id_number="")
    form.complainant_phone.setFocus()
    qtbot.keyClick(form.complainant_phone, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.repeat_banner.isVisible(), timeout=2000)
    assert first.ref_no in form.repeat_banner.text()
    assert form.merge_button.isVisible()
    form.consent_given.setFocus()
    qtbot.keyClick(form.consent_given, Qt.Key.Key_Space)
    click(qtbot, form.merge_button)
    assert workspace.case.row.status == "merged" and workspace.case.row.merged_into == first.ref_no


def test_no_keyring_refuses_intake(qtbot, ctx, monkeypatch):
    from branchdesk.security import secrets
    from branchdesk.ui.complaints import protection
    from branchdesk.ui.complaints.workspace import create

    def broken():
        raise secrets.KeyringUnavailable("no backend")

    protection.forget()
    monkeypatch.setattr(secrets, "_backend", broken)
    ws = create(ctx)
    qtbot.addWidget(ws)
    form = ws.new_complaint()
    assert ws.protector is None
    assert form.refusal.text() == messages.message(ErrorCode.PROTECTION_UNAVAILABLE)
    assert not form.save_button.isEnabled()
    assert form.save() is None
    protection.forget()


def test_teller_sees_own_deadlines_and_requests_extension(qtbot, store, ctx):
    from branchdesk.ui.complaints.protection import protector_for
    from branchdesk.ui.complaints.workspace import create

    p = protector_for(ctx.store)
    today = repo.today_local()
    with store.write() as s:
        mine = repo.create(s, intake(today - timedelta(days=12)), ctx.refs, p, actor=TELLER, now=at(today - timedelta(days=12)))
        repo.create(s, intake(today - timedelta(days=12)), ctx.refs, p, actor=MANAGER, now=at(today - timedelta(days=12)))
    ctx.actor = TELLER
    ws = create(ctx)
    qtbot.addWidget(ws)
    view = ws.show_deadlines()
    ids = [view.model.record_id(i) for i in range(view.model.rowCount())]
    assert mine.id in ids and len(ids) == 1
    assert not view.approve_button.isVisible()
    case = ws.open_case(mine.id)
    case.extension_level.setCurrentIndex(1)  # to 60 days: needs a manager
    type_text(qtbot, case.reason, "需要总行协查")
    click(qtbot, case.extend_button)
    assert case.refusal.text() == messages.message("extension_requires_level1")
    case.extension_level.setCurrentIndex(0)
    type_text(qtbot, case.reason, "需要调取监控")
    click(qtbot, case.extend_button)
    assert case.row.extension_level == 1
    case.extension_level.setCurrentIndex(1)
    type_text(qtbot, case.reason, "需要总行协查")
    click(qtbot, case.extend_button)
    assert case.row.pending_extension_level == 2 and case.row.extension_level == 1

    ctx.actor = MANAGER
    mws = create(ctx)
    qtbot.addWidget(mws)
    view = mws.show_deadlines()
    row = next(i for i in range(view.model.rowCount()) if view.model.bucket(i) == "waiting")
    view.table.selectRow(row)
    assert view.approve_button.isEnabled()
    assert view.decide(True)
    with store.read() as s:
        assert repo.get(s, mine.id).extension_level == 2


def test_startup_reminder_opens_deadlines_without_a_dialog(qtbot, store, ctx):
    from branchdesk.ui.complaints import startup
    from branchdesk.ui.complaints.protection import protector_for
    from branchdesk.ui.main_window import MainWindow

    today = repo.today_local()
    with store.write() as s:
        repo.create(s, intake(today - timedelta(days=40)), ctx.refs, protector_for(ctx.store),
                    actor=MANAGER, now=at(today - timedelta(days=40)))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    button = startup.attach(win, ctx)
    assert button is not None and "1" in button.text()
    assert QApplication.activeModalWidget() is None
    ws = win.workspace("complaints")
    assert ws is not None and ws.tabs.currentWidget() is ws.deadlines
    assert ws.deadlines.model.bucket(0) == "overdue"


def test_startup_reminder_stays_quiet_without_cases(qtbot, store, ctx):
    from branchdesk.ui.complaints import startup
    from branchdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert startup.attach(win, ctx) is None
    assert win.workspace("complaints") is None


def test_attachment_reveal_receipt_and_register_filter(qtbot, workspace, store, ctx, tmp_path, monkeypatch):
    import shutil
    import subprocess

    from PySide6.QtGui import QDesktopServices

    from branchdesk.store.models import AuditEntry
    from branchdesk.ui.complaints.protection import protector_for

    with store.write() as s:
        row = repo.create(s, intake(date.today() - timedelta(days=1), id_number=ID_A), ctx.refs,
                          protector_for(ctx.store), actor=MANAGER)
    case = workspace.open_case(row.id)
    scan = tmp_path / "身份证.png"
    scan.write_bytes(b"\x89PNG fake scan " + ID_A.encode())
    assert case.attach_file(scan)
    assert not any(ID_A.encode() in p.read_bytes() for p in (store.data_dir / "attachments").rglob("*") if p.is_file())
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    row_i = next(i for i, r in enumerate(case.timeline.rows) if r["attachment_id"])
    case.timeline_view.selectRow(row_i)
    click(qtbot, case.open_attachment_button)
    assert opened and open(opened[0], "rb").read() == scan.read_bytes()

    assert ID_A not in case.details.text()
    click(qtbot, case.reveal_button)
    assert ID_A in case.details.text()
    with store.read() as s:
        assert s.query(AuditEntry).filter_by(action="unmasked", record_id=row.id).count() == 1

    pdf = case.print_receipt(tmp_path / "receipt.pdf")
    assert pdf.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert row.ref_no in text and ID_A not in text

    workspace.tabs.setCurrentWidget(workspace.register_page)
    f = workspace.status_filter
    f.setCurrentIndex(f.findData("closed"))
    assert workspace.model.rowCount() == 0
    f.setCurrentIndex(f.findData("registered"))
    assert workspace.model.rowCount() == 1


def test_workspace_keys_work_beside_the_other_workspaces(qtbot, ctx):
    from branchdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    ws = win.show_workspace("complaints")
    ws.deadlines.table.setFocus()
    qtbot.waitUntil(ws.deadlines.table.hasFocus, timeout=2000)
    qtbot.keyClick(ws.deadlines.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ws.tabs.currentWidget() is ws.intake
    qtbot.waitUntil(ws.intake.intake_channel.hasFocus, timeout=2000)
    qtbot.keyClick(ws.intake.intake_channel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.tabs.currentWidget() is ws.register_page and ws.search.hasFocus()


def test_register_shows_the_time_limit_as_of_today(qtbot, store, ctx):
    from branchdesk.ui.complaints import texts
    from branchdesk.ui.complaints.list_model import ComplaintListModel
    from branchdesk.ui.complaints.protection import protector_for

    p = protector_for(ctx.store)
    today = repo.today_local()
    made = {}
    with store.write() as s:
        for label, days in (("overdue", 40), ("on_track", 0)):
            made[label] = repo.create(s, intake(today - timedelta(days=days)), ctx.refs, p, actor=MANAGER,
                                      now=at(today - timedelta(days=days), 18)).id
    model = ComplaintListModel(ctx)
    col = model.column_index("clock")
    shown = {model.row_at(r)[0]: model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert shown[made["overdue"]] == texts.clock_text("overdue")
    assert shown[made["on_track"]] == texts.clock_text("on_track")
