"""Bundle size and start-up time, measured as DESIGN.md asks: a ratio against a bare PySide6 window.

    .venv/bin/python installer/measure_startup.py [--runs 5]

Each start is a whole process, offscreen, timed from launch until the program has shown its first
window and left its event loop (`--quit-after 0`); the bare baseline is a QMainWindow shown the
same way by the same Python the bundle was built from. Median of the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "branchdesk"
EXE = BUNDLE / ("branchdesk.exe" if sys.platform == "win32" else "branchdesk")

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "BRANCHDESK_DATA_DIR")}
    e["QT_QPA_PLATFORM"] = "offscreen"
    return e


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)
    if not EXE.exists():
        print("build the bundle first: make installer", file=sys.stderr)
        return 1
    bare = [timed([sys.executable, "-c", BARE]) for _ in range(args.runs)]
    fresh, again, source = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as d:
            fresh.append(timed([str(EXE), "--data-dir", d, "--quit-after", "0"]))  # creates the database
            again.append(timed([str(EXE), "--data-dir", d, "--quit-after", "0"]))  # the everyday start
            # The same program from the source tree: what the bundle itself adds or saves.
            source.append(timed([sys.executable, "-m", "branchdesk", "--data-dir", d, "--quit-after", "0"]))
    b, f, a = statistics.median(bare), statistics.median(fresh), statistics.median(again)
    s = statistics.median(source)
    print(f"bundle size: {du(BUNDLE) / 2**20:.0f} MiB ({BUNDLE})")
    print(f"bare PySide6 window: {b:.3f} s")
    print(f"bundle, first start (creates the database): {f:.3f} s = {f / b:.1f}x bare")
    print(f"bundle, later start: {a:.3f} s = {a / b:.1f}x bare")
    print(f"same program from the source tree (virtualenv): {s:.3f} s = {s / b:.1f}x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
