"""Sync to head office: push throughput against COPY, bytes on the wire, many devices at once.

PostgreSQL-backed service (a throwaway cluster started here) on loopback, as DESIGN.md's budgets ask.
"""

from __future__ import annotations

import gzip
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from branchdesk.domain.ids import new_id  # noqa: E402
TITLE = "Sync to head office"

FRAUD_TYPES = ["IMPERSONATE_POLICE", "FAKE_INVEST", "ROMANCE", "FAKE_LOAN", "REFUND_SCAM", "SAFE_ACCOUNT"]


def _payload(i: int, branch: str, device: str, t0: datetime, code: str = "0001") -> dict:
    rnd = random.Random(i)
    at = t0 - timedelta(minutes=rnd.randint(0, 500_000))
    text = lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # noqa: E731
    rid = new_id()  # UUIDv7, as the program makes them
    return {
        "id": rid, "ref_no": f"TS-{branch}-{code}-2026-{i:06d}", "branch_code": branch, "device_id": device,
        "created_at": text(at), "created_by": "teller1", "updated_at": text(at), "updated_by": "teller1",
        "version": 1, "deleted_at": None, "deleted_by": None, "delete_reason": None, "occurred_at": text(at),
        "detection_source": rnd.choice(["COUNTER", "LOBBY", "SYSTEM"]), "business_type": rnd.choice(["TRANSFER", "CASH"]),
        "channel": rnd.choice(["COUNTER", "MOBILE"]), "subject_role": "VICTIM", "customer_gender": rnd.choice("MFU"),
        "age_band": rnd.choice(["18_29", "30_44", "45_59", "60P"]), "fraud_type": rnd.choice(FRAUD_TYPES),
        "contact_vector": rnd.choice(["PHONE", "WECHAT", "SMS"]), "amount_attempted": rnd.randint(1000, 50_000_00),
        "amount_protected": rnd.randint(1000, 50_000_00), "actions": ["DISSUADE"], "police_notified": rnd.random() < .3,
        "police_attended": False, "police_ref": "", "outcome": "STOPPED",
        "narrative": rnd.choice(["客户称接到“公检法”电话要求转账至安全账户,经劝阻未转账",
                                 "老人欲向网恋对象汇款,柜员识别后联系家属", "客户欲购买高收益理财,经核实为虚假平台"]),
        "recorder": rnd.choice(["张三", "李四", "王五"]), "reviewer": "",
    }


def _fill_device(store, n: int, branch: str, device: str, code: str = "0001") -> list[dict]:
    """n interceptions with their outbox entries, written in bulk (the repository path is measured elsewhere)."""
    import json

    t0 = datetime.now(timezone.utc)
    payloads = [_payload(i, branch, device, t0, code) for i in range(n)]
    conn = store.engine.raw_connection()
    try:
        cols = [c for c in payloads[0] if c != "actions"]
        cur = conn.cursor()
        cur.executemany(
            f"INSERT INTO fraud_interception ({', '.join(cols)}, actions, occurred_on, import_key) "
            f"VALUES ({', '.join('?' for _ in cols)}, ?, ?, NULL)",
            [[p[c] for c in cols] + [" ".join(p["actions"]), p["occurred_at"][:10]] for p in payloads])
        now = t0.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        cur.executemany(
            "INSERT INTO outbox (op_id, record_kind, record_id, op, base_version, changed_fields, payload, created_at, "
            "state, attempts) VALUES (?, 'fraud', ?, 'create', NULL, ?, ?, ?, 'pending', 0)",
            [(new_id(), p["id"], '["narrative"]', json.dumps(p, ensure_ascii=False, separators=(",", ":"),
                                                                      sort_keys=True), now) for p in payloads])
        conn.commit()
    finally:
        conn.close()
    return payloads


class _Server:
    def __init__(self, db_url: str, tmp: Path):
        from tests.faults.harness import free_port

        self.port = free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("BRANCHDESK_FAULT", None)
        self.proc = subprocess.Popen([sys.executable, "-m", "branchdesk.headoffice", "--db", db_url, "serve", "--port",
                                      str(self.port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        import httpx

        for _ in range(300):
            try:
                httpx.get(self.url + "/healthz", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


def _copy_baseline(db_url: str, payloads: list[dict]) -> float:
    """COPY the same rows straight into a table shaped like head office's."""
    import json

    import psycopg

    dsn = db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE bench_copy (LIKE ho_record INCLUDING ALL)")
        conn.commit()
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        t = time.perf_counter()
        with conn.cursor() as cur:
            with cur.copy("COPY bench_copy (id, kind, branch_code, seq, server_version, payload, sources, "
                          "device_versions, origin_device, last_writer, deleted, created_at, updated_at) FROM STDIN") as cp:
                for i, p in enumerate(payloads, 1):
                    cp.write_row((p["id"], "fraud", p["branch_code"], i, 1, json.dumps(p, ensure_ascii=False), "{}",
                                  "{}", p["device_id"], p["device_id"], False, now, now))
        conn.commit()
        return time.perf_counter() - t


def _enrolled_store(tmp: Path, name: str, ho_store, server_url: str, branch: str):
    from branchdesk.store.db import open_store
    from branchdesk.headoffice import service
    from branchdesk.sync.enrolment import enrol

    store = open_store(tmp / name / "branchdesk.sqlite")
    enrol(store, server_url, service.issue_enrol_code(ho_store, branch))
    return store


def run(quick: bool = False) -> list[dict]:
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
    sys.path.insert(0, str(ROOT))
    from tests.support.pg import HAVE_PG, Cluster

    if not HAVE_PG:
        return [{"name": "sync benchmarks skipped: no PostgreSQL binaries", "value": 0, "unit": "", "baseline": None,
                 "ratio": None, "target": None}]
    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.store import settings
    from branchdesk.sync import wire
    from branchdesk.sync.engine import sync_once

    n = 10_000 if quick else 100_000
    rows: list[dict] = []
    cluster = Cluster().start()
    tmp = Path(tempfile.mkdtemp(prefix="bd-bench-sync-"))
    try:
        db_url = cluster.create_database()
        server = _Server(db_url, tmp)
        ho = HeadOfficeStore(db_url)
        try:
            store = _enrolled_store(tmp, "device", ho, server.url, "310115")
            with store.read() as s:
                device = settings.identity(s).device_id
            payloads = _fill_device(store, n, "310115", device)

            # bytes on the wire: the client's encoding vs plain JSON + gzip of the same operations
            from branchdesk.store import sync_repo

            with store.read() as s:
                ops = sync_repo.to_ops(sync_repo.pending_batch(s, 2000))
            req = wire.PushRequest(schema=wire.SCHEMA_VERSION, branch="310115", ops=ops)
            lean = len(wire.encode_push(req)[0]) / len(ops)
            plain = len(gzip.compress(__import__("msgspec").json.encode(req))) / len(ops)

            t = time.perf_counter()
            summary = sync_once(store)
            push_s = time.perf_counter() - t
            assert summary.ok and summary.applied == n, summary
            copy_s = _copy_baseline(db_url, payloads)
            rows.append({"name": f"push {n:,} records to head office (PostgreSQL)", "value": round(push_s, 2),
                         "unit": "s", "baseline": round(copy_s, 2), "ratio": round(push_s / copy_s, 2), "target": 3})
            rows.append({"name": "bytes per record on the wire (zstd column batch)", "value": round(lean, 1),
                         "unit": "B", "baseline": round(plain, 1), "ratio": round(lean / plain, 2), "target": 0.5})
            store.close()

            # 200 devices at once, each sending a small batch
            n_dev = 50 if quick else 200
            per = 20
            stores = []
            for i in range(n_dev):
                st = _enrolled_store(tmp, f"d{i}", ho, server.url, f"{310200 + i % 40}")
                with st.read() as s:
                    ident = settings.identity(s)
                    _fill_device(st, per, ident.branch_code, ident.device_id, ident.device_code)
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
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
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
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), ensure_ascii=False, indent=1))
