"""The intake receipt: a real PDF, Chinese text extractable, no full phone or ID number."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from branchdesk.reports.complaint_receipt import build_receipt, receipt_from_case
from branchdesk.store import complaint_repo as repo
from tests.integration.test_complaint_store import ID_A, PHONE_A, TELLER, create, intake, protector  # noqa: F401


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_receipt_pdf_has_chinese_and_masked_data(store, refs, protector, tmp_path):  # noqa: F811
    cid, ref = create(store, refs, protector, intake(date(2026, 11, 2), id_number=ID_A))
    with store.read() as s:
        row = repo.get(s, cid)
    out = tmp_path / "receipt.pdf"
    build_receipt(out, receipt_from_case(row, refs, branch_name="演示支行"), printed_by="李柜员")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "投诉受理回执" in text and ref in text
    assert "139****5678" in text and "张某" in text and "2026-11-17" in text
    assert PHONE_A not in text and ID_A not in text and "张三丰" not in text
