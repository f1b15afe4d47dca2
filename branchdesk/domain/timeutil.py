"""Times: stored in UTC, shown and grouped in the branch's local time (China Standard Time)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
UTC_TEXT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # how the store keeps times: fixed width, so text order is time order


def local_date(dt: datetime) -> date:
    return dt.astimezone(LOCAL_TZ).date()


def local_now() -> datetime:
    return datetime.now(LOCAL_TZ)


def from_local(naive: datetime) -> datetime:
    """A wall-clock time typed at the branch, as an aware UTC datetime."""
    return naive.replace(tzinfo=LOCAL_TZ).astimezone(timezone.utc)


def format_local(dt: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return dt.astimezone(LOCAL_TZ).strftime(fmt) if dt else ""


def parse_utc_text(text: str | None) -> datetime | None:
    """A time as the store keeps it, back to an aware UTC datetime."""
    return datetime.strptime(text, UTC_TEXT_FORMAT).replace(tzinfo=timezone.utc) if text else None
