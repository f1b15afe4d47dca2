"""The reports BranchDesk prints, and one way to build each: used by the window and the command line.

API
---
``REPORTS``: key → ``ReportKind(key, title, needs, permission, landscape)``; ``needs`` is "period"
(summary, fraud-register, education-log) or "ticket" (complaint-sheet, decision-notice).
Registers need ``Permission.PRINT_REGISTER``.

``build(store, kind, *, period=None, ticket=None, refs, printed_by, today=None, now=None) -> Built``
    Builds the PDF in memory and returns ``Built(pdf: bytes, kind, subject, pages)``. Raises
    ``ReportError(code)`` for an unknown report, a bad period or ticket, or a notice with no
    decision yet; ``error.message(lang)`` is the sentence to show. Nothing is written.

``write_atomically(path, data)``: the file appears complete or not at all.

``check_permission(actor, kind) -> str | None``: the refusal's message code, or None.

``record_output(store, *, actor, action, built, device_id="", target="")``
    Appends "print" or "export" to the audit log; the detail names the report, its period or
    ticket number and the page count, never personal data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from branchdesk.domain import messages
from branchdesk.domain.reference import RefBook
from branchdesk.domain.roles import Actor, Permission
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.reports import case_papers, queries, registers, summary
from branchdesk.reports.pdfbase import PageInfo, build_pdf
from branchdesk.reports.period import PeriodError, parse_period
from branchdesk.store import settings

messages.register({
    "report_unknown": ("没有这种报表", "沒有這種報表", "There is no such report"),
    "report_needs_period": ("请指定报表期间", "請指定報表期間", "Give the report period"),
    "report_needs_ticket": ("请指定投诉编号", "請指定投訴編號", "Give the complaint ticket number"),
    "report_not_permitted_register": (
        "打印登记簿需要“打印登记簿”权限（网点负责人），当前账号没有该权限",
        "列印登記簿需要「列印登記簿」權限（網點負責人），目前帳號沒有該權限",
        "Printing a register needs the 'print registers' permission (branch manager); this account does not have it",
    ),
    "export_unmask_not_permitted": (
        "导出完整个人信息需要“查看完整信息”权限，当前账号没有该权限；可导出屏蔽后的列表",
        "匯出完整個人資訊需要「檢視完整資訊」權限，目前帳號沒有該權限；可匯出遮蔽後的列表",
        "Exporting personal data in full needs the 'unmask' permission, which this account does not have; "
        "the masked list can be exported",
    ),
    "report_section_unavailable": ("本机尚未启用该模块", "本機尚未啟用該模組", "That module is not installed on this PC"),
})


class ReportError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code

    def message(self, lang: str = "zh_CN") -> str:
        return messages.message(self.code, lang)


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    needs: str  # "period" | "ticket"
    permission: Permission | None = None
    landscape: bool = False


REPORTS: dict[str, ReportKind] = {k.key: k for k in (
    ReportKind("summary", "消费者权益保护工作汇总", "period"),
    ReportKind("fraud-register", "涉诈拦截登记簿", "period", Permission.PRINT_REGISTER, landscape=True),
    ReportKind("education-log", "金融教育宣传活动台账", "period", Permission.PRINT_REGISTER, landscape=True),
    ReportKind("complaint-sheet", "消费投诉案件处理单", "ticket"),
    ReportKind("decision-notice", "投诉处理决定告知书", "ticket"),
)}


@dataclass(frozen=True)
class Built:
    pdf: bytes
    kind: str
    subject: str  # period key or ticket number: what the audit log and file name carry
    pages: int


def check_permission(actor: Actor, kind: str) -> str | None:
    spec = REPORTS.get(kind)
    if spec is None:
        return "report_unknown"
    if spec.permission is not None and not actor.can(spec.permission):
        return "report_not_permitted_register"
    return None


def build(store, kind: str, *, period: str | None = None, ticket: str | None = None, refs: RefBook,
          printed_by: str, today: date | None = None, now: datetime | None = None,
          lang: str = "zh_CN") -> Built:
    spec = REPORTS.get(kind)
    if spec is None:
        raise ReportError("report_unknown")
    now = now or datetime.now(LOCAL_TZ)
    today = today or now.astimezone(LOCAL_TZ).date()
    with store.read() as s:
        ident = settings.identity(s)
        if spec.needs == "period":
            if not (period or "").strip():
                raise ReportError("report_needs_period")
            try:
                p = parse_period(period, today=today)
            except PeriodError as e:
                raise ReportError(e.code) from None
            info = PageInfo(spec.title, ident.branch_name, ident.branch_code, p.label, printed_by, now)
            if kind == "summary":
                data = summary.collect(s, p, today=today)
                story = summary.story(data, refs, branch_name=ident.branch_name, lang=lang)
            elif kind == "fraud-register":
                story = registers.story(queries.fraud_register(s, p, refs, lang), p, branch_name=ident.branch_name)
            else:
                reg = queries.education_log(s, p, refs, lang)
                if reg is None:
                    raise ReportError("report_section_unavailable")
                story = registers.story(reg, p, branch_name=ident.branch_name)
            subject = p.key
        else:
            if not (ticket or "").strip():
                raise ReportError("report_needs_ticket")
            try:
                case = queries.complaint_case(s, ticket)
            except queries.TicketNotFound:
                raise ReportError("report_ticket_not_found") from None
            info = PageInfo(spec.title, ident.branch_name, ident.branch_code, f"投诉编号 {case.ticket_no}",
                            printed_by, now)
            if kind == "complaint-sheet":
                story = case_papers.sheet_story(case, refs, branch_name=ident.branch_name, lang=lang)
            else:
                if not case_papers.has_decision(case):
                    raise ReportError("report_no_decision")
                story = case_papers.notice_story(case, refs, branch_name=ident.branch_name, today=today, lang=lang)
            subject = case.ticket_no
    stats: dict = {}
    pdf = build_pdf(None, story, info, landscape=spec.landscape, stats=stats)
    return Built(pdf, kind, subject, stats["pages"])


def write_atomically(path: str | os.PathLike, data: bytes) -> Path:
    """Write to a temporary file beside the target, then rename: no half-written PDF is ever left."""
    from branchdesk.store.files import write_whole

    target = Path(path)
    write_whole(target, data)
    return target


def record_output(store, *, actor: str, action: str, built: Built | None = None, kind: str = "",
                  subject: str = "", pages: int | None = None, rows: int | None = None, device_id: str = "",
                  unmasked: bool = False) -> None:
    """Audit a print or an export: which report, of what, how big. No personal data, no file path."""
    from branchdesk.store import audit

    assert action in ("print", "export")
    detail: dict = {"report": built.kind if built else kind, "subject": built.subject if built else subject}
    if built is not None:
        detail["pages"] = built.pages
    if pages is not None:
        detail["pages"] = pages
    if rows is not None:
        detail["rows"] = rows
    if unmasked:
        detail["unmasked"] = True  # whether personal data left in clear, never the data itself
    with store.write() as s:
        if not device_id:
            device_id = settings.identity(s).device_id
        audit.append(s, actor=actor, action=action, record_kind="report", record_id="", detail=detail,
                     device_id=device_id)
