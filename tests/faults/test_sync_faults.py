"""The sync guarantees under faults: kill -9 of client and server at many points, replays, reordering,
dropped connections, a server restart, an expired token, a wrong device clock, concurrent edits.

After every run: each record exactly once at head office, every device converged, every value that
lost in the conflict list.
"""

from __future__ import annotations

import json
import random
import socket
from datetime import timedelta

import httpx
import pytest

from branchdesk.store.types import utcnow
from tests.faults.harness import Device, Server, assert_converged
from tests.support.pg import pg_cluster  # noqa: F401 - fixture

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request, tmp_path, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_SYNC_BATCH", "3")  # several batches: kills land between them
    url = request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql" else None
    srv = Server(tmp_path, url).start()
    a, b = Device(tmp_path, "a"), Device(tmp_path, "b")
    a.enrol(srv)
    b.enrol(srv)
    b.add_fraud(4, narrative="乙机")
    b.sync_ok()
    a.add_fraud(8, narrative="甲机")
    yield srv, a, b
    srv.stop()


CLIENT_POINTS = ["client.push.before_send", "client.push.after_response", "client.push.after_response@2",
                 "client.push.before_send@3", "client.pull.before_cursor"]


@pytest.mark.parametrize("point", CLIENT_POINTS)
def test_client_killed_mid_sync(world, point):
    srv, a, b = world
    r = a.sync(fault=point)
    assert r.returncode == -9, r.stderr  # it really died there
    a.sync_ok()
    b.sync_ok()
    assert_converged(srv, a, b, expected=12)
    assert srv.op_results() == 12


SERVER_POINTS = ["server.push.before_commit", "server.push.after_commit", "server.push.after_commit@2",
                 "server.pull.before_respond"]


@pytest.mark.parametrize("point", SERVER_POINTS)
def test_server_killed_mid_sync_then_restarted(world, point):
    srv, a, b = world
    srv.stop()
    srv.start(fault=point)
    r = a.sync()
    assert r.returncode == 1 and not srv.running()
    srv.start()  # a plain restart on the same database
    a.sync_ok()
    b.sync_ok()
    assert_converged(srv, a, b, expected=12)


def _token(a: Device) -> str:
    from branchdesk.sync.enrolment import load_token

    import os
    os.environ["BRANCHDESK_TEST_KEYRING"] = str(a.tmp / "keyring.json")
    import keyring
    from tests.faults.file_keyring import SharedTestKeyring

    keyring.set_keyring(SharedTestKeyring())
    return load_token(a.store)


def test_requests_repeated_and_reordered_change_nothing(world):
    from branchdesk.store import settings, sync_repo
    from branchdesk.sync import wire

    srv, a, b = world
    ids = a.fraud_rows()
    first = next(iter(ids))
    a.amend_fraud(first, narrative="甲机补充")  # an amend queued after its create
    with a.store.read() as s:
        ops = sync_repo.to_ops(sync_repo.pending_batch(s, 100))
        branch = settings.identity(s).branch_code
    batches = [ops[i:i + 3] for i in range(0, len(ops), 3)]
    bodies = [wire.encode_push(wire.PushRequest(schema=3, branch=branch, ops=bt)) for bt in batches]
    sends = [x for x in bodies for _ in range(3)]
    random.Random(7).shuffle(sends)  # the amend may arrive before its create
    token = _token(a)
    for body, headers in sends:
        r = httpx.post(srv.url + "/v1/push", content=body, headers={**headers, "Authorization": f"Bearer {token}"})
        assert r.status_code == 200
    a.sync_ok()
    b.sync_ok()
    assert_converged(srv, a, b, expected=12)
    assert srv.op_results() == 13
    assert {r["id"]: r for r in srv.records()}[first]["narrative"] == "甲机补充"


def test_connection_dropped_mid_body_stores_nothing(world):
    srv, a, b = world
    token = _token(a)
    before = srv.op_results()
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", srv.port)) as sock:
            sock.sendall((f"POST /v1/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                          "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n").encode()
                         + b'{"schema":3,"branch":"310115","ops":[{"op_id":')
    assert srv.running() and srv.op_results() == before
    a.sync_ok()
    assert_converged(srv, a, expected=12)


def test_token_expiring_mid_sync(world):
    from sqlalchemy import update

    from branchdesk.headoffice.db import HeadOfficeStore
    from branchdesk.headoffice.models import Device as HoDevice

    srv, a, b = world
    assert a.sync(fault="client.push.after_response@2").returncode == -9  # two batches in, then gone
    st = HeadOfficeStore(srv.db_url)
    with st.session() as s:
        s.execute(update(HoDevice).values(token_expires_at=utcnow() - timedelta(seconds=1)))
    st.close()
    r = a.sync()
    assert r.returncode == 1 and "expired" in r.stderr
    assert a.outbox_states()["pending"] == 8 - 3  # batch 1 acknowledged; batch 2 applied, answer lost
    a.enrol(srv)  # a new code, the same device: its earlier answers still count
    b.enrol(srv)
    a.sync_ok()
    b.sync_ok()
    assert_converged(srv, a, b, expected=12)
    assert srv.op_results() == 12


def test_clock_a_day_wrong_never_decides_who_wins(world):
    srv, a, b = world
    a.sync_ok()
    b.sync_ok()
    rid = next(iter(b.fraud_rows()))
    # a's clock runs a day fast; b edits later in real time but reaches head office first.
    a.amend_fraud(rid, narrative="甲机(时钟快一天)", now=utcnow() + timedelta(days=1))
    b.amend_fraud(rid, narrative="乙机修改")
    b.sync_ok()
    a.sync_ok()
    b.sync_ok()
    ho = {r["id"]: r for r in srv.records()}[rid]
    assert ho["narrative"] == "乙机修改"  # first to head office, whatever the clocks said
    lost = [c for c in srv.conflicts() if c["record_id"] == rid]
    assert [(c["field"], c["lost"], c["kept"]) for c in lost] == [("narrative", "甲机(时钟快一天)", "乙机修改")]
    local = [c for c in a.conflicts() if c.record_id == rid]
    assert [(c.field, c.local_value["v"], c.server_value["v"]) for c in local] == \
        [("narrative", "甲机(时钟快一天)", "乙机修改")]
    assert_converged(srv, a, b, expected=12)


def test_two_devices_editing_different_fields_merge_without_conflict(world):
    srv, a, b = world
    a.sync_ok()
    b.sync_ok()
    rid = next(iter(b.fraud_rows()))
    a.amend_fraud(rid, narrative="甲机补充经过")
    b.amend_fraud(rid, reviewer="李四")
    a.sync_ok()
    b.sync_ok()
    a.sync_ok()
    ho = {r["id"]: r for r in srv.records()}[rid]
    assert (ho["narrative"], ho["reviewer"]) == ("甲机补充经过", "李四")
    assert srv.conflicts() == []
    assert_converged(srv, a, b, expected=12)
