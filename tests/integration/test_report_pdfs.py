"""Every report built from a real store: totals agree with the registers, text and fonts checked in the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from branchdesk.domain.money import format_fen
from branchdesk.reports import catalog, excel, queries, summary
from branchdesk.reports.period import parse_period
from branchdesk.reports.sample_data import fill
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import settings
from branchdesk.store.models import AuditEntry

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

TODAY = date(2026, 11, 24)


def pdftext(pdf: bytes, tmp_path, name="r.pdf") -> str:
    p = tmp_path / name
    p.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(p), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"[ \t]+", " ", out)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def embedded_fonts(pdf: bytes, tmp_path) -> list[list[str]]:
    p = tmp_path / "fonts.pdf"
    p.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(p)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture
def filled(store, refs):
    with store.read() as s:
        device = settings.identity(s).device_id
    protector = FieldProtector.from_keyring(device)
    data = fill(store, refs, year=2026, fraud=180, complaints=30, events=25, seed=7, protector=protector,
                until=date(2026, 11, 20))
    return data


def build(store, refs, kind, **kw):
    return catalog.build(store, kind, refs=refs, printed_by="王经理", today=TODAY, **kw)


def test_summary_totals_agree_with_the_fraud_register_export(store, refs, filled, tmp_path):
    period = parse_period("2026-Q3")
    with store.read() as s:
        reg = queries.fraud_register(s, period, refs)
        data = summary.collect(s, period, today=TODAY)
    xlsx = tmp_path / "register.xlsx"
    n = excel.register_to_xlsx(xlsx, reg)
    ws = load_workbook(xlsx).active
    rows = list(ws.iter_rows(values_only=True))
    head = rows.index(tuple(reg.header))
    body = rows[head + 1:]
    assert len(body) == n == data.fraud.count > 0
    protected = sum(Decimal(str(r[7])) for r in body)
    assert int(protected * 100) == data.fraud.amount_protected
    assert sum(1 for r in body if r[8] == "是") == data.fraud.police

    text = squash(pdftext(build(store, refs, "summary", period="2026-Q3").pdf, tmp_path))
    assert f"拦截案件数（件）{data.fraud.count}" in text
    assert "避免损失金额（元）" + format_fen(data.fraud.amount_protected) in text
    reg_text = squash(pdftext(build(store, refs, "fraud-register", period="2026-Q3").pdf, tmp_path, "reg.pdf"))
    assert f"案件数{n}" in reg_text
    assert "避免损失合计（元）" + format_fen(data.fraud.amount_protected) in reg_text
    for ref in [r[0] for r in body[:3]] + [body[-1][0]]:
        assert ref in reg_text


def test_summary_sections_headings_and_no_personal_data(store, refs, filled, tmp_path):
    built = build(store, refs, "summary", period="2026")
    text = pdftext(built.pdf, tmp_path)
    flat = squash(text)
    for heading in ("消费者权益保护工作汇总", "一、涉诈拦截", "二、消费投诉", "三、金融教育宣传", "按诈骗类型",
                    "按投诉原因（JR/T0169-2018C）", "按目标人群", "较上期变化", "网点负责人签字", "（网点盖章）"):
        assert heading in flat, heading
    with store.read() as s:
        c = queries.complaint_summary(s, parse_period("2026"), today=TODAY)
        e = queries.education_stats(s, parse_period("2026"))
    assert c.received == 30
    assert f"受理投诉（件）30" in flat
    assert f"开展活动（场）{e.total.events}" in flat and e.total.events == 25
    assert f"第1页/共{built.pages}页" in flat
    for secret in filled.phones + filled.id_numbers:
        assert secret not in flat
    assert "张三丰" not in flat and "张某" not in flat  # a summary has totals only


def test_complaint_summary_counts_match_the_cases(store, refs, filled):
    with store.read() as s:
        c = queries.complaint_summary(s, parse_period("2026"), today=TODAY)
    assert c.decided == len(filled.decided)
    assert c.received == c.open_at_end + c.closed
    assert sum(c.by_business.values()) == sum(c.by_cause.values()) == c.received
    assert c.avg_days_to_decision is not None and 3 <= c.avg_days_to_decision <= 20
    assert c.extensions > 0


def test_education_log_totals_match_statistics(store, refs, filled, tmp_path):
    period = parse_period("2026")
    with store.read() as s:
        log = queries.education_log(s, period, refs)
        stats = queries.education_stats(s, period)
    attendees = sum(int(r[6].replace(",", "")) for r in log.rows if r[6])
    assert attendees == stats.total.attendees
    text = squash(pdftext(build(store, refs, "education-log", period="2026").pdf, tmp_path))
    assert f"现场人数合计{stats.total.attendees:,}" in text
    assert "金融教育宣传活动台账" in text


def test_case_sheet_shows_history_masked(store, refs, filled, tmp_path):
    ticket = filled.decided[0]
    i = filled.complaints.index(ticket)
    flat = squash(pdftext(build(store, refs, "complaint-sheet", ticket=ticket).pdf, tmp_path))
    assert ticket in flat
    assert "张某" in flat and "张三丰" not in flat
    phone, idn = filled.phones[i], filled.id_numbers[i]
    assert phone not in flat and idn not in flat
    assert f"{phone[:3]}****{phone[-4:]}" in flat
    for step in ("受理", "调查核实", "作出处理决定", "回避确认", "四、处理经过"):
        assert step in flat


def test_decision_notice_states_findings_grounds_and_remedies(store, refs, filled, tmp_path):
    ticket = filled.decided[0]
    flat = squash(pdftext(build(store, refs, "decision-notice", ticket=ticket).pdf, tmp_path))
    assert "投诉处理决定告知书" in flat and "张某：" in flat
    assert "手续费收取前未充分告知，予以退还" in flat
    assert "《银行业保险业消费投诉处理管理办法》" in flat
    for remedy in ("申请核查", "30日内", "申请调解", "申请仲裁", "提起诉讼"):
        assert remedy in flat, remedy


def test_notice_without_decision_and_unknown_ticket_are_refused(store, refs, filled):
    undecided = next(t for t in filled.complaints if t not in filled.decided)
    with pytest.raises(catalog.ReportError) as e:
        build(store, refs, "decision-notice", ticket=undecided)
    assert e.value.code == "report_no_decision"
    assert "尚未作出处理决定" in e.value.message()
    with pytest.raises(catalog.ReportError) as e:
        build(store, refs, "complaint-sheet", ticket="TK-000000-0000-2026-999999")
    assert e.value.code == "report_ticket_not_found"
    for bad in ("2026-13", "26-10", "2026-Q5", "October", "2027"):
        with pytest.raises(catalog.ReportError):
            build(store, refs, "summary", period=bad)


def test_every_report_embeds_the_truetype_font(store, refs, filled, tmp_path):
    kinds = [("summary", {"period": "2026-10"}), ("fraud-register", {"period": "2026-10"}),
             ("education-log", {"period": "2026"}), ("complaint-sheet", {"ticket": filled.decided[0]}),
             ("decision-notice", {"ticket": filled.decided[0]})]
    for kind, kw in kinds:
        fonts = embedded_fonts(build(store, refs, kind, **kw).pdf, tmp_path)
        assert fonts, kind
        for cols in fonts:
            assert "WenQuanYiMicroHei" in cols[0], (kind, cols)
            assert cols[-5] == "yes", (kind, cols)  # the "emb" column


def test_output_is_audited_without_personal_data(store, refs, filled):
    built = build(store, refs, "complaint-sheet", ticket=filled.decided[0])
    catalog.record_output(store, actor="wang", action="print", built=built)
    with store.read() as s:
        last = s.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
    assert last.action == "print" and last.actor == "wang"
    assert last.detail == {"report": "complaint-sheet", "subject": filled.decided[0], "pages": built.pages}
