"""Complaint deadline clock. Every expected date is worked out by hand in the comment beside it.

Handy 2026 facts (State Council notice): 1–7 Oct off, Sun 20 Sep and Sat 10 Oct are make-up
workdays; 25 Sep (Fri) Mid-Autumn; 19 Jun (Fri) Dragon Boat; 15–23 Feb Spring Festival;
1–5 May Labour Day; 4–6 Apr Qingming. 2026-03-02 is a Monday, 2026-10-01 a Thursday.
"""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from branchdesk.domain.complaint_clock import (
    ClockStatus,
    ClockWarning,
    Decided,
    DeadlineError,
    DeadlineErrorCode,
    Extension,
    NewFacts,
    PauseEnd,
    PauseStart,
    Withdrawal,
    check_new_event,
    compute_deadline,
)
from branchdesk.domain.holiday_calendar import HolidayCalendar

REPO = Path(__file__).resolve().parents[2]
D = date


@pytest.fixture(scope="module")
def cal() -> HolidayCalendar:
    return HolidayCalendar.default()


def ext1(on: date, notified: date | None = None, approver: str = "") -> Extension:
    return Extension(level=1, approver=approver, reason="案情复杂", approved_on=on, complainant_notified_on=notified)


def ext2(on: date, notified: date | None = None, approver: str = "上级行 王行长") -> Extension:
    return Extension(level=2, approver=approver, reason="需调取外部材料", approved_on=on, complainant_notified_on=notified)


def pause(on: date, notified: date | None = None) -> PauseStart:
    return PauseStart(on=on, reason="司法鉴定", complainant_notified_on=notified or on)


def error_code(received: date, events: list, cal: HolidayCalendar, today: date) -> str:
    with pytest.raises(DeadlineError) as info:
        compute_deadline(received, events, cal, today)
    return info.value.code


# ---- base 15-day limit and the working-day rule ----------------------------------------------


@pytest.mark.parametrize(
    ("received", "nominal", "due"),
    [
        # domain.md §7: +15 → Mon 5 Oct, in the National Day break (1–7 Oct) → Thu 8 Oct.
        (D(2026, 9, 20), D(2026, 10, 5), D(2026, 10, 8)),
        # Mon 2 Mar +15 → Tue 17 Mar, an ordinary working day.
        (D(2026, 3, 2), D(2026, 3, 17), D(2026, 3, 17)),
        # Sat 5 Sep +15 → Sun 20 Sep, a make-up workday: stays.
        (D(2026, 9, 5), D(2026, 9, 20), D(2026, 9, 20)),
        # Fri 25 Sep +15 → Sat 10 Oct, a make-up workday: stays.
        (D(2026, 9, 25), D(2026, 10, 10), D(2026, 10, 10)),
        # Sat 3 Oct +15 → Sun 18 Oct, ordinary weekend → Mon 19 Oct.
        (D(2026, 10, 3), D(2026, 10, 18), D(2026, 10, 19)),
        # Thu 4 Jun +15 → Fri 19 Jun Dragon Boat, then Sat, Sun → Mon 22 Jun.
        (D(2026, 6, 4), D(2026, 6, 19), D(2026, 6, 22)),
        # Sun 1 Feb +15 → Mon 16 Feb, inside 15–23 Feb → Tue 24 Feb.
        (D(2026, 2, 1), D(2026, 2, 16), D(2026, 2, 24)),
        # Mon 20 Apr +15 → Tue 5 May (Labour Day, 1–5 May) → Wed 6 May.
        (D(2026, 4, 20), D(2026, 5, 5), D(2026, 5, 6)),
        # Year end: Sun 20 Dec +11 = 31 Dec, +4 → Mon 4 Jan 2027, a working day.
        (D(2026, 12, 20), D(2027, 1, 4), D(2027, 1, 4)),
        # Year end on a holiday: Thu 17 Dec +15 → Fri 1 Jan 2027, then Sat, Sun → Mon 4 Jan.
        (D(2026, 12, 17), D(2027, 1, 1), D(2027, 1, 4)),
        # Sat 19 Dec +15 → Sun 3 Jan 2027 → Mon 4 Jan.
        (D(2026, 12, 19), D(2027, 1, 3), D(2027, 1, 4)),
        # Not a leap year: Sun 14 Feb 2027 +14 = 28 Feb, +1 → Mon 1 Mar 2027.
        (D(2027, 2, 14), D(2027, 3, 1), D(2027, 3, 1)),
    ],
)
def test_base_limit_due_date(cal: HolidayCalendar, received: date, nominal: date, due: date) -> None:
    state = compute_deadline(received, [], cal, today=received)
    assert state.limit_days == 15
    assert state.nominal_due_on == nominal
    assert state.due_on == due
    assert state.clock_started_on == received
    assert state.extension_level == 0
    assert state.warnings == ()


def test_domain_md_example_in_full(cal: HolidayCalendar) -> None:
    state = compute_deadline(D(2026, 9, 20), [], cal, today=D(2026, 9, 21))
    assert state.due_on == D(2026, 10, 8)
    assert state.days_left() == 17  # 21 Sep → 8 Oct: 9 days left in Sep + 8
    assert state.status is ClockStatus.ON_TRACK
    assert not state.stopped and not state.is_paused


@pytest.fixture(scope="module")
def cal_2028() -> HolidayCalendar:
    # A test calendar covering 2028 (2028 is a leap year): New Year, a Spring Festival block.
    return HolidayCalendar.from_rows(
        [
            ("2028-01-01", "holiday", "元旦"),
            ("2028-01-26", "holiday", "春节"),
            ("2028-01-27", "holiday", "春节"),
            ("2028-01-28", "holiday", "春节"),
        ]
    )


def test_leap_day_is_counted(cal_2028: HolidayCalendar) -> None:
    # Mon 14 Feb 2028 +15: Feb 2028 has 29 days, 14 + 15 = 29 → Tue 29 Feb, a working day.
    state = compute_deadline(D(2028, 2, 14), [], cal_2028, today=D(2028, 2, 14))
    assert state.due_on == D(2028, 2, 29)
    assert state.warnings == ()
    # Tue 15 Feb +15 → Wed 1 Mar (the 29th is one of the 15 days).
    assert compute_deadline(D(2028, 2, 15), [], cal_2028, today=D(2028, 2, 15)).due_on == D(2028, 3, 1)


def test_leap_day_as_a_holiday_moves_the_due_date() -> None:
    cal = HolidayCalendar.from_rows([("2028-02-29", "holiday", "test-only holiday")])
    # 14 Feb +15 → Tue 29 Feb, a holiday here → Wed 1 Mar.
    assert compute_deadline(D(2028, 2, 14), [], cal, today=D(2028, 2, 14)).due_on == D(2028, 3, 1)


def test_leap_year_extension(cal_2028: HolidayCalendar) -> None:
    # 14 Feb 2028 +30: +15 → 29 Feb, +15 more → Wed 15 Mar 2028.
    state = compute_deadline(D(2028, 2, 14), [ext1(D(2028, 2, 20), D(2028, 2, 20))], cal_2028, today=D(2028, 2, 21))
    assert state.due_on == D(2028, 3, 15)


def test_calendar_is_data_not_code() -> None:
    # With no holiday data, 5 Oct 2026 is a plain Monday, and the clock says the data is missing.
    state = compute_deadline(D(2026, 9, 20), [], HolidayCalendar(), today=D(2026, 9, 20))
    assert state.due_on == D(2026, 10, 5)
    assert ClockWarning.CALENDAR_NOT_COVERING_DUE_DATE in state.warnings


def test_warns_when_the_due_date_is_beyond_the_calendar(cal: HolidayCalendar) -> None:
    # Mon 20 Dec 2027 +15 → Tue 4 Jan 2028; the seed stops at 2027.
    state = compute_deadline(D(2027, 12, 20), [], cal, today=D(2027, 12, 20))
    assert state.due_on == D(2028, 1, 4)
    assert state.warnings == (ClockWarning.CALENDAR_NOT_COVERING_DUE_DATE,)


# ---- extensions -----------------------------------------------------------------------------


def test_extension_to_30_then_60(cal: HolidayCalendar) -> None:
    received = D(2026, 9, 20)
    first = ext1(D(2026, 10, 8), D(2026, 10, 8))  # approved on the (moved) due date: allowed
    # 30 days from receipt, not from the moved due date: 20 Sep +10 = 30 Sep, +20 → Tue 20 Oct.
    state = compute_deadline(received, [first], cal, today=D(2026, 10, 8))
    assert (state.limit_days, state.extension_level) == (30, 1)
    assert state.due_on == D(2026, 10, 20)
    # 60 days: 20 Oct +30 → Oct has 31 days, 20 + 11 = 31 Oct, +19 → Thu 19 Nov.
    second = ext2(D(2026, 10, 20), D(2026, 10, 21))
    state = compute_deadline(received, [first, second], cal, today=D(2026, 10, 21))
    assert (state.limit_days, state.extension_level) == (60, 2)
    assert state.due_on == D(2026, 11, 19)
    assert state.status is ClockStatus.ON_TRACK
    assert state.warnings == ()


def test_extended_due_dates_also_follow_the_working_day_rule(cal: HolidayCalendar) -> None:
    # Received Mon 3 Aug. 30 days: Aug 3 +28 = 31 Aug, +2 → Wed 2 Sep.
    # 60 days: 2 Sep +28 = 30 Sep, +2 → Fri 2 Oct (National Day) → Thu 8 Oct.
    received = D(2026, 8, 3)
    events = [ext1(D(2026, 8, 10), D(2026, 8, 10))]  # before the 15-day due date, Tue 18 Aug
    assert compute_deadline(received, events, cal, today=D(2026, 9, 1)).due_on == D(2026, 9, 2)
    events.append(ext2(D(2026, 9, 2), D(2026, 9, 2)))
    state = compute_deadline(received, events, cal, today=D(2026, 9, 2))
    assert state.nominal_due_on == D(2026, 10, 2)
    assert state.due_on == D(2026, 10, 8)


def test_extension_approved_within_the_holiday_grace_is_allowed(cal: HolidayCalendar) -> None:
    # Nominal 5 Oct, moved due 8 Oct; approving on 6 Oct (a holiday, before 8 Oct) is in time.
    state = compute_deadline(D(2026, 9, 20), [ext1(D(2026, 10, 6), D(2026, 10, 6))], cal, today=D(2026, 10, 6))
    assert state.due_on == D(2026, 10, 20)


def test_refuses_60_without_30_first(cal: HolidayCalendar) -> None:
    code = error_code(D(2026, 9, 20), [ext2(D(2026, 9, 25))], cal, D(2026, 9, 25))
    assert code == "extension_requires_level1"


@pytest.mark.parametrize("approver", ["", "   "])
def test_refuses_60_without_approver(cal: HolidayCalendar, approver: str) -> None:
    events = [ext1(D(2026, 9, 25)), ext2(D(2026, 10, 9), approver=approver)]
    assert error_code(D(2026, 9, 20), events, cal, D(2026, 10, 9)) == "extension_requires_approver"


def test_level_1_needs_no_named_approver_but_a_reason(cal: HolidayCalendar) -> None:
    ok = compute_deadline(D(2026, 9, 20), [ext1(D(2026, 9, 25), approver="")], cal, today=D(2026, 9, 25))
    assert ok.extension_level == 1
    no_reason = Extension(level=1, approver="", reason=" ", approved_on=D(2026, 9, 25))
    assert error_code(D(2026, 9, 20), [no_reason], cal, D(2026, 9, 25)) == "extension_requires_reason"


@pytest.mark.parametrize(
    ("events", "code"),
    [
        ([ext1(D(2026, 9, 22)), ext1(D(2026, 9, 23))], "extension_duplicate"),
        ([ext1(D(2026, 9, 22)), ext2(D(2026, 9, 23)), ext1(D(2026, 9, 24))], "extension_duplicate"),
        (
            [Extension(level=3, approver="x", reason="y", approved_on=D(2026, 9, 22))],  # type: ignore[arg-type]
            "extension_invalid_level",
        ),
        # Due 8 Oct; approving on 9 Oct is too late: an overdue case cannot be cured.
        ([ext1(D(2026, 10, 9))], "extension_after_due"),
        # 30-day due 20 Oct; level 2 on 21 Oct is too late.
        ([ext1(D(2026, 9, 22)), ext2(D(2026, 10, 21))], "extension_after_due"),
    ],
)
def test_extension_errors(cal: HolidayCalendar, events: list, code: str) -> None:
    assert error_code(D(2026, 9, 20), events, cal, D(2026, 12, 31)) == code


def test_extension_without_notice_is_flagged(cal: HolidayCalendar) -> None:
    state = compute_deadline(D(2026, 9, 20), [ext1(D(2026, 9, 25), notified=None)], cal, today=D(2026, 9, 25))
    assert state.warnings == (ClockWarning.EXTENSION_NOT_NOTIFIED,)
    assert state.due_on == D(2026, 10, 20)  # the warning does not change the date


# ---- pauses (external appraisal) ------------------------------------------------------------


def test_pause_spanning_a_holiday(cal: HolidayCalendar) -> None:
    # Received Mon 14 Sep → due Tue 29 Sep. Paused Mon 28 Sep → Thu 8 Oct: 2 + 8 = 10 days,
    # holidays included (calendar days). 29 Sep + 10 → Fri 9 Oct, a working day.
    events = [pause(D(2026, 9, 28)), PauseEnd(D(2026, 10, 8))]
    state = compute_deadline(D(2026, 9, 14), events, cal, today=D(2026, 10, 8))
    assert state.paused_days == 10
    assert state.nominal_due_on == D(2026, 10, 9)
    assert state.due_on == D(2026, 10, 9)
    assert not state.is_paused
    assert state.status is ClockStatus.DUE_SOON  # (8 Oct, 9 Oct] holds 1 working day


def test_open_pause_holds_the_clock(cal: HolidayCalendar) -> None:
    # Received 14 Sep, due 29 Sep; paused since 28 Sep. On Fri 9 Oct: 11 days paused so far,
    # 29 Sep + 11 → Sat 10 Oct, a make-up workday.
    state = compute_deadline(D(2026, 9, 14), [pause(D(2026, 9, 28))], cal, today=D(2026, 10, 9))
    assert state.is_paused
    assert state.status is ClockStatus.PAUSED
    assert state.paused_days == 11
    assert state.due_on == D(2026, 10, 10)
    assert state.days_left() == 1  # the one day that was left when the pause began


def test_same_day_pause_does_not_move_the_due_date(cal: HolidayCalendar) -> None:
    events = [pause(D(2026, 3, 5)), PauseEnd(D(2026, 3, 5))]
    state = compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 5))
    assert state.paused_days == 0
    assert state.due_on == D(2026, 3, 17)


def test_two_pauses_add_up(cal: HolidayCalendar) -> None:
    # Received Mon 2 Mar → 17 Mar. Paused 5→9 Mar (4) and 10→12 Mar (2): 17 + 6 → Mon 23 Mar.
    events = [pause(D(2026, 3, 5)), PauseEnd(D(2026, 3, 9)), pause(D(2026, 3, 10)), PauseEnd(D(2026, 3, 12))]
    state = compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 12))
    assert state.paused_days == 6
    assert state.due_on == D(2026, 3, 23)


def test_events_are_replayed_in_date_order(cal: HolidayCalendar) -> None:
    in_order = [pause(D(2026, 3, 5)), PauseEnd(D(2026, 3, 9))]
    entered_late = [PauseEnd(D(2026, 3, 9)), pause(D(2026, 3, 5))]
    a = compute_deadline(D(2026, 3, 2), in_order, cal, today=D(2026, 3, 10))
    b = compute_deadline(D(2026, 3, 2), entered_late, cal, today=D(2026, 3, 10))
    assert a == b
    # 17 Mar + 4 → Sat 21 Mar → Mon 23 Mar.
    assert a.nominal_due_on == D(2026, 3, 21)
    assert a.due_on == D(2026, 3, 23)


def test_pause_with_extension(cal: HolidayCalendar) -> None:
    # Received 20 Sep; 30-day due Tue 20 Oct; paused 12→15 Oct (3) → Fri 23 Oct.
    events = [ext1(D(2026, 10, 8), D(2026, 10, 8)), pause(D(2026, 10, 12)), PauseEnd(D(2026, 10, 15))]
    state = compute_deadline(D(2026, 9, 20), events, cal, today=D(2026, 10, 15))
    assert state.due_on == D(2026, 10, 23)


def test_pause_begun_in_the_holiday_grace_never_leaves_the_case_overdue(cal: HolidayCalendar) -> None:
    # Received 20 Sep: nominal Mon 5 Oct, moved to Thu 8 Oct. Appraisal from Tue 6 Oct (after the
    # nominal day, inside the grace) to Fri 9 Oct: 3 days; 5 Oct + 3 = 8 Oct would be before the
    # resumption, so the due date is the first working day on/after 9 Oct: Fri 9 Oct.
    events = [pause(D(2026, 10, 6)), PauseEnd(D(2026, 10, 9))]
    state = compute_deadline(D(2026, 9, 20), events, cal, today=D(2026, 10, 9))
    assert state.nominal_due_on == D(2026, 10, 8)
    assert state.due_on == D(2026, 10, 9)
    assert state.status is ClockStatus.DUE_SOON
    # Longer: 8 Oct → 20 Oct (12 days); 5 Oct + 12 = Sat 17 Oct → Mon 19 Oct, but resumption
    # is Tue 20 Oct → due 20 Oct.
    events = [pause(D(2026, 10, 8)), PauseEnd(D(2026, 10, 20))]
    state = compute_deadline(D(2026, 9, 20), events, cal, today=D(2026, 10, 20))
    assert state.paused_days == 12
    assert state.due_on == D(2026, 10, 20)


@pytest.mark.parametrize(
    ("events", "code"),
    [
        ([pause(D(2026, 3, 5)), pause(D(2026, 3, 6))], "pause_without_end_before_new_pause"),
        ([PauseEnd(D(2026, 3, 6))], "pause_end_without_start"),
        ([pause(D(2026, 3, 5)), PauseEnd(D(2026, 3, 6)), PauseEnd(D(2026, 3, 7))], "pause_end_without_start"),
        ([pause(D(2026, 3, 18))], "pause_after_due"),  # due 17 Mar
    ],
)
def test_pause_errors(cal: HolidayCalendar, events: list, code: str) -> None:
    assert error_code(D(2026, 3, 2), events, cal, D(2026, 3, 31)) == code


def test_pause_without_notice_is_flagged(cal: HolidayCalendar) -> None:
    events = [PauseStart(on=D(2026, 3, 5), reason="鉴定"), PauseEnd(D(2026, 3, 9))]
    state = compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 9))
    assert state.warnings == (ClockWarning.PAUSE_NOT_NOTIFIED,)


# ---- new facts ------------------------------------------------------------------------------


def test_new_facts_restart_the_clock(cal: HolidayCalendar) -> None:
    # Received 2 Mar (due 17 Mar); new material Tue 10 Mar → 15 days from then: Wed 25 Mar.
    state = compute_deadline(D(2026, 3, 2), [NewFacts(D(2026, 3, 10))], cal, today=D(2026, 3, 10))
    assert state.clock_started_on == D(2026, 3, 10)
    assert state.received_on == D(2026, 3, 2)
    assert state.restarts == 1
    assert state.due_on == D(2026, 3, 25)
    assert state.warnings == ()


def test_new_facts_reset_extensions(cal: HolidayCalendar) -> None:
    # 2 Mar + 30 → Wed 1 Apr. New facts Fri 20 Mar → 4 Apr (Sat, Qingming 4–6 Apr) → Tue 7 Apr.
    events = [ext1(D(2026, 3, 5), D(2026, 3, 5)), NewFacts(D(2026, 3, 20))]
    state = compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 20))
    assert (state.limit_days, state.extension_level) == (15, 0)
    assert state.due_on == D(2026, 4, 7)
    # A level-2 extension now needs a fresh level 1 first.
    assert check_new_event(D(2026, 3, 2), events, ext2(D(2026, 3, 21)), cal, D(2026, 3, 21)) == (
        "extension_requires_level1"
    )
    # After the restart, extensions count from the new start: 10 Mar + 30 → Thu 9 Apr.
    restarted = [NewFacts(D(2026, 3, 10)), ext1(D(2026, 3, 20), D(2026, 3, 20))]
    assert compute_deadline(D(2026, 3, 2), restarted, cal, today=D(2026, 3, 20)).due_on == D(2026, 4, 9)


def test_restart_that_shortens_an_extended_deadline_is_flagged(cal: HolidayCalendar) -> None:
    # 60 days from 2 Mar: +29 → 31 Mar, +30 → 30 Apr, +1 → Fri 1 May (Labour Day 1–5) → Wed 6 May.
    # New facts 20 Mar → Tue 7 Apr (see above), earlier than 6 May.
    events = [ext1(D(2026, 3, 5), D(2026, 3, 5)), ext2(D(2026, 3, 6), D(2026, 3, 6))]
    assert compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 6)).due_on == D(2026, 5, 6)
    state = compute_deadline(D(2026, 3, 2), [*events, NewFacts(D(2026, 3, 20))], cal, today=D(2026, 3, 20))
    assert state.due_on == D(2026, 4, 7)
    assert state.warnings == (ClockWarning.RESTART_SHORTENED_DEADLINE,)


def test_new_facts_reset_pauses(cal: HolidayCalendar) -> None:
    # Pause 3→6 Mar is forgotten; new facts Mon 9 Mar → Tue 24 Mar.
    events = [pause(D(2026, 3, 3)), PauseEnd(D(2026, 3, 6)), NewFacts(D(2026, 3, 9))]
    state = compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 9))
    assert state.paused_days == 0
    assert state.due_on == D(2026, 3, 24)


def test_new_facts_after_the_due_date_restart_but_are_flagged(cal: HolidayCalendar) -> None:
    # Due 17 Mar missed; new material Fri 20 Mar → 4 Apr → Tue 7 Apr.
    state = compute_deadline(D(2026, 3, 2), [NewFacts(D(2026, 3, 20))], cal, today=D(2026, 3, 20))
    assert state.due_on == D(2026, 4, 7)
    assert state.status is ClockStatus.ON_TRACK
    assert state.warnings == (ClockWarning.DUE_MISSED_BEFORE_RESTART,)


def test_new_facts_during_a_pause_are_refused(cal: HolidayCalendar) -> None:
    events = [pause(D(2026, 3, 5)), NewFacts(D(2026, 3, 6))]
    assert error_code(D(2026, 3, 2), events, cal, D(2026, 3, 6)) == "new_facts_during_pause"


# ---- withdrawal and decision ----------------------------------------------------------------


def test_withdrawal_stops_the_clock(cal: HolidayCalendar) -> None:
    state = compute_deadline(D(2026, 3, 2), [Withdrawal(D(2026, 3, 5))], cal, today=D(2026, 4, 30))
    assert state.stopped
    assert state.status is ClockStatus.STOPPED  # not overdue, although 30 Apr > 17 Mar
    assert state.withdrawn_on == D(2026, 3, 5)
    assert state.days_left() is None
    assert state.days_left(D(2026, 3, 6)) is None
    assert state.working_days_left is None
    assert not state.is_overdue


def test_withdrawal_during_a_pause_closes_it(cal: HolidayCalendar) -> None:
    state = compute_deadline(D(2026, 3, 2), [pause(D(2026, 3, 5)), Withdrawal(D(2026, 3, 8))], cal, today=D(2026, 3, 9))
    assert state.status is ClockStatus.STOPPED
    assert not state.is_paused
    assert state.paused_days == 3


@pytest.mark.parametrize(
    ("decided", "status"),
    [
        (D(2026, 9, 20), ClockStatus.DECIDED_ON_TIME),  # same day as receipt
        (D(2026, 10, 6), ClockStatus.DECIDED_ON_TIME),  # during the holiday
        (D(2026, 10, 8), ClockStatus.DECIDED_ON_TIME),  # last day (moved from 5 Oct)
        (D(2026, 10, 9), ClockStatus.DECIDED_LATE),  # one day late
    ],
)
def test_decision_on_time_or_late(cal: HolidayCalendar, decided: date, status: ClockStatus) -> None:
    state = compute_deadline(D(2026, 9, 20), [Decided(decided)], cal, today=D(2026, 12, 1))
    assert state.status is status
    assert state.stopped
    assert state.decided_on == decided
    assert state.decided_on_time is (status is ClockStatus.DECIDED_ON_TIME)
    assert state.due_on == D(2026, 10, 8)
    assert state.days_left() is None


def test_decision_within_an_extension_is_on_time(cal: HolidayCalendar) -> None:
    events = [ext1(D(2026, 10, 8), D(2026, 10, 8)), Decided(D(2026, 10, 20))]  # 30-day due 20 Oct
    assert compute_deadline(D(2026, 9, 20), events, cal, today=D(2026, 10, 20)).status is ClockStatus.DECIDED_ON_TIME
    events = [ext1(D(2026, 10, 8), D(2026, 10, 8)), Decided(D(2026, 10, 21))]
    assert compute_deadline(D(2026, 9, 20), events, cal, today=D(2026, 10, 21)).status is ClockStatus.DECIDED_LATE


def test_decision_during_a_pause_closes_it_and_is_on_time(cal: HolidayCalendar) -> None:
    # Received 2 Mar; pause from 10 Mar; decided 20 Mar with the pause still open: 10 days
    # paused, 17 Mar + 10 → Fri 27 Mar.
    state = compute_deadline(D(2026, 3, 2), [pause(D(2026, 3, 10)), Decided(D(2026, 3, 20))], cal, today=D(2026, 3, 20))
    assert state.status is ClockStatus.DECIDED_ON_TIME
    assert state.paused_days == 10
    assert state.due_on == D(2026, 3, 27)
    assert not state.is_paused


@pytest.mark.parametrize("stop", [Withdrawal(D(2026, 3, 5)), Decided(D(2026, 3, 5))])
@pytest.mark.parametrize(
    "later", [ext1(D(2026, 3, 6)), pause(D(2026, 3, 6)), NewFacts(D(2026, 3, 6)), Decided(D(2026, 3, 6))]
)
def test_nothing_may_follow_a_stop(cal: HolidayCalendar, stop: object, later: object) -> None:
    assert error_code(D(2026, 3, 2), [stop, later], cal, D(2026, 3, 31)) == "event_after_stop"


# ---- status and the due-soon window ---------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "status", "days_left", "working_left"),
    [
        # Received Mon 2 Mar, due Tue 17 Mar.
        (D(2026, 3, 2), ClockStatus.ON_TRACK, 15, 11),  # 3–6, 9–13, 16, 17 Mar
        (D(2026, 3, 11), ClockStatus.ON_TRACK, 6, 4),  # 12, 13, 16, 17
        (D(2026, 3, 12), ClockStatus.DUE_SOON, 5, 3),  # 13, 16, 17
        (D(2026, 3, 13), ClockStatus.DUE_SOON, 4, 2),  # Fri: 16, 17 (the weekend does not count)
        (D(2026, 3, 17), ClockStatus.DUE_SOON, 0, 0),  # due today
        (D(2026, 3, 18), ClockStatus.OVERDUE, -1, 0),
    ],
)
def test_status_over_time(
    cal: HolidayCalendar, today: date, status: ClockStatus, days_left: int, working_left: int
) -> None:
    state = compute_deadline(D(2026, 3, 2), [], cal, today=today)
    assert state.status is status
    assert state.days_left() == days_left
    assert state.working_days_left == working_left
    assert state.is_overdue is (status is ClockStatus.OVERDUE)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        # Due Thu 8 Oct after the 1–7 Oct break: the warning must come before the break.
        (D(2026, 9, 25), ClockStatus.ON_TRACK),  # (25 Sep, 8 Oct]: 28, 29, 30 Sep, 8 Oct = 4
        (D(2026, 9, 28), ClockStatus.DUE_SOON),  # 29, 30 Sep, 8 Oct = 3 (calendar: 10 days)
        (D(2026, 9, 30), ClockStatus.DUE_SOON),  # only 8 Oct
        (D(2026, 10, 9), ClockStatus.OVERDUE),
    ],
)
def test_due_soon_counts_working_days_across_a_break(cal: HolidayCalendar, today: date, status: ClockStatus) -> None:
    assert compute_deadline(D(2026, 9, 20), [], cal, today=today).status is status


def test_warn_days_is_configurable(cal: HolidayCalendar) -> None:
    # Due 17 Mar. warn_days=0 → only the due day itself is "due soon".
    assert compute_deadline(D(2026, 3, 2), [], cal, D(2026, 3, 16), warn_days=0).status is ClockStatus.ON_TRACK
    assert compute_deadline(D(2026, 3, 2), [], cal, D(2026, 3, 17), warn_days=0).status is ClockStatus.DUE_SOON
    # warn_days=5 → Tue 10 Mar has (10, 17] = 11, 12, 13, 16, 17 = 5 working days left.
    assert compute_deadline(D(2026, 3, 2), [], cal, D(2026, 3, 10), warn_days=5).status is ClockStatus.DUE_SOON
    assert compute_deadline(D(2026, 3, 2), [], cal, D(2026, 3, 9), warn_days=5).status is ClockStatus.ON_TRACK
    with pytest.raises(ValueError):
        compute_deadline(D(2026, 3, 2), [], cal, D(2026, 3, 9), warn_days=-1)


def test_days_left_for_another_day(cal: HolidayCalendar) -> None:
    state = compute_deadline(D(2026, 3, 2), [], cal, today=D(2026, 3, 2))
    assert state.days_left(D(2026, 3, 10)) == 7
    assert state.days_left(D(2026, 3, 20)) == -3


# ---- invalid sequences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("events", "today", "code"),
    [
        ([pause(D(2026, 3, 1))], D(2026, 3, 5), "event_before_receipt"),
        ([ext1(D(2026, 2, 28))], D(2026, 3, 5), "event_before_receipt"),
        ([Decided(D(2026, 3, 6))], D(2026, 3, 5), "event_in_future"),
        (["not an event"], D(2026, 3, 5), "unknown_event"),
    ],
)
def test_invalid_events(cal: HolidayCalendar, events: list, today: date, code: str) -> None:
    assert error_code(D(2026, 3, 2), events, cal, today) == code


def test_error_carries_code_and_event(cal: HolidayCalendar) -> None:
    bad = ext2(D(2026, 3, 5))
    with pytest.raises(DeadlineError) as info:
        compute_deadline(D(2026, 3, 2), [bad], cal, D(2026, 3, 5))
    assert isinstance(info.value, ValueError)
    assert info.value.code == DeadlineErrorCode.EXTENSION_REQUIRES_LEVEL1 == "extension_requires_level1"
    assert info.value.event is bad
    assert "extension_requires_level1" in str(info.value)


def test_check_new_event(cal: HolidayCalendar) -> None:
    events = [ext1(D(2026, 3, 5), D(2026, 3, 5))]
    assert check_new_event(D(2026, 3, 2), events, ext2(D(2026, 3, 6)), cal, D(2026, 3, 6)) is None
    assert check_new_event(D(2026, 3, 2), events, ext1(D(2026, 3, 6)), cal, D(2026, 3, 6)) == "extension_duplicate"


def test_error_codes_are_stable() -> None:
    # UIs and translations key on these strings; renaming one is a breaking change.
    assert {c.value for c in DeadlineErrorCode} == {
        "unknown_event",
        "event_before_receipt",
        "event_in_future",
        "event_after_stop",
        "extension_invalid_level",
        "extension_requires_level1",
        "extension_requires_approver",
        "extension_requires_reason",
        "extension_duplicate",
        "extension_after_due",
        "pause_without_end_before_new_pause",
        "pause_end_without_start",
        "pause_after_due",
        "new_facts_during_pause",
    }
    assert {s.value for s in ClockStatus} == {
        "on_track",
        "due_soon",
        "overdue",
        "paused",
        "stopped",
        "decided_on_time",
        "decided_late",
    }


def test_results_and_events_are_immutable(cal: HolidayCalendar) -> None:
    state = compute_deadline(D(2026, 3, 2), [], cal, today=D(2026, 3, 2))
    with pytest.raises(dataclasses.FrozenInstanceError):
        state.due_on = D(2030, 1, 1)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Decided(D(2026, 3, 5)).on = D(2026, 3, 6)  # type: ignore[misc]


def test_input_events_are_not_reordered_in_place(cal: HolidayCalendar) -> None:
    events = [PauseEnd(D(2026, 3, 9)), pause(D(2026, 3, 5))]
    snapshot = list(events)
    compute_deadline(D(2026, 3, 2), events, cal, today=D(2026, 3, 9))
    assert events == snapshot


# ---- purity of the domain package -----------------------------------------------------------

MY_MODULES = ("complaint_clock", "holiday_calendar", "holiday_seed", "personal_data")


@pytest.mark.parametrize("module", MY_MODULES)
def test_module_imports_only_stdlib_and_domain(module: str) -> None:
    tree = ast.parse((REPO / "branchdesk" / "domain" / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top == "branchdesk":
                assert name.startswith("branchdesk.domain"), name
            else:
                assert top in sys.stdlib_module_names or top == "__future__", name


def test_importing_the_clock_loads_no_framework() -> None:
    code = (
        "import sys\n"
        "import branchdesk.domain.complaint_clock, branchdesk.domain.personal_data\n"
        "from branchdesk.domain.holiday_calendar import HolidayCalendar\n"
        "HolidayCalendar.default()\n"
        "bad = [m for m in ('PySide6', 'sqlalchemy', 'httpx', 'holidays', 'fastapi') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
