"""Opening the local database: engine set-up, version check, backup, migrations, seed data."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from branchdesk.store import schema
from branchdesk.store.errors import NewerDatabaseError, StoreError, classify_operational_error
from branchdesk.store.schema import BUSY_TIMEOUT_MS, db_revisions_readonly

__all__ = ["NewerDatabaseError", "Store", "StoreError", "classify_operational_error", "open_store"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not the driver, decide where transactions begin (pysqlite's own
        # handling defers BEGIN and breaks SAVEPOINT and BEGIN IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # IMMEDIATE takes the write lock up front, so two writers never deadlock half-way
        # through and the audit chain's "last hash" read cannot race another writer.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    return engine


def alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def script_heads() -> set[str]:
    from alembic.script import ScriptDirectory

    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return set(ScriptDirectory.from_config(cfg).get_heads())


def backup_file(path: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe while WAL holds unmerged pages)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    dest_dir = path.parent / "backups"
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{path.stem}-{label}-{stamp}.sqlite"
    src = sqlite3.connect(str(path))
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def migrate(path: Path, engine: Engine, *, revision: str = "heads") -> Path | None:
    """Bring the file to `revision`. Refuses a file from a newer BranchDesk and leaves it untouched."""
    existing = path.exists() and path.stat().st_size > 0
    current = db_revisions_readonly(path) if existing else set()
    unknown = current - schema.known_revisions()
    if unknown:
        raise NewerDatabaseError(unknown)
    if revision == "heads" and current == schema.heads():
        return None
    backup = None
    if existing and current:
        backup = backup_file(path, "before-upgrade")
        log.info("backed up database before upgrade to %s", backup.name)
    from alembic import command

    with engine.connect() as conn:
        conn.info["write"] = True
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
        finally:
            conn.info.pop("write", None)
        if existing and current:
            # New indexes on an existing register: give the planner statistics to choose them by.
            conn.exec_driver_sql("ANALYZE")
    return backup


class Store:
    """The open local database. Short-lived sessions, one per operation."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.data_dir = path.parent
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: commits on success, rolls back everything on any error."""
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    with session.begin():
                        yield session
            finally:
                conn.info.pop("write", None)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    def close(self) -> None:
        try:
            # Let SQLite refresh the planner's statistics where they have gone stale (cheap).
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # closing must never fail because of housekeeping
            log.debug("PRAGMA optimize skipped", exc_info=True)
        self.engine.dispose()


def open_store(path: Path, *, seed: bool = True) -> Store:
    """Open (creating or upgrading) the database at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_writable(path)
    if path.exists() and path.stat().st_size > 0:
        # Check first, read-only: a newer file must stay exactly as it is.
        current = db_revisions_readonly(path)
        unknown = current - schema.known_revisions()
        if unknown:
            raise NewerDatabaseError(unknown)
    engine = make_engine(path)
    try:
        migrate(path, engine)
    except sqlite3.OperationalError as exc:
        engine.dispose()
        raise classify_operational_error(exc) from exc
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            raise classify_operational_error(exc.orig) from exc
        raise
    store = Store(path, engine)
    if seed:
        from branchdesk.store import seeding

        seeding.seed_reference_data(store)
    return store


def _check_writable(path: Path) -> None:
    target = path if path.exists() else path.parent
    import os

    if not os.access(target, os.W_OK):
        raise StoreError("read_only", str(target))
    free = shutil.disk_usage(path.parent).free
    if free < 5 * 1024 * 1024:
        raise StoreError("disk_full", str(path.parent))
