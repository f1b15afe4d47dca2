"""PostgreSQL bulk path: new rows go in with COPY, PostgreSQL's fastest way in.

COPY straight into the tables is safe here: the push holds its branch's counter-row lock and has
already looked up every record id and (device, op_id) of the batch, so nothing it copies can exist
(a UUIDv7 of another branch would have been found by that lookup too). Should it ever collide, the
whole transaction fails and the device's retry is answered from what is stored - never a double.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from operator import itemgetter
from typing import Callable, Iterator

import msgspec
from sqlalchemy import JSON, Table
from sqlalchemy.orm import Session

from branchdesk.headoffice.models import UTCText

_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"
_json = msgspec.json.Encoder()


def _json_texts(values: list) -> list:
    encode = _json.encode
    return [None if v is None else encode(v).decode() for v in values]


def _time_texts(values: list) -> list:
    texts: dict[datetime, str] = {}  # a batch shares one "now": format it once
    out = []
    for v in values:
        t = texts.get(v)
        if t is None:
            t = texts[v] = None if v is None else v.astimezone(timezone.utc).strftime(_FMT)
        out.append(t)
    return out


def _converter(column):
    """How a column's values become COPY cells: JSON and UTC times as text, the rest as they are."""
    if isinstance(column.type, JSON) or isinstance(getattr(column.type, "impl", None), JSON):
        return _json_texts
    if isinstance(column.type, UTCText):
        return _time_texts
    return None


def _driver(session: Session):
    return session.connection().connection.driver_connection  # the psycopg connection of this transaction


def copy_insert(session: Session, table: Table, rows: list[dict]) -> None:
    """Rows as dicts keyed by column name. Converted a column at a time (one type test per column,
    not per cell); psycopg formats each row in C."""
    names, columns = [], []
    for col in table.columns:
        values = [r.get(col.name) for r in rows]
        convert = _converter(col)
        names.append(col.name)
        columns.append(convert(values) if convert else values)
    with _driver(session).cursor() as cur:
        with cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
            write = copy.write_row
            for row in zip(*columns):
                write(row)


@contextmanager
def copy_stream(session: Session, table: Table) -> Iterator[Callable[[dict], None]]:
    """COPY into a table a row at a time, as the caller makes them: PostgreSQL takes in each chunk
    while the caller goes on. Nothing else may use the connection until the block ends.

    A big push writes a hundred thousand rows through here: cells are taken by position and only
    the JSON and time cells converted, with no per-cell test."""
    encode = _json.encode
    names = [col.name for col in table.columns]
    take = itemgetter(*names)
    json_cells = [i for i, col in enumerate(table.columns) if _converter(col) is _json_texts]
    time_cells = [i for i, col in enumerate(table.columns) if _converter(col) is _time_texts]
    times: dict[datetime, str] = {}  # a push's rows share one "now": format it once
    with _driver(session).cursor() as cur:
        with cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
            write_row = copy.write_row

            def write(row: dict) -> None:
                cells = list(take(row))
                for i in json_cells:
                    if cells[i] is not None:
                        cells[i] = encode(cells[i]).decode()
                for i in time_cells:
                    t = times.get(cells[i])
                    if t is None:
                        t = times[cells[i]] = _time_texts([cells[i]])[0]
                    cells[i] = t
                write_row(cells)

            yield write


def stored_results(session: Session, device_id: str, op_ids: list[str]) -> list[tuple[str, str, dict]]:
    """(op_id, status, result) already stored for this device: one round trip with an array parameter."""
    with _driver(session).cursor() as cur:
        # %b: the id array goes in binary, without a per-element escaping pass in Python.
        cur.execute("SELECT op_id, status, result FROM ho_op_result WHERE device_id = %s AND op_id = ANY(%b)",
                    (device_id, op_ids))
        return cur.fetchall()


def existing_ids(session: Session, ids: list[str]) -> list[str]:
    with _driver(session).cursor() as cur:
        cur.execute("SELECT id FROM ho_record WHERE id = ANY(%b)", (ids,))
        return [r[0] for r in cur.fetchall()]
