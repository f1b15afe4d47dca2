"""Shared pieces of the benchmarks: results, medians, subprocess timing, the results folder."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / ".results"  # cached data folders; ignored by git


@dataclass
class Options:
    quick: bool = False
    runs: int | None = None


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""  # e.g. "≤ 3× baseline" or "≤ 200 ms"
    ok: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    return f"{value:g} {unit}"


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.update(extra)
    return e


def timed_run(argv: list[str], *, environ: dict[str, str] | None = None, timeout: float = 300) -> float:
    """Wall time of a whole process, start to exit."""
    t = time.perf_counter()
    r = subprocess.run(argv, cwd=ROOT, env=environ or env(), capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({r.returncode}): {r.stderr[-2000:]}")
    return elapsed


def timed_marks(argv: list[str], *, environ: dict[str, str] | None = None, timeout: float = 300) -> dict[str, float]:
    """Seconds from process start to each mark it printed ("READY <unix time>", ...), and "whole".

    The child prints READY the moment its window has been rendered with its data and SETTLED
    when everything start-up defers after that first paint is done (BRANCHDESK_PRINT_READY=1);
    "whole" is start to exit, teardown included.
    """
    e = dict(environ or env(), BRANCHDESK_PRINT_READY="1")
    t0 = time.time()
    t = time.perf_counter()
    r = subprocess.run(argv, cwd=ROOT, env=e, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({r.returncode}): {r.stderr[-2000:]}")
    marks = {parts[0]: float(parts[1]) - t0 for parts in (line.split() for line in r.stdout.splitlines())
             if len(parts) == 2 and parts[0] in ("READY", "SETTLED")}
    if "READY" not in marks:
        raise RuntimeError(f"{' '.join(argv)} never printed READY")
    return {**marks, "whole": elapsed}


def median_of(fn, runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def cli(*args: str, environ: dict[str, str] | None = None, timeout: float = 3600) -> str:
    r = subprocess.run([sys.executable, "-m", "branchdesk.cli", *args], cwd=ROOT, env=environ or env(),
                       capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError(f"branchdesk-cli {' '.join(args)} failed: {r.stderr[-2000:]}")
    return r.stdout


def peak_rss_mb() -> float:
    """VmHWM: the process's peak resident memory (Linux)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")
