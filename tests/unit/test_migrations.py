"""An older database opens and upgrades, with a backup copy made first."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import text

from branchdesk.domain.fraud import FraudFilter, FraudInterception
from branchdesk.store import db, fraud_repo, schema, seeding
from branchdesk.store.reference import load_refbook


def test_schema_versions_match_alembic_scripts():
    assert schema.heads() == db.script_heads()
    assert "0001" in schema.known_revisions()


def test_database_from_first_release_upgrades_and_keeps_its_records(data_dir):
    path = data_dir / "branchdesk.sqlite"
    engine = db.make_engine(path)
    db.migrate(path, engine, revision="0001")
    old = db.Store(path, engine)
    seeding.seed_reference_data(old)
    with old.read() as s:
        refs = load_refbook(s)
    rec = FraudInterception(
        occurred_at=datetime.now(timezone.utc) - timedelta(days=3), detection_source="TELLER",
        business_type="XFER_OUT", channel="COUNTER", subject_role="VICTIM", fraud_type="F06",
        amount_attempted=880_000, amount_protected=880_000, actions=("DISSUADE",), outcome="STOPPED",
        recorder="teller01",
    )
    with old.write() as s:
        row = fraud_repo.create(s, rec, refs, actor="teller01")
    old.close()

    store = db.open_store(path)
    try:
        with store.read() as s:
            versions = {r[0] for r in s.execute(text("SELECT version_num FROM alembic_version"))}
            assert versions == schema.heads()
            assert fraud_repo.get(s, row.id).amount_protected == 880_000
            assert fraud_repo.totals(s, FraudFilter()).count == 1
    finally:
        store.close()
    backups = list((data_dir / "backups").glob("branchdesk-before-upgrade-*.sqlite"))
    assert len(backups) == 1
    import sqlite3

    con = sqlite3.connect(backups[0])
    assert {r[0] for r in con.execute("SELECT version_num FROM alembic_version")} == {"0001"}
    assert con.execute("SELECT count(*) FROM fraud_interception").fetchone()[0] == 1
    con.close()


def test_current_database_opens_without_another_backup(data_dir):
    path = data_dir / "branchdesk.sqlite"
    db.open_store(path).close()
    db.open_store(path).close()
    assert not (data_dir / "backups").exists()
