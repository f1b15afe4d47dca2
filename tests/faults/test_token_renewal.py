"""Renewing the device token under faults: kill -9 of the device and of head office at each step.

Each run starts with a token that expires in ten days, so the next sync renews it first. Whatever
was killed, the following sync gets in (with the old token or the new one), renews, and every
record reaches head office once.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from branchdesk.headoffice.service import sha256
from tests.faults.harness import Device, Server, assert_converged
from tests.faults.renewal import answer_to, assert_renewed, expire_in, ho_device, keyring_token, local_expiry
from tests.support.pg import pg_cluster  # noqa: F401 - fixture

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request, tmp_path):
    url = request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql" else None
    srv = Server(tmp_path, url).start()
    a = Device(tmp_path, "a")
    a.enrol(srv)
    a.add_fraud(3)
    expire_in(srv, a, timedelta(days=10))
    yield srv, a
    srv.stop()


def test_device_killed_before_its_keyring_holds_the_new_token(world):
    srv, a = world
    old, expiry = keyring_token(a), local_expiry(a)
    assert a.sync(fault="client.renew.after_response").returncode == -9
    assert ho_device(srv, a).next_token_hash is not None  # head office committed the refresh
    assert (keyring_token(a), local_expiry(a)) == (old, expiry)
    assert answer_to(srv, old)[0] == 200  # so the old token still gets in...
    a.sync_ok()  # ...and the next sync renews again
    assert_renewed(srv, a, old)
    assert_converged(srv, a, expected=3)


def test_device_killed_before_it_stored_the_new_expiry(world):
    srv, a = world
    old, expiry = keyring_token(a), local_expiry(a)
    assert a.sync(fault="client.renew.after_keyring").returncode == -9
    kept = keyring_token(a)
    assert kept != old and ho_device(srv, a).next_token_hash == sha256(kept)
    assert local_expiry(a) == expiry  # still due: the next sync renews again, with the kept token
    a.sync_ok()
    new = assert_renewed(srv, a, old)
    assert new != kept and answer_to(srv, kept) == (401, "unknown_token")
    assert_converged(srv, a, expected=3)


@pytest.mark.parametrize("point", ["server.refresh.before_commit", "server.refresh.after_commit"])
def test_head_office_killed_mid_refresh(world, point):
    srv, a = world
    old = keyring_token(a)
    srv.stop()
    srv.start(fault=point)
    r = a.sync()
    assert r.returncode == 1 and not srv.running()
    assert keyring_token(a) == old
    assert (ho_device(srv, a).next_token_hash is None) == (point.endswith("before_commit"))
    srv.start()
    a.sync_ok()
    assert_renewed(srv, a, old)
    assert_converged(srv, a, expected=3)
