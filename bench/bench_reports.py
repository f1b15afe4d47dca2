"""Report benchmarks: a year's summary of a large branch, and a long fraud register.

run(quick) -> rows of {"name", "value", "unit", "baseline", "ratio", "target"}: ``ratio`` is
value / baseline and the row passes when ratio <= target. For an absolute budget (seconds, KB) the
baseline is the budget itself and the target 1.0; for the register the baseline is a bare ReportLab
table of the same rows built side by side, and the target 1.5.

Targets (issue "Branch manager PDF summaries and exports"): the summary for a year of a branch with
5,000 records, with charts, in <= 2 s and <= 500 KB; a 5,000-row fraud register within 1.5x of the
bare table. Quick mode uses 1,000 records.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from datetime import date
from pathlib import Path


def _best_of(n: int, fn):
    best, result = float("inf"), None
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def _bare_table(rows: list[list[str]], header: list[str]) -> bytes:
    """The floor: ReportLab's own table of the same strings, same font and page, no furniture or styling."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from branchdesk.reports.pdfbase import register_font

    font = register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), initialFontName=font)
    t = Table([header, *rows], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 8.5)]))
    doc.build([t])
    return buf.getvalue()


def run(quick: bool = False) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from branchdesk.reports import catalog, queries
    from branchdesk.reports.period import parse_period
    from branchdesk.reports.sample_data import fill
    from branchdesk.store.db import open_store
    from branchdesk.store.reference import load_refbook

    records = 1000 if quick else 5000
    today = date(2026, 12, 31)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite")
        try:
            with store.read() as s:
                refs = load_refbook(s)
            # A large branch's year: `records` interceptions plus a fifth as many education events.
            fill(store, refs, year=2025, fraud=records, events=records // 5, seed=42, until=date(2025, 12, 31))

            def build(kind: str, period: str):
                return catalog.build(store, kind, period=period, refs=refs, printed_by="bench", today=today)

            build("summary", "2025-01")  # the font is loaded once per process, not per report
            t_summary, built = _best_of(3, lambda: build("summary", "2025"))

            # The register of the same year (one row per interception), against a bare ReportLab
            # table of the very same rows. Ours includes the database query and formatting.
            with store.read() as s:
                reg = queries.fraud_register(s, parse_period("2025"), refs)
            rows = reg.rows
            reps = 2 if quick else 1
            t_bare, _ = _best_of(reps, lambda: _bare_table(rows, reg.header))
            t_register, built_reg = _best_of(reps, lambda: build("fraud-register", "2025"))
        finally:
            store.close()

    size_kb = len(built.pdf) / 1024
    return [
        {"name": f"summary_year_{records}_records_time", "value": round(t_summary, 3), "unit": "s",
         "baseline": 2.0, "ratio": round(t_summary / 2.0, 3), "target": 1.0},
        {"name": f"summary_year_{records}_records_size", "value": round(size_kb, 1), "unit": "KB",
         "baseline": 500.0, "ratio": round(size_kb / 500.0, 3), "target": 1.0},
        {"name": f"fraud_register_{len(rows)}_rows_time", "value": round(t_register, 3), "unit": "s",
         "baseline": round(t_bare, 3), "ratio": round(t_register / t_bare, 3), "target": 1.5},
        {"name": f"fraud_register_{len(rows)}_rows_pages", "value": built_reg.pages, "unit": "pages",
         "baseline": None, "ratio": None, "target": None},
    ]


if __name__ == "__main__":
    import json
    import sys

    for row in run(quick="--quick" in sys.argv):
        print(json.dumps(row, ensure_ascii=False))
