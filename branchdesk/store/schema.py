"""Schema revisions this build knows, read from the migration scripts' headers.

Start-up compares them with the database's alembic_version without importing Alembic, so a
database that is already current opens with no migration machinery loaded.
"""

from __future__ import annotations

import ast
import functools
import sqlite3
from pathlib import Path

from branchdesk.store.errors import StoreError

VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"
BUSY_TIMEOUT_MS = 5000


@functools.cache
def _graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, from the scripts' top-level assignments."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted(VERSIONS_DIR.glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in ("revision", "down_revision"):
                    values[node.targets[0].id] = ast.literal_eval(node.value)
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        if down is None:
            downs: tuple[str, ...] = ()
        elif isinstance(down, str):
            downs = (down,)
        else:
            downs = tuple(down)
        graph[str(values["revision"])] = downs
    return graph


def known_revisions() -> frozenset[str]:
    return frozenset(_graph())


def heads() -> frozenset[str]:
    graph = _graph()
    parents = {d for downs in graph.values() for d in downs}
    return frozenset(r for r in graph if r not in parents)


def db_revisions_readonly(path: Path) -> set[str]:
    """Read alembic_version without changing the file in any way (no WAL files created)."""
    # With no WAL file around, `immutable` reads the file without creating -wal/-shm files;
    # with one (the program is running, or was killed), everything is in the WAL too.
    wal = path.with_name(path.name + "-wal")
    uri = f"file:{path}?mode=ro" if wal.exists() else f"file:{path}?immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.OperationalError as exc:
        raise StoreError("cannot_open", str(exc)) from exc
    try:
        con.execute("PRAGMA query_only=ON")
        try:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.DatabaseError as exc:
            if "no such table" in str(exc):
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise StoreError("not_a_branchdesk_database", str(path)) from exc
                return set()
            raise StoreError("not_a_branchdesk_database", str(exc)) from exc
        return {r[0] for r in rows}
    finally:
        con.close()
