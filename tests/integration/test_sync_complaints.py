"""Complaints edited by two devices and head office: field ownership, forward-only status, notes.

Head office assigns the handler and adds a supervision note; a device that changed the handler on
its own loses that change to head office (kept in both conflict lists); everyone converges.
"""

from __future__ import annotations

from sqlalchemy import select

from branchdesk.domain.roles import Actor, Role
from branchdesk.store import complaint_repo
from branchdesk.store.models_complaints import ComplaintEvent, ComplaintNote, ComplaintRow
from tests.faults.harness import Device, create_complaint

MANAGER = Actor("wang", "王经理", Role.MANAGER)


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
    cid = create_complaint(a, MANAGER)
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
