"""branchdesk-headoffice's chores, end to end: reference data and calendar down to devices, stats,
export, audit-chain verification, revocation, HTTPS with a private CA, and a PC without a keyring."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from tests.faults.harness import Device, Server, free_port


@pytest.fixture
def server(tmp_path):
    srv = Server(tmp_path).start()
    yield srv
    srv.stop()


def test_reference_codes_and_holiday_calendar_reach_devices(server, tmp_path):
    a = Device(tmp_path, "a")
    a.enrol(server)
    codes = tmp_path / "codes.csv"
    codes.write_bytes("category,code,label_zh_cn,label_en,sort_order\nfraud_type,NEW_SCAM,新型诈骗,New scam,99\n"
                      .encode("gb18030"))  # as Excel in China saves it
    assert server.cli("publish-codes", str(codes)).returncode == 0
    cal = tmp_path / "cal.json"
    cal.write_text(json.dumps([{"day": "2027-10-01", "kind": "holiday", "name": "国庆节"},
                               {"day": "2027-10-09", "kind": "workday", "name": "调休"}], ensure_ascii=False))
    assert server.cli("publish-holidays", str(cal), "--year", "2027").returncode == 0
    s = a.sync_ok()
    assert (s["reference"], s["holidays"]) == (1, 2)
    assert a.refs().label("fraud_type", "NEW_SCAM", "zh_CN") == "新型诈骗"
    with sqlite3.connect(a.data_dir / "branchdesk.sqlite") as con:
        assert con.execute("select kind, name, source from holiday where day='2027-10-01'").fetchone() == \
            ("holiday", "国庆节", "headoffice")
    # A new calendar for the year withdraws the day that is no longer in it.
    cal.write_text(json.dumps([{"day": "2027-10-01", "kind": "holiday", "name": "国庆节"}], ensure_ascii=False))
    assert server.cli("publish-holidays", str(cal), "--year", "2027").returncode == 0
    a.sync_ok()
    with sqlite3.connect(a.data_dir / "branchdesk.sqlite") as con:
        assert con.execute("select count(*) from holiday where day='2027-10-09'").fetchone() == (0,)


def test_stats_export_and_audit_chain(server, tmp_path):
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(server)
    b.enrol(server, branch="310116")
    a.add_fraud(3)
    b.add_fraud(2)
    a.sync_ok()
    b.sync_ok()
    stats = json.loads(server.cli("stats", "--json").stdout)
    assert {(r["branch"], r["kind"], r["records"]) for r in stats} == {("310115", "fraud", 3), ("310116", "fraud", 2)}
    out = server.cli("export", "fraud", "--format", "csv", "--branch", "310116").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and {r["branch_code"] for r in rows} == {"310116"}
    devices = {d["branch"]: d for d in json.loads(server.cli("devices", "--json").stdout)}
    assert devices["310115"]["audit_status"] == "ok" and devices["310115"]["audit_seq"] >= 3

    # Someone edits an audit entry on device b: head office notices at the next sync.
    b.add_fraud(1)
    b.close()
    with sqlite3.connect(b.data_dir / "branchdesk.sqlite") as con:
        con.execute("update audit_log set actor='nobody' where seq=(select max(seq) from audit_log)")
    b.sync()
    devices = {d["branch"]: d for d in json.loads(server.cli("devices", "--json").stdout)}
    assert devices["310116"]["audit_status"].startswith("broken")
    assert devices["310115"]["audit_status"] == "ok"


def test_https_with_a_private_ca(tmp_path):
    from datetime import datetime, timedelta, timezone
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "BranchDesk test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True).sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False).sign(ca_key, hashes.SHA256()))
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    import ssl
    import subprocess
    import time

    import httpx

    from tests.faults.harness import PY, ROOT, base_env

    srv = Server(tmp_path)
    proc = subprocess.Popen([PY, "-m", "branchdesk.headoffice", "--db", srv.db_url, "serve", "--port", str(srv.port),
                             "--cert", str(tmp_path / "cert.pem"), "--key", str(tmp_path / "key.pem")],
                            cwd=ROOT, env=base_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"https://127.0.0.1:{srv.port}"
        for _ in range(100):
            try:
                httpx.get(url + "/healthz", verify=ssl.create_default_context(cafile=str(tmp_path / "ca.pem")))
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        a = Device(tmp_path, "a")
        r = a.run("enrol", "--server", url, "--code", srv.enrol_code())
        assert r.returncode == 1 and "certificate" in r.stderr  # verification is on by default
        r = a.run("enrol", "--server", url, "--code", srv.enrol_code(), "--ca-file", str(tmp_path / "ca.pem"))
        assert r.returncode == 0, r.stderr
        a.add_fraud(1)
        assert a.sync_ok()["applied"] == 1
    finally:
        proc.terminate()
        proc.wait(10)


def test_without_a_keyring_enrolment_says_so_and_writes_no_token(server, tmp_path):
    a = Device(tmp_path, "a")
    code = server.enrol_code()
    a.close()
    import subprocess

    from tests.faults.harness import PY, ROOT, base_env

    env = base_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    r = subprocess.run([PY, "-m", "branchdesk.cli", "--data-dir", str(a.data_dir), "--lang", "en", "enrol",
                        "--server", server.url, "--code", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 2 and "No working OS keyring" in r.stderr
    assert not (tmp_path / "keyring.json").exists()
    found = [p for p in a.data_dir.rglob("*") if p.is_file() and not p.name.startswith("branchdesk.sqlite")
             and p.suffix not in (".log",)]
    assert found == [] or all("backups" in str(p) for p in found)
    # The code was not spent: a PC with a keyring can still use it.
    assert a.run("enrol", "--server", server.url, "--code", code).returncode == 0


