"""The branch manager's summary for a month, quarter or year: totals only, no personal data.

``collect(session, period, today=...)`` gathers the figures of the period and of the one before;
``story(data, refs)`` lays them out (tables, charts, change against the previous period, signature
and stamp block). ``build(...)`` in reports.catalog ties them to the page frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer
from sqlalchemy.orm import Session

from branchdesk.domain.fraud import FraudStats
from branchdesk.domain.money import format_fen
from branchdesk.domain.reference import RefBook
from branchdesk.reports import charts, queries
from branchdesk.reports.pdfbase import data_table, fmt_int, fmt_pct, frame_width, para, section_note, signature_block
from branchdesk.reports.period import Period

NOT_AVAILABLE = "本机尚未启用{area}模块，本节暂无数据来源，未作统计。"


@dataclass
class SummaryData:
    period: Period
    previous: Period
    fraud: FraudStats
    fraud_prev: FraudStats
    complaints: queries.ComplaintSummary | None
    complaints_prev: queries.ComplaintSummary | None
    education: object | None  # EducationStats
    education_prev: object | None


def collect(session: Session, period: Period, *, today: date) -> SummaryData:
    prev = period.previous()
    return SummaryData(
        period=period, previous=prev,
        fraud=queries.fraud_stats(session, period), fraud_prev=queries.fraud_stats(session, prev),
        complaints=queries.complaint_summary(session, period, today=today),
        complaints_prev=queries.complaint_summary(session, prev, today=today),
        education=queries.education_stats(session, period), education_prev=queries.education_stats(session, prev),
    )


# ---------------------------------------------------------------- change against the previous period

def change(now: float | None, before: float | None, *, money: bool = False, points: bool = False) -> str:
    """'+12（+8.3%）', '−3（−50.0%）', '持平', or '—' when there is nothing to compare."""
    if now is None or before is None:
        return "—"
    diff = now - before
    if points:  # shares: the change is in percentage points
        return "持平" if abs(diff) < 0.0005 else f"{diff * 100:+.1f} 个百分点".replace("-", "−")
    if diff == 0:
        return "持平"
    shown = (("+" if diff > 0 else "−") + format_fen(abs(int(diff)))) if money else f"{diff:+,.1f}".replace(".0", "")
    shown = shown.replace("-", "−")
    if before:
        return f"{shown}（{diff / before * 100:+.1f}%）".replace("-", "−")
    return f"{shown}（上期为 0）"


def _row(label: str, now, before, fmt=fmt_int, **kw) -> list[str]:
    return [label, fmt(now) if now is not None else "—", fmt(before) if before is not None else "—",
            change(now, before, **kw)]


COMPARE_HEADER = ["指标", "本期", "上期", "较上期变化"]


def _compare_table(rows: list[list[str]]):
    w = frame_width()
    return data_table(COMPARE_HEADER, rows, col_widths=[w * 0.34, w * 0.2, w * 0.2, w * 0.26], right=(1, 2, 3),
                      zebra=True)


# ---------------------------------------------------------------- sections

def _fraud_section(d: SummaryData, refs: RefBook, lang: str) -> list:
    f, p = d.fraud, d.fraud_prev
    out: list = [KeepTogether([para("一、涉诈拦截", "h1"), _compare_table([
        _row("拦截案件数（件）", f.count, p.count),
        _row("避免损失金额（元）", f.amount_protected, p.amount_protected, format_fen, money=True),
        _row("拟转金额（元）", f.amount_attempted, p.amount_attempted, format_fen, money=True),
        _row("件均避免损失（元）", f.average_protected, p.average_protected, format_fen, money=True),
        _row("60岁以上客户占比", f.elderly_share, p.elderly_share, fmt_pct, points=True),
        _row("报警（公安介入）件数", f.police, p.police),
        _row("报警率", f.police_rate, p.police_rate, fmt_pct, points=True),
    ])])]
    if not f.count:
        out.append(section_note("本期未登记涉诈拦截案件。"))
        return out
    months = d.period.months()
    if len(months) > 1:
        prev_months = d.previous.months()
        out.append(Spacer(1, 3 * mm))
        out.append(charts.column_chart(
            "按月拦截件数", [f"{int(m[5:])}月" for m in months],
            [[f.by_month.get(m, (0, 0))[0] for m in months], [p.by_month.get(m, (0, 0))[0] for m in prev_months]],
            names=[f"本期 {d.period.label}", f"上期 {d.previous.label}"]))
        out.append(data_table(
            ["月份", "件数", "避免损失（元）"],
            [[m, fmt_int(f.by_month.get(m, (0, 0))[0]), format_fen(f.by_month.get(m, (0, 0))[1])] for m in months],
            col_widths=[40 * mm, 40 * mm, 50 * mm], right=(1, 2)))
    by_type = sorted(f.by_type.items(), key=lambda kv: (-kv[1][0], kv[0]))
    labels = [refs.label("fraud_type", code, lang) for code, _ in by_type]
    out.append(Spacer(1, 3 * mm))
    out.append(KeepTogether([
        para("按诈骗类型", "h2"),
        data_table(["诈骗类型", "件数", "占比", "避免损失（元）", "上期件数"],
                   [[lab, fmt_int(n), fmt_pct(n / f.count), format_fen(amt), fmt_int(p.by_type.get(code, (0, 0))[0])]
                    for lab, (code, (n, amt)) in zip(labels, by_type)],
                   col_widths=[62 * mm, 22 * mm, 22 * mm, 38 * mm, 22 * mm], right=(1, 2, 3, 4)),
    ]))
    out.append(Spacer(1, 3 * mm))
    out.append(charts.bar_chart("按诈骗类型件数", labels, [n for _, (n, _) in by_type]))
    order = {c.code: i for i, c in enumerate(refs.options("age_band", include_inactive=True))}
    bands = [(refs.label("age_band", b, lang) or "未填", n)
             for b, n in sorted(f.by_age_band.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))]
    out.append(KeepTogether([
        para("按年龄段", "h2"),
        data_table(["年龄段", "件数", "占比"], [[b, fmt_int(n), fmt_pct(n / f.count)] for b, n in bands],
                   col_widths=[50 * mm, 30 * mm, 30 * mm], right=(1, 2)),
    ]))
    return out


def _complaint_section(d: SummaryData, refs: RefBook, lang: str) -> list:
    c, p = d.complaints, d.complaints_prev
    if c is None:
        return [para("二、消费投诉", "h1"), section_note(NOT_AVAILABLE.format(area="消费投诉"))]

    def avg(x):
        return f"{x:.1f}" if x is not None else "—"

    out: list = [KeepTogether([para("二、消费投诉", "h1"), _compare_table([
        _row("受理投诉（件）", c.received, p.received if p else None),
        _row("作出处理决定（件）", c.decided, p.decided if p else None),
        _row("办结（件）", c.closed, p.closed if p else None),
        _row("期末未办结（件）", c.open_at_end, p.open_at_end if p else None),
        _row("其中已超时限（件）", c.overdue_open, p.overdue_open if p else None),
        _row("超时限作出决定（件）", c.decided_late, p.decided_late if p else None),
        _row("平均处理天数（受理至决定）", c.avg_days_to_decision, p.avg_days_to_decision if p else None, avg),
        _row("获批延期（次）", c.extensions, p.extensions if p else None),
    ])])]
    if not c.received:
        out.append(section_note("本期未受理投诉。"))
        return out
    months = d.period.months()
    if len(months) > 1:
        out.append(Spacer(1, 3 * mm))
        out.append(charts.column_chart("按月受理投诉件数", [f"{int(m[5:])}月" for m in months],
                                       [[c.by_month.get(m, 0) for m in months]], names=[f"本期 {d.period.label}"]))

    def breakdown(title, category, counts):
        rows = [[refs.label(category, code, lang) or "未分类", fmt_int(n), fmt_pct(n / c.received)]
                for code, n in counts.items()]
        return KeepTogether([para(title, "h2"), data_table(["类别", "件数", "占比"], rows,
                                                           col_widths=[90 * mm, 30 * mm, 30 * mm], right=(1, 2))])

    out.append(breakdown("按业务类别（JR/T 0169-2018 B）", "jrt_business", c.by_business))
    out.append(breakdown("按投诉原因（JR/T 0169-2018 C）", "jrt_cause", c.by_cause))
    out.append(Spacer(1, 3 * mm))
    out.append(charts.bar_chart("按投诉原因件数", [refs.label("jrt_cause", k, lang) or "未分类" for k in c.by_cause],
                                list(c.by_cause.values())))
    return out


def _education_section(d: SummaryData, refs: RefBook, lang: str) -> list:
    e, p = d.education, d.education_prev
    if e is None:
        return [para("三、金融教育宣传", "h1"), section_note(NOT_AVAILABLE.format(area="金融教育宣传"))]
    pt = p.total if p else None
    out: list = [KeepTogether([para("三、金融教育宣传", "h1"), _compare_table([
        _row("开展活动（场）", e.total.events, pt.events if pt else None),
        _row("现场参与（人）", e.total.attendees, pt.attendees if pt else None),
        _row("线上触达（人次）", e.total.online_reach, pt.online_reach if pt else None),
        _row("覆盖合计（人次）", e.total.people, pt.people if pt else None),
    ])])]
    out.append(section_note("统计口径：已开展的活动；一场活动面向多类人群时，在每类人群中各计一次。"))
    if not e.total.events:
        out.append(section_note("本期未开展金融教育宣传活动。"))
        return out

    def rows_of(items, category):
        ordered = sorted(items.items(), key=lambda kv: (-kv[1].people, kv[0]))
        return [[refs.label(category, k, lang) or "未填", fmt_int(t.events), fmt_int(t.attendees),
                 fmt_int(t.online_reach), fmt_int(t.people)] for k, t in ordered], ordered

    head = ["{}", "活动（场）", "现场（人）", "线上（人次）", "合计（人次）"]
    widths = [64 * mm, 26 * mm, 26 * mm, 28 * mm, 28 * mm]
    group_rows, ordered = rows_of(e.by_group, "target_group")
    out.append(KeepTogether([para("按目标人群", "h2"),
                             data_table([head[0].format("目标人群"), *head[1:]], group_rows, col_widths=widths,
                                        right=(1, 2, 3, 4))]))
    out.append(Spacer(1, 3 * mm))
    out.append(charts.bar_chart("按目标人群覆盖人次", [r[0] for r in group_rows], [t.people for _, t in ordered]))
    campaign_rows, _ = rows_of(e.by_campaign, "campaign")
    out.append(KeepTogether([para("按宣传活动", "h2"),
                             data_table([head[0].format("活动"), *head[1:]], campaign_rows, col_widths=widths,
                                        right=(1, 2, 3, 4))]))
    return out


def story(d: SummaryData, refs: RefBook, *, branch_name: str, lang: str = "zh_CN") -> list:
    out: list = [
        para(f"{branch_name}消费者权益保护工作汇总", "title"),
        para(f"统计期间：{d.period.label}（{d.period.range_label}）；对比期间：{d.previous.label}。", "body"),
        section_note("本汇总仅含统计数字，不含客户个人信息。金额单位：元。"),
    ]
    out += _fraud_section(d, refs, lang)
    out += _complaint_section(d, refs, lang)
    out += _education_section(d, refs, lang)
    out.append(signature_block(("制表人：", "网点负责人签字：", "日期：", "（网点盖章）")))
    return out
