"""Many devices syncing at once: records per second, p95 latency, errors.

Each simulated device is a real data folder enrolled with the PostgreSQL-backed service on loopback
and syncs its small batch in its own thread, all released together.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._sync_common import SKIPPED, Server, enrolled_store, fill_device, start_pg  # noqa: E402

TITLE = "Many devices syncing at once"


def run(quick: bool = False) -> list[dict]:
    cluster = start_pg()
    if cluster is None:
        return SKIPPED
    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.store import settings
    from branchdesk.sync.engine import sync_once

    n_dev = 50 if quick else 200
    per = 20
    rows: list[dict] = []
    tmp = Path(tempfile.mkdtemp(prefix="bd-bench-fleet-"))
    try:
        db_url = cluster.create_database()
        server = Server(db_url, tmp)
        ho = HeadOfficeStore(db_url)
        try:
            stores = []
            for i in range(n_dev):
                st = enrolled_store(tmp, f"d{i}", ho, server.url, f"{310200 + i % 40}")
                with st.read() as s:
                    ident = settings.identity(s)
                    fill_device(st, per, ident.branch_code, ident.device_id, ident.device_code)
                stores.append(st)
            latencies, errors = [], []
            barrier = threading.Barrier(n_dev)

            def one(st):
                barrier.wait()
                t0 = time.perf_counter()
                sm = sync_once(st)
                latencies.append(time.perf_counter() - t0)
                if not sm.ok:
                    errors.append(sm.error or f"clashes={sm.clashes} rejected={sm.rejected}")

            threads = [threading.Thread(target=one, args=(st,)) for st in stores]
            # Each real device is its own process. Here all devices' engines, sessions and caches share
            # one heap (some 900,000 objects for 200 devices) that every full collection would walk, a
            # cost no real device has. Freezing what the set-up made leaves each sync's collections
            # with its own garbage, as on a device.
            gc.collect()
            gc.freeze()
            t = time.perf_counter()
            try:
                for th in threads:
                    th.start()
                for th in threads:
                    th.join()
            finally:
                gc.unfreeze()
            wall = time.perf_counter() - t
            p95 = statistics.quantiles(latencies, n=20)[-1]
            rows.append({"name": f"{n_dev} devices syncing {per} records each at once", "value": round(n_dev * per / wall),
                         "unit": "records/s", "baseline": None, "ratio": None, "target": None})
            rows.append({"name": f"{n_dev} devices: p95 sync latency", "value": round(p95, 2), "unit": "s",
                         "baseline": None, "ratio": None, "target": None})
            rows.append({"name": f"{n_dev} devices: errors", "value": len(errors), "unit": "", "baseline": None,
                         "ratio": None, "target": None})
            for st in stores:
                st.close()
        finally:
            server.stop()
            ho.close()
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)  # 200 device folders: hundreds of MB
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), ensure_ascii=False, indent=1))
