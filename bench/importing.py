"""Importing 50,000 rows from a CSV file, against a bare executemany of the same rows.

The file is the demo generator's records written as a person would fill the import template
(no record ids, Chinese labels). `branchdesk-cli import fraud FILE` runs whole, in its own process,
into a fresh data folder: reading, parsing and validating every row, then one transaction in
which each record gets its row, outbox and audit entries through the repository. The baseline
inserts the same already-parsed values with one `executemany` into a fresh SQLite table with
the same columns, in one transaction: the floor any import could reach.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from datetime import date

from bench._common import RESULTS, Options, Result, env, timed_run

NAME = "import"
TITLE = "Importing 50,000 rows"


def _write_file(path, n: int) -> list[tuple]:
    from branchdesk.demodata import fraud as fraud_demo
    from branchdesk.domain.reference import RefBook, seed_codes
    from branchdesk.transfer.columns import Context
    from branchdesk.transfer.kinds.fraud import KIND
    from branchdesk.transfer.tabular import write_csv

    refs = RefBook(seed_codes())
    ctx = Context(refs, "zh_CN")
    records = fraud_demo.generate(random.Random(7), n, date(2026, 11, 20))
    cols = [c for c in KIND.columns if c.key not in ("id", "case_no", "branch_code")]
    write_csv(path, [c.label_zh_cn for c in cols],
              ([c.format(getattr(r, c.key), ctx) for c in cols] for r in records))
    return [tuple(_plain(getattr(r, c.key)) for c in cols) for r in records]


def _plain(v):
    if isinstance(v, tuple):
        return " ".join(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v


def _bare_insert(folder, rows: list[tuple]) -> float:
    db = folder / "bare.sqlite"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    ncol = len(rows[0])
    con.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {', '.join(f'c{i}' for i in range(ncol))})")
    t = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(f"INSERT INTO t ({', '.join(f'c{i}' for i in range(ncol))}) VALUES ({', '.join('?' * ncol)})",
                    rows)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def run(opts: Options) -> list[Result]:
    n = 5_000 if opts.quick else 50_000
    work = RESULTS / "import"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    path = work / f"fraud-{n}.csv"
    rows = _write_file(path, n)
    target = work / "data"
    # Create the data folder first, so the timing is the import, not the first-start set-up.
    timed_run([sys.executable, "-m", "branchdesk.cli", "export", "fraud", "--out", str(work / "empty.csv"),
               "--data-dir", str(target)], environ=env())
    secs = timed_run([sys.executable, "-m", "branchdesk.cli", "import", "fraud", str(path), "--data-dir", str(target)],
                     environ=env(), timeout=7200)
    bare = _bare_insert(work, rows)
    again = timed_run([sys.executable, "-m", "branchdesk.cli", "import", "fraud", str(path), "--data-dir",
                       str(target)], environ=env(), timeout=7200)
    return [
        Result(f"import {n:,} new rows (whole CLI process)", secs, "s", "bare executemany", bare,
               note=f"{n / secs:,.0f} rows/s"),
        Result(f"same file again: {n:,} rows skipped", again, "s", "bare executemany", bare),
    ]
