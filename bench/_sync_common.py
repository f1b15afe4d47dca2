"""What the sync suites share: demo payloads, a device filled in bulk, a service process on loopback."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from branchdesk.domain.ids import new_id  # noqa: E402

FRAUD_TYPES = ["IMPERSONATE_POLICE", "FAKE_INVEST", "ROMANCE", "FAKE_LOAN", "REFUND_SCAM", "SAFE_ACCOUNT"]


def payload(i: int, branch: str, device: str, t0: datetime, code: str = "0001") -> dict:
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


def fill_device(store, n: int, branch: str, device: str, code: str = "0001") -> list[dict]:
    """n interceptions with their outbox entries, written in bulk (the repository path is measured elsewhere)."""
    import json

    t0 = datetime.now(timezone.utc)
    payloads = [payload(i, branch, device, t0, code) for i in range(n)]
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


class Server:
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


def copy_baseline(db_url: str, payloads: list[dict]) -> float:
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


def enrolled_store(tmp: Path, name: str, ho_store, server_url: str, branch: str):
    from branchdesk.store.db import open_store
    from branchdesk.headoffice import service
    from branchdesk.sync.enrolment import enrol

    store = open_store(tmp / name / "branchdesk.sqlite")
    enrol(store, server_url, service.issue_enrol_code(ho_store, branch))
    return store


def start_pg():
    """A throwaway PostgreSQL cluster, or None where the binaries are missing."""
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")
    from tests.support.pg import HAVE_PG, Cluster

    return Cluster().start() if HAVE_PG else None


SKIPPED = [{"name": "sync benchmarks skipped: no PostgreSQL binaries", "value": 0, "unit": "", "baseline": None,
            "ratio": None, "target": None}]
