"""The interception form driven from the keyboard, as a teller uses it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from branchdesk.domain.fraud import FraudInterception
from branchdesk.domain.roles import Actor, Role
from branchdesk.store import fraud_repo
from branchdesk.store.models import FraudInterceptionRow

MANAGER = Actor("manager", "网点经理", Role.MANAGER)
TELLER = Actor("wangli", "王丽", Role.TELLER)


@pytest.fixture
def zh(qapp):
    from branchdesk.ui import fonts, i18n

    fonts.load_bundled_font(qapp)
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("zh_CN")


def open_window(qtbot, store, actor=MANAGER):
    from branchdesk.ui.app import build_context
    from branchdesk.ui.main_window import MainWindow

    ctx = build_context(store, actor=actor)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # shortcuts only reach the active window
    ws = win.workspace("fraud")
    assert QApplication.focusWidget() is ws.table  # the keyboard starts in the register
    return win, ws


def row_count(store, **where) -> int:
    with store.read() as s:
        q = select(func.count()).select_from(FraudInterceptionRow)
        for k, v in where.items():
            q = q.where(getattr(FraudInterceptionRow, k) == v)
        return s.execute(q).scalar_one()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed wherever the focus is, as on a real keyboard."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text):
    """Type into the focused widget. QTest's keyClicks knows only Latin-1, so Chinese characters
    arrive as key events carrying their text (what an input method delivers to a combo box)."""
    widget = QApplication.focusWidget()
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def back_to(qtbot, win):
    """The window is active again after a dialog closed (a window manager does this; offscreen Qt does not)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


def shown(qtbot, dlg):
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(dlg.isActiveWindow)
    return dlg


def new_form(qtbot, ws):
    back_to(qtbot, ws.window())
    qtbot.keyClick(ws.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = shown(qtbot, ws.current_form)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.fields["occurred_at"])
    return form


def fill_by_keyboard(qtbot, form, *, attempted="50000", protected="48,000.5", narrative="李女士接到冒充公安来电,要求转账至安全账户。"):
    """Walk the form with Tab from the time field, typing as a teller does (checks the tab order too)."""
    f = form.fields

    def tab_to(name):
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is f[name], f"Tab did not reach {name}"

    tab_to("detection_source")
    type_text(qtbot, "柜员")
    tab_to("business_type")
    type_text(qtbot, "跨行")
    tab_to("channel")
    type_text(qtbot, "柜面")
    tab_to("subject_role")
    tab_to("customer_gender")
    type_text(qtbot, "女")
    tab_to("age_band")
    type_text(qtbot, "60")
    tab_to("fraud_type")
    type_text(qtbot, "冒充公检法")
    tab_to("contact_vector")
    type_text(qtbot, "电话")
    tab_to("amount_attempted")
    type_text(qtbot, attempted)
    tab_to("amount_protected")
    type_text(qtbot, protected)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f["actions"].box("DISSUADE")
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(2):  # 暂缓/拒绝办理, 联系家属
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f["actions"].box("FAMILY")
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(4):  # 拨打110 ... 账户管控/止付
        press(qtbot, Qt.Key.Key_Tab)
    tab_to("police_notified")
    press(qtbot, Qt.Key.Key_Space)
    tab_to("police_attended")
    tab_to("police_ref")
    type_text(qtbot, "JJ2026")
    tab_to("outcome")
    type_text(qtbot, "成功")
    tab_to("reviewer")
    tab_to("narrative")
    type_text(qtbot, narrative)


def test_new_interception_typed_by_keyboard_is_saved_and_listed(qtbot, store, zh):
    win, ws = open_window(qtbot, store)
    assert ws.model.rowCount() == 0
    form = new_form(qtbot, ws)
    fill_by_keyboard(qtbot, form)
    with qtbot.waitSignal(ws.ctx.signals.sig_records_changed, timeout=3000):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()

    with store.read() as s:
        row = s.execute(select(FraudInterceptionRow)).scalar_one()
        rec = fraud_repo.to_domain(row)
    assert (rec.detection_source, rec.business_type, rec.channel, rec.customer_gender, rec.age_band) == \
        ("TELLER", "XFER_OUT", "COUNTER", "F", "60P")
    assert (rec.fraud_type, rec.contact_vector, rec.outcome) == ("F06", "PHONE", "STOPPED")
    assert (rec.amount_attempted, rec.amount_protected) == (5_000_000, 4_800_050)
    assert rec.actions == ("DISSUADE", "FAMILY")
    assert rec.police_notified and rec.police_ref == "JJ2026" and rec.recorder == "manager"
    assert rec.narrative.startswith("李女士")

    m = ws.model
    assert m.rowCount() == 1
    shown = {c.key: m.index(0, i).data() for i, c in enumerate(m.COLUMNS)}
    assert shown["case_no"] == rec.case_no
    assert shown["fraud_type"] == "冒充公检法及政府机关"
    assert shown["amount_protected"] == "48,000.50"
    assert shown["amount_attempted"] == "50,000.00"
    assert ws.selected_id() == rec.id
    assert "显示 1 件" in ws.totals_label.text() and "48,000.50" in ws.totals_label.text()


# ---------------------------------------------------------------- bad input

def _focus(qtbot, form, name):
    """Click into a field, as a person correcting it would."""
    w = form.fields[name]
    w.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w)


def _retype(qtbot, form, name, text):
    _focus(qtbot, form, name)
    qtbot.keyClick(form.fields[name], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def test_protected_above_attempted_is_refused_under_its_field(qtbot, store, zh):
    win, ws = open_window(qtbot, store)
    form = new_form(qtbot, ws)
    fill_by_keyboard(qtbot, form, attempted="1000", protected="1000.01")
    _focus(qtbot, form, "reviewer")
    press(qtbot, Qt.Key.Key_Return)  # Enter outside the narrative saves too
    assert form.isVisible()
    assert form.error_text("amount_protected") == "避免损失金额不能大于拟转金额"
    assert QApplication.focusWidget() is form.fields["amount_protected"]
    assert row_count(store) == 0 and ws.model.rowCount() == 0

    _retype(qtbot, form, "amount_protected", "1000")
    assert form.error_text("amount_protected") == ""  # typing takes the message away
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert row_count(store) == 1


def test_future_time_and_three_decimals_are_refused(qtbot, store, zh):
    win, ws = open_window(qtbot, store)
    form = new_form(qtbot, ws)
    fill_by_keyboard(qtbot, form, attempted="1000.555")
    _focus(qtbot, form, "occurred_at")
    form.fields["occurred_at"].setCurrentSection(form.fields["occurred_at"].Section.YearSection)
    press(qtbot, Qt.Key.Key_Up)  # next year
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert form.error_text("occurred_at") == "时间不能晚于现在"
    assert form.error_text("amount_attempted") == "金额最多两位小数"
    assert QApplication.focusWidget() is form.fields["occurred_at"]  # the first problem, in reading order
    assert form.fields["amount_attempted"].text() == "1000.555"  # left as typed, to be corrected
    assert row_count(store) == 0


def test_amount_slip_is_named_on_leaving_the_field(qtbot, store, zh):
    win, ws = open_window(qtbot, store)
    form = new_form(qtbot, ws)
    _focus(qtbot, form, "amount_attempted")
    type_text(qtbot, "12.345")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.error_text("amount_attempted") == "金额最多两位小数"
    _retype(qtbot, form, "amount_attempted", "12.34")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.error_text("amount_attempted") == ""
    assert form.fields["amount_attempted"].text() == "12.34"


def test_empty_form_names_every_missing_required_field(qtbot, store, zh):
    win, ws = open_window(qtbot, store)
    form = new_form(qtbot, ws)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for name in ("detection_source", "business_type", "channel", "fraud_type", "outcome", "amount_attempted"):
        assert form.error_text(name) == "此项必填", name
    assert form.error_text("actions") == "至少选择一项处置措施"
    assert form.errors["detection_source"].isVisibleTo(form)
    assert not form.errors["age_band"].isVisibleTo(form)
    assert QApplication.focusWidget() is form.fields["detection_source"]
    assert "红色" in form.banner.text()
    assert row_count(store) == 0


def test_escape_asks_before_discarding_typed_text(qtbot, store, zh, monkeypatch):
    from branchdesk.ui.fraud import form as form_module

    asked = []
    answer = {"discard": False}
    monkeypatch.setattr(form_module, "ask_discard", lambda parent: asked.append(parent) or answer["discard"])
    win, ws = open_window(qtbot, store)
    form = new_form(qtbot, ws)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "柜员")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and form.isVisible()  # "keep editing"
    assert form.fields["detection_source"].code() == "TELLER"
    answer["discard"] = True
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert row_count(store) == 0

    untouched = new_form(qtbot, ws)
    asked.clear()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not untouched.isVisible())
    assert asked == []  # nothing typed, nothing to ask


# ---------------------------------------------------------------- amend, permissions

def _create(store, refs, recorder, **changes):
    rec = FraudInterception(
        occurred_at=datetime.now(timezone.utc) - timedelta(days=2), detection_source="TELLER",
        business_type="XFER_OUT", channel="COUNTER", fraud_type="F02", amount_attempted=2_000_000,
        amount_protected=2_000_000, actions=("DISSUADE",), outcome="STOPPED", recorder=recorder,
        narrative="张某拟转账投资", age_band="41_59",
    ).with_changes(**changes)
    with store.write() as s:
        return fraud_repo.create(s, rec, refs, actor=recorder).id


def test_amend_requires_a_reason_and_keeps_the_earlier_version(qtbot, store, refs, zh):
    rid = _create(store, refs, "wangli")
    win, ws = open_window(qtbot, store)
    ws.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)  # Enter on a row opens it
    form = shown(qtbot, ws.current_form)
    assert form.amending and form.fields["reason"].isVisibleTo(form)
    _retype(qtbot, form, "amount_protected", "15000")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.error_text("reason") == "请填写修改原因"
    assert QApplication.focusWidget() is form.fields["reason"]
    type_text(qtbot, "customer later transferred 5000 online")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())

    with store.read() as s:
        now = fraud_repo.get(s, rid)
        hist = fraud_repo.history(s, rid)
    assert now.amount_protected == 1_500_000 and now.version == 2
    assert [(h["version"], h["snapshot"]["amount_protected"], h["reason"], h["changed_by"]) for h in hist] == \
        [(1, 2_000_000, "customer later transferred 5000 online", "manager")]
    assert ws.model.index(0, ws.model.column_index("amount_protected")).data() == "15,000.00"

    back_to(qtbot, win)
    ws.table.selectRow(0)
    qtbot.keyClick(ws.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dlg = shown(qtbot, ws.current_history)
    m = dlg.model
    assert m.rowCount() == 1
    cells = [m.index(0, c).data() for c in range(m.columnCount())]
    assert cells[0] == "1" and cells[2] == "manager" and cells[3] == "customer later transferred 5000 online"
    assert "20,000.00" in cells[4] and "避免损失金额" in cells[4]
    dlg.close()


def test_teller_cannot_amend_someone_elses_record(qtbot, store, refs, zh, monkeypatch):
    from branchdesk.ui.fraud import workspace as ws_module

    told = []
    monkeypatch.setattr(ws_module, "tell", lambda parent, title, text: told.append(text))
    rid = _create(store, refs, "zhaomin")
    win, ws = open_window(qtbot, store, actor=TELLER)
    assert not ws.filter_bar.show_deleted.isVisibleTo(ws)  # tellers never see deleted records
    ws.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    form = shown(qtbot, ws.current_form)
    assert form.read_only
    assert form.banner.text() == "只有登记人(zhaomin)或网点经理可以修改此记录。"
    assert not form.save_button.isVisibleTo(form) and not form.fields["amount_protected"].isEnabled()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    with store.read() as s:
        assert fraud_repo.get(s, rid).version == 1

    back_to(qtbot, win)
    qtbot.keyClick(ws.table, Qt.Key.Key_Delete)
    assert told == ["只有网点经理可以删除拦截记录。"]
    with store.read() as s:
        assert fraud_repo.get(s, rid).deleted_at is None


def test_teller_amends_own_record(qtbot, store, refs, zh):
    rid = _create(store, refs, "wangli")
    win, ws = open_window(qtbot, store, actor=TELLER)
    form = shown(qtbot, ws.open_record(rid))
    assert form.amending
    _retype(qtbot, form, "reason", "typo in outcome")
    form.fields["outcome"].setFocus()
    type_text(qtbot, "部分")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    with store.read() as s:
        assert fraud_repo.get(s, rid).outcome == "PARTIAL"


# ---------------------------------------------------------------- database failures

def test_locked_database_shows_a_message_and_keeps_what_was_typed(qtbot, data_dir, monkeypatch, zh):
    from branchdesk.store import db
    from branchdesk.ui.errors import store_error_text

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 150)
    store = db.open_store(data_dir / "branchdesk.sqlite")
    try:
        win, ws = open_window(qtbot, store)
        form = new_form(qtbot, ws)
        fill_by_keyboard(qtbot, form, narrative="王先生接到冒充客服电话。")
        other = sqlite3.connect(str(store.path), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert form.isVisible()
            assert form.banner.isVisibleTo(form)
            # The store's own sentence for a lock, not the generic "database error" one.
            assert form.banner.text().startswith(store_error_text("locked"))
            assert store_error_text("locked") != store_error_text("database_error")
            assert form.fields["narrative"].toPlainText() == "王先生接到冒充客服电话。"
            assert form.fields["amount_protected"].text() == "48,000.50"
            assert form.fields["fraud_type"].code() == "F06"
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert row_count(store) == 0
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # try again once it is free
        qtbot.waitUntil(lambda: not form.isVisible())
        assert row_count(store) == 1 and ws.model.rowCount() == 1
    finally:
        store.close()
