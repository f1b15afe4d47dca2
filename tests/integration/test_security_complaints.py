"""Personal data of real complaints (through the complaint repository): sealed in the file and in
backups, matchable by keyed hash, purged with everything that hangs on it after retention."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select, update

from branchdesk.domain import complaints as dom
from branchdesk.domain.personal_data import id_check_char
from branchdesk.domain.roles import Actor, Role
from branchdesk.security import backup, keys, retention
from branchdesk.store import complaint_repo as repo
from branchdesk.store.models import OutboxEntry
from branchdesk.store.models_complaints import ComplaintEvent, ComplaintRow

TELLER = Actor("li", "李柜员", Role.TELLER)
ADMIN = Actor("admin", "管理员", Role.ADMIN)
PHONE = "13912345678"
ID_NUMBER = "31011519850512" + "003" + id_check_char("31011519850512003")
NAME = "欧阳春华"


@pytest.fixture
def protector(store):
    keys.forget()
    yield keys.get_protector(store)
    keys.forget()


def intake(received: date, **kw) -> dom.ComplaintIntake:
    base = dict(
        received_at=datetime(received.year, received.month, received.day, 2, tzinfo=timezone.utc),
        intake_channel="COUNTER", complainant_name=NAME, complainant_phone=PHONE, complainant_id_number=ID_NUMBER,
        respondent_org="浦东支行营业部", facts="办理转账时被收取了未告知的手续费", request="退还手续费并解释原因",
        demand_type="REFUND", class_channel="A101", class_business="B04", class_cause="C11", priority="NORMAL",
        consent_given=True)
    base.update(kw)
    return dom.ComplaintIntake(**base)


def create(store, refs, protector, rec) -> str:
    now = rec.received_at.replace(hour=3)
    with store.write() as s:
        return repo.create(s, rec, refs, protector, actor=TELLER, now=now).id


def raw_files(path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def test_database_and_backup_hold_no_complainant_data(store, refs, protector, tmp_path):
    create(store, refs, protector, intake(date(2026, 11, 2)))
    for blob in (raw_files(store.path), backup.backup_to(store, tmp_path / "b.sqlite", actor="admin").path.read_bytes()):
        assert PHONE.encode() not in blob
        assert ID_NUMBER.encode() not in blob
        assert NAME.encode("utf-8") not in blob
    # Repeat matching still works on the backup, through the keyed hash.
    con = sqlite3.connect(tmp_path / "b.sqlite")
    bidx = protector.blind_index(PHONE, kind=dom.PHONE)
    assert con.execute("SELECT count(*) FROM complaint WHERE complainant_phone_bidx = ?", (bidx,)).fetchone()[0] == 1
    con.close()


def test_closed_complaint_purged_three_years_after_closing(store, refs, protector, tmp_path):
    old = create(store, refs, protector, intake(date(2022, 3, 1)))
    still_open = create(store, refs, protector, intake(date(2022, 3, 2), complainant_phone="13900001111"))
    closed_lately = create(store, refs, protector, intake(date(2023, 1, 5), complainant_phone="13900002222"))
    with store.write() as s:
        s.execute(update(ComplaintRow).where(ComplaintRow.id == old).values(status="archived", closed_on="2023-03-20"))
        s.execute(update(ComplaintRow).where(ComplaintRow.id == closed_lately)
                  .values(status="archived", closed_on="2024-02-01"))
    now = datetime(2026, 11, 24, 8, tzinfo=timezone.utc)
    with store.read() as s:
        assert [d.record_id for d in retention.find_due(s, now=now)] == [old]

    report = retention.purge(store, ADMIN, now=now, report_dir=tmp_path)
    assert report.counts() == {"complaint": 1}
    assert report.purged[0].keep_until == "2026-03-20"
    with store.read() as s:
        ids = set(s.execute(select(ComplaintRow.id)).scalars())
        events_left = s.execute(select(func.count()).select_from(ComplaintEvent)
                                .where(ComplaintEvent.complaint_id == old)).scalar()
        outbox_left = s.execute(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.record_id == old)).scalar()
    assert ids == {still_open, closed_lately}
    assert events_left == 0 and outbox_left == 0
