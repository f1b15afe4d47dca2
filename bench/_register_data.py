"""A data folder with N demo interceptions for the register benchmark, cached in bench/.results/.

The records are the demo generator's, saved as `branchdesk-cli demo` saves them: each with its
row, outbox entry and audit entry (store/fraud_bulk.py), so the folder is what a branch
with that many records really holds.

    python -m bench._register_data FOLDER N
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

SEED = 20261124
TODAY = date(2026, 11, 20)  # fixed, so every machine benchmarks the same register


def build(folder: Path, n: int) -> float:
    from branchdesk.demodata import fraud as fraud_demo
    from branchdesk.store.db import open_store

    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.glob("branchdesk.sqlite*"):
        p.unlink()
    (folder / "complete").unlink(missing_ok=True)
    store = open_store(folder / "branchdesk.sqlite")
    t = time.perf_counter()
    try:
        fraud_demo.fill(store, random.Random(SEED), n, TODAY)
    finally:
        store.close()
    (folder / "complete").write_text(f"{n} v2")
    return time.perf_counter() - t


def ensure(folder: Path, n: int) -> Path:
    marker = folder / "complete"
    if not marker.exists() or marker.read_text().strip() != f"{n} v2":  # v2: with outbox and audit entries
        from bench._common import ROOT, env

        import subprocess

        subprocess.run([sys.executable, "-m", "bench._register_data", str(folder), str(n)], cwd=ROOT, env=env(),
                       check=True, timeout=6 * 3600)
    return folder


if __name__ == "__main__":
    import os

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    secs = build(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"built {sys.argv[2]} records in {secs:.1f} s")
