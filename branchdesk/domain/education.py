"""Financial-education events (金融教育宣传): the record, its validation, filter and statistics.

Pure domain code: no Qt, no SQL. Codes refer to reference categories (see reference_seed).
An event is first *planned* (a future date is fine, no figures yet) and later *held*, when the
attendance and online reach are filled in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from branchdesk.domain import messages
from branchdesk.domain.fraud import FieldError
from branchdesk.domain.reference import RefBook

KIND = "education"

PLANNED = "planned"
HELD = "held"
STATUSES = (PLANNED, HELD)

# Reference category of each coded field.
CODED_FIELDS = {"campaign": "campaign", "location_type": "location_type"}
MULTI_CODED_FIELDS = {"topics": "edu_topic", "target_groups": "target_group"}
ONLINE_LOCATION = "ONLINE"
# Groups whose photos may show minors: under-14s are sensitive personal information (PIPL Art. 28).
MINOR_GROUPS = frozenset({"STUDENTS"})
MINOR_LOCATIONS = frozenset({"CAMPUS"})

SLOGAN_MAX = 200
ADDRESS_MAX = 200
SUMMARY_MAX = 2000
NAME_MAX = 64
COUNT_MAX = 10_000_000  # a typo guard: no single event reaches ten million people
# Long digit runs are ID, phone or card numbers (the same test as the fraud narrative's), once
# dates and times, which summaries do mention, are set aside.
_DIGIT_RUN = re.compile(r"\d[\d\s-]{9,}\d|\d{10,}")
_DATE_OR_TIME = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[:：]\s*\d{2}")


def _has_personal_number(text: str) -> bool:
    return bool(_DIGIT_RUN.search(_DATE_OR_TIME.sub(" ", text or "")))

messages.register({
    "at_least_one_topic": ("至少选择一个宣传主题", "至少選擇一個宣傳主題", "Choose at least one topic"),
    "at_least_one_group": ("至少选择一类目标人群", "至少選擇一類目標人群", "Choose at least one target group"),
    "reach_without_online": (
        "仅线上场所可填写线上触达人次",
        "僅線上場所可填寫線上觸達人次",
        "Online reach needs an online place type",
    ),
    "attendees_online_only": (
        "线上活动没有现场人数,请填写线上触达人次",
        "線上活動沒有現場人數,請填寫線上觸達人次",
        "An online event has no attendees on site; enter the online reach",
    ),
    "held_in_future": (
        "尚未到活动时间,不能登记为已开展",
        "尚未到活動時間,不能登記為已開展",
        "An event in the future cannot be recorded as held",
    ),
    "planned_with_figures": (
        "计划中的活动尚无人数,请在开展后填写",
        "計劃中的活動尚無人數,請在開展後填寫",
        "A planned event has no figures yet; fill them in once it is held",
    ),
    "quantity_positive": ("数量应大于 0", "數量應大於 0", "The quantity must be more than 0"),
    "partner_name_required": ("请填写合作单位名称", "請填寫合作單位名稱", "Enter the partner's name"),
    "too_long_span": ("活动时长不能超过 7 天", "活動時長不能超過 7 天", "An event cannot last more than 7 days"),
    "unknown_status": ("状态应为 计划中/已开展", "狀態應為 計劃中/已開展", "The status is planned or held"),
    "photo_consent_required": (
        "添加照片前须确认已取得当事人同意",
        "添加照片前須確認已取得當事人同意",
        "Confirm consent before adding photos",
    ),
    "photo_unreadable": ("无法读取该图片文件", "無法讀取該圖片檔案", "The picture file cannot be read"),
    "photo_keyring_unavailable": (
        "本机没有可用的系统密钥环,照片无法加密保存,因此不能添加或查看照片",
        "本機沒有可用的系統金鑰環,照片無法加密保存,因此不能添加或查看照片",
        "No system keyring works on this PC: photos cannot be stored encrypted, so none can be added or shown",
    ),
    "photo_key_mismatch": (
        "本机的数据密钥与此数据库不符,不能添加或查看照片",
        "本機的資料金鑰與此資料庫不符,不能添加或查看照片",
        "This PC's data key does not match this database: photos cannot be added or shown",
    ),
    "summary_contains_number": (
        "小结中不得出现身份证号、手机号或卡号",
        "小結中不得出現身分證號、手機號或卡號",
        "The summary must not contain ID, phone or card numbers",
    ),
})


@dataclass(frozen=True)
class Material:
    type: str  # material_type code
    quantity: int


@dataclass(frozen=True)
class Partner:
    type: str  # partner_type code
    name: str


@dataclass
class EducationEvent:
    """One outreach event as the branch records it."""

    status: str = PLANNED
    starts_at: datetime | None = None  # UTC, aware
    ends_at: datetime | None = None
    campaign: str = ""
    slogan: str = ""
    topics: tuple[str, ...] = ()
    location_type: str = ""
    address: str = ""
    target_groups: tuple[str, ...] = ()
    attendees: int | None = None
    online_reach: int | None = None
    materials: tuple[Material, ...] = ()
    partners: tuple[Partner, ...] = ()
    organiser: str = ""
    staff: tuple[str, ...] = ()
    summary: str = ""
    # Set by the store on save:
    id: str = ""
    event_no: str = ""
    branch_code: str = ""
    device_id: str = ""
    created_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    version: int = 0
    server_version: int | None = None

    @property
    def is_online(self) -> bool:
        return self.location_type == ONLINE_LOCATION

    @property
    def may_show_minors(self) -> bool:
        return may_show_minors(self.target_groups, self.location_type)

    def content_fields(self) -> dict:
        """What the organiser entered: the fields an amendment may change."""
        skip = {"id", "event_no", "branch_code", "device_id", "created_by", "created_at", "updated_at", "deleted_at", "version",
                "server_version"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}

    def with_changes(self, **changes) -> "EducationEvent":
        return replace(self, **changes)


def may_show_minors(target_groups: Iterable[str], location_type: str = "") -> bool:
    """Photos of this event may show children: the form warns before any photo is added."""
    return bool(MINOR_GROUPS.intersection(target_groups)) or location_type in MINOR_LOCATIONS


def validate(ev: EducationEvent, refs: RefBook, *, now: datetime | None = None) -> list[FieldError]:
    """All problems of an event, each tied to its field, so the form can show them inline."""
    now = now or datetime.now(timezone.utc)
    errs: list[FieldError] = []

    def err(name: str, code: str) -> None:
        errs.append(FieldError(name, code))

    if ev.status not in STATUSES:
        err("status", "unknown_status")
    for name in ("starts_at", "ends_at", "campaign", "location_type", "organiser"):
        if not getattr(ev, name):
            err(name, "required")
    if not ev.topics:
        err("topics", "at_least_one_topic")
    if not ev.target_groups:
        err("target_groups", "at_least_one_group")
    if not ev.address.strip() and ev.location_type and not ev.is_online:
        err("address", "required")
    for name, category in CODED_FIELDS.items():
        value = getattr(ev, name)
        if value and not refs.is_valid(category, value):
            err(name, "unknown_code")
    for name, category in MULTI_CODED_FIELDS.items():
        if any(not refs.is_valid(category, c) for c in getattr(ev, name)):
            err(name, "unknown_code")

    if ev.starts_at and ev.ends_at:
        if ev.ends_at < ev.starts_at:
            err("ends_at", "end_before_start")
        elif ev.ends_at - ev.starts_at > timedelta(days=7):
            err("ends_at", "too_long_span")

    for name in ("attendees", "online_reach"):
        v = getattr(ev, name)
        if v is not None and v < 0:
            err(name, "negative")
        elif v is not None and v > COUNT_MAX:
            err(name, "too_large")
    if ev.online_reach and ev.location_type and not ev.is_online:
        err("online_reach", "reach_without_online")
    if ev.attendees and ev.is_online:
        err("attendees", "attendees_online_only")

    if ev.status == PLANNED:
        if ev.attendees is not None or ev.online_reach is not None:
            err("attendees" if ev.attendees is not None else "online_reach", "planned_with_figures")
    elif ev.status == HELD:
        if ev.starts_at and ev.starts_at > now + timedelta(minutes=1):
            err("status", "held_in_future")
        if ev.is_online:
            if ev.online_reach is None:
                err("online_reach", "required")
        elif ev.attendees is None:
            err("attendees", "required")

    for m in ev.materials:
        if not refs.is_valid("material_type", m.type):
            err("materials", "unknown_code")
            break
        if m.quantity is None or m.quantity <= 0:
            err("materials", "quantity_positive")
            break
    for p in ev.partners:
        if not refs.is_valid("partner_type", p.type):
            err("partners", "unknown_code")
            break
        if not p.name.strip():
            err("partners", "partner_name_required")
            break
        if len(p.name) > ADDRESS_MAX:
            err("partners", "too_long")
            break

    for name, limit in (("slogan", SLOGAN_MAX), ("address", ADDRESS_MAX), ("summary", SUMMARY_MAX),
                        ("organiser", NAME_MAX)):
        if len(getattr(ev, name)) > limit:
            err(name, "too_long")
    if any(len(s) > NAME_MAX for s in ev.staff):
        err("staff", "too_long")
    # Attendee lists are counts only (domain.md §4): a phone or ID number in the summary is a slip.
    for name in ("summary", "slogan"):
        if _has_personal_number(getattr(ev, name)):
            err(name, "summary_contains_number")
    return errs


# ---------------------------------------------------------------- filter


@dataclass(frozen=True)
class EducationFilter:
    """What the list is narrowed to. Dates are local calendar dates of the start, inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    campaigns: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()  # any of them
    location_types: tuple[str, ...] = ()
    status: str | None = None  # PLANNED, HELD or None for both
    text: str = ""
    include_deleted: bool = False


# ---------------------------------------------------------------- periods

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
GRANULARITIES = (MONTH, QUARTER, YEAR)


def period_key(day: date, granularity: str) -> str:
    """'2026-03', '2026-Q1' or '2026'."""
    if granularity == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def period_bounds(day: date, granularity: str) -> tuple[date, date]:
    """First and last calendar day of the month, quarter or year that holds `day`."""
    if granularity == YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    first_month = day.month if granularity == MONTH else 3 * ((day.month - 1) // 3) + 1
    last_month = first_month if granularity == MONTH else first_month + 2
    start = date(day.year, first_month, 1)
    nxt = date(day.year + (last_month == 12), last_month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


def shift_period(day: date, granularity: str, steps: int) -> date:
    """A day in the period `steps` periods after (or before) the one that holds `day`."""
    if granularity == YEAR:
        return date(day.year + steps, 1, 1)
    months = 1 if granularity == MONTH else 3
    index = day.year * 12 + (day.month - 1) + steps * months
    return date(index // 12, index % 12 + 1, 1)


# ---------------------------------------------------------------- statistics


@dataclass
class Totals:
    events: int = 0
    attendees: int = 0
    online_reach: int = 0

    def add(self, attendees: int | None, reach: int | None) -> None:
        self.events += 1
        self.attendees += attendees or 0
        self.online_reach += reach or 0

    @property
    def people(self) -> int:
        return self.attendees + self.online_reach


@dataclass
class EducationStats:
    """Totals overall, by target group, by campaign and by period.

    An event aimed at two groups counts once for each group, so the group rows may add up to
    more than the overall total; campaign rows add up exactly.
    """

    total: Totals = field(default_factory=Totals)
    by_group: dict[str, Totals] = field(default_factory=dict)
    by_campaign: dict[str, Totals] = field(default_factory=dict)
    by_period: dict[str, Totals] = field(default_factory=dict)


def compute_stats(rows: Iterable[tuple[str, str, Iterable[str], int | None, int | None]],
                  granularity: str = MONTH) -> EducationStats:
    """Rows of (local start date 'YYYY-MM-DD', campaign, target groups, attendees, online reach)."""
    st = EducationStats()
    groups: dict[str, Totals] = defaultdict(Totals)
    campaigns: dict[str, Totals] = defaultdict(Totals)
    periods: dict[str, Totals] = defaultdict(Totals)
    for day, campaign, target_groups, attendees, reach in rows:
        st.total.add(attendees, reach)
        campaigns[campaign].add(attendees, reach)
        periods[period_key(date.fromisoformat(day), granularity)].add(attendees, reach)
        for g in set(target_groups):
            groups[g].add(attendees, reach)
    st.by_group = dict(groups)
    st.by_campaign = dict(campaigns)
    st.by_period = dict(sorted(periods.items()))
    return st


# ---------------------------------------------------------------- identity of content


def content_key(ev: EducationEvent) -> str:
    """A hash of what was entered: an import of the same event twice is recognised as one."""
    import hashlib
    import json

    def norm(v):
        if isinstance(v, datetime):
            return v.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M")
        if isinstance(v, (Material, Partner)):
            return [getattr(v, f.name) for f in fields(v)]
        if isinstance(v, tuple):
            return [norm(x) for x in v]
        return v

    data = {k: norm(v) for k, v in ev.content_fields().items()}
    for k in ("topics", "target_groups"):
        data[k] = sorted(data[k])
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
