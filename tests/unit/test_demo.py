"""Demo data: realistic shape, deterministic per seed, saved like real records."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from branchdesk import demo
from branchdesk.demodata import fraud as fraud_demo
from branchdesk.domain import fraud
from branchdesk.domain.timeutil import local_date
from branchdesk.store import audit
from branchdesk.store.models import AuditEntry, FraudInterceptionRow, OutboxEntry

TODAY = date(2026, 11, 20)


def test_generated_register_looks_like_a_real_branch(refs):
    recs = fraud_demo.generate(random.Random(7), 3000, TODAY)
    assert len(recs) == 3000
    assert all(fraud.validate(r, refs) == [] for r in recs)
    types = Counter(r.fraud_type for r in recs)
    assert {t for t, _ in types.most_common(3)} == {"F06", "F02", "F01"}
    elderly = sum(r.is_elderly for r in recs) / len(recs)
    police = sum(r.police_notified for r in recs) / len(recs)
    assert 0.30 <= elderly <= 0.40, elderly
    assert 0.33 <= police <= 0.47, police
    assert len({r.recorder for r in recs}) >= 5
    days = {local_date(r.occurred_at) for r in recs}
    assert min(days) >= TODAY - timedelta(days=366) and max(days) < TODAY
    assert len({d.strftime("%Y-%m") for d in days}) >= 12
    # Amounts people would really type: whole yuan, mostly round hundreds.
    assert all(r.amount_attempted % 100 == 0 for r in recs)
    assert sum(r.amount_attempted % 10_000 == 0 for r in recs) / len(recs) > 0.9
    assert all(("女士" in r.narrative or "先生" in r.narrative or "某" in r.narrative or "阿姨" in r.narrative
                or "大爷" in r.narrative) for r in recs)


def test_same_seed_same_records_different_seed_different_records():
    a = fraud_demo.generate(random.Random(1), 200, TODAY)
    b = fraud_demo.generate(random.Random(1), 200, TODAY)
    c = fraud_demo.generate(random.Random(2), 200, TODAY)
    assert a == b
    assert a != c


def _content(store):
    with store.read() as s:
        rows = s.execute(select(FraudInterceptionRow.occurred_at, FraudInterceptionRow.fraud_type,
                                FraudInterceptionRow.amount_attempted, FraudInterceptionRow.narrative,
                                FraudInterceptionRow.recorder).order_by(FraudInterceptionRow.ref_no)).all()
    return rows


def test_fill_saves_records_with_outbox_and_audit_and_is_deterministic(tmp_path, store):
    from branchdesk.store.db import open_store

    made = demo.fill(store, 150, seed=42, today=TODAY)
    assert made["fraud"] == 150
    with store.read() as s:
        n = s.execute(select(func.count()).select_from(FraudInterceptionRow)).scalar()
        outbox = s.execute(select(func.count()).select_from(OutboxEntry)
                           .where(OutboxEntry.record_kind == "fraud", OutboxEntry.op == "create")).scalar()
        audited = s.execute(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.record_kind == "fraud")).scalar()
        checked, broken = audit.verify_chain(s)
    assert n == outbox == audited == 150
    assert broken is None and checked >= 150

    other = open_store(tmp_path / "other" / "branchdesk.sqlite")
    try:
        demo.fill(other, 150, seed=42, today=TODAY)
        assert _content(other) == _content(store)
    finally:
        other.close()


def test_fill_if_empty_leaves_a_folder_with_records_alone(store):
    first = demo.fill_if_empty(store, records=20)
    assert first["fraud"] == 20
    assert demo.fill_if_empty(store, records=20) == {}
    with store.read() as s:
        assert s.execute(select(func.count()).select_from(FraudInterceptionRow)).scalar() == 20


def test_reference_numbers_rise_with_time(store):
    demo.fill(store, 60, seed=3, today=TODAY)
    with store.read() as s:
        rows = s.execute(select(FraudInterceptionRow.ref_no, FraudInterceptionRow.occurred_at)).all()
    by_year: dict[str, list] = {}
    for ref, at in rows:
        by_year.setdefault(ref.split("-")[3], []).append((ref, at))
    for items in by_year.values():
        assert sorted(items) == sorted(items, key=lambda x: x[1])
