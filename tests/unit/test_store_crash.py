"""kill -9 while saving: every record reported saved survives, none is half-written or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from branchdesk.store.db import open_store
from branchdesk.store.models import AuditEntry, FraudInterceptionRow, OutboxEntry
from branchdesk.store import audit

WRITER = r"""
import sys
from datetime import datetime, timedelta, timezone
from branchdesk.domain.fraud import FraudInterception
from branchdesk.store import fraud_repo
from branchdesk.store.db import open_store
from branchdesk.store.reference import load_refbook

store = open_store(__import__("pathlib").Path(sys.argv[1]))
with store.read() as s:
    refs = load_refbook(s)
i = 0
while True:
    i += 1
    rec = FraudInterception(
        occurred_at=datetime.now(timezone.utc) - timedelta(minutes=5), detection_source="TELLER",
        business_type="XFER_OUT", channel="COUNTER", subject_role="VICTIM", fraud_type="F02",
        amount_attempted=100_000 + i, amount_protected=100_000 + i, actions=("DISSUADE",),
        outcome="STOPPED", narrative="王先生欲向投资平台转账,经劝阻放弃。" * 20, recorder="teller01",
    )
    with store.write() as s:
        row = fraud_repo.create(s, rec, refs, actor="teller01")
    print(row.id, flush=True)  # only after the commit returned
"""


def test_kill_9_during_saves_loses_and_doubles_nothing(tmp_path):
    db_path = tmp_path / "branchdesk.sqlite"
    open_store(db_path).close()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    reported: list[str] = []
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True, env=env)
        deadline = time.monotonic() + 30
        got = 0
        while got < 15 + 10 * round_ and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            reported.append(line.strip())
            got += 1
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reported.extend(l.strip() for l in proc.stdout.read().splitlines() if l.strip())
        proc.stdout.close()
    assert len(reported) >= 45

    store = open_store(db_path)
    try:
        with store.read() as s:
            ids = [r for (r,) in s.execute(select(FraudInterceptionRow.id))]
            outbox = [r for (r,) in s.execute(select(OutboxEntry.record_id))]
            audited = [r for (r,) in s.execute(select(AuditEntry.record_id).where(AuditEntry.action == "create"))]
            refs_unique = s.execute(select(func.count(func.distinct(FraudInterceptionRow.ref_no)))).scalar()
            chain = audit.verify_chain(s)
    finally:
        store.close()
    assert set(reported) <= set(ids), "a record reported as saved was lost"
    assert len(ids) == len(set(ids)) == refs_unique
    assert sorted(outbox) == sorted(ids), "each record has exactly one outbox entry"
    assert sorted(audited) == sorted(ids), "each record has exactly one audit entry"
    assert chain[1] is None
