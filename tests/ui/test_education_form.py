"""The education event form and workspace, driven as a person does: keyboard, clicks, and what
the database and the list show afterwards."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from branchdesk.domain import education as edu
from branchdesk.domain.education import EducationEvent
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.store import education_repo as repo
from branchdesk.store.models import Attachment, OutboxEntry
from branchdesk.store.models_education import EducationEventRow
from branchdesk.ui import fonts, i18n
from branchdesk.ui.app import build_context
from branchdesk.ui.education import form as form_mod
from branchdesk.ui.education import workspace as ws_mod


@pytest.fixture
def ctx(store, qapp):
    fonts.load_bundled_font(QApplication.instance())
    i18n.set_language("zh_CN")
    return build_context(store, Actor("wang", "王经理", Role.MANAGER))


@pytest.fixture
def workspace(ctx, qtbot):
    w = ws_mod.create(ctx, None)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    return w


def count(store, model=EducationEventRow) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def tab_to(qtbot, form, target, limit=60) -> None:
    """Press Tab until `target` has the focus (fails if the tab order never reaches it)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, f"Tab never reached {target.objectName()}"


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person does: ASCII through key presses, Chinese as an input method commits it."""
    from PySide6.QtGui import QInputMethodEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            ev = QInputMethodEvent()
            ev.setCommitString(ch)
            QApplication.sendEvent(widget, ev)


def set_dt(edit, when: datetime) -> None:
    w = when.astimezone(LOCAL_TZ)
    edit.setDateTime(QDateTime(QDate(w.year, w.month, w.day), QTime(w.hour, w.minute)))


def test_record_planned_event_by_keyboard(workspace, store, qtbot):
    form = workspace.new_event()
    qtbot.waitExposed(form)
    form.activateWindow()
    f = form.fields
    f["status"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is f["status"])

    tab_to(qtbot, form, f["campaign"])
    qtbot.keyClick(f["campaign"], Qt.Key.Key_Down)  # the first campaign: 3·15
    qtbot.keyClick(f["campaign"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is f["slogan"]
    type_text(qtbot, f["slogan"], "金融保障权益 助力美好生活")
    qtbot.keyClick(f["slogan"], Qt.Key.Key_Tab)
    first_topic = f["topics"].box("ANTI_FRAUD")
    assert QApplication.focusWidget() is first_topic
    qtbot.keyClick(first_topic, Qt.Key.Key_Space)
    tab_to(qtbot, form, f["location_type"])
    qtbot.keyClick(f["location_type"], Qt.Key.Key_Down)  # 社区
    qtbot.keyClick(f["location_type"], Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "张江镇社区文化活动中心")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    elderly = f["target_groups"].box("ELDERLY")
    assert QApplication.focusWidget() is elderly
    qtbot.keyClick(elderly, Qt.Key.Key_Space)
    tab_to(qtbot, form, f["staff"])
    type_text(qtbot, f["staff"], "李明、赵芳")
    qtbot.keyClick(f["staff"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: form.saved_id is not None)
    assert not form.isVisible()
    with store.read() as s:
        ev = repo.get(s, form.saved_id)
    assert (ev.status, ev.campaign, ev.topics, ev.location_type, ev.target_groups) == (
        edu.PLANNED, "C315", ("ANTI_FRAUD",), "COMMUNITY", ("ELDERLY",))
    assert ev.address == "张江镇社区文化活动中心" and ev.staff == ("李明", "赵芳") and ev.organiser == "王经理"
    assert ev.attendees is None and ev.starts_at > datetime.now(timezone.utc)
    # The list shows it, selected, and it is among the events coming up.
    model = workspace.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, model.column_index("campaign"))) == "3·15金融消费者权益保护教育宣传"
    assert model.data(model.index(0, model.column_index("status"))) in ("Planned", "计划中")
    assert workspace.selected_id() == ev.id
    assert workspace.upcoming.rowCount() == 1 and workspace.upcoming.event_at(0).id == ev.id


def test_bad_input_shows_messages_beside_fields_and_saves_nothing(workspace, store, qtbot):
    form = workspace.new_event()
    f = form.fields
    f["status"].setCurrentIndex(f["status"].findData(edu.HELD))
    start = datetime.now(timezone.utc) - timedelta(days=3)
    set_dt(f["starts_at"], start)
    set_dt(f["ends_at"], start - timedelta(hours=1))
    f["location_type"].set_code("COMMUNITY")
    f["attendees"].setText("-5")
    f["online_reach"].setText("300")
    f["organiser"].clear()
    assert form.save() is False
    assert form.error_text("ends_at") == "结束时间早于开始时间"
    assert form.error_text("attendees") == "不能为负数"
    assert form.error_text("online_reach") == "仅线上场所可填写线上触达人次"
    assert form.error_text("campaign") == "此项必填"
    assert form.error_text("topics") == "至少选择一个宣传主题"
    assert form.error_text("target_groups") == "至少选择一类目标人群"
    assert form.error_text("address") == "此项必填"
    assert form.error_text("organiser") == "此项必填"
    assert form.errors["ends_at"].isVisible() and form.banner.isVisible()
    assert form.isVisible()
    f["attendees"].setText("十二")
    form.save()
    assert form.error_text("attendees") == "请输入整数"
    assert count(store) == 0 and count(store, OutboxEntry) == 0
    # Typing in a field takes its message away.
    type_text(qtbot, f["attendees"], "0")
    assert form.error_text("attendees") == ""


def test_planned_event_completed_as_held(workspace, ctx, store, qtbot):
    start = datetime.now(timezone.utc) - timedelta(days=2)
    planned = EducationEvent(status=edu.PLANNED, starts_at=start, ends_at=start + timedelta(hours=2),
                             campaign="DAILY", topics=("ANTI_FRAUD",), location_type="CARE_HOME",
                             address="康桥养老院", target_groups=("ELDERLY",), organiser="王经理")
    with store.write() as s:
        rid = repo.create(s, planned, ctx.refs, actor="wang").id
    ctx.signals.sig_records_changed.emit(edu.KIND)
    assert workspace.overdue.isVisible() and "1" in workspace.overdue.text()
    workspace.table.selectRow(0)
    assert workspace.complete_button.isEnabled()
    form = workspace.open_selected(complete=True)
    assert form.fields["status"].currentData() == edu.HELD and form.fields["attendees"].isEnabled()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.fields["attendees"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.fields["attendees"])
    type_text(qtbot, form.fields["attendees"], "38")
    qtbot.keyClick(form.fields["attendees"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.saved_id == rid or form.banner.isVisible())
    assert form.saved_id == rid, [(n, form.error_text(n)) for n in form.errors if form.error_text(n)] + [form.banner.text()]
    with store.read() as s:
        ev = repo.get(s, rid)
        assert (ev.status, ev.attendees, ev.version) == (edu.HELD, 38, 2)
        assert repo.history(s, rid)[0]["reason"] == repo.COMPLETED_REASON
    assert not workspace.overdue.isVisible()
    assert "38" in workspace.totals.text()


def gps_jpeg(width=4000, height=3000) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (width, height), (90, 140, 200))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (31.0, 12.0, 30.0), 3: "E", 4: (121.0, 35.0, 10.0)}
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def test_photos_need_consent_warn_for_minors_and_save_sealed(workspace, store, qtbot):
    form = workspace.new_event()
    qtbot.waitExposed(form)
    f = form.fields
    strip = f["photos"]
    assert not strip.minors_warning.isVisible()
    f["target_groups"].box("STUDENTS").setChecked(True)
    assert strip.minors_warning.isVisible()
    assert strip.add_bytes(gps_jpeg(), "IMG_1.jpg") is False
    assert strip.message.text() == "添加照片前须确认已取得当事人同意"
    # The person ticks consent from the keyboard (Space on the check box).
    strip.consent.setFocus()
    qtbot.keyClick(strip.consent, Qt.Key.Key_Space)
    qtbot.waitUntil(strip.consent.isChecked)
    assert strip.add_bytes(gps_jpeg(), "IMG_1.jpg") is True
    assert strip.model.rowCount() == 1
    viewer = strip.show_photo(0)  # what a double click on the thumbnail shows: the reduced picture
    assert viewer.findChild(QLabel).pixmap().width() <= 1600
    viewer.close()
    start = datetime.now(timezone.utc) - timedelta(days=1)
    f["status"].setCurrentIndex(f["status"].findData(edu.HELD))
    set_dt(f["starts_at"], start)
    set_dt(f["ends_at"], start + timedelta(hours=1))
    f["campaign"].set_code("EDU_MONTH")
    f["topics"].box("CAMPUS_LOAN").setChecked(True)
    f["location_type"].set_code("CAMPUS")
    f["address"].setText("上海建桥学院报告厅")
    f["attendees"].setText("120")
    assert form.save(), [form.error_text(n) for n in form.errors]
    with store.read() as s:
        atts = s.execute(select(Attachment)).scalars().all()
    assert len(atts) == 1 and atts[0].record_id == form.saved_id and atts[0].consent
    on_disk = repo.photo_path(store.data_dir, atts[0].sha256).read_bytes()
    assert not on_disk.startswith(b"\xff\xd8")

    # Later someone sees a child's face in it: open the event, remove the photo, save. Only the
    # photo changed, so no reason is asked; the event itself keeps its version.
    again = workspace.open_event(form.saved_id)
    strip = again.fields["photos"]
    assert strip.model.rowCount() == 1 and not strip.model.item(0).icon().isNull()  # decrypted thumbnail
    strip.view.selectionModel().select(strip.model.index(0, 0), strip.view.selectionModel().SelectionFlag.Select)
    assert strip.remove_button.isEnabled()
    strip.remove_button.click()
    assert strip.model.rowCount() == 0
    assert again.save(), [again.error_text(n) for n in again.errors]
    with store.read() as s:
        assert repo.photos(s, form.saved_id) == []
        assert s.execute(select(Attachment)).scalar_one().deleted_at is not None
        assert repo.get(s, form.saved_id).version == 1


def test_photos_refused_plainly_without_keyring(workspace, store, monkeypatch):
    from branchdesk.security import secrets

    def broken(name):
        raise secrets.KeyringUnavailable("no backend")

    monkeypatch.setattr(secrets, "get_secret", broken)
    form = workspace.new_event()
    strip = form.fields["photos"]
    strip.consent.setChecked(True)
    assert strip.add_bytes(gps_jpeg(300, 200), "a.jpg") is False
    assert "密钥环" in strip.message.text() and strip.model.rowCount() == 0
    assert not (store.data_dir / "attachments").exists()


def test_discarding_typed_text_asks_first(workspace, monkeypatch, qtbot):
    asked = []
    monkeypatch.setattr(form_mod, "ask_discard", lambda parent: asked.append(1) or False)
    form = workspace.new_event()
    type_text(qtbot, form.fields["slogan"], "防范电信诈骗")
    form.reject()
    assert asked == [1] and form.isVisible()


def test_teller_reads_but_cannot_change_a_colleagues_event(ctx, store, qtbot):
    start = datetime.now(timezone.utc) - timedelta(days=5)
    ev = EducationEvent(status=edu.HELD, starts_at=start, ends_at=start + timedelta(hours=1), campaign="DAILY",
                        topics=("COUNTERFEIT",), location_type="BRANCH", address="本支行营业厅",
                        target_groups=("ELDERLY",), attendees=12, organiser="王经理")
    with store.write() as s:
        rid = repo.create(s, ev, ctx.refs, actor="wang").id
        saved = repo.get(s, rid)
    teller = build_context(store, Actor("li", "李明", Role.TELLER))
    form = form_mod.EducationForm(teller, saved)
    qtbot.addWidget(form)
    assert form.read_only and not form.save_button.isVisible()
    assert form.banner.text() in ("Only its organiser or a manager can amend this event.",
                                  "只有活动登记人或网点经理可以修改该活动。")
    assert not form.fields["attendees"].isEnabled()
    assert form.save() is False
    own = form_mod.EducationForm(build_context(store, Actor("wang", "王丽", Role.TELLER)), saved)
    qtbot.addWidget(own)
    assert own.amending and not own.read_only
