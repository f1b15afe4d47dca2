"""Head office renewing device tokens (headoffice/tokens.py) on an embedded SQLite database."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from branchdesk.headoffice import service, tokens
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import Device, utcnow
from branchdesk.sync import wire
from tests.support.pg import pg_cluster  # noqa: F401 - fixture


def enrol(ho, device_id: str | None = None) -> tuple[str, str]:
    """A device enrolled in branch 310115: (device id, token)."""
    device_id = device_id or str(uuid.uuid4())
    code = service.issue_enrol_code(ho, "310115")
    return device_id, service.enrol(ho, wire.EnrolRequest(code=code, device_id=device_id)).token


def bearer(token: str) -> str:
    return f"Bearer {token}"


def refused(ho, token: str) -> str:
    with pytest.raises(service.ServiceError) as exc:
        service.authenticate(ho, bearer(token))
    assert exc.value.status == 401
    return exc.value.code


def row(ho, device_id: str) -> Device:
    with ho.session() as s:
        return s.get(Device, device_id)


def set_device(ho, device_id: str, **values) -> None:
    with ho.session() as s:
        s.execute(update(Device).where(Device.id == device_id).values(**values))


def test_the_old_token_works_until_the_new_one_is_first_used(ho):
    dev, old = enrol(ho)
    before = utcnow()
    r = tokens.refresh(ho, bearer(old), token_days=90)
    expires = datetime.fromisoformat(r.expires_at)
    assert r.token != old
    assert before + timedelta(days=90) <= expires <= utcnow() + timedelta(days=90)
    assert row(ho, dev).next_token_hash == service.sha256(r.token)

    assert service.authenticate(ho, bearer(old)).id == dev  # the answer may never have arrived
    assert service.authenticate(ho, bearer(r.token)).id == dev  # first use: the new token becomes current
    assert refused(ho, old) == "unknown_token"
    assert service.authenticate(ho, bearer(r.token)).id == dev
    d = row(ho, dev)
    assert (d.token_hash, d.token_expires_at) == (service.sha256(r.token), expires)
    assert (d.next_token_hash, d.next_token_expires_at) == (None, None)


def test_a_repeated_refresh_replaces_the_token_never_received(ho):
    dev, old = enrol(ho)
    lost = tokens.refresh(ho, bearer(old)).token
    kept = tokens.refresh(ho, bearer(old)).token
    assert refused(ho, lost) == "unknown_token"
    assert service.authenticate(ho, bearer(old)).id == dev
    assert service.authenticate(ho, bearer(kept)).id == dev
    assert refused(ho, old) == "unknown_token"


def test_refreshing_with_the_pending_token_makes_it_current_first(ho):
    # The device kept the new token but died before noting its expiry, so it renews with that one.
    dev, old = enrol(ho)
    pending = tokens.refresh(ho, bearer(old)).token
    newer = tokens.refresh(ho, bearer(pending)).token
    assert refused(ho, old) == "unknown_token"
    d = row(ho, dev)
    assert (d.token_hash, d.next_token_hash) == (service.sha256(pending), service.sha256(newer))
    assert service.authenticate(ho, bearer(newer)).id == dev


def test_a_revoked_device_cannot_refresh_and_neither_token_gets_in(ho):
    dev, old = enrol(ho)
    pending = tokens.refresh(ho, bearer(old)).token
    assert service.revoke_device(ho, dev)
    with pytest.raises(service.ServiceError, match="device_revoked"):
        tokens.refresh(ho, bearer(old))
    assert refused(ho, old) == refused(ho, pending) == "device_revoked"
    assert row(ho, dev).next_token_hash == service.sha256(pending)  # the refused refresh changed nothing


def test_enrolling_again_ends_a_pending_token(ho):
    dev, old = enrol(ho)
    pending = tokens.refresh(ho, bearer(old)).token
    service.revoke_device(ho, dev)
    _, fresh = enrol(ho, dev)
    assert refused(ho, pending) == refused(ho, old) == "unknown_token"
    assert service.authenticate(ho, bearer(fresh)).id == dev


def test_an_expired_token_cannot_refresh(ho):
    dev, old = enrol(ho)
    set_device(ho, dev, token_expires_at=utcnow() - timedelta(seconds=1))
    with pytest.raises(service.ServiceError, match="token_expired"):
        tokens.refresh(ho, bearer(old))
    assert row(ho, dev).next_token_hash is None


def test_an_expired_pending_token_is_refused(ho):
    dev, old = enrol(ho)
    pending = tokens.refresh(ho, bearer(old)).token
    set_device(ho, dev, next_token_expires_at=utcnow() - timedelta(seconds=1))
    assert refused(ho, pending) == "token_expired"
    assert service.authenticate(ho, bearer(old)).id == dev


@pytest.mark.parametrize("authorization", [None, "", "Basic abc", "Bearer not-a-token"])
def test_no_valid_token_no_refresh(ho, authorization):
    dev, _ = enrol(ho)
    with pytest.raises(service.ServiceError) as exc:
        tokens.refresh(ho, authorization)
    assert exc.value.status == 401
    assert row(ho, dev).next_token_hash is None


def test_a_refresh_failing_before_commit_stores_nothing(ho, monkeypatch):
    dev, old = enrol(ho)
    kept = tokens.refresh(ho, bearer(old)).token

    def crash(name):
        if name == "server.refresh.before_commit":
            raise RuntimeError(name)

    monkeypatch.setattr(tokens, "checkpoint", crash)
    with pytest.raises(RuntimeError):
        tokens.refresh(ho, bearer(old))
    assert row(ho, dev).next_token_hash == service.sha256(kept)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ho_any(request, tmp_path):
    """Head office on SQLite and on a throwaway PostgreSQL database."""
    url = (request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql"
           else f"sqlite:///{tmp_path / 'ho.sqlite'}")
    st = HeadOfficeStore(url)
    st.migrate()
    yield st
    st.close()


def test_of_two_interleaved_refreshes_head_office_holds_the_token_with_the_later_expiry(ho_any, monkeypatch):
    """The first refresh reads the clock, then stalls (up to 2 s) while the second one runs; whichever
    way they are ordered, head office must hold the token the device keeps: the later expiry."""
    dev, old = enrol(ho_any)
    first_read, second_read = threading.Event(), threading.Event()

    def clock():
        now = utcnow()
        if first_read.is_set():
            second_read.set()
        else:
            first_read.set()
            second_read.wait(2)
        return now

    monkeypatch.setattr(tokens, "utcnow", clock)
    answers: list[wire.TokenResponse] = []

    def renew():
        answers.append(tokens.refresh(ho_any, bearer(old)))

    first = threading.Thread(target=renew)
    first.start()
    assert first_read.wait(10)
    second = threading.Thread(target=renew)
    second.start()
    first.join(20)
    second.join(20)
    assert len(answers) == 2
    kept = max(answers, key=lambda a: datetime.fromisoformat(a.expires_at))  # as renew_token keeps it
    d = row(ho_any, dev)
    assert (d.next_token_hash, d.next_token_expires_at) == (service.sha256(kept.token),
                                                            datetime.fromisoformat(kept.expires_at))
    assert service.authenticate(ho_any, bearer(kept.token)).id == dev
