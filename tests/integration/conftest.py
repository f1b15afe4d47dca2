"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from tests.faults.harness import Server
from tests.support.pg import pg_cluster  # noqa: F401 - fixture


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    """A head-office service on loopback, on SQLite and on a throwaway PostgreSQL cluster."""
    url = request.getfixturevalue("pg_cluster").create_database() if request.param == "postgresql" else None
    srv = Server(tmp_path, url).start()
    yield srv
    srv.stop()
