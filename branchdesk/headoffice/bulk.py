"""PostgreSQL bulk path: new rows go in with COPY, PostgreSQL's fastest way in.

COPY straight into the tables is safe here: the push holds its branch's counter-row lock and has
already looked up every record id and (device, op_id) of the batch, so nothing it copies can exist
(a UUIDv7 of another branch would have been found by that lookup too). Should it ever collide, the
whole transaction fails and the device's retry is answered from what is stored - never a double.
"""

from __future__ import annotations

from datetime import datetime, timezone

import msgspec
from sqlalchemy import Table
from sqlalchemy.orm import Session

_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"
_json = msgspec.json.Encoder()


def _cell(value):
    if isinstance(value, (dict, list)):
        return _json.encode(value).decode("utf-8")
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime(_FMT)
    return value


def _driver(session: Session):
    return session.connection().connection.driver_connection  # the psycopg connection of this transaction


def copy_insert(session: Session, table: Table, rows: list[dict]) -> None:
    cols = [c.name for c in table.columns]
    times: dict[datetime, str] = {}  # a batch shares one "now": format it once

    def cell(v):
        if isinstance(v, datetime):
            t = times.get(v)
            if t is None:
                t = times[v] = _cell(v)
            return t
        return _cell(v)

    with _driver(session).cursor() as cur:
        with cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([cell(r.get(c)) for c in cols])


def stored_results(session: Session, device_id: str, op_ids: list[str]) -> list[tuple[str, dict]]:
    """(op_id, result) already stored for this device: one round trip with an array parameter."""
    with _driver(session).cursor() as cur:
        cur.execute("SELECT op_id, result FROM ho_op_result WHERE device_id = %s AND op_id = ANY(%s)",
                    (device_id, op_ids))
        return cur.fetchall()


def existing_ids(session: Session, ids: list[str]) -> list[str]:
    with _driver(session).cursor() as cur:
        cur.execute("SELECT id FROM ho_record WHERE id = ANY(%s)", (ids,))
        return [r[0] for r in cur.fetchall()]
