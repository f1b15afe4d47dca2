"""Sync to head office: push throughput against COPY, and bytes on the wire.

PostgreSQL-backed service (a throwaway cluster started here) on loopback, as DESIGN.md's budgets ask.
"""

from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._sync_common import SKIPPED, Server, copy_baseline, enrolled_store, fill_device, start_pg  # noqa: E402

TITLE = "Sync to head office"


def run(quick: bool = False) -> list[dict]:
    cluster = start_pg()
    if cluster is None:
        return SKIPPED
    n = 10_000 if quick else 100_000
    rounds = 1 if quick else 3
    try:
        # Push and COPY side by side, a fresh database and device each round; the ratio reported is
        # the median round's, since one round's two figures can land on different loads.
        measured = [_round(cluster, n, measure_bytes=(i == 0)) for i in range(rounds)]
    finally:
        cluster.stop()
    measured.sort(key=lambda m: m["push"] / m["copy"])
    mid = measured[len(measured) // 2]
    spread = ", ".join(f"{m['push'] / m['copy']:.2f}×" for m in measured)
    lean, plain = next(m["bytes"] for m in measured if "bytes" in m)
    return [
        {"name": f"push {n:,} records to head office (PostgreSQL), median of {rounds} rounds ({spread})",
         "value": round(mid["push"], 2), "unit": "s", "baseline": round(mid["copy"], 2),
         "ratio": round(mid["push"] / mid["copy"], 2), "target": 3},
        {"name": "bytes per record on the wire (zstd column batch)", "value": round(lean, 1), "unit": "B",
         "baseline": round(plain, 1), "ratio": round(lean / plain, 2), "target": 0.5},
    ]


def _round(cluster, n: int, measure_bytes: bool) -> dict:
    import msgspec

    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.store import settings, sync_repo
    from branchdesk.sync import wire
    from branchdesk.sync.engine import sync_once

    out: dict = {}
    tmp = Path(tempfile.mkdtemp(prefix="bd-bench-sync-"))
    try:
        db_url = cluster.create_database()
        server = Server(db_url, tmp)
        ho = HeadOfficeStore(db_url)
        try:
            store = enrolled_store(tmp, "device", ho, server.url, "310115")
            with store.read() as s:
                device = settings.identity(s).device_id
            payloads = fill_device(store, n, "310115", device)
            if measure_bytes:  # the client's encoding vs plain JSON + gzip of the same operations
                with store.read() as s:
                    ops = sync_repo.to_ops(sync_repo.pending_batch(s, 2000))
                req = wire.PushRequest(schema=wire.SCHEMA_VERSION, branch="310115", ops=ops)
                out["bytes"] = (len(wire.encode_push(req)[0]) / len(ops),
                                len(gzip.compress(msgspec.json.encode(req))) / len(ops))
            t = time.perf_counter()
            summary = sync_once(store)
            out["push"] = time.perf_counter() - t
            assert summary.ok and summary.applied == n, summary
            out["copy"] = copy_baseline(db_url, payloads)
            store.close()
        finally:
            server.stop()
            ho.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), ensure_ascii=False, indent=1))
