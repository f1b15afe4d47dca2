"""Start-up to a usable main window showing its data, whole process, against a bare Qt window.

`python -m branchdesk --data-dir D --quit-after 0` starts the real program on a data folder with
demo records: Qt, font, language, store (opened and checked), sign-in step, main window with its
first workspace and data, shown; it quits on the first event-loop turn after show. The baseline
is `bench/_bare_window.py`: QApplication + QMainWindow, shown, quit the same way. Both are timed
from process start to exit, median of several runs, alternating so machine noise hits both.
"""

from __future__ import annotations

import statistics
import sys

from bench._common import RESULTS, Options, Result, cli, env, timed_marks

NAME = "startup"
TITLE = "Start-up to a usable main window"
TARGET = 3.0


def _data_folder() -> str:
    folder = RESULTS / "startup-data"
    if not (folder / "branchdesk.sqlite").exists():
        folder.mkdir(parents=True, exist_ok=True)
        cli("demo", "--records", "600", "--data-dir", str(folder))
    return str(folder)


def run(opts: Options) -> list[Result]:
    folder = _data_folder()
    runs = opts.runs or (3 if opts.quick else 7)
    app = [sys.executable, "-m", "branchdesk", "--data-dir", folder, "--quit-after", "0"]
    bare = [sys.executable, str(RESULTS.parent / "_bare_window.py")]
    e = env()
    timed_marks(app, environ=e)  # warm the OS file cache for both, not measured
    timed_marks(bare, environ=e)
    app_runs, bare_runs = [], []
    for _ in range(runs):
        app_runs.append(timed_marks(app, environ=e))
        bare_runs.append(timed_marks(bare, environ=e))

    def median(runs_, mark):
        return statistics.median(r[mark] for r in runs_)

    value, base = median(app_runs, "READY"), median(bare_runs, "READY")
    settled, whole, bare_w = median(app_runs, "SETTLED"), median(app_runs, "whole"), median(bare_runs, "whole")
    return [
        Result("start to window rendered with its data, 600 demo records (median of %d)" % runs, value, "s",
               "bare QMainWindow", base, f"≤ {TARGET:g}× baseline", value <= TARGET * base),
        Result("… until the store is open and sync, reminders and idle lock are attached (after the first paint)",
               settled, "s", "bare QMainWindow", base, "–", None),
        Result("whole process, start to exit (includes teardown)", whole, "s", "bare QMainWindow", bare_w, "–", None),
    ]
