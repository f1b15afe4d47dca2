"""Fixtures shared by the integration tests."""

from __future__ import annotations

import keyring.core
import pytest

from branchdesk.security import keys
from tests.faults.file_keyring import SharedTestKeyring
from tests.faults.harness import Server
from tests.support.pg import pg_cluster  # noqa: F401 - fixture


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    """A head-office service on loopback, on SQLite and on a throwaway PostgreSQL cluster."""
    url = request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql" else None
    srv = Server(tmp_path, url).start()
    yield srv
    srv.stop()


@pytest.fixture
def device_keyring(tmp_path, monkeypatch):
    """The test and the device processes share one keyring file, as processes on a PC share the OS keyring."""
    monkeypatch.setenv("BRANCHDESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setattr(keyring.core, "_keyring_backend", SharedTestKeyring())
    keys.forget()
    yield
    keys.forget()
