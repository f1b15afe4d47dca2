"""A device renewing its token at head office: when a sync does it, on demand, and when it may not."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from branchdesk.headoffice.service import sha256
from branchdesk.sync import enrolment
from branchdesk.sync.transport import SyncError, Transport
from tests.faults.harness import Device, assert_converged
from tests.faults.renewal import (answer_to, assert_renewed, device_id, expire_in, ho_device, keyring_token,
                                  local_expiry)


@pytest.fixture
def a(server, tmp_path) -> Device:
    d = Device(tmp_path, "a")
    d.enrol(server)
    d.add_fraud(2)
    return d


@pytest.fixture
def shared_keyring(tmp_path, monkeypatch):
    """This process reads and writes the keyring file the devices' processes use."""
    import keyring

    from tests.faults.file_keyring import SharedTestKeyring

    monkeypatch.setenv("BRANCHDESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    before = keyring.get_keyring()
    keyring.set_keyring(SharedTestKeyring())
    yield
    keyring.set_keyring(before)


def test_a_sync_renews_the_token_in_its_last_30_days(server, a):
    expire_in(server, a, timedelta(days=31))
    old, expiry = keyring_token(a), local_expiry(a)
    assert a.sync_ok()["applied"] == 2
    assert (keyring_token(a), local_expiry(a), ho_device(server, a).next_token_hash) == (old, expiry, None)
    expire_in(server, a, timedelta(days=29))
    a.add_fraud(1)
    assert a.sync_ok()["applied"] == 1  # with the new token
    assert_renewed(server, a, old)
    assert_converged(server, a, expected=3)


def test_renewed_on_demand_the_old_token_works_until_the_new_one_is_used(server, a):
    old = keyring_token(a)
    r = a.run("renew-token")
    assert r.returncode == 0 and "Device token renewed; valid until" in r.stdout, r.stdout + r.stderr
    new = keyring_token(a)
    assert ho_device(server, a).next_token_hash == sha256(new)
    assert answer_to(server, old)[0] == 200  # the new token has not been used yet
    a.sync_ok()
    assert assert_renewed(server, a, old) == new


def test_a_revoked_device_cannot_renew(server, a):
    old = keyring_token(a)
    assert server.cli("revoke-device", device_id(a)).returncode == 0
    r = a.run("renew-token")
    assert r.returncode == 1 and "ended this device's access" in r.stderr
    expire_in(server, a, timedelta(days=10))
    r = a.sync()
    assert r.returncode == 1 and json.loads(r.stdout.strip().splitlines()[-1])["error"] == "device_revoked"
    assert keyring_token(a) == old and ho_device(server, a).next_token_hash is None


def test_an_expired_token_cannot_renew_and_the_sync_says_it_expired(server, a):
    old = keyring_token(a)
    expire_in(server, a, timedelta(seconds=-1))
    r = a.sync()
    assert r.returncode == 1 and json.loads(r.stdout.strip().splitlines()[-1])["error"] == "token_expired"
    assert "enrol again with a new code" in r.stderr
    r = a.run("renew-token")
    assert r.returncode == 1 and "has expired" in r.stderr
    assert keyring_token(a) == old and ho_device(server, a).next_token_hash is None


@pytest.mark.parametrize("failure", [SyncError("offline", "connection refused"),
                                     SyncError("server_error", "", 503), SyncError("refused", "Not Found", 404)])
def test_a_renewal_that_fails_leaves_the_sync_to_the_current_token(server, a, shared_keyring, monkeypatch,
                                                                   failure):
    from branchdesk.sync.engine import sync_once

    def fail(_transport):
        raise failure

    expire_in(server, a, timedelta(days=10))
    old, expiry = keyring_token(a), local_expiry(a)
    monkeypatch.setattr(Transport, "refresh_token", fail)
    summary = sync_once(a.store)
    assert summary.ok and summary.applied == 2
    assert (keyring_token(a), local_expiry(a)) == (old, expiry)  # still due: the next sync tries again


def test_of_two_renewals_at_once_the_device_keeps_the_one_head_office_kept(server, a, shared_keyring,
                                                                           monkeypatch):
    # Two BranchDesk processes on one PC renew together; head office answers the second one last,
    # but the first one's answer is stored last. The token head office replaced must not be kept.
    original = Transport.refresh_token
    answers = []

    def meanwhile(transport):
        mine = original(transport)
        answers.append(mine)
        if len(answers) == 1:
            enrolment.renew_token(a.store)  # the other process: asks after, stores first
        return mine

    old = keyring_token(a)
    monkeypatch.setattr(Transport, "refresh_token", meanwhile)
    assert enrolment.renew_token(a.store) == answers[1].token
    assert keyring_token(a) == answers[1].token and ho_device(server, a).next_token_hash == sha256(answers[1].token)
    assert answer_to(server, answers[0].token) == (401, "unknown_token")
    a.sync_ok()
    assert_renewed(server, a, old)
