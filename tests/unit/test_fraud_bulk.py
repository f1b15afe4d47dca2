"""The bulk path stores exactly what fraud_repo.create stores: rows, outbox, audit, numbers."""

from __future__ import annotations

import random
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from branchdesk.demodata import fraud as fraud_demo
from branchdesk.store import audit, fraud_repo, settings
from branchdesk.store.db import open_store
from branchdesk.store.models import AuditEntry, FraudInterceptionRow, OutboxEntry
from branchdesk.store.fraud_bulk import create_many

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def _same_identity(src, dst) -> None:
    with src.read() as s:
        values = {k: settings.get(s, k) for k in ("device_id", "device_code", "branch_code", "branch_name")}
    with dst.write() as s:
        for k, v in values.items():
            settings.put(s, k, v)


def _dump(store):
    def plain(obj, skip=()):
        return {c.key: getattr(obj, c.key) for c in obj.__table__.columns if c.key not in skip}

    with store.read() as s:
        rows = [plain(r) for r in s.scalars(select(FraudInterceptionRow).order_by(FraudInterceptionRow.ref_no))]
        outbox = [plain(o, ("seq", "op_id")) for o in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]
        entries = [plain(a, ("seq", "id", "hash", "prev_hash")) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        chain = audit.verify_chain(s)
    return rows, outbox, entries, chain


@pytest.mark.parametrize("keep_identity", [False, True])
def test_bulk_and_create_store_the_same_thing(tmp_path, store, refs, keep_identity):
    records = fraud_demo.generate(random.Random(11), 40, date(2026, 11, 20))
    if keep_identity:
        records = [r.with_changes(id=f"01a2{i:04d}-0000-7000-8000-000000000000", case_no=f"TS-440300-0099-2026-{i:06d}")
                   for i, r in enumerate(records, start=1)]
    other = open_store(tmp_path / "other" / "branchdesk.sqlite")
    try:
        _same_identity(store, other)
        with store.write() as s:
            for r in records:
                fraud_repo.create(s, r, refs, actor="importer", now=NOW, keep_identity=keep_identity)
        with other.write() as s:
            assert create_many(s, [(r, None) for r in records], refs, actor="importer", now=NOW,
                               keep_identity=keep_identity) == 40
        a, b = _dump(store), _dump(other)
        if not keep_identity:  # fresh ids differ by construction; everything else must not
            for dump in (a, b):
                for row in dump[0]:
                    row.pop("id")
                for o in dump[1]:
                    o.pop("record_id"), o["payload"].pop("id")
                for e in dump[2]:
                    e.pop("record_id")
        assert a[0] == b[0]
        assert a[1] == b[1]
        assert a[2] == b[2]
        assert a[3] == (40, None) and b[3] == (40, None)
    finally:
        other.close()


def test_reference_numbers_continue_between_the_two_paths(store, refs):
    records = fraud_demo.generate(random.Random(3), 5, date(2026, 11, 20))
    records = [r.with_changes(occurred_at=datetime(2026, 3, 1 + i, 2, 0, tzinfo=timezone.utc)) for i, r in enumerate(records)]
    with store.write() as s:
        fraud_repo.create(s, records[0], refs, actor="a")
        create_many(s, [(r, None) for r in records[1:4]], refs, actor="a")
        fraud_repo.create(s, records[4], refs, actor="a")
    with store.read() as s:
        refs_made = s.scalars(select(FraudInterceptionRow.ref_no).order_by(FraudInterceptionRow.occurred_at)).all()
        chain = audit.verify_chain(s)
    assert [int(r.rsplit("-", 1)[1]) for r in refs_made] == [1, 2, 3, 4, 5]
    assert chain == (5, None)


def test_an_invalid_record_stops_the_whole_batch(store, refs):
    records = fraud_demo.generate(random.Random(4), 3, date(2026, 11, 20))
    records[2] = records[2].with_changes(outcome="")
    with pytest.raises(fraud_repo.ValidationFailed):
        with store.write() as s:
            create_many(s, [(r, None) for r in records], refs, actor="a")
    with store.read() as s:
        assert s.scalars(select(FraudInterceptionRow.id)).all() == []
