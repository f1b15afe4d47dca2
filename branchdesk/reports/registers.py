"""Registers as PDF: the fraud interception register and the education events log of a period.

A register is one table with a row per record, its header repeated on every page, the period's
totals above it. Rows come from reports.queries, so the Excel export prints the same strings.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from branchdesk.reports.pdfbase import data_table, frame_width, kv_table, para, section_note
from branchdesk.reports.period import Period
from branchdesk.reports.queries import Register

def story(reg: Register, period: Period, *, branch_name: str) -> list:
    out: list = [
        para(f"{branch_name}{reg.title}", "title"),
        para(f"登记期间：{period.label}（{period.range_label}）", "body"),
        kv_table(reg.totals, key_width_mm=45, width_mm=120),
        Spacer(1, 4 * mm),
    ]
    if not reg.rows:
        out.append(section_note("本期间无登记记录。"))
        return out
    widths = _widths(reg)
    out.append(data_table(reg.header, reg.rows, col_widths=widths, right=reg.right, wrap=reg.wrap))
    out.append(section_note("客户身份信息不入登记簿；回执号等文字中的长数字已作屏蔽处理。"))
    return out


def _widths(reg: Register) -> list[float] | None:
    if not reg.widths_mm:
        return None
    scale = frame_width(landscape=True) / (sum(reg.widths_mm) * mm)
    return [w * mm * scale for w in reg.widths_mm]
