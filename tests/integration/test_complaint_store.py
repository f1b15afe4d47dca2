"""Complaints through the real store: intake, workflow guards, the clock, repeats, flags, sealing."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from branchdesk.domain import complaints as dom
from branchdesk.domain.complaints import Action, ErrorCode, Status, StepInput
from branchdesk.domain.personal_data import id_check_char
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import complaint_repo as repo
from branchdesk.store import settings
from branchdesk.store.models import OutboxEntry, RecordHistory

MANAGER = Actor("wang", "王经理", Role.MANAGER)
TELLER = Actor("li", "李柜员", Role.TELLER)
TELLER2 = Actor("zhao", "赵柜员", Role.TELLER)


def make_id(body17: str) -> str:
    return body17 + id_check_char(body17)


ID_A = make_id("31011519800101123")
ID_AGENT = make_id("31011519700505321")
PHONE_A = "13912345678"


def at(d: date, hour: int = 10) -> datetime:
    return datetime.combine(d, time(hour), LOCAL_TZ).astimezone(timezone.utc)


def intake(received: date, phone: str = PHONE_A, id_number: str = "", name: str = "张三丰", **kw) -> dom.ComplaintIntake:
    base = dict(
        received_at=at(received), intake_channel="COUNTER", complainant_name=name, complainant_phone=phone,
        complainant_id_number=id_number, respondent_org="浦东支行营业部", facts="办理转账时被收取了未告知的手续费",
        request="退还手续费并解释原因", demand_type="REFUND", class_channel="A101", class_business="B04",
        class_cause="C11", priority="NORMAL", consent_given=True,
    )
    base.update(kw)
    return dom.ComplaintIntake(**base)


@pytest.fixture
def protector(store):
    with store.read() as s:
        device = settings.identity(s).device_id
    return FieldProtector.from_keyring(device)


def create(store, refs, protector, rec, actor=TELLER, now=None, **kw):
    with store.write() as s:
        row = repo.create(s, rec, refs, protector, actor=actor, now=now or at(local(rec.received_at), 11), **kw)
        return row.id, row.ref_no


def local(dt: datetime) -> date:
    return dt.astimezone(LOCAL_TZ).date()


def get(store, cid):
    with store.read() as s:
        return repo.get(s, cid)


def test_intake_gives_ticket_number_and_seals_personal_data(store, refs, protector):
    cid, ref = create(store, refs, protector, intake(date(2026, 11, 2), phone="139 1234 5678", id_number=ID_A))
    assert ref.startswith("TK-310115-") and "-2026-" in ref
    row = get(store, cid)
    assert row.complainant_phone_masked == "139****5678"
    assert row.complainant_id_masked == ID_A[:3] + "*" * 11 + ID_A[-4:]
    assert row.complainant_name_masked == "张某"
    assert row.consent_given and row.consent_notice_version == dom.CONSENT_NOTICE_VERSION
    with store.read() as s:
        outbox = [e.payload for e in s.query(OutboxEntry).filter_by(record_id=cid)]
        revealed = repo.reveal(s, protector, cid, MANAGER)
    assert revealed["complainant_phone"] == PHONE_A and revealed["complainant_id_number"] == ID_A
    text = repr(outbox)
    assert PHONE_A not in text and ID_A not in text and "张三丰" not in text
    store.close()
    raw = b"".join(p.read_bytes() for p in store.path.parent.glob("branchdesk.sqlite*"))
    for plain in (PHONE_A, ID_A, "张三丰"):
        assert plain.encode() not in raw


def test_teller_cannot_unmask(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.reveal(s, protector, cid, TELLER)
    assert exc.value.code == ErrorCode.NOT_PERMITTED


def test_bad_intake_is_refused_and_saves_nothing(store, refs, protector):
    rec = intake(date(2026, 11, 2), phone="12345", consent_given=False, facts="卡号 6228480012345678901 被盗刷")
    with pytest.raises(repo.ValidationFailed) as exc, store.write() as s:
        repo.create(s, rec, refs, protector, actor=TELLER, now=at(date(2026, 11, 2), 11))
    codes = {(e.field, e.code) for e in exc.value.errors}
    assert ("complainant_phone", "bad_mobile") in codes
    assert ("consent_given", ErrorCode.CONSENT_REQUIRED) in codes
    assert ("facts", "contains_id_number") in codes
    with store.read() as s:
        assert repo.count(s, repo.ComplaintFilter(), MANAGER) == 0
        assert s.query(OutboxEntry).count() == 0


def test_due_date_moves_past_national_day(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 9, 20)))
    assert get(store, cid).due_on == "2026-10-08"


def test_extension_levels_and_approval(store, refs, protector):
    received = date(2026, 11, 2)
    cid, _ = create(store, refs, protector, intake(received))
    assert get(store, cid).due_on == "2026-11-17"
    with store.write() as s:
        repo.request_extension(s, cid, 1, "需调取监控录像", actor=TELLER, today=date(2026, 11, 10),
                               now=at(date(2026, 11, 10)))
    row = get(store, cid)
    assert row.extension_level == 1 and row.due_on == "2026-12-02"
    # level 2 asked by a teller waits for a manager
    with store.write() as s:
        repo.request_extension(s, cid, 2, "涉及总行系统核查", actor=TELLER, today=date(2026, 11, 20),
                               now=at(date(2026, 11, 20)))
    row = get(store, cid)
    assert row.extension_level == 1 and row.pending_extension_level == 2
    with store.read() as s:
        d = repo.deadlines(s, MANAGER, today=date(2026, 11, 20))
    assert [r[0] for r in d.awaiting_approval] == [cid]
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.decide_extension(s, cid, True, actor=TELLER2, today=date(2026, 11, 20))
    assert exc.value.code == ErrorCode.NOT_PERMITTED
    with store.write() as s:
        repo.decide_extension(s, cid, True, actor=MANAGER, complainant_notified_on=date(2026, 11, 21),
                              today=date(2026, 11, 21), now=at(date(2026, 11, 21)))
    row = get(store, cid)
    assert row.extension_level == 2 and row.pending_extension_level is None and row.due_on == "2027-01-04"


def test_extension_after_due_is_refused(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.request_extension(s, cid, 1, "太晚了", actor=MANAGER, today=date(2026, 11, 20), now=at(date(2026, 11, 20)))
    assert exc.value.code == "extension_after_due"
    assert get(store, cid).extension_level == 0


def test_pause_resume_new_facts_and_withdrawal(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    with store.write() as s:
        repo.pause(s, cid, actor=TELLER, reason="送司法鉴定", on=date(2026, 11, 5), today=date(2026, 11, 5),
                   complainant_notified_on=date(2026, 11, 5), now=at(date(2026, 11, 5)))
    assert get(store, cid).clock_state == "paused"
    with store.write() as s:
        repo.resume(s, cid, actor=TELLER, on=date(2026, 11, 15), today=date(2026, 11, 15), now=at(date(2026, 11, 15)))
    row = get(store, cid)
    assert row.clock_state == "running" and row.paused_days == 10 and row.due_on == "2026-11-27"
    with store.write() as s:
        repo.new_facts(s, cid, actor=TELLER, summary="补充提交了新的交易流水", on=date(2026, 11, 20),
                       today=date(2026, 11, 20), now=at(date(2026, 11, 20)))
    row = get(store, cid)
    assert row.clock_started_on == "2026-11-20" and row.due_on == "2026-12-07" and row.paused_days == 0
    with store.write() as s:
        repo.step(s, cid, Action.WITHDRAW, StepInput(reason="投诉人已与网点协商解决"), actor=TELLER,
                  today=date(2026, 11, 22), now=at(date(2026, 11, 22)))
    row = get(store, cid)
    assert row.status == Status.WITHDRAWN and row.clock_state == "stopped" and row.clock_status == "stopped"
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.pause(s, cid, actor=TELLER, reason="x", today=date(2026, 11, 23))
    assert exc.value.code == ErrorCode.CASE_ENDED


def test_new_facts_during_pause_refused(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    with store.write() as s:
        repo.pause(s, cid, actor=TELLER, reason="鉴定", on=date(2026, 11, 5), today=date(2026, 11, 5))
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.new_facts(s, cid, actor=TELLER, summary="新材料", on=date(2026, 11, 6), today=date(2026, 11, 6))
    assert exc.value.code == "new_facts_during_pause"


def _take(store, cid, action, given=None, actor=TELLER, day=date(2026, 11, 10)):
    with store.write() as s:
        return repo.step(s, cid, action, given, actor=actor, today=day, now=at(day)).status


def _refused(store, cid, action, given=None, actor=TELLER, day=date(2026, 11, 10)):
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.step(s, cid, action, given, actor=actor, today=day, now=at(day))
    return exc.value.code


def test_refused_steps_give_reasons(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    assert _refused(store, cid, Action.CLOSE) == ErrorCode.CLOSE_BEFORE_NOTIFY
    assert _take(store, cid, Action.ACCEPT) == Status.ACCEPTED
    assert _refused(store, cid, Action.INVESTIGATE) == ErrorCode.NO_HANDLER
    with store.write() as s:
        repo.assign(s, cid, "li", actor=MANAGER)
    assert _refused(store, cid, Action.INVESTIGATE) == ErrorCode.CONFLICT_NOT_CHECKED
    with store.write() as s:
        repo.declare_conflict(s, cid, True, actor=TELLER, reason="投诉人是我的亲属")
    assert _refused(store, cid, Action.INVESTIGATE) == ErrorCode.HANDLER_CONFLICT
    with store.write() as s:
        repo.assign(s, cid, "zhao", actor=MANAGER)
        repo.declare_conflict(s, cid, False, actor=TELLER2)
    assert _take(store, cid, Action.INVESTIGATE, actor=TELLER2) == Status.INVESTIGATING
    assert _refused(store, cid, Action.DECIDE, StepInput(decision="退还手续费")) == ErrorCode.GROUNDS_REQUIRED
    assert _refused(store, cid, Action.CLOSE) == ErrorCode.CLOSE_BEFORE_NOTIFY
    assert _take(store, cid, Action.DECIDE, StepInput(decision="退还手续费", grounds="收费未事先告知")) == Status.DECIDED
    assert _refused(store, cid, Action.CLOSE) == ErrorCode.CLOSE_BEFORE_NOTIFY
    assert _refused(store, cid, Action.NOTIFY, StepInput(notify_method="电话")) == ErrorCode.REMEDIES_NOT_TOLD
    assert _refused(store, cid, Action.ARCHIVE) == ErrorCode.TRANSITION_NOT_ALLOWED
    assert get(store, cid).status == Status.DECIDED


def test_whole_workflow_to_archive(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)), actor=TELLER)
    with store.write() as s:
        repo.assign(s, cid, "li", actor=MANAGER, now=at(date(2026, 11, 3), 9))
        repo.declare_conflict(s, cid, False, actor=TELLER, now=at(date(2026, 11, 3), 10))
    _take(store, cid, Action.ACCEPT)
    _take(store, cid, Action.INVESTIGATE)
    _take(store, cid, Action.DECIDE, StepInput(decision="退还手续费 20 元", grounds="未履行告知义务"))
    _take(store, cid, Action.NOTIFY, StepInput(notify_method="电话", remedies_told=True), day=date(2026, 11, 12))
    row = get(store, cid)
    assert row.clock_status == "decided_on_time" and row.clock_state == "stopped" and row.notified_on == "2026-11-12"
    _take(store, cid, Action.CLOSE, day=date(2026, 11, 13))
    _take(store, cid, Action.CALL_BACK, StepInput(result="满意"), day=date(2026, 11, 16))
    _take(store, cid, Action.ARCHIVE, day=date(2026, 11, 16))
    row = get(store, cid)
    assert row.status == Status.ARCHIVED and row.archive_until == "2029-11-13" and row.satisfaction == "满意"
    with store.read() as s:
        steps = [(e.action, e.actor, e.to_status) for e in repo.events(s, cid)]
        outbox = s.query(OutboxEntry).filter_by(record_id=cid).order_by(OutboxEntry.seq).all()
    # each change carries its new history events to head office
    assert [e["action"] for o in outbox for e in o.payload["events"]] == [a for a, _, _ in steps]
    outbox = len(outbox)
    assert [a for a, _, _ in steps] == ["register", "assign", "conflict_cleared", "accept", "investigate", "decide",
                                        "notify", "close", "call_back", "archive"]
    assert steps[1][1] == "wang" and steps[-1][2] == "archived"
    assert outbox == len(steps)


def test_repeat_detection_and_merge(store, refs, protector):
    first, first_ref = create(store, refs, protector, intake(date(2026, 11, 2), phone="13912345678"))
    with store.read() as s:
        hits = repo.find_repeats(s, protector, phone="+86 139-1234-5678", today=date(2026, 11, 20))
        none = repo.find_repeats(s, protector, phone="13800000000", today=date(2026, 11, 20))
    assert [h.ref_no for h in hits] == [first_ref] and none == []
    second, _ = create(store, refs, protector, intake(date(2026, 11, 20), phone="139 1234 5678", name="张三丰"),
                       merge_into=first_ref)
    row = get(store, second)
    assert row.is_repeat and row.parent_ref == first_ref
    assert row.status == Status.MERGED and row.merged_into == first_ref and row.clock_state == "stopped"
    with store.read() as s:
        assert "merged_in" in [e.action for e in repo.events(s, first)]
        last = s.query(OutboxEntry).filter_by(record_id=first).order_by(OutboxEntry.seq.desc()).first()
        assert [e["action"] for e in last.payload["events"]] == ["merged_in"]


def test_old_closed_case_is_not_a_repeat(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 1, 5), id_number=ID_A, phone=""))
    with store.write() as s:
        repo.step(s, cid, Action.WITHDRAW, StepInput(reason="已解决"), actor=TELLER, today=date(2026, 1, 6),
                  now=at(date(2026, 1, 6)))
    with store.read() as s:
        assert repo.find_repeats(s, protector, id_number=ID_A, today=date(2026, 11, 20)) == []
        assert len(repo.find_repeats(s, protector, id_number=ID_A, today=date(2026, 3, 20))) == 1


def test_frequent_complainant_and_agent_flags_follow_settings(store, refs, protector):
    for i, day in enumerate((date(2026, 3, 1), date(2026, 6, 1), date(2026, 10, 1))):
        # the same person: phone on two, ID (plus the phone) on the third
        create(store, refs, protector, intake(day, phone=PHONE_A, id_number=ID_A if i == 2 else ""))
    agent = dict(representation="agent", agent_name="钱代理", agent_phone="13700001111")
    for n, phone in enumerate(("13600000001", "13600000002", "13600000003")):
        create(store, refs, protector, intake(date(2026, 11, 1 + n), phone=phone, name="路人" + str(n), **agent))
    with store.read() as s:
        f = repo.flags(s, today=date(2026, 11, 20))
    assert [fl.count for fl in f.frequent] == [3]
    assert [fl.count for fl in f.agents] == [3]
    assert "13700001111" not in repr(f)
    with store.write() as s:
        repo.put_thresholds(s, dom.RepeatThresholds(frequent_count=4, agent_complainants=4))
    with store.read() as s:
        f = repo.flags(s, today=date(2026, 11, 20))
    assert f.frequent == [] and f.agents == []


def test_deadlines_view_buckets_and_visibility(store, refs, protector):
    today = date(2026, 11, 24)
    overdue, _ = create(store, refs, protector, intake(date(2026, 11, 2)), actor=TELLER)  # due 11-17
    soon, _ = create(store, refs, protector, intake(date(2026, 11, 10)), actor=TELLER2)  # due 11-25
    later, _ = create(store, refs, protector, intake(date(2026, 11, 20)), actor=TELLER)  # due 12-07
    with store.read() as s:
        d = repo.deadlines(s, MANAGER, today=today)
        mine = repo.deadlines(s, TELLER, today=today)
    assert [r[0] for r in d.overdue] == [overdue]
    assert [r[0] for r in d.due_soon] == [soon]
    assert [r[0] for r in mine.overdue] == [overdue] and mine.due_soon == []
    with store.write() as s:
        repo.assign(s, soon, "li", actor=MANAGER)
    with store.read() as s:
        assert [r[0] for r in repo.deadlines(s, TELLER, today=today).due_soon] == [soon]
        assert later not in [r[0] for r in repo.deadlines(s, MANAGER, today=today).due_soon]


def test_notes_are_append_only_and_hold_no_numbers(store, refs, protector):
    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    with store.write() as s:
        repo.add_note(s, cid, "已电话联系投诉人,约定周五面谈", actor=TELLER)
    with store.write() as s, pytest.raises(repo.StepRefused) as exc:
        repo.add_note(s, cid, "回拨电话 13912345678", actor=TELLER)
    assert exc.value.code == "contains_id_number"
    with store.read() as s:
        assert [n.text for n in repo.notes(s, cid)] == ["已电话联系投诉人,约定周五面谈"]
        assert s.query(RecordHistory).count() == 0


def test_attachments_are_sealed_on_disk_and_open_to_the_same_bytes(store, refs, protector):
    from branchdesk.store import complaint_attachments as att

    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    scan = ("身份证复印件 " + ID_A).encode() + bytes(range(256))
    with store.write() as s:
        a = att.add(s, protector, store.data_dir, cid, scan, filename="id-card.png", actor=TELLER, caption="身份证正面")
        again = att.add(s, protector, store.data_dir, cid, scan, filename="copy.png", actor=TELLER)
    assert again.id == a.id
    on_disk = att.blob_path(store.data_dir, a.sha256).read_bytes()
    assert ID_A.encode() not in on_disk and scan not in on_disk
    with store.read() as s:
        listed = att.list_for(s, cid)
        assert [x.filename for x in listed] == ["id-card.png"] and listed[0].size == len(scan)
        assert "attachment_added" in [e.action for e in repo.events(s, cid)]
        tmp = att.open_to_temp(s, protector, store.data_dir, a.id)
    assert tmp.read_bytes() == scan and tmp.name == "id-card.png"
    # a changed file on disk is detected, never shown
    path = att.blob_path(store.data_dir, a.sha256)
    path.write_bytes(on_disk[:-1] + bytes([on_disk[-1] ^ 1]))
    with store.read() as s, pytest.raises(Exception):
        att.read(s, protector, store.data_dir, a.id)


def test_decrypted_copies_are_removed(store, refs, protector):
    from branchdesk.store import complaint_attachments as att

    cid, _ = create(store, refs, protector, intake(date(2026, 11, 2)))
    with store.write() as s:
        a = att.add(s, protector, store.data_dir, cid, b"scan", filename="scan.jpg", actor=TELLER)
    with store.read() as s:
        tmp = att.open_to_temp(s, protector, store.data_dir, a.id)
    assert tmp.exists() and (tmp.parent.stat().st_mode & 0o077) == 0
    att.remove_temp_copies()
    assert not tmp.exists()
