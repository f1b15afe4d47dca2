"""PostgreSQL bulk path: COPY rows into a staging table, then one INSERT ... ON CONFLICT DO NOTHING.

COPY is PostgreSQL's fastest way in; the staging step keeps the final insert idempotent (a row
that is somehow there already is left alone instead of failing the whole batch).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import Table
from sqlalchemy.orm import Session

_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"


def _cell(value):
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime(_FMT)
    return value


def copy_insert(session: Session, table: Table, rows: list[dict]) -> None:
    cols = [c.name for c in table.columns]
    stage = f"stage_{table.name}"
    conn = session.connection().connection.driver_connection  # the psycopg connection of this transaction
    with conn.cursor() as cur:
        cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table.name} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
        with cur.copy(f"COPY {stage} ({', '.join(cols)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([_cell(r.get(c)) for c in cols])
        cur.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {stage} "
                    f"ON CONFLICT DO NOTHING")
        cur.execute(f"TRUNCATE {stage}")
