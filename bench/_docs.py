"""Writing results into docs/benchmarks.md between each suite's markers."""

from __future__ import annotations

import os
import platform
import re
from datetime import datetime, timezone
from pathlib import Path

from bench._common import ROOT, Result, fmt

DOC = ROOT / "docs" / "benchmarks.md"


def begin(name: str) -> str:
    return f"<!-- bench:{name}:begin (written by `make bench`; edit outside the markers) -->"


def end(name: str) -> str:
    return f"<!-- bench:{name}:end -->"


def table(results: list[Result]) -> list[str]:
    lines = ["| What | Measured | Baseline | Ratio | Target | |", "|---|---|---|---|---|---|"]
    for r in results:
        base = f"{fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline is not None else "–"
        ratio = f"{r.ratio:.1f}×" if r.ratio is not None else "–"
        verdict = "" if r.ok is None else ("✅" if r.ok else "❌")
        what = r.name + (f" — {r.note}" if r.note else "")
        lines.append(f"| {what} | {fmt(r.value, r.unit)} | {base} | {ratio} | {r.target or '–'} | {verdict} |")
    return lines


def machine() -> str:
    load = ""
    if hasattr(os, "getloadavg"):
        # A busy machine slows the run and its baseline alike, but say so: absolute figures drift.
        load = f", load average {os.getloadavg()[0]:.1f} when written"
    return (f"{platform.python_implementation()} {platform.python_version()}, {platform.system()} "
            f"{platform.machine()}, {os.cpu_count()} CPU(s){load}")


def block(name: str, results: list[Result], quick: bool) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = f"Last run {stamp} on {machine()}" + (" (quick run: smaller data)" if quick else "") + "."
    return "\n".join([begin(name), head, "", *table(results), end(name)])


def write(suite_name: str, title: str, results: list[Result], quick: bool, path: Path = DOC) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    new = block(suite_name, results, quick)
    pattern = re.compile(re.escape(begin(suite_name)) + r".*?" + re.escape(end(suite_name)), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: new, text)
    else:
        text = text.rstrip("\n") + f"\n\n## {title}\n\n{new}\n"
    path.write_text(text, encoding="utf-8")
