"""Runs in its own process on a prepared data folder; prints one JSON object of timings.

    python -m bench._register_probe FOLDER [--ui]
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path


def _ms(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def filters(today: date, recorders: list[str]):
    """A mix of what people narrow the register by, alone and combined."""
    from branchdesk.domain.fraud import FraudFilter as F

    month = today.replace(day=1)
    out = [
        F(date_from=month - timedelta(days=31), date_to=month - timedelta(days=1)),
        F(date_from=today - timedelta(days=7), date_to=today),
        F(fraud_types=("F06",)),
        F(fraud_types=("F10", "F11")),
        F(outcomes=("FAILED",)),
        F(outcomes=("PENDING", "PARTIAL")),
        F(amount_min=10_000_000),
        F(amount_min=100_000, amount_max=500_000),
        F(police_notified=True),
        F(recorder=recorders[0] if recorders else "teller01"),
        F(text="安全账户"),
        F(text="TS-"),
        F(fraud_types=("F02",), date_from=today - timedelta(days=90), date_to=today),
        F(outcomes=("STOPPED",), police_notified=False, recorder=recorders[-1] if recorders else "teller05"),
        F(date_from=today - timedelta(days=180), date_to=today, amount_min=5_000_000, text="李"),
    ]
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    want_ui = "--ui" in sys.argv
    from branchdesk import paths
    from branchdesk.domain.fraud import FraudFilter
    from branchdesk.store import fraud_repo
    from branchdesk.store.db import open_store

    db = folder / paths.DB_FILENAME
    result: dict = {}

    # Baseline: the bare count on the same table, through the plain sqlite3 module.
    con = sqlite3.connect(db)
    con.execute("select count(*) from fraud_interception").fetchone()
    result["bare_count_ms"] = statistics.median(
        _ms(lambda: con.execute("select count(*) from fraud_interception").fetchone()) for _ in range(7))
    result["rows"] = con.execute("select count(*) from fraud_interception").fetchone()[0]
    today = date.fromisoformat(con.execute("select max(occurred_on) from fraud_interception").fetchone()[0])
    con.close()

    store = open_store(db)

    def show_list(f=FraudFilter()):
        with store.read() as s:
            total = fraud_repo.totals(s, f)
            rows = fraud_repo.page(s, f, offset=0, limit=200)
        return total, rows

    # What the list does when it opens: the count and totals, then the first page.
    result["list_first_ms"] = _ms(show_list)
    result["list_ms"] = statistics.median(_ms(show_list) for _ in range(5))
    with store.read() as s:  # the two halves, to show where the time goes
        result["totals_ms"] = statistics.median(_ms(lambda: fraud_repo.totals(s, FraudFilter())) for _ in range(5))
        result["page_ms"] = statistics.median(
            _ms(lambda: fraud_repo.page(s, FraudFilter(), offset=0, limit=200)) for _ in range(5))

    with store.read() as s:
        recorders = fraud_repo.recorders(s)
    times = []
    for f in filters(today, recorders):
        show_list(f)  # first use of a filter shape compiles its statement once
        times.extend(_ms(lambda f=f: show_list(f)) for _ in range(3))
    result["filter_p95_ms"] = p95(times)
    result["filter_median_ms"] = statistics.median(times)
    result["filter_max_ms"] = max(times)

    if want_ui:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        from branchdesk.ui.app import build_context

        ctx = build_context(store)
        from branchdesk.ui.fraud import workspace

        def open_workspace():
            w = workspace.create(ctx, None)
            m = w.model
            assert m.rowCount() > 0
            m.data(m.index(0, 0))
            return w

        t = time.perf_counter()
        w = open_workspace()
        result["workspace_ms"] = (time.perf_counter() - t) * 1000
        m = w.model
        fs = filters(today, recorders)
        ui_times = []
        for f in fs * 2:
            t = time.perf_counter()
            m.set_filter(f)
            m.rowCount()
            if m.rowCount():
                m.data(m.index(0, 0))
            ui_times.append((time.perf_counter() - t) * 1000)
        result["workspace_filter_p95_ms"] = p95(ui_times)
        w.deleteLater()
        app.processEvents()

    store.close()
    from bench._common import peak_rss_mb

    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
