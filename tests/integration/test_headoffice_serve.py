"""`branchdesk-headoffice serve`: several worker processes on PostgreSQL, and idle connections kept
open longer than a device keeps them."""

from __future__ import annotations

import http.client
import subprocess
import time

import pytest

from tests.faults.harness import PY, ROOT, Device, Server, assert_converged, base_env
from tests.support.pg import pg_cluster  # noqa: F401 - fixture


@pytest.mark.postgres
def test_several_workers_on_postgresql_sync_devices_exactly_once(pg_cluster, tmp_path):  # noqa: F811
    srv = Server(tmp_path, pg_cluster.create_database(), "--workers", "2").start()
    try:
        workers = subprocess.run(["pgrep", "-P", str(srv.proc.pid)], capture_output=True, text=True).stdout.split()
        assert len(workers) >= 2
        devices = [Device(tmp_path, name) for name in ("a", "b", "c")]
        for d in devices:
            d.enrol(srv)
            d.add_fraud(4)
        for d in devices:
            assert d.sync_ok()["applied"] == 4
        for d in devices:
            d.sync_ok()  # each now pulls the others' records
        assert_converged(srv, *devices, expected=12)
    finally:
        srv.stop()
    assert subprocess.run(["pgrep", "-P", str(srv.proc.pid)], capture_output=True).returncode == 1  # none left


def test_workers_are_refused_on_the_embedded_database(tmp_path):
    srv = Server(tmp_path)
    r = subprocess.run([PY, "-m", "branchdesk.headoffice", "--db", srv.db_url, "serve", "--port", str(srv.port),
                        "--workers", "2"], cwd=ROOT, env=base_env(tmp_path), capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "PostgreSQL" in r.stderr


@pytest.mark.slow
def test_an_idle_connection_stays_open_longer_than_a_device_keeps_it(tmp_path):
    # A device drops a connection after 5 s idle (httpx); were head office to close it at the same
    # moment, a request sent just then would be lost ("connection lost" with many devices at once).
    srv = Server(tmp_path).start()
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
    try:
        conn.request("GET", "/healthz")
        assert conn.getresponse().read()
        sock = conn.sock
        time.sleep(6)
        conn.request("GET", "/healthz")  # raises when head office has closed the connection
        assert conn.getresponse().status == 200 and conn.sock is sock
    finally:
        conn.close()
        srv.stop()
