"""`branchdesk-cli report ...` as a scheduled run would call it: a real process on a real data folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from branchdesk.reports.sample_data import fill
from branchdesk.store.models import AuditEntry

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")


def cli(data_dir, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BRANCHDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "branchdesk.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


@pytest.fixture
def filled(store, refs):
    return fill(store, refs, year=2026, fraud=40, events=6, seed=3, until=date(2026, 10, 31))


def test_summary_for_a_month_quarter_and_year(store, data_dir, filled, tmp_path):
    for period in ("2026-10", "2026-Q3", "2026"):
        out = tmp_path / f"summary-{period}.pdf"
        r = cli(data_dir, "report", "summary", "--period", period, "--out", str(out), "--user", "wang")
        assert r.returncode == 0, r.stderr
        assert out.read_bytes()[:5] == b"%PDF-"
        assert str(out) in r.stdout
    with store.read() as s:
        exports = s.query(AuditEntry).filter_by(action="export").all()
    assert [e.detail["subject"] for e in exports] == ["2026-10", "2026-Q3", "2026"]
    assert {e.actor for e in exports} == {"wang"}


@pytest.mark.parametrize("period", ["2026-13", "2026-Q0", "26", "2026/10", "下个月", "2099"])
def test_bad_period_says_why_and_writes_nothing(data_dir, filled, tmp_path, period):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    r = cli(data_dir, "report", "summary", "--period", period, "--out", str(out))
    assert r.returncode == 1
    assert "报表期间" in r.stderr
    assert "Traceback" not in r.stderr
    assert list(folder.iterdir()) == []  # neither the file nor a temporary part of it


def test_unknown_ticket_and_missing_folder(data_dir, filled, tmp_path):
    out = tmp_path / "sheet.pdf"
    r = cli(data_dir, "report", "complaint-sheet", "--ticket", "TK-310115-0000-2026-999999", "--out", str(out))
    assert r.returncode == 1 and "找不到该投诉编号" in r.stderr and not out.exists()
    r = cli(data_dir, "report", "summary", "--period", "2026-10", "--out", str(tmp_path / "nope" / "s.pdf"))
    assert r.returncode == 1 and "文件夹不存在" in r.stderr
    r = cli(data_dir, "--lang", "en", "report", "summary", "--period", "2026-13", "--out", str(out))
    assert r.returncode == 1 and "2026-Q3 (quarter)" in r.stderr


def test_fraud_register_pdf_and_excel_agree(data_dir, filled, tmp_path):
    pdf, xlsx = tmp_path / "reg.pdf", tmp_path / "reg.xlsx"
    assert cli(data_dir, "report", "fraud-register", "--period", "2026", "--out", str(pdf)).returncode == 0
    r = cli(data_dir, "report", "fraud-register", "--period", "2026", "--out", str(xlsx))
    assert r.returncode == 0, r.stderr
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    refs = [r[0] for r in rows if r and isinstance(r[0], str) and r[0].startswith("TS-")]
    assert sorted(refs) == sorted(filled.fraud)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert all(ref in text for ref in filled.fraud)
