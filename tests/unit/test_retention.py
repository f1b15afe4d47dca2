"""Retention: records past their period are purged with history, outbox and a report; others stay."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from branchdesk.domain.ids import new_id
from branchdesk.domain.roles import Actor, Role
from branchdesk.security import retention
from branchdesk.security.guard import PermissionRefused
from branchdesk.store import audit, settings
from branchdesk.store.changes import keep_history, next_reference, record_change
from branchdesk.store.models import AuditEntry, FraudInterceptionRow, OutboxEntry, RecordHistory

ADMIN = Actor("admin", "管理员", Role.ADMIN)
MANAGER = Actor("zhou", "周经理", Role.MANAGER)
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


def add_fraud(store, occurred: datetime) -> tuple[str, str]:
    with store.write() as s:
        ident = settings.identity(s)
        row = FraudInterceptionRow(
            id=new_id(), ref_no=next_reference(s, "fraud", occurred.year), branch_code=ident.branch_code,
            device_id=ident.device_id, created_at=occurred, created_by="li", updated_at=occurred, updated_by="li",
            version=1, occurred_at=occurred, occurred_on=occurred.date().isoformat(), detection_source="TELLER",
            business_type="TRANSFER", channel="COUNTER", subject_role="VICTIM", fraud_type="F06",
            outcome="STOPPED", recorder="li")
        s.add(row)
        s.flush()
        keep_history(s, kind="fraud", record_id=row.id, version=1, snapshot={"outcome": "STOPPED"}, reason="fix",
                     actor="li", at=occurred)
        record_change(s, kind="fraud", record_id=row.id, op="create", actor="li", payload={"id": row.id}, at=occurred)
        return row.id, row.ref_no


def count(store, model, **where) -> int:
    with store.read() as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return s.execute(q).scalar()


def test_fraud_kept_five_years_then_purged_with_report(store, tmp_path):
    old_id, old_ref = add_fraud(store, datetime(2021, 11, 1, tzinfo=timezone.utc))  # 5 years + 3 weeks
    young_id, _ = add_fraud(store, datetime(2022, 1, 10, tzinfo=timezone.utc))  # under 5 years
    with store.read() as s:
        due = retention.find_due(s, now=NOW)
    assert [(d.kind, d.record_id) for d in due] == [("fraud", old_id)]

    report = retention.purge(store, ADMIN, now=NOW, report_dir=tmp_path)
    assert report.counts() == {"fraud": 1}
    assert count(store, FraudInterceptionRow, id=old_id) == 0
    assert count(store, FraudInterceptionRow, id=young_id) == 1
    assert count(store, RecordHistory, record_id=old_id) == 0
    assert count(store, OutboxEntry, record_id=old_id) == 0
    assert count(store, RecordHistory, record_id=young_id) == 1

    with store.read() as s:
        purge_entries = list(s.execute(select(AuditEntry).where(AuditEntry.action == "purge")).scalars())
        assert audit.verify_chain(s)[1] is None
    assert [(e.record_id, e.detail["ref_no"]) for e in purge_entries] == [(old_id, old_ref)]

    rows = list(csv.reader((tmp_path / "purge-20261124T080000Z.csv").open(encoding="utf-8-sig")))
    assert rows[0][:2] == ["kind", "ref_no"]
    assert rows[1][:5] == ["fraud", old_ref, old_id, "2021-11-01", "2026-11-01"]


def test_only_administrators_purge(store):
    add_fraud(store, datetime(2015, 1, 1, tzinfo=timezone.utc))
    with pytest.raises(PermissionRefused) as err:
        retention.purge(store, MANAGER, now=NOW)
    assert "管理员" in err.value.message()
    assert count(store, FraudInterceptionRow) == 1


def test_rules_per_kind():
    assert retention.RULES["complaint"].years == 3 and retention.RULES["complaint"].anchor == "closed_on"
    assert retention.RULES["fraud"].years == 5
    assert retention.RULES["education"].years == 3


def test_leap_day_cutoff():
    assert retention.years_before(datetime(2028, 2, 29, tzinfo=timezone.utc), 3).date().isoformat() == "2025-02-28"
