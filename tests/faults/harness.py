"""Real processes for the sync tests: a head-office server and devices, talking over 127.0.0.1."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def base_env(tmp: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("BRANCHDESK_FAULT",)}
    env.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="tests.faults.file_keyring.SharedTestKeyring",
               BRANCHDESK_TEST_KEYRING=str(tmp / "keyring.json"), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


class Server:
    def __init__(self, tmp: Path, db_url: str | None = None, *options: str):
        """options: extra `serve` arguments (e.g. "--workers", "2")."""
        self.tmp = tmp
        self.options = options
        self.data_dir = tmp / "headoffice"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.db_url = db_url or f"sqlite:///{self.data_dir / 'headoffice.sqlite'}"
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([PY, "-m", "branchdesk.headoffice", "--db", self.db_url, *args], cwd=ROOT,
                              env=base_env(self.tmp), capture_output=True, text=True, timeout=120)

    def start(self, fault: str | None = None) -> "Server":
        env = base_env(self.tmp, **({"BRANCHDESK_FAULT": fault} if fault else {}))
        self.proc = subprocess.Popen([PY, "-m", "branchdesk.headoffice", "--db", self.db_url, "serve",
                                      "--port", str(self.port), *self.options], cwd=ROOT, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60  # several workers take longer to come up on a busy machine
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.running():
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.running():
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def ensure(self) -> None:
        if not self.running():
            self.start()

    def enrol_code(self, branch: str = "310115") -> str:
        r = self.cli("enrol-code", "--branch", branch, "--branch-name", "演示支行")
        assert r.returncode == 0, r.stderr
        return r.stdout.strip()

    def records(self, kind: str = "fraud") -> list[dict]:
        from branchdesk.headoffice import service
        from branchdesk.headoffice.db import HeadOfficeStore

        st = HeadOfficeStore(self.db_url)
        try:
            return service.records(st, kind)
        finally:
            st.close()

    def conflicts(self) -> list[dict]:
        from branchdesk.headoffice import service
        from branchdesk.headoffice.db import HeadOfficeStore

        st = HeadOfficeStore(self.db_url)
        try:
            return service.conflicts(st)
        finally:
            st.close()

    def op_results(self) -> int:
        from sqlalchemy import func, select

        from branchdesk.headoffice.db import HeadOfficeStore
        from branchdesk.headoffice.models import OpResult

        st = HeadOfficeStore(self.db_url)
        try:
            with st.session() as s:
                return s.execute(select(func.count()).select_from(OpResult)).scalar()
        finally:
            st.close()


class Device:
    def __init__(self, tmp: Path, name: str):
        self.tmp = tmp
        self.data_dir = tmp / name
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._store = None

    def run(self, *args: str, fault: str | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
        self.close()  # the subprocess must not share a half-open connection with us
        env = base_env(self.tmp, **({"BRANCHDESK_FAULT": fault} if fault else {}))
        return subprocess.run([PY, "-m", "branchdesk.cli", "--data-dir", str(self.data_dir), "--lang", "en", *args],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)

    def enrol(self, server: Server, branch: str = "310115") -> None:
        r = self.run("enrol", "--server", server.url, "--code", server.enrol_code(branch))
        assert r.returncode == 0, r.stdout + r.stderr

    def sync(self, **kw) -> subprocess.CompletedProcess:
        return self.run("sync", "--json", **kw)

    def sync_ok(self) -> dict:
        r = self.sync()
        assert r.returncode == 0, r.stdout + r.stderr
        return json.loads(r.stdout.strip().splitlines()[-1])

    @property
    def store(self):
        if self._store is None:
            from branchdesk.store.db import open_store

            self._store = open_store(self.data_dir / "branchdesk.sqlite")
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def refs(self):
        from branchdesk.store.reference import load_refbook

        with self.store.read() as s:
            return load_refbook(s)

    def add_fraud(self, n: int = 1, *, narrative: str = "柜面劝阻", now: datetime | None = None) -> list[str]:
        from branchdesk.domain.fraud import FraudInterception
        from branchdesk.store import fraud_repo

        refs = self.refs()
        first = lambda cat: refs.options(cat)[0].code  # noqa: E731
        ids = []
        with self.store.write() as s:
            for i in range(n):
                rec = FraudInterception(
                    occurred_at=datetime.now(timezone.utc) - timedelta(hours=1 + i % 50),
                    detection_source=first("detection_source"), business_type=first("business_type"),
                    channel=first("fraud_channel"), subject_role=first("subject_role"), fraud_type=first("fraud_type"),
                    age_band=first("age_band"), amount_attempted=100000 + i, amount_protected=100000 + i,
                    actions=(first("fraud_action"),), outcome=first("fraud_outcome") if refs.options("fraud_outcome")
                    else "STOPPED", narrative=f"{narrative} {i}", recorder="张三")
                ids.append(fraud_repo.create(s, rec, refs, actor="teller1", now=now).id)
        return ids

    def amend_fraud(self, record_id: str, *, narrative: str | None = None, reviewer: str | None = None,
                    now: datetime | None = None) -> None:
        import dataclasses

        from branchdesk.store import fraud_repo

        refs = self.refs()
        with self.store.write() as s:
            rec = fraud_repo.get(s, record_id)
            changes = {k: v for k, v in (("narrative", narrative), ("reviewer", reviewer)) if v is not None}
            fraud_repo.amend(s, record_id, dataclasses.replace(rec, **changes), refs, actor="teller1",
                             reason="补充", now=now)

    def fraud_rows(self) -> dict[str, dict]:
        from sqlalchemy import select

        from branchdesk.store import fraud_repo
        from branchdesk.store.models import FraudInterceptionRow

        with self.store.read() as s:
            return {r.id: fraud_repo.payload(r) for r in s.execute(select(FraudInterceptionRow)).scalars()}

    def outbox_states(self) -> dict[str, int]:
        from sqlalchemy import func, select

        from branchdesk.store.models import OutboxEntry

        with self.store.read() as s:
            return dict(s.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)).all())

    def conflicts(self) -> list:
        from branchdesk.store import sync_repo

        with self.store.read() as s:
            return sync_repo.all_conflicts(s)


CONTENT_KEYS = ("narrative", "reviewer", "amount_attempted", "amount_protected", "outcome", "deleted_at", "version")


def assert_converged(server: Server, *devices: Device, expected: int | None = None) -> None:
    """Each record exactly once at head office, and every device holds head office's state."""
    ho = server.records("fraud")
    ids = [r["id"] for r in ho]
    assert len(ids) == len(set(ids))
    if expected is not None:
        assert len(ids) == expected
    by_id = {r["id"]: r for r in ho}
    for d in devices:
        local = d.fraud_rows()
        assert set(local) == set(by_id), f"{d.data_dir.name}: {len(local)} local vs {len(by_id)} at head office"
        for rid, row in local.items():
            for k in CONTENT_KEYS:
                assert row[k] == by_id[rid][k], (d.data_dir.name, rid, k, row[k], by_id[rid][k])
        assert d.outbox_states().get("pending", 0) == 0


def sample_intake():
    """A counter complaint received yesterday, with the complainant's name and phone."""
    from datetime import date, datetime, time, timedelta, timezone

    from branchdesk.domain import complaints as dom
    from branchdesk.domain.timeutil import LOCAL_TZ

    received = datetime.combine(date.today() - timedelta(days=1), time(10), LOCAL_TZ).astimezone(timezone.utc)
    return dom.ComplaintIntake(
        received_at=received, intake_channel="COUNTER", complainant_name="张三丰", complainant_phone="13912345678",
        respondent_org="浦东支行营业部", facts="办理转账时被收取了未告知的手续费", request="退还手续费并解释原因",
        demand_type="REFUND", class_channel="A101", class_business="B04", class_cause="C11", consent_given=True)


def create_complaint(d: "Device", actor) -> str:
    """Take sample_intake() on the device, sealed under its own key; the new complaint's id."""
    from branchdesk.security.fieldcrypt import FieldProtector
    from branchdesk.store import complaint_repo, settings

    with d.store.read() as s:
        device = settings.identity(s).device_id
    protector = FieldProtector.from_keyring(device)
    with d.store.write() as s:
        return complaint_repo.create(s, sample_intake(), d.refs(), protector, actor=actor).id
