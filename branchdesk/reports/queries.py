"""Read-only queries the reports need, over the fraud, complaint and education tables.

Each area's own repository is used where it offers the figure (fraud_repo.stats, education_repo.stats);
what the complaint reports need is read here from the complaint tables. A section whose tables are
not installed on this PC returns None, and the report says so instead of printing zeros.

Rows for registers come back as ``Register(header, rows, right, totals)`` of display strings, so
the PDF and the Excel export print the same thing, and masked the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from statistics import mean

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from branchdesk.domain import fraud
from branchdesk.domain.money import format_fen
from branchdesk.domain.personal_data import mask_account
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import format_local
from branchdesk.reports.period import Period
from branchdesk.store import fraud_repo

# ---------------------------------------------------------------- safety net for free text

_DIGIT_RUN = re.compile(r"\d[\d\s-]{9,}\d|\d{10,}")


def scrub_numbers(text: str | None) -> str:
    """Mask any long digit run (ID, phone, card number) left in free text before it is printed.

    The forms refuse such runs already; this keeps a PDF safe even for records imported or made
    before that check existed.
    """
    return _DIGIT_RUN.sub(lambda m: mask_account(m.group(0)), text or "")


# ---------------------------------------------------------------- fraud

def fraud_filter(period: Period) -> fraud.FraudFilter:
    return fraud.FraudFilter(date_from=period.start, date_to=period.end)


def fraud_stats(session: Session, period: Period) -> fraud.FraudStats:
    st = fraud_repo.stats(session, fraud_filter(period))
    st.amount_attempted = fraud_repo.totals(session, fraud_filter(period)).amount_attempted
    return st


@dataclass
class Register:
    title: str
    header: list[str]
    rows: list[list[str]]
    right: tuple[int, ...] = ()  # right-aligned columns (numbers)
    wrap: tuple[int, ...] = ()  # columns of long text
    totals: list[tuple[str, str]] = field(default_factory=list)  # label, value (as printed)
    widths_mm: tuple[float, ...] = ()


def yes_no(v: bool | None) -> str:
    return "是" if v else "否"


def fraud_register(session: Session, period: Period, refs: RefBook, lang: str = "zh_CN") -> Register:
    """A row per interception in the period, oldest first. No customer identity is held in the register."""
    rows = fraud_repo.all_for_export(session, fraud_filter(period))
    out, attempted, protected, police, elderly = [], 0, 0, 0, 0
    for r in rows:
        attempted += r.amount_attempted or 0
        protected += r.amount_protected or 0
        police += bool(r.police_notified)
        elderly += r.age_band == fraud.ELDERLY_BAND
        out.append([
            r.ref_no, format_local(r.occurred_at), refs.label("fraud_type", r.fraud_type, lang),
            refs.label("business_type", r.business_type, lang), refs.label("fraud_channel", r.channel, lang),
            refs.label("age_band", r.age_band, lang), format_fen(r.amount_attempted), format_fen(r.amount_protected),
            yes_no(r.police_notified), scrub_numbers(r.police_ref), refs.label("fraud_outcome", r.outcome, lang),
            r.recorder,
        ])
    header = ["编号", "发生时间", "诈骗类型", "业务类型", "渠道", "年龄段", "拟转金额（元）", "避免损失（元）",
              "报警", "回执号", "结果", "登记人"]
    return Register(
        title="涉诈拦截登记簿", header=header, rows=out, right=(6, 7),
        totals=[("案件数", f"{len(out):,}"), ("拟转金额合计（元）", format_fen(attempted)),
                ("避免损失合计（元）", format_fen(protected)), ("报警件数", f"{police:,}"),
                ("60岁以上", f"{elderly:,}")],
        widths_mm=(44, 25, 40, 22, 15, 15, 23, 23, 9, 18, 17, 16),
    )


# ---------------------------------------------------------------- education

def _education():
    try:
        from branchdesk.domain import education
        from branchdesk.store import education_repo
    except ImportError:
        return None
    return education, education_repo


def education_stats(session: Session, period: Period):
    """EducationStats of the events held in the period, or None if the education tables are absent."""
    mods = _education()
    if mods is None:
        return None
    education, repo = mods
    f = education.EducationFilter(date_from=period.start, date_to=period.end, status=education.HELD)
    try:
        return repo.stats(session, f, education.MONTH)
    except OperationalError:
        return None


def education_log(session: Session, period: Period, refs: RefBook, lang: str = "zh_CN") -> Register | None:
    mods = _education()
    if mods is None:
        return None
    education, repo = mods
    try:
        rows = repo.all_for_export(session, education.EducationFilter(date_from=period.start, date_to=period.end))
    except OperationalError:
        return None
    out, attendees, reach, held = [], 0, 0, 0
    for r in rows:
        is_held = r.status == education.HELD
        if is_held:
            held += 1
            attendees += r.attendees or 0
            reach += r.online_reach or 0
        groups = "、".join(refs.label("target_group", g, lang) for g in (r.target_groups or "").split())
        out.append([
            r.ref_no, format_local(r.starts_at, "%Y-%m-%d"), refs.label("campaign", r.campaign, lang),
            scrub_numbers(r.slogan), refs.label("location_type", r.location_type, lang), groups,
            f"{r.attendees:,}" if r.attendees is not None else "", f"{r.online_reach:,}" if r.online_reach is not None else "",
            r.organiser, "已开展" if is_held else "计划中",
        ])
    header = ["编号", "日期", "活动", "主题口号", "场所", "目标人群", "现场人数", "线上触达", "负责人", "状态"]
    return Register(
        title="金融教育宣传活动台账", header=header, rows=out, right=(6, 7), wrap=(2, 3, 4, 5),
        totals=[("活动数（已开展）", f"{held:,}"), ("计划中", f"{len(out) - held:,}"),
                ("现场人数合计", f"{attendees:,}"), ("线上触达合计", f"{reach:,}"),
                ("覆盖人次合计", f"{attendees + reach:,}")],
        widths_mm=(44, 19, 38, 46, 20, 36, 16, 16, 18, 14),
    )


# ---------------------------------------------------------------- complaints

def _complaints():
    try:
        from branchdesk.domain import complaints
        from branchdesk.store.models_complaints import ComplaintEvent, ComplaintNote, ComplaintRow
    except ImportError:
        return None
    return complaints, ComplaintRow, ComplaintEvent, ComplaintNote


@dataclass
class ComplaintSummary:
    received: int = 0
    decided: int = 0  # first-instance decisions made in the period
    closed: int = 0  # cases whose handling ended in the period (closed, withdrawn, merged, declined)
    open_at_end: int = 0
    overdue_open: int = 0  # open at the period's end (or today) and past the due date
    decided_late: int = 0
    avg_days_to_decision: float | None = None
    extensions: int = 0  # extensions approved in the period
    by_business: dict[str, int] = field(default_factory=dict)  # JR/T 0169 B
    by_cause: dict[str, int] = field(default_factory=dict)  # JR/T 0169 C
    by_month: dict[str, int] = field(default_factory=dict)


def complaint_summary(session: Session, period: Period, *, today: date) -> ComplaintSummary | None:
    """Totals of the complaints of a period; None if the complaint tables are absent."""
    mods = _complaints()
    if mods is None:
        return None
    complaints, C, E, _N = mods
    start, end = period.start.isoformat(), period.end.isoformat()
    as_of = min(period.end, today).isoformat()
    ended_statuses = {s.value for s in complaints.ENDED_STATUSES}
    try:
        cases = session.execute(
            select(C.id, C.received_on, C.due_on, C.class_business, C.class_cause)
            .where(C.deleted_at.is_(None), C.received_on <= end)).all()
        events = session.execute(
            select(E.complaint_id, E.action, E.to_status, E.on)
            .join(C, C.id == E.complaint_id).where(C.deleted_at.is_(None), C.received_on <= end)).all()
    except OperationalError:
        return None

    decided_on: dict[str, str] = {}
    ended_on: dict[str, str] = {}
    s = ComplaintSummary()
    for cid, action, to_status, on in events:
        if action == "decide":
            decided_on[cid] = min(on, decided_on.get(cid, on))
        if to_status in ended_statuses:
            ended_on[cid] = min(on, ended_on.get(cid, on))
        if action == complaints.EXTENSION_APPROVED and start <= on <= end:
            s.extensions += 1
    business: Counter[str] = Counter()
    cause: Counter[str] = Counter()
    months: Counter[str] = Counter()
    days = []
    for cid, received_on, due_on, b, c in cases:
        if received_on >= start:
            s.received += 1
            business[b or ""] += 1
            cause[c or ""] += 1
            months[received_on[:7]] += 1
        d = decided_on.get(cid)
        if d and start <= d <= end:
            s.decided += 1
            days.append((date.fromisoformat(d) - date.fromisoformat(received_on)).days)
            if due_on and d > due_on:
                s.decided_late += 1
        e = ended_on.get(cid)
        if e and start <= e <= end:
            s.closed += 1
        if not e or e > end:
            s.open_at_end += 1
            if due_on and due_on < as_of and not (d and d <= as_of):
                s.overdue_open += 1
    s.avg_days_to_decision = round(mean(days), 1) if days else None
    s.by_business = dict(business.most_common())
    s.by_cause = dict(cause.most_common())
    s.by_month = {m: months.get(m, 0) for m in period.months()}
    return s


class TicketNotFound(LookupError):
    pass


@dataclass
class CaseEvent:
    at: datetime
    on: str
    actor: str
    action: str
    from_status: str
    to_status: str
    reason: str


@dataclass
class CaseFile:
    """One complaint as the case papers print it: masked identity, full history."""

    ticket_no: str
    row: object  # ComplaintRow, read-only
    events: list[CaseEvent]
    notes: list[tuple[datetime, str, str]]  # at, author, text (numbers scrubbed)


def complaint_case(session: Session, ticket_no: str) -> CaseFile:
    mods = _complaints()
    if mods is None:
        raise TicketNotFound(ticket_no)
    _c, C, E, N = mods
    t = (ticket_no or "").strip().upper()
    try:
        row = session.execute(select(C).where(C.ref_no == t, C.deleted_at.is_(None))).scalar_one_or_none()
    except OperationalError:
        row = None
    if row is None:
        raise TicketNotFound(ticket_no)
    events = [CaseEvent(e.at, e.on, e.actor, e.action, e.from_status, e.to_status, scrub_numbers(e.reason))
              for e in session.execute(select(E).where(E.complaint_id == row.id).order_by(E.at, E.id)).scalars()]
    notes = [(n.at, n.author, scrub_numbers(n.text))
             for n in session.execute(select(N).where(N.complaint_id == row.id).order_by(N.at, N.id)).scalars()]
    return CaseFile(t, row, events, notes)
