"""Column types shared by the tables."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator

from branchdesk.domain.timeutil import UTC_TEXT_FORMAT as _FMT, parse_utc_text


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes stored as fixed-width ISO text, so text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).strftime(_FMT)

    def process_result_value(self, value, dialect):
        return parse_utc_text(value)


def utc_text(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime(_FMT)


class JSONText(TypeDecorator):
    """JSON kept as compact UTF-8 text (Chinese stays readable in the file)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=str)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(value)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
