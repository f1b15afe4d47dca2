"""Enrolment, push and pull between real processes: devices and a head-office server on 127.0.0.1."""

from __future__ import annotations

import json

from tests.faults.harness import Device, assert_converged


def test_enrol_push_pull_between_two_devices(server, tmp_path):
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    ids = a.add_fraud(5)
    summary = a.sync_ok()
    assert summary["applied"] == 5 and summary["pending_left"] == 0
    assert b.sync_ok()["pulled"] == 5
    assert_converged(server, a, b, expected=5)
    # b amends; a receives it
    b.amend_fraud(ids[0], narrative="复核后补充")
    b.sync_ok()
    a.sync_ok()
    assert a.fraud_rows()[ids[0]]["narrative"] == "复核后补充"
    assert_converged(server, a, b, expected=5)
    status = json.loads(a.run("sync-status", "--json").stdout)
    assert status["pending"] == 0 and status["server"] == server.url


def test_enrol_code_is_one_time_and_status_says_why(server, tmp_path):
    code = server.enrol_code()
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    assert a.run("enrol", "--server", server.url, "--code", code).returncode == 0
    r = b.run("enrol", "--server", server.url, "--code", code)
    assert r.returncode == 1 and "already been used" in r.stderr


def test_sync_without_enrolment_fails_plainly(tmp_path):
    a = Device(tmp_path, "a")
    a.add_fraud(1)
    r = a.sync()
    assert r.returncode == 1 and "not enrolled" in r.stderr


def test_revoked_device_is_refused_and_keeps_its_changes(server, tmp_path):
    a = Device(tmp_path, "a")
    a.enrol(server)
    with a.store.read() as s:
        from branchdesk.store import settings

        device_id = settings.identity(s).device_id
    assert server.cli("revoke-device", device_id).returncode == 0
    a.add_fraud(2)
    r = a.sync()
    assert r.returncode == 1 and "ended this device's access" in r.stderr
    assert a.outbox_states()["pending"] == 2
    assert server.records() == []


def test_education_events_reach_the_other_devices_of_the_branch(server, tmp_path):
    from datetime import datetime, timedelta, timezone

    from sqlalchemy import select

    from branchdesk.domain import education as edu
    from branchdesk.domain.education import EducationEvent, Material, Partner
    from branchdesk.store import education_repo
    from branchdesk.store.models_education import EducationEventGroupRow, EducationEventRow

    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    start = datetime.now(timezone.utc) - timedelta(days=2)
    ev = EducationEvent(status=edu.HELD, starts_at=start, ends_at=start + timedelta(hours=2), campaign="C315",
                        slogan="金融保障权益", topics=("ANTI_FRAUD",), location_type="COMMUNITY",
                        address="张江镇居民活动中心", target_groups=("ELDERLY", "STUDENTS"), attendees=80,
                        materials=(Material("LEAFLET", 200),), partners=(Partner("POLICE", "张江派出所"),),
                        organiser="王经理", staff=("李明",), summary="讲解养老诈骗常见手法")
    with a.store.write() as s:
        eid = education_repo.create(s, ev, a.refs(), actor="wang").id
    a.sync_ok()
    assert b.sync_ok()["pulled"] == 1
    with b.store.read() as s:
        row = s.get(EducationEventRow, eid)
        groups = set(s.execute(select(EducationEventGroupRow.target_group)
                               .where(EducationEventGroupRow.event_id == eid)).scalars())
        assert (row.attendees, row.address, row.materials) == (80, "张江镇居民活动中心", [{"type": "LEAFLET",
                                                                                            "quantity": 200}])
        assert groups == {"ELDERLY", "STUDENTS"}
        b_day = row.starts_on
    with a.store.read() as s:
        assert s.get(EducationEventRow, eid).starts_on == b_day  # the local calendar date, derived again
    assert [r["id"] for r in server.records("education")] == [eid]


def test_a_pulled_record_that_clashes_here_is_set_aside_and_the_rest_land(server, tmp_path):
    from branchdesk.store import settings

    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    with a.store.read() as s:
        code = settings.identity(s).device_code
    with b.store.write() as s:
        settings.put(s, "device_code", code)  # e.g. a PC restored from another's backup
    clash, other = a.add_fraud(2)
    b.add_fraud(1)  # the same reference number as a's first record
    a.sync_ok()
    r = b.sync()
    assert r.returncode == 1
    rows = b.fraud_rows()
    assert other in rows and clash not in rows  # one record that cannot land blocks nothing else
    assert [(c.record_id, c.reason) for c in b.conflicts()] == [(clash, "local_clash")]
    b.sync()
    assert len(b.conflicts()) == 1  # told once, not at every sync
    assert len(server.records()) == 3


def _cursor(d: Device) -> dict[str, int]:
    from branchdesk.store import sync_repo

    with d.store.read() as s:
        return sync_repo.parse_cursor(sync_repo.cursor(s))


def test_a_push_moves_the_pull_cursor_past_its_own_records_only(server, tmp_path, monkeypatch):
    """A device whose cursor stood right before its push skips its own records instead of walking
    back over them; records of another device in between are never skipped."""
    monkeypatch.setenv("BRANCHDESK_SYNC_BATCH", "2")  # several batches, each moving the cursor on
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server)
    a.add_fraud(5)
    assert a.sync_ok()["applied"] == 5 and _cursor(a)["b"] == 5
    b.add_fraud(2)
    summary = b.sync_ok()  # b's cursor stood at 0: a's five records lie in between
    assert summary["applied"] == 2 and summary["pulled"] == 5 and _cursor(b)["b"] == 7
    a.add_fraud(1)
    summary = a.sync_ok()  # b's two records came after a's cursor: pulled, not skipped
    assert summary["pulled"] == 2 and _cursor(a)["b"] == 8
    assert b.sync_ok()["pulled"] == 1
    assert_converged(server, a, b, expected=8)
