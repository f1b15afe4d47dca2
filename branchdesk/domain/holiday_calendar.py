"""Working-day calendar for deadline counting: public holidays and make-up workdays (调休).

The calendar is plain data (date, kind, name) so the store can keep it in a table and head
office can replace a year when the State Council publishes its schedule. Nothing here depends
on the `holidays` package; that package is only used offline to produce `holiday_seed`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final, Literal, TypeAlias

from branchdesk.domain.holiday_seed import HOLIDAY_SEED

DayKind: TypeAlias = Literal["holiday", "workday"]

HOLIDAY: Final = "holiday"
WORKDAY: Final = "workday"  # a make-up workday: a Saturday/Sunday on which people work
KINDS: Final = frozenset({HOLIDAY, WORKDAY})

# Saturday and Sunday (date.weekday() numbering).
WEEKEND: Final = frozenset({5, 6})

# Longest run of days off we accept before assuming the data is broken; the longest real
# break (Spring Festival with weekends) is about 9–10 days.
_MAX_DAYS_OFF_IN_A_ROW: Final = 60

Row: TypeAlias = tuple[str, str, str]


@dataclass(frozen=True)
class CalendarDay:
    """One entry of the calendar: a public holiday or a make-up workday."""

    on: date
    kind: DayKind
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown calendar day kind {self.kind!r} for {self.on.isoformat()}")

    def to_row(self) -> Row:
        return (self.on.isoformat(), self.kind, self.name)


@dataclass(frozen=True)
class HolidayCalendar:
    """Public holidays and make-up workdays; everything else follows the Mon–Fri week.

    A date is a working day when it is a make-up workday, or a Monday–Friday that is not a
    holiday. Years with no entry at all are "not covered": the weekday rule still applies
    there, but callers should warn that the schedule for that year is missing.
    """

    days: tuple[CalendarDay, ...] = ()
    _by_date: Mapping[date, CalendarDay] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_date: dict[date, CalendarDay] = {}
        for day in self.days:
            previous = by_date.get(day.on)
            if previous is not None and previous.kind != day.kind:
                raise ValueError(f"{day.on.isoformat()} is listed both as {previous.kind} and {day.kind}")
            by_date[day.on] = day
        # Keep one entry per date, sorted, so equality and to_rows() do not depend on input order.
        object.__setattr__(self, "days", tuple(sorted(by_date.values(), key=lambda d: d.on)))
        object.__setattr__(self, "_by_date", MappingProxyType(by_date))

    # ---- construction and export -------------------------------------------------------

    @classmethod
    def from_rows(cls, rows: Iterable[Row | Mapping[str, str] | CalendarDay]) -> HolidayCalendar:
        """Build from (iso_date, kind, name) tuples or {"date", "kind", "name"} dicts.

        Raises ValueError on a bad date, an unknown kind, or a date given two kinds.
        """
        days: list[CalendarDay] = []
        for row in rows:
            if isinstance(row, CalendarDay):
                days.append(row)
                continue
            if isinstance(row, Mapping):
                iso, kind, name = row["date"], row["kind"], row.get("name", "")
            else:
                iso, kind, *rest = row
                name = rest[0] if rest else ""
            try:
                on = date.fromisoformat(str(iso))
            except ValueError as exc:
                raise ValueError(f"bad calendar date {iso!r}") from exc
            days.append(CalendarDay(on=on, kind=kind, name=name or ""))  # type: ignore[arg-type]
        return cls(tuple(days))

    @classmethod
    def default(cls) -> HolidayCalendar:
        """The calendar shipped with the program (see holiday_seed); the store may replace it."""
        return cls.from_rows(HOLIDAY_SEED)

    def to_rows(self) -> tuple[Row, ...]:
        """(iso_date, kind, name) tuples, sorted by date: what the store and the wire keep."""
        return tuple(day.to_row() for day in self.days)

    def to_dicts(self) -> list[dict[str, str]]:
        return [{"date": iso, "kind": kind, "name": name} for iso, kind, name in self.to_rows()]

    def replace_years(self, other: HolidayCalendar) -> HolidayCalendar:
        """A new calendar where every year that `other` covers is taken wholly from `other`.

        This is how a newly published schedule supersedes the computed one for its year.
        """
        years = other.years
        kept = tuple(day for day in self.days if day.on.year not in years)
        return HolidayCalendar(kept + other.days)

    # ---- queries -----------------------------------------------------------------------

    @property
    def years(self) -> frozenset[int]:
        """Years with at least one entry (years whose schedule the calendar knows)."""
        return frozenset(day.on.year for day in self.days)

    def covers(self, d: date) -> bool:
        return d.year in self.years

    def kind_of(self, d: date) -> DayKind | None:
        day = self._by_date.get(d)
        return day.kind if day else None

    def name_of(self, d: date) -> str | None:
        day = self._by_date.get(d)
        return day.name if day else None

    def is_holiday(self, d: date) -> bool:
        return self.kind_of(d) == HOLIDAY

    def is_makeup_workday(self, d: date) -> bool:
        return self.kind_of(d) == WORKDAY

    def is_working_day(self, d: date) -> bool:
        kind = self.kind_of(d)
        if kind == WORKDAY:
            return True
        if kind == HOLIDAY:
            return False
        return d.weekday() not in WEEKEND

    def next_working_day_on_or_after(self, d: date) -> date:
        """`d` itself if it is a working day, else the first working day after it."""
        current = d
        for _ in range(_MAX_DAYS_OFF_IN_A_ROW):
            if self.is_working_day(current):
                return current
            current += timedelta(days=1)
        raise ValueError(
            f"no working day within {_MAX_DAYS_OFF_IN_A_ROW} days of {d.isoformat()}: calendar data is broken"
        )

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end (0 when end <= start)."""
        count = 0
        current = start + timedelta(days=1)
        while current <= end:
            if self.is_working_day(current):
                count += 1
            current += timedelta(days=1)
        return count

    def __iter__(self) -> Iterator[CalendarDay]:
        return iter(self.days)

    def __len__(self) -> int:
        return len(self.days)

    def __contains__(self, d: object) -> bool:
        return d in self._by_date
