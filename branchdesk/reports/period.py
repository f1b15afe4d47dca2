"""Report periods: a month ("2026-10"), a quarter ("2026-Q3") or a year ("2026"), in local calendar dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from branchdesk.domain import messages

MONTH, QUARTER, YEAR = "month", "quarter", "year"

messages.register({
    "report_bad_period": (
        "报表期间格式应为 2026-10（月）、2026-Q3（季度）或 2026（年）",
        "報表期間格式應為 2026-10（月）、2026-Q3（季度）或 2026（年）",
        "A report period looks like 2026-10 (month), 2026-Q3 (quarter) or 2026 (year)",
    ),
    "report_period_in_future": (
        "报表期间尚未开始",
        "報表期間尚未開始",
        "The report period has not begun yet",
    ),
})


class PeriodError(ValueError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


_FORMS = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), MONTH),
    (re.compile(r"^(\d{4})-?[Qq]([1-4])$"), QUARTER),
    (re.compile(r"^(\d{4})$"), YEAR),
)


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    index: int  # month 1-12, quarter 1-4, or 1 for a year

    @property
    def start(self) -> date:
        if self.kind == MONTH:
            return date(self.year, self.index, 1)
        if self.kind == QUARTER:
            return date(self.year, 3 * self.index - 2, 1)
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        if self.kind == YEAR:
            return date(self.year, 12, 31)
        months = 1 if self.kind == MONTH else 3
        m = self.start.month + months  # first month after the period
        return date(self.year + (m > 12), (m - 1) % 12 + 1, 1) - timedelta(days=1)

    @property
    def key(self) -> str:
        if self.kind == MONTH:
            return f"{self.year:04d}-{self.index:02d}"
        if self.kind == QUARTER:
            return f"{self.year:04d}-Q{self.index}"
        return f"{self.year:04d}"

    @property
    def label(self) -> str:
        """As printed on the page: 2026年10月 / 2026年第3季度 / 2026年度."""
        if self.kind == MONTH:
            return f"{self.year}年{self.index}月"
        if self.kind == QUARTER:
            return f"{self.year}年第{self.index}季度"
        return f"{self.year}年度"

    @property
    def range_label(self) -> str:
        return f"{self.start.isoformat()} 至 {self.end.isoformat()}"

    def previous(self) -> "Period":
        if self.kind == YEAR:
            return Period(YEAR, self.year - 1, 1)
        last = 12 if self.kind == MONTH else 4
        if self.index == 1:
            return Period(self.kind, self.year - 1, last)
        return Period(self.kind, self.year, self.index - 1)

    def months(self) -> list[str]:
        """'YYYY-MM' of every month in the period, for charts that show empty months too."""
        out, d = [], self.start
        while d <= self.end:
            out.append(f"{d.year:04d}-{d.month:02d}")
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return out

    def __str__(self) -> str:
        return self.key


def parse_period(text: str | None, *, today: date | None = None) -> Period:
    """'2026-10', '2026-Q3' (or '2026Q3'), '2026'. Raises PeriodError with a message code."""
    t = (text or "").strip()
    for pattern, kind in _FORMS:
        m = pattern.match(t)
        if not m:
            continue
        year = int(m.group(1))
        index = int(m.group(2)) if kind != YEAR else 1
        if not 2000 <= year <= 2099 or (kind == MONTH and not 1 <= index <= 12):
            raise PeriodError("report_bad_period")
        p = Period(kind, year, index)
        if today is not None and p.start > today:
            raise PeriodError("report_period_in_future")
        return p
    raise PeriodError("report_bad_period")


def period_of(day: date, kind: str) -> Period:
    if kind == MONTH:
        return Period(MONTH, day.year, day.month)
    if kind == QUARTER:
        return Period(QUARTER, day.year, (day.month - 1) // 3 + 1)
    return Period(YEAR, day.year, 1)
