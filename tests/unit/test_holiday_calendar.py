"""Holiday calendar: working-day rule, seed data against the State Council's 2026 notice, rows."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from branchdesk.domain.holiday_calendar import HOLIDAY, WORKDAY, CalendarDay, HolidayCalendar
from branchdesk.domain.holiday_seed import HOLIDAY_SEED, PROVISIONAL_YEARS, SEED_YEARS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cal() -> HolidayCalendar:
    return HolidayCalendar.default()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号), typed in from the notice,
# not from the package: the day-off ranges and the make-up workdays.
NOTICE_2026_DAYS_OFF = [
    *_days(date(2026, 1, 1), date(2026, 1, 3)),  # 元旦 1–3 Jan
    *_days(date(2026, 2, 15), date(2026, 2, 23)),  # 春节 15–23 Feb
    *_days(date(2026, 4, 4), date(2026, 4, 6)),  # 清明 4–6 Apr
    *_days(date(2026, 5, 1), date(2026, 5, 5)),  # 劳动节 1–5 May
    *_days(date(2026, 6, 19), date(2026, 6, 21)),  # 端午 19–21 Jun
    *_days(date(2026, 9, 25), date(2026, 9, 27)),  # 中秋 25–27 Sep
    *_days(date(2026, 10, 1), date(2026, 10, 7)),  # 国庆 1–7 Oct
]
NOTICE_2026_MAKEUP_WORKDAYS = [
    date(2026, 1, 4),  # Sunday
    date(2026, 2, 14),  # Saturday
    date(2026, 2, 28),  # Saturday
    date(2026, 5, 9),  # Saturday
    date(2026, 9, 20),  # Sunday
    date(2026, 10, 10),  # Saturday
]


# ---- seed data ------------------------------------------------------------------------------


def test_seed_2026_matches_the_state_council_notice_day_by_day(cal: HolidayCalendar) -> None:
    off = set(NOTICE_2026_DAYS_OFF)
    makeup = set(NOTICE_2026_MAKEUP_WORKDAYS)
    for d in _days(date(2026, 1, 1), date(2026, 12, 31)):
        expected = d in makeup or (d.weekday() < 5 and d not in off)
        assert cal.is_working_day(d) is expected, d


def test_domain_md_section_7_cross_check(cal: HolidayCalendar) -> None:
    # 2026-10-01..07 off; Sunday 2026-09-20 is a make-up workday.
    assert not any(cal.is_working_day(d) for d in _days(date(2026, 10, 1), date(2026, 10, 7)))
    assert date(2026, 9, 20).weekday() == 6
    assert cal.is_working_day(date(2026, 9, 20))
    assert cal.is_makeup_workday(date(2026, 9, 20))
    assert cal.is_working_day(date(2026, 10, 8))


def test_seed_makeup_workdays_are_weekend_days(cal: HolidayCalendar) -> None:
    workdays = [day.on for day in cal if day.kind == WORKDAY]
    assert sorted(workdays) == NOTICE_2026_MAKEUP_WORKDAYS
    assert all(d.weekday() >= 5 for d in workdays)


def test_2027_is_provisional_with_fixed_dates_only(cal: HolidayCalendar) -> None:
    assert SEED_YEARS == (2026, 2027)
    assert PROVISIONAL_YEARS == {2027}
    # Fixed statutory dates are there...
    for d in (date(2027, 1, 1), date(2027, 5, 1), date(2027, 10, 1), date(2027, 10, 2), date(2027, 10, 3)):
        assert cal.is_holiday(d), d
    # ...but no make-up workdays until the schedule is published.
    assert not [day for day in cal if day.on.year == 2027 and day.kind == WORKDAY]


def test_seed_rows_are_well_formed() -> None:
    for iso, kind, name in HOLIDAY_SEED:
        assert date.fromisoformat(iso).year in SEED_YEARS
        assert kind in (HOLIDAY, WORKDAY)
        assert name
    isos = [row[0] for row in HOLIDAY_SEED]
    assert isos == sorted(isos)
    assert len(set(isos)) == len(isos)


def test_seed_has_chinese_names(cal: HolidayCalendar) -> None:
    assert cal.name_of(date(2026, 10, 1)) == "国庆节"
    assert cal.name_of(date(2026, 1, 1)) == "元旦"
    assert cal.name_of(date(2026, 9, 20)) == "国庆节调休上班"
    assert cal.name_of(date(2026, 10, 8)) is None


def test_runtime_modules_do_not_use_the_holidays_package() -> None:
    for module in ("holiday_calendar", "holiday_seed", "complaint_clock"):
        source = (REPO / "branchdesk" / "domain" / f"{module}.py").read_text(encoding="utf-8")
        assert "import holidays" not in source
        assert "from holidays" not in source


def test_generator_reproduces_the_published_year() -> None:
    # The literal must be what the script makes; 2026 is published, so it must not drift.
    pytest.importorskip("holidays")
    spec = importlib.util.spec_from_file_location("generate_holiday_seed", REPO / "tools" / "generate_holiday_seed.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    rows_2026 = [row for row in HOLIDAY_SEED if row[0].startswith("2026")]
    assert generator.build_rows([2026]) == rows_2026


# ---- working-day rule -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 3, 4), True),  # ordinary Wednesday
        (date(2026, 3, 7), False),  # ordinary Saturday
        (date(2026, 3, 8), False),  # ordinary Sunday
        (date(2026, 10, 1), False),  # National Day, Thursday
        (date(2026, 10, 4), False),  # Sunday inside the break (not listed, weekend rule)
        (date(2026, 9, 20), True),  # make-up Sunday
        (date(2026, 10, 10), True),  # make-up Saturday
        (date(2026, 6, 19), False),  # Dragon Boat, Friday
        (date(2026, 12, 31), True),  # Thursday, year end
        (date(2027, 1, 1), False),  # New Year 2027 (provisional year)
    ],
)
def test_is_working_day(cal: HolidayCalendar, day: date, working: bool) -> None:
    assert cal.is_working_day(day) is working


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 4), date(2026, 3, 4)),  # already a working day
        (date(2026, 3, 7), date(2026, 3, 9)),  # Sat → Mon
        (date(2026, 9, 19), date(2026, 9, 20)),  # Sat → Sun, which is a make-up workday
        (date(2026, 10, 1), date(2026, 10, 8)),  # whole National Day break
        (date(2026, 10, 5), date(2026, 10, 8)),
        (date(2026, 10, 11), date(2026, 10, 12)),  # ordinary Sunday after the make-up Saturday
        (date(2026, 6, 19), date(2026, 6, 22)),  # holiday Friday + weekend → Monday
        (date(2026, 2, 15), date(2026, 2, 24)),  # Spring Festival 15–23 Feb → Tue 24 Feb
        (date(2026, 5, 1), date(2026, 5, 6)),  # Labour Day 1–5 May → Wed 6 May
        (date(2027, 1, 1), date(2027, 1, 4)),  # Fri holiday + weekend, across the year
        (date(2026, 12, 31), date(2026, 12, 31)),
    ],
)
def test_next_working_day_on_or_after(cal: HolidayCalendar, day: date, expected: date) -> None:
    assert cal.next_working_day_on_or_after(day) == expected


def test_back_to_back_breaks_are_skipped_in_one_go() -> None:
    # Made-up data: Thu–Fri holiday, weekend, Mon–Tue holiday → first working day is Wednesday.
    cal = HolidayCalendar.from_rows(
        [
            ("2030-04-04", "holiday", "A"),  # Thursday
            ("2030-04-05", "holiday", "A"),  # Friday
            ("2030-04-08", "holiday", "B"),  # Monday
            ("2030-04-09", "holiday", "B"),  # Tuesday
        ]
    )
    assert date(2030, 4, 4).weekday() == 3
    assert cal.next_working_day_on_or_after(date(2030, 4, 4)) == date(2030, 4, 10)


def test_empty_calendar_is_a_plain_monday_to_friday_week() -> None:
    cal = HolidayCalendar()
    assert cal.is_working_day(date(2026, 10, 1))  # no data: Thursday is a working day
    assert not cal.is_working_day(date(2026, 9, 20))  # no data: Sunday is off
    assert cal.years == frozenset()
    assert not cal.covers(date(2026, 1, 1))


def test_broken_data_raises_instead_of_looping() -> None:
    start = date(2031, 1, 1)
    cal = HolidayCalendar(tuple(CalendarDay(start + timedelta(days=i), HOLIDAY) for i in range(400)))
    with pytest.raises(ValueError, match="calendar data is broken"):
        cal.next_working_day_on_or_after(start)


def test_working_days_between(cal: HolidayCalendar) -> None:
    # (Sep 30, Oct 8]: Oct 1–7 off, Oct 8 working → 1.
    assert cal.working_days_between(date(2026, 9, 30), date(2026, 10, 8)) == 1
    # (Sep 18, Sep 21]: Sat 19 off, Sun 20 make-up workday, Mon 21 → 2.
    assert cal.working_days_between(date(2026, 9, 18), date(2026, 9, 21)) == 2
    assert cal.working_days_between(date(2026, 3, 4), date(2026, 3, 4)) == 0
    assert cal.working_days_between(date(2026, 3, 5), date(2026, 3, 4)) == 0


def test_covers_and_years(cal: HolidayCalendar) -> None:
    assert cal.years == frozenset({2026, 2027})
    assert cal.covers(date(2027, 12, 31))
    assert not cal.covers(date(2028, 1, 1))


# ---- rows in and out ------------------------------------------------------------------------


def test_rows_round_trip(cal: HolidayCalendar) -> None:
    rows = cal.to_rows()
    assert rows == HOLIDAY_SEED
    assert HolidayCalendar.from_rows(rows) == cal
    assert HolidayCalendar.from_rows(cal.to_dicts()) == cal
    assert cal.to_dicts()[0] == {"date": "2026-01-01", "kind": "holiday", "name": "元旦"}


def test_from_rows_accepts_unsorted_tuples_dicts_and_missing_names() -> None:
    cal = HolidayCalendar.from_rows(
        [
            {"date": "2030-10-02", "kind": "holiday"},
            ("2030-09-29", "workday", "调休上班"),
            ("2030-10-01", "holiday"),
        ]
    )
    assert cal.to_rows() == (
        ("2030-09-29", "workday", "调休上班"),
        ("2030-10-01", "holiday", ""),
        ("2030-10-02", "holiday", ""),
    )


def test_identical_duplicates_collapse() -> None:
    cal = HolidayCalendar.from_rows([("2030-10-01", "holiday", "国庆节"), ("2030-10-01", "holiday", "国庆节")])
    assert len(cal) == 1


@pytest.mark.parametrize(
    "rows",
    [
        [("2030-13-01", "holiday", "bad month")],
        [("not a date", "holiday", "")],
        [("2030-10-01", "vacation", "unknown kind")],
        [("2030-10-01", "holiday", "a"), ("2030-10-01", "workday", "b")],  # two kinds, one date
    ],
)
def test_from_rows_rejects_bad_data(rows: list[tuple[str, str, str]]) -> None:
    with pytest.raises(ValueError):
        HolidayCalendar.from_rows(rows)


def test_replace_years_swaps_in_a_published_schedule(cal: HolidayCalendar) -> None:
    # Pretend the 2027 notice is out: National Day 1–7 Oct, make-up Sat 9 Oct (made-up data).
    published = HolidayCalendar.from_rows(
        [(f"2027-10-0{i}", "holiday", "国庆节") for i in range(1, 8)] + [("2027-10-09", "workday", "国庆节调休上班")]
    )
    merged = cal.replace_years(published)
    assert merged.is_working_day(date(2027, 10, 9))  # Saturday, now a make-up workday
    assert not merged.is_working_day(date(2027, 10, 6))  # Wednesday, now a holiday
    assert not merged.is_holiday(date(2027, 1, 1))  # old 2027 rows are gone wholesale
    assert merged.is_holiday(date(2026, 10, 1))  # 2026 untouched
    assert cal.is_holiday(date(2027, 1, 1))  # the original is unchanged (immutable)


def test_calendar_is_frozen(cal: HolidayCalendar) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        cal.days = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        cal._by_date[date(2030, 1, 1)] = CalendarDay(date(2030, 1, 1), HOLIDAY)  # type: ignore[index]


def test_membership_and_kinds(cal: HolidayCalendar) -> None:
    assert date(2026, 10, 1) in cal
    assert date(2026, 10, 8) not in cal
    assert cal.kind_of(date(2026, 10, 1)) == HOLIDAY
    assert cal.kind_of(date(2026, 9, 20)) == WORKDAY
    assert cal.kind_of(date(2026, 10, 8)) is None
