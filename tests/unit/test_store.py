"""The local store: record conventions, one transaction per change, refusal of newer files, faults."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from branchdesk.domain.fraud import FraudFilter, FraudInterception
from branchdesk.store import audit, db, fraud_repo
from branchdesk.store.models import AuditEntry, FraudInterceptionRow, OutboxEntry, RecordHistory


WHEN = datetime.now(timezone.utc) - timedelta(hours=3)


def sample(**changes) -> FraudInterception:
    rec = FraudInterception(
        occurred_at=WHEN, detection_source="LOBBY",
        business_type="CASH", channel="COUNTER", subject_role="VICTIM", customer_gender="M", age_band="60P",
        fraud_type="F12", contact_vector="PHONE", amount_attempted=2_000_000, amount_protected=2_000_000,
        actions=("DISSUADE", "FAMILY"), outcome="STOPPED", narrative="张某欲取现购买养老项目,经劝阻放弃。",
        recorder="teller01",
    )
    return rec.with_changes(**changes)


def counts(store):
    with store.read() as s:
        return tuple(
            s.execute(select(func.count()).select_from(t)).scalar()
            for t in (FraudInterceptionRow, OutboxEntry, AuditEntry)
        )


def test_pragmas_wal_and_foreign_keys(store):
    with store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_record_conventions(store, refs):
    with store.write() as s:
        row = fraud_repo.create(s, sample(), refs, actor="teller01")
    assert len(row.id) == 36 and row.id[14] == "7"  # UUIDv7
    assert row.ref_no.startswith("TS-310115-") and row.ref_no.endswith("-000001")
    assert row.created_at.tzinfo is not None and row.server_version is None
    with store.write() as s:
        second = fraud_repo.create(s, sample(), refs, actor="teller01")
    assert second.ref_no.endswith("-000002")


def test_change_writes_row_outbox_and_audit_together(store, refs):
    with store.write() as s:
        row = fraud_repo.create(s, sample(), refs, actor="teller01")
    with store.read() as s:
        ob = s.execute(select(OutboxEntry)).scalar_one()
        au = s.execute(select(AuditEntry)).scalar_one()
    assert (ob.record_id, ob.op, ob.state) == (row.id, "create", "pending")
    assert ob.payload["amount_protected"] == 2_000_000
    assert (au.record_id, au.action, au.actor) == (row.id, "create", "teller01")


def test_rollback_leaves_nothing(store, refs):
    with pytest.raises(RuntimeError):
        with store.write() as s:
            fraud_repo.create(s, sample(), refs, actor="teller01")
            raise RuntimeError("power cut half-way")
    assert counts(store) == (0, 0, 0)


def test_amend_keeps_earlier_version_with_reason(store, refs):
    with store.write() as s:
        row = fraud_repo.create(s, sample(), refs, actor="teller01")
    with store.write() as s:
        fraud_repo.amend(s, row.id, sample(amount_protected=1_500_000, outcome="PARTIAL"), refs,
                         actor="teller01", reason="客户事后确认部分资金已转出")
    with store.read() as s:
        rec = fraud_repo.get(s, row.id)
        hist = fraud_repo.history(s, row.id)
        ops = [o.op for o in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()]
        last = s.execute(select(OutboxEntry).order_by(OutboxEntry.seq.desc())).scalars().first()
    assert rec.amount_protected == 1_500_000 and rec.version == 2
    assert hist[0]["snapshot"]["amount_protected"] == 2_000_000
    assert hist[0]["reason"] == "客户事后确认部分资金已转出"
    assert ops == ["create", "amend"]
    assert set(last.changed_fields) == {"amount_protected", "outcome"}


def test_amend_without_reason_changes_nothing(store, refs):
    with store.write() as s:
        row = fraud_repo.create(s, sample(), refs, actor="teller01")
    with pytest.raises(fraud_repo.ValidationFailed):
        with store.write() as s:
            fraud_repo.amend(s, row.id, sample(amount_protected=1), refs, actor="teller01", reason=" ")
    with store.read() as s:
        assert fraud_repo.get(s, row.id).amount_protected == 2_000_000


def test_delete_is_a_tombstone(store, refs):
    with store.write() as s:
        row = fraud_repo.create(s, sample(), refs, actor="teller01")
    with store.write() as s:
        fraud_repo.delete(s, row.id, actor="manager", reason="重复登记")
    with store.read() as s:
        assert fraud_repo.totals(s, FraudFilter()).count == 0
        assert fraud_repo.totals(s, FraudFilter(include_deleted=True)).count == 1
        assert s.get(FraudInterceptionRow, row.id).delete_reason == "重复登记"
        assert s.execute(select(func.count()).select_from(RecordHistory)).scalar() == 1


def test_invalid_record_saves_nothing(store, refs):
    with pytest.raises(fraud_repo.ValidationFailed) as exc:
        with store.write() as s:
            fraud_repo.create(s, sample(amount_protected=9_999_999), refs, actor="teller01")
    assert [e.code for e in exc.value.errors] == ["protected_above_attempted"]
    assert counts(store) == (0, 0, 0)


def test_audit_chain_verifies_and_detects_tampering(store, refs):
    with store.write() as s:
        for _ in range(3):
            fraud_repo.create(s, sample(), refs, actor="teller01")
    with store.read() as s:
        n, broken = audit.verify_chain(s)
    assert (n, broken) == (3, None)
    con = sqlite3.connect(store.path)
    con.execute("UPDATE audit_log SET actor='someone' WHERE seq=2")
    con.commit()
    con.close()
    with store.read() as s:
        _, broken = audit.verify_chain(s)
    assert broken.seq == 2 and broken.reason == "hash_mismatch"


def test_newer_database_is_refused_and_left_untouched(data_dir):
    path = data_dir / "branchdesk.sqlite"
    db.open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('z999')")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for extra in ("-wal", "-shm"):
        (data_dir / f"branchdesk.sqlite{extra}").unlink(missing_ok=True)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(db.NewerDatabaseError) as exc:
        db.open_store(path)
    assert exc.value.code == "newer_database" and "z999" in exc.value.detail
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not (data_dir / "branchdesk.sqlite-wal").exists()


def test_foreign_file_is_refused(data_dir):
    path = data_dir / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(db.StoreError) as exc:
        db.open_store(path)
    assert exc.value.code == "not_a_branchdesk_database"


def test_locked_database_gives_clear_error_and_saves_nothing(store, refs, monkeypatch):
    locker = sqlite3.connect(store.path, timeout=0)
    locker.execute("BEGIN IMMEDIATE")
    try:
        store.engine.dispose()
        monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
        short = db.make_engine(store.path)
        store.engine = short
        from sqlalchemy.orm import sessionmaker

        store._factory = sessionmaker(short, expire_on_commit=False)
        with pytest.raises(OperationalError) as exc:
            with store.write() as s:
                fraud_repo.create(s, sample(), refs, actor="teller01")
        assert db.classify_operational_error(exc.value.orig).code == "locked"
    finally:
        locker.rollback()
        locker.close()
    assert counts(store) == (0, 0, 0)


def test_full_database_rolls_back_whole_change(store, refs):
    """SQLITE_FULL (here from max_page_count) mid-change leaves no row, outbox or audit entry."""
    with store.write() as s:
        fraud_repo.create(s, sample(), refs, actor="teller01")
    before = counts(store)

    from sqlalchemy import event

    @event.listens_for(store.engine, "begin")
    def _cap(conn):
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")

    big = "李女士" * 1300
    with pytest.raises(OperationalError) as exc:
        with store.write() as s:
            for _ in range(50):
                fraud_repo.create(s, sample(narrative=big), refs, actor="teller01")
    assert db.classify_operational_error(exc.value.orig).code == "disk_full"
    event.remove(store.engine, "begin", _cap)
    assert counts(store) == before


def test_read_only_error_is_classified(store):
    con = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as exc:
        con.execute("INSERT INTO app_setting VALUES ('k', 'v')")
    con.close()
    assert db.classify_operational_error(exc.value).code == "read_only"


def test_text_search_finds_substrings_and_follows_amendments(store, refs):
    with store.write() as s:
        a = fraud_repo.create(s, sample(narrative="李女士接到冒充公安电话,称其涉嫌洗钱。"), refs, actor="teller01")
        fraud_repo.create(s, sample(narrative="王先生欲购买虚拟币理财产品。"), refs, actor="teller01")
    with store.read() as s:
        assert [r[0] for r in fraud_repo.page(s, FraudFilter(text="冒充公安"), offset=0, limit=10)] == [a.id]
        assert fraud_repo.totals(s, FraudFilter(text="虚拟币理财")).count == 1
        assert fraud_repo.totals(s, FraudFilter(text="王先")).count == 1  # two characters: plain scan
        assert fraud_repo.totals(s, FraudFilter(text=a.ref_no)).count == 1
    with store.write() as s:
        fraud_repo.amend(s, a.id, sample(narrative="李女士欲向网友转账,系网络交友诈骗。"), refs,
                         actor="teller01", reason="更正经过")
    with store.read() as s:
        assert fraud_repo.totals(s, FraudFilter(text="冒充公安")).count == 0
        assert fraud_repo.totals(s, FraudFilter(text="网络交友")).count == 1


def test_date_filter_uses_local_calendar_days(store, refs):
    from datetime import date

    late_evening = datetime(2026, 10, 31, 15, 30, tzinfo=timezone.utc)  # 23:30 in Shanghai
    with store.write() as s:
        fraud_repo.create(s, sample(occurred_at=late_evening), refs, actor="teller01")
    with store.read() as s:
        assert fraud_repo.totals(s, FraudFilter(date_from=date(2026, 10, 31), date_to=date(2026, 10, 31))).count == 1
        assert fraud_repo.totals(s, FraudFilter(date_from=date(2026, 11, 1))).count == 0
        assert fraud_repo.totals(s, FraudFilter(date_to=date(2026, 10, 30))).count == 0


def test_case_number_search(store, refs):
    with store.write() as s:
        a = fraud_repo.create(s, sample(), refs, actor="teller01")
        fraud_repo.create(s, sample(), refs, actor="teller01")
    with store.read() as s:
        assert fraud_repo.totals(s, FraudFilter(text=a.ref_no)).count == 1
        assert fraud_repo.totals(s, FraudFilter(text=a.ref_no[-6:])).count == 1
        assert fraud_repo.totals(s, FraudFilter(text="TS-")).count == 2  # shared by every case number
        assert fraud_repo.totals(s, FraudFilter(text="ts-310115-")).count == 2
