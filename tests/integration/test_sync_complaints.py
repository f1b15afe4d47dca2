"""Complaints edited by two devices and head office: field ownership, forward-only status, notes.

Head office assigns the handler and adds a supervision note; a device that changed the handler on
its own loses that change to head office (kept in both conflict lists); everyone converges.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from branchdesk.domain import complaints as dom
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import complaint_repo, settings
from branchdesk.store.models_complaints import ComplaintEvent, ComplaintNote, ComplaintRow
from tests.faults.harness import Device, Server
from tests.support.pg import pg_cluster  # noqa: F401 - fixture

MANAGER = Actor("wang", "王经理", Role.MANAGER)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    url = request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql" else None
    srv = Server(tmp_path, url).start()
    yield srv
    srv.stop()


def _intake() -> dom.ComplaintIntake:
    received = datetime.combine(date.today() - timedelta(days=1), time(10), LOCAL_TZ).astimezone(timezone.utc)
    return dom.ComplaintIntake(
        received_at=received, intake_channel="COUNTER", complainant_name="张三丰", complainant_phone="13912345678",
        respondent_org="浦东支行营业部", facts="办理转账时被收取了未告知的手续费", request="退还手续费并解释原因",
        demand_type="REFUND", class_channel="A101", class_business="B04", class_cause="C11", consent_given=True)


def _create(d: Device) -> str:
    with d.store.read() as s:
        device = settings.identity(s).device_id
    protector = FieldProtector.from_keyring(device)
    with d.store.write() as s:
        return complaint_repo.create(s, _intake(), d.refs(), protector, actor=MANAGER).id


def _row(d: Device, cid: str):
    with d.store.read() as s:
        row = s.get(ComplaintRow, cid)
        notes = [n.text for n in s.execute(select(ComplaintNote).where(ComplaintNote.complaint_id == cid)).scalars()]
        events = {e.id for e in s.execute(select(ComplaintEvent).where(ComplaintEvent.complaint_id == cid)).scalars()}
        return row, notes, events


def test_headoffice_and_two_devices_edit_one_complaint(server, tmp_path):
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    cid = _create(a)
    a.sync_ok()
    b.sync_ok()
    assert _row(b, cid)[0].facts == "办理转账时被收取了未告知的手续费"
    # Head office assigns and supervises; device a assigns someone else meanwhile.
    assert server.cli("assign", cid, "--handler", "zhou").returncode == 0
    assert server.cli("note", cid, "--text", "请三日内回访客户").returncode == 0
    with a.store.write() as s:
        complaint_repo.assign(s, cid, "li", actor=MANAGER)
    a.sync_ok()
    b.sync_ok()
    a.sync_ok()
    for d in (a, b):
        row, notes, events = _row(d, cid)
        assert row.handler == "zhou"  # head office owns assignment
        assert notes == ["请三日内回访客户"]
        assert row.facts == "办理转账时被收取了未告知的手续费"
    lost = [c for c in server.conflicts() if c["record_id"] == cid]
    assert [(c["field"], c["lost"], c["kept"], c["reason"]) for c in lost] == [("handler", "li", "zhou",
                                                                              "headoffice_owned")]
    assert [(c.field, c.local_value["v"]) for c in a.conflicts()] == [("handler", "li")]
    # a's local events (the assignment step) reached head office and b.
    assert _row(a, cid)[2] <= _row(b, cid)[2]
    ho = {r["id"]: r for r in server.records("complaint")}[cid]
    assert {e["id"] for e in ho["events"]} == _row(b, cid)[2]
    assert "13912345678" not in str(ho)  # head office holds sealed and masked forms only
