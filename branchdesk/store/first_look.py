"""What the first screen shows, read with the standard sqlite3 module before the full store loads.

Importing SQLAlchemy and mapping the tables costs more than starting a bare Qt window, so the
main window paints its first screen from this plain read and the store opens on the next turn of
the event loop. It reads only what that first paint shows — settings, reference labels, the count
of changes waiting to sync, and the fraud register's totals and first page in its default order —
and only from a database whose schema is already current. Anything else (a new or older file, a
folder not set up yet, a read error) gives None, and start-up opens the store the usual way.

The queries mirror `fraud_repo.totals`/`page` and `changes.pending_count` for the default filter;
tests/unit/test_first_look.py holds them to the repositories' answers on the same file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from branchdesk.domain.reference import RefBook, RefCode
from branchdesk.domain.timeutil import parse_utc_text
from branchdesk.store import schema

# Same columns, in the same order, as fraud_repo.LIST_COLUMNS.
_FRAUD_LIST = ("id, ref_no, occurred_at, fraud_type, business_type, channel, age_band, amount_attempted, "
               "amount_protected, police_notified, outcome, recorder, deleted_at")


@dataclass(frozen=True)
class FirstLook:
    settings: dict[str, str]
    refs: RefBook
    accounts: int  # staff accounts: with any, someone signs in before the window shows
    pending: int
    fraud_count: int
    fraud_protected: int
    fraud_attempted: int
    fraud_first_page: list[tuple]  # default filter (no deleted records), newest first

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.settings.get(key, default)


def read_first_look(path: Path, page_size: int) -> FirstLook | None:
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=schema.BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error):
        return None
    try:
        return _read(con, page_size)
    except sqlite3.Error:
        return None  # the store's own opening will name the problem
    finally:
        con.close()


def _read(con: sqlite3.Connection, page_size: int) -> FirstLook | None:
    try:
        revisions = {r for (r,) in con.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError:
        return None
    if revisions != schema.heads():
        return None  # an upgrade (or a refusal) is the full store's job
    settings = dict(con.execute("SELECT key, value FROM app_setting"))
    if "device_id" not in settings:
        return None  # first start: the store creates the device's identity
    codes = [RefCode(category=c, code=k, label_zh_cn=cn, label_zh_tw=tw, label_en=en, sort_order=o, active=bool(a),
                     parent_code=p)
             for c, k, cn, tw, en, o, a, p in con.execute(
                 "SELECT category, code, label_zh_cn, label_zh_tw, label_en, sort_order, active, parent_code "
                 "FROM reference_code")]
    if not codes:
        return None  # reference data not seeded yet
    (accounts,) = con.execute("SELECT count(*) FROM staff_account").fetchone()
    (pending,) = con.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
    count, protected, attempted = con.execute(
        "SELECT count(*), coalesce(sum(amount_protected), 0), coalesce(sum(amount_attempted), 0) "
        "FROM fraud_interception WHERE deleted_at IS NULL").fetchone()
    rows = con.execute(f"SELECT {_FRAUD_LIST} FROM fraud_interception WHERE deleted_at IS NULL "
                       "ORDER BY occurred_at DESC, id DESC LIMIT ?", (page_size,)).fetchall()
    page = [(r[0], r[1], parse_utc_text(r[2]), *r[3:9], bool(r[9]), r[10], r[11], parse_utc_text(r[12])) for r in rows]
    return FirstLook(settings, RefBook(codes), accounts, pending, count, protected, attempted, page)
