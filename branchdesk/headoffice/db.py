"""Opening the head-office database (PostgreSQL, or an embedded SQLite file) and migrating it."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from branchdesk.headoffice.models import SeqCounter

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
GLOBAL = "*"  # the scope of reference data and the holiday calendar
# The service runs its database work on AnyIO's default pool of 40 threads, each using one
# connection at a time: more connections would never be used, fewer would make requests queue.
POOL_LIMIT = 40


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_size=20, max_overflow=POOL_LIMIT - 20, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


class HeadOfficeStore:
    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer anyway; queueing in-process beats spinning on busy_timeout.
        self._sqlite_lock = threading.Lock() if not self.is_postgres else None

    def migrate(self) -> None:
        migrate(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back everything on any error."""
        if self._sqlite_lock is not None:
            self._sqlite_lock.acquire()
        try:
            with self._factory() as s:
                with s.begin():
                    yield s
        finally:
            if self._sqlite_lock is not None:
                self._sqlite_lock.release()

    def close(self) -> None:
        self.engine.dispose()


def lock_scope(session: Session, scope: str, n: int) -> int:
    """Take the scope's counter row lock (held to commit) and reserve n sequence numbers.
    Returns the first of them."""
    stmt = select(SeqCounter).where(SeqCounter.scope == scope)
    if session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        if session.bind.dialect.name == "postgresql":
            session.execute(text("INSERT INTO ho_seq_counter (scope, last) VALUES (:s, 0) ON CONFLICT DO NOTHING"),
                            {"s": scope})
            row = session.execute(stmt).scalar_one()
        else:
            row = SeqCounter(scope=scope, last=0)
            session.add(row)
            session.flush()
    first = row.last + 1
    row.last = row.last + n
    session.flush()
    return first
