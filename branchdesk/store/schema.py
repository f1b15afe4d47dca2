"""Schema revisions this build knows, read from the migration scripts' headers.

Start-up compares them with the database's alembic_version without importing Alembic, so a
database that is already current opens with no migration machinery loaded.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"


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
