"""Validation, periods and statistics of financial-education events (pure domain)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from branchdesk.domain import education as edu
from branchdesk.domain import messages
from branchdesk.domain.education import EducationEvent, Material, Partner
from branchdesk.domain.reference import RefBook, seed_codes

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def book() -> RefBook:
    return RefBook(seed_codes())


def held_event(**changes) -> EducationEvent:
    base = EducationEvent(
        status=edu.HELD, starts_at=NOW - timedelta(days=2), ends_at=NOW - timedelta(days=2, hours=-2),
        campaign="C315", slogan="金融保障权益 助力美好生活", topics=("ANTI_FRAUD", "PRIVACY"),
        location_type="COMMUNITY", address="浦东新区张江镇居民活动中心", target_groups=("ELDERLY",),
        attendees=80, materials=(Material("LEAFLET", 200),), partners=(Partner("POLICE", "张江派出所"),),
        organiser="王经理", staff=("李明", "赵芳"), summary="讲解养老诈骗常见手法",
    )
    return base.with_changes(**changes)


def codes(errors) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in errors}


def test_complete_held_event_is_valid(book):
    assert edu.validate(held_event(), book, now=NOW) == []


def test_planned_event_in_future_without_figures_is_valid(book):
    ev = held_event(status=edu.PLANNED, starts_at=NOW + timedelta(days=30), ends_at=NOW + timedelta(days=30, hours=2),
                    attendees=None)
    assert edu.validate(ev, book, now=NOW) == []


def test_required_fields_are_named(book):
    errs = codes(edu.validate(EducationEvent(), book, now=NOW))
    assert {("starts_at", "required"), ("ends_at", "required"), ("campaign", "required"),
            ("location_type", "required"), ("organiser", "required"), ("topics", "at_least_one_topic"),
            ("target_groups", "at_least_one_group")} <= errs


def test_negative_counts_and_end_before_start(book):
    ev = held_event(attendees=-3, ends_at=NOW - timedelta(days=3))
    errs = codes(edu.validate(ev, book, now=NOW))
    assert ("attendees", "negative") in errs
    assert ("ends_at", "end_before_start") in errs


def test_online_reach_needs_online_place(book):
    errs = codes(edu.validate(held_event(online_reach=500), book, now=NOW))
    assert errs == {("online_reach", "reach_without_online")}
    online = held_event(location_type="ONLINE", address="", attendees=None, online_reach=5000)
    assert edu.validate(online, book, now=NOW) == []
    assert ("online_reach", "required") in codes(edu.validate(online.with_changes(online_reach=None), book, now=NOW))


def test_held_event_needs_attendance_and_cannot_be_in_future(book):
    assert ("attendees", "required") in codes(edu.validate(held_event(attendees=None), book, now=NOW))
    future = held_event(starts_at=NOW + timedelta(days=1), ends_at=NOW + timedelta(days=1, hours=1))
    assert ("status", "held_in_future") in codes(edu.validate(future, book, now=NOW))


def test_planned_event_has_no_figures_yet(book):
    ev = held_event(status=edu.PLANNED, attendees=12)
    assert ("attendees", "planned_with_figures") in codes(edu.validate(ev, book, now=NOW))


def test_unknown_codes_materials_and_partners(book):
    ev = held_event(campaign="NOPE", topics=("ANTI_FRAUD", "XX"), materials=(Material("LEAFLET", 0),),
                    partners=(Partner("POLICE", "  "),))
    errs = codes(edu.validate(ev, book, now=NOW))
    assert {("campaign", "unknown_code"), ("topics", "unknown_code"), ("materials", "quantity_positive"),
            ("partners", "partner_name_required")} <= errs


def test_every_code_has_a_chinese_message(book):
    ev = held_event(attendees=-1, online_reach=3, ends_at=NOW - timedelta(days=9), campaign="NOPE")
    for e in edu.validate(ev, book, now=NOW) + edu.validate(EducationEvent(), book, now=NOW):
        assert messages.message(e.code) != e.code, e.code
    assert messages.message("photo_consent_required") == "添加照片前须确认已取得当事人同意"


def test_minors_warning():
    assert edu.may_show_minors(("ELDERLY", "STUDENTS"))
    assert edu.may_show_minors((), "CAMPUS")
    assert not edu.may_show_minors(("ELDERLY",), "COMMUNITY")


def test_periods():
    assert edu.period_key(date(2026, 8, 9), edu.QUARTER) == "2026-Q3"
    assert edu.period_bounds(date(2026, 8, 9), edu.QUARTER) == (date(2026, 7, 1), date(2026, 9, 30))
    assert edu.period_bounds(date(2026, 12, 9), edu.MONTH) == (date(2026, 12, 1), date(2026, 12, 31))
    assert edu.period_bounds(date(2024, 2, 9), edu.MONTH) == (date(2024, 2, 1), date(2024, 2, 29))
    assert edu.shift_period(date(2026, 1, 15), edu.QUARTER, -1) == date(2025, 10, 1)
    assert edu.shift_period(date(2026, 1, 15), edu.YEAR, 1) == date(2027, 1, 1)


def test_stats_count_group_once_per_event():
    rows = [
        ("2026-03-15", "C315", ("ELDERLY", "STUDENTS"), 100, None),
        ("2026-03-20", "C315", ("ELDERLY",), 40, None),
        ("2026-06-02", "ANTI_ILLEGAL", ("MIGRANT",), None, 3000),
    ]
    st = edu.compute_stats(rows, edu.QUARTER)
    assert (st.total.events, st.total.attendees, st.total.online_reach) == (3, 140, 3000)
    assert (st.by_group["ELDERLY"].events, st.by_group["ELDERLY"].attendees) == (2, 140)
    assert st.by_group["STUDENTS"].attendees == 100
    assert st.by_campaign["ANTI_ILLEGAL"].online_reach == 3000
    assert list(st.by_period) == ["2026-Q1", "2026-Q2"]


def test_content_key_ignores_group_order_and_store_fields():
    a = held_event()
    b = held_event(target_groups=("ELDERLY",), topics=("PRIVACY", "ANTI_FRAUD")).with_changes(id="x", version=3)
    assert edu.content_key(a) == edu.content_key(b)
    assert edu.content_key(a) != edu.content_key(held_event(attendees=81))


def test_summary_must_not_hold_phone_or_id_numbers(book):
    ev = held_event(summary="张阿姨(13812345678)现场咨询")
    assert ("summary", "summary_contains_number") in codes(edu.validate(ev, book, now=NOW))
    assert ("summary", "summary_contains_number") in codes(
        edu.validate(held_event(summary="留了身份证 310115 19500101 1234"), book, now=NOW))
    ok = "2026-03-15 09:30 开始,发放折页 200 份,答疑 15 人次;下次 2026年9月20日 14:00"
    assert edu.validate(held_event(summary=ok), book, now=NOW) == []
