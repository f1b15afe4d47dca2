"""Two PCs of one branch share a data key, then read and match each other's complaints through sync.

Head office (a real service on 127.0.0.1) carries only sealed and masked forms and never the key.
The test process and the device processes share one keyring file, as processes on a PC share the
OS keyring; each device keeps its key under its own name.
"""

from __future__ import annotations

import base64
from datetime import date, datetime, time, timedelta, timezone

import pytest

from branchdesk.domain import complaints as dom
from branchdesk.domain.roles import Actor, Role
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.security import key_share, keys
from branchdesk.security.fieldcrypt import DecryptionError
from branchdesk.store import complaint_repo
from branchdesk.store.models_complaints import ComplaintRow
from tests.faults.harness import Device

MANAGER = Actor("wang", "王经理", Role.MANAGER)
TELLER = Actor("li", "李柜员", Role.TELLER)
PASS = "branch safe phrase 2026"
NAME, PHONE, LATER_PHONE = "张三丰", "13912345678", "13800001111"


pytestmark = pytest.mark.usefixtures("device_keyring")  # tests/integration/conftest.py


def _take(d: Device, phone: str, name: str = NAME) -> str:
    received = datetime.combine(date.today() - timedelta(days=1), time(10), LOCAL_TZ).astimezone(timezone.utc)
    rec = dom.ComplaintIntake(
        received_at=received, intake_channel="COUNTER", complainant_name=name, complainant_phone=phone,
        respondent_org="浦东支行营业部", facts="办理转账时被收取了未告知的手续费", request="退还手续费并解释原因",
        demand_type="REFUND", class_channel="A101", class_business="B04", class_cause="C11", consent_given=True)
    with d.store.write() as s:
        return complaint_repo.create(s, rec, d.refs(), keys.get_protector(d.store), actor=MANAGER).id


def _reveal(d: Device, cid: str, actor: Actor = MANAGER) -> dict:
    with d.store.write() as s:
        return complaint_repo.reveal(s, keys.get_protector(d.store), cid, actor)


def test_pcs_sharing_a_key_read_and_match_each_others_complaints(server, tmp_path):
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    keys.get_protector(b.store)  # B's first start made B's own key
    first = _take(a, PHONE)
    a.sync_ok()
    b.sync_ok()
    # Before the join, B holds A's case masked and cannot open it.
    with b.store.read() as s:
        assert s.get(ComplaintRow, first).complainant_phone_masked == "139****5678"
    with pytest.raises(DecryptionError):
        _reveal(b, first)

    key_share.join(b.store, key_share.make_share(a.store, PASS, actor="admin"), PASS, actor="admin")
    keys.forget()
    opened = _reveal(b, first)
    assert (opened["complainant_name"], opened["complainant_phone"]) == (NAME, PHONE)
    with pytest.raises(complaint_repo.StepRefused):  # the key opens it; the role still decides
        _reveal(b, first, TELLER)

    later = _take(a, LATER_PHONE, "李四")
    a.sync_ok()
    b.sync_ok()  # pulled after the join: indexed as it lands, in the sync process
    assert _reveal(b, later)["complainant_phone"] == LATER_PHONE
    # Repeat complaints taken on B are matched against A's, whether pulled before or after the join.
    with b.store.read() as s:
        assert [r.complaint_id for r in complaint_repo.find_repeats(s, keys.get_protector(b.store), phone=PHONE)] == [first]
    repeat = _take(b, "139 1234 5678")
    with b.store.read() as s:
        assert s.get(ComplaintRow, repeat).is_repeat
    repeat_later = _take(b, LATER_PHONE, "李四")
    with b.store.read() as s:
        assert s.get(ComplaintRow, repeat_later).is_repeat

    # And back: A reads B's case and counts it as a repeat of its own.
    b.sync_ok()
    a.sync_ok()
    assert _reveal(a, repeat)["complainant_phone"] == PHONE
    with a.store.read() as s:
        found = complaint_repo.find_repeats(s, keys.get_protector(a.store), phone=PHONE)
    assert {r.complaint_id for r in found} == {first, repeat}

    # Head office holds sealed and masked forms only, and never the key.
    at_ho = str(server.records("complaint"))
    key_b64 = base64.b64encode(keys.raw_key(a.store)).decode("ascii")
    assert first in at_ho and repeat in at_ho
    for secret in (PHONE, LATER_PHONE, NAME, key_b64):
        assert secret not in at_ho
    a.close()
    b.close()
