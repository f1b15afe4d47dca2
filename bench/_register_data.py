"""A data folder with N demo interceptions for the register benchmark, cached in bench/.results/.

The rows are the demo generator's, mapped to the table by the repository's own `_apply`, with
real ids and reference numbers, but inserted in bulk without their outbox and audit entries:
the register never reads those, and making them one by one through create() for 200,000
records would take the better part of an hour on a busy machine.

    python -m bench._register_data FOLDER N
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

SEED = 20261124
TODAY = date(2026, 11, 20)  # fixed, so every machine benchmarks the same register


def build(folder: Path, n: int) -> float:
    from branchdesk.demodata import fraud as fraud_demo
    from branchdesk.domain.ids import ReferenceNo, new_id
    from branchdesk.domain.timeutil import local_date
    from branchdesk.store import fraud_repo, settings
    from branchdesk.store.db import open_store
    from branchdesk.store.models import FraudInterceptionRow as Row
    from branchdesk.store.types import utcnow

    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.glob("branchdesk.sqlite*"):
        p.unlink()
    (folder / "complete").unlink(missing_ok=True)
    store = open_store(folder / "branchdesk.sqlite")
    t = time.perf_counter()
    try:
        records = fraud_demo.generate(random.Random(SEED), n, TODAY)
        counters: dict[int, int] = {}
        with store.write() as s:
            ident = settings.identity(s)
            now = utcnow()
            for start in range(0, n, 10_000):
                for rec in records[start:start + 10_000]:
                    year = local_date(rec.occurred_at).year
                    counters[year] = counters.get(year, 0) + 1
                    row = Row(id=new_id(), ref_no=str(ReferenceNo("fraud", ident.branch_code, ident.device_code, year,
                                                                  counters[year])),
                              branch_code=ident.branch_code, device_id=ident.device_id, created_at=now,
                              created_by=rec.recorder, updated_at=now, updated_by=rec.recorder, version=1)
                    fraud_repo._apply(row, rec)
                    s.add(row)
                s.flush()
                s.expunge_all()
    finally:
        store.close()
    (folder / "complete").write_text(str(n))
    return time.perf_counter() - t


def ensure(folder: Path, n: int) -> Path:
    marker = folder / "complete"
    if not marker.exists() or marker.read_text().strip() != str(n):
        from bench._common import ROOT, env

        import subprocess

        subprocess.run([sys.executable, "-m", "bench._register_data", str(folder), str(n)], cwd=ROOT, env=env(),
                       check=True, timeout=6 * 3600)
    return folder


if __name__ == "__main__":
    import os

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    secs = build(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"built {sys.argv[2]} records in {secs:.1f} s")
