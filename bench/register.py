"""A branch with 200,000 interceptions: the list shows, a filter answers, memory stays small.

The data folder is built once through the real save path (row, outbox and audit entries per
record) and cached in bench/.results/. A fresh process then opens it and measures:
- list: time from asking for the register to the first 200 rows (fraud_repo.totals + page, as the
  list model does), and, with the window's fraud workspace, creating it until its first row shows;
- filter: p95 over a mix of filters (date range, type, outcome, amount, police, recorder, text);
- memory: the probe process's peak resident memory (VmHWM).
Baseline: a bare `SELECT count(*)` on the same table with the plain sqlite3 module.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

from bench._common import RESULTS, ROOT, Options, Result, env
from bench._register_data import ensure

NAME = "register"
TITLE = "Fraud register with 200,000 interceptions"


def run(opts: Options) -> list[Result]:
    n = 20_000 if opts.quick else 200_000
    folder = ensure(RESULTS / f"register-{n}", n)
    argv = [sys.executable, "-m", "bench._register_probe", str(folder)]
    ui = importlib.util.find_spec("branchdesk.ui.fraud.workspace") is not None
    if ui:
        argv.append("--ui")
    r = subprocess.run(argv, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-3000:])
    m = json.loads(r.stdout.strip().splitlines()[-1])
    base = m["bare_count_ms"]
    rows = f"{m['rows']:,} rows"
    out = [
        Result(f"list: totals + first 200 rows, first time ({rows})", m["list_first_ms"], "ms", "bare SELECT count(*)",
               base, "≤ 200 ms", m["list_first_ms"] <= 200),
        Result("list: totals + first 200 rows, median of 5", m["list_ms"], "ms", "bare SELECT count(*)", base,
               "≤ 200 ms", m["list_ms"] <= 200),
        Result("… of which totals (count and sums)", m["totals_ms"], "ms", "bare SELECT count(*)", base),
        Result("… of which the first page of 200 rows", m["page_ms"], "ms", "bare SELECT count(*)", base),
    ]
    if "workspace_ms" in m:
        out.append(Result("fraud workspace created until its first row shows", m["workspace_ms"], "ms",
                          "bare SELECT count(*)", base, "≤ 200 ms", m["workspace_ms"] <= 200))
    out.append(Result("filter: totals + first page, p95 of 15 filters × 3", m["filter_p95_ms"], "ms",
                      "bare SELECT count(*)", base, "≤ 100 ms", m["filter_p95_ms"] <= 100,
                      note=f"median {m['filter_median_ms']:.1f} ms, max {m['filter_max_ms']:.0f} ms"))
    if "workspace_filter_p95_ms" in m:
        out.append(Result("filter in the workspace's model, p95", m["workspace_filter_p95_ms"], "ms",
                          "bare SELECT count(*)", base, "≤ 100 ms", m["workspace_filter_p95_ms"] <= 100))
    out.append(Result("peak resident memory of that process", m["peak_rss_mb"], "MB", target="≤ 300 MB",
                      ok=m["peak_rss_mb"] <= 300))
    return out
