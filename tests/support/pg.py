"""A throwaway PostgreSQL cluster for the tests, started by the tests themselves.

Uses the PostgreSQL 15 binaries (initdb, pg_ctl); as root they run as the postgres user through
runuser, with a data folder that user owns, a free port on 127.0.0.1 and the socket in a temp
folder. Import the fixtures into a test module: ``from tests.support.pg import pg_cluster, pg_url``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("BRANCHDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
HAVE_PG = (PG_BIN / "initdb").exists() and (PG_BIN / "pg_ctl").exists()
SKIP_REASON = f"PostgreSQL binaries not found in {PG_BIN} (set BRANCHDESK_PG_BIN)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


class Cluster:
    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="bd-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.sock.mkdir()
        self.port = _free_port()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sock, "postgres")
            os.chmod(self.root, 0o755)

    def start(self) -> "Cluster":
        subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                                     "--no-sync", "-E", "UTF8", "--locale=C"]),
                       check=True, capture_output=True)
        opts = (f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l",
                                     str(self.root / "log"), "-w", "start"]), check=True, capture_output=True)
        return self

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_cluster():
    if not HAVE_PG:
        # Skipped only on a developer's machine without the server binaries; .ci/run installs
        # PostgreSQL, so in CI their absence is a failure.
        give_up = pytest.fail if os.environ.get("CI") else pytest.skip
        give_up(SKIP_REASON)
    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A fresh, empty database in the session's cluster."""
    return pg_cluster.create_database()
