"""Every report built from the program's own demo data, checked as a branch manager would check it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from branchdesk import demo
from branchdesk.domain.money import format_fen
from branchdesk.reports import catalog, excel, queries, summary
from branchdesk.reports.period import parse_period

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

TODAY = date(2026, 11, 20)
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
ACCOUNT = re.compile(r"(?<!\d)\d{16,19}(?!\d)")


def text_of(pdf: bytes, tmp_path) -> str:
    p = tmp_path / "r.pdf"
    p.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], check=True, capture_output=True, text=True).stdout


def no_personal_numbers(text: str) -> None:
    """No mobile, ID or card number in clear anywhere (each printed word checked on its own)."""
    for word in text.split():
        for pattern in (MOBILE, ID_NUMBER, ACCOUNT):
            assert not pattern.search(word), word


@pytest.fixture
def demo_store(store):
    demo.fill(store, 400, demo.DEFAULT_SEED, today=TODAY)
    return store


def build(store, refs, kind, **kw):
    return catalog.build(store, kind, refs=refs, printed_by="王经理", today=TODAY, **kw)


def test_every_report_from_demo_data(demo_store, refs, tmp_path):
    from branchdesk.store.models_complaints import ComplaintRow

    with demo_store.read() as s:
        decided = s.execute(select(ComplaintRow.ref_no).where(ComplaintRow.decision != "")).scalars().first()
        any_ticket = s.execute(select(ComplaintRow.ref_no)).scalars().first()
    assert decided and any_ticket
    for kind, kw, must in (
        ("summary", {"period": "2026"}, ("一、涉诈拦截", "二、消费投诉", "三、金融教育宣传", "网点负责人签字")),
        ("summary", {"period": "2026-Q3"}, ("较上期变化", "2026年第2季度")),
        ("summary", {"period": "2026-10"}, ("2026年10月",)),
        ("fraud-register", {"period": "2026"}, ("涉诈拦截登记簿", "避免损失合计")),
        ("education-log", {"period": "2026"}, ("金融教育宣传活动台账", "现场人数合计")),
        ("complaint-sheet", {"ticket": any_ticket}, ("消费投诉案件处理单", "四、处理经过")),
        ("decision-notice", {"ticket": decided}, ("投诉处理决定告知书", "申请核查", "申请调解", "申请仲裁", "提起诉讼")),
    ):
        built = build(demo_store, refs, kind, **kw)
        text = text_of(built.pdf, tmp_path)
        flat = re.sub(r"\s+", "", text)
        for label in must:
            assert re.sub(r"\s+", "", label) in flat, (kind, label)
        assert f"第1页/共{built.pages}页" in flat, kind
        no_personal_numbers(text)


def test_demo_summary_agrees_with_the_register_exports(demo_store, refs, tmp_path):
    period = parse_period("2026")
    with demo_store.read() as s:
        data = summary.collect(s, period, today=TODAY)
        fraud_reg = queries.fraud_register(s, period, refs)
        edu_reg = queries.education_log(s, period, refs)
    f_path, e_path = tmp_path / "fraud.xlsx", tmp_path / "edu.xlsx"
    excel.register_to_xlsx(f_path, fraud_reg)
    excel.register_to_xlsx(e_path, edu_reg)

    def body(path, header):
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
        return rows[rows.index(tuple(header)) + 1:]

    fraud_rows = body(f_path, fraud_reg.header)
    assert len(fraud_rows) == data.fraud.count > 0
    assert int(sum(Decimal(str(r[7] or 0)) for r in fraud_rows) * 100) == data.fraud.amount_protected
    assert int(sum(Decimal(str(r[6] or 0)) for r in fraud_rows) * 100) == data.fraud.amount_attempted

    held = [r for r in body(e_path, edu_reg.header) if r[9] == "已开展"]
    assert len(held) == data.education.total.events
    assert sum(r[6] or 0 for r in held) == data.education.total.attendees
    assert sum(r[7] or 0 for r in held) == data.education.total.online_reach

    flat = re.sub(r"\s+", "", text_of(build(demo_store, refs, "summary", period="2026").pdf, tmp_path))
    assert "避免损失金额（元）" + format_fen(data.fraud.amount_protected) in flat
    assert f"开展活动（场）{data.education.total.events:,}" in flat
    assert f"受理投诉（件）{data.complaints.received:,}" in flat
