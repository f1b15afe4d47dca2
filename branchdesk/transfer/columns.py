"""Column specs: how one field of a record reads from and writes to a spreadsheet cell.

A kind of record (fraud, complaint, education) is a list of `Column`s. Each column knows its
header names (Simplified and Traditional Chinese, English), how to parse a cell, typed or text,
into the record's value (raising `CellError` with a message code from domain/messages), and how
to format the value back for a file (native types, so XLSX keeps real dates and numbers).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from decimal import Decimal
from typing import Any, Callable

from branchdesk.domain.money import AmountError, parse_amount
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import LOCAL_TZ
from branchdesk.transfer.tabular import ColumnStyle


class CellError(ValueError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Context:
    refs: RefBook
    lang: str = "zh_CN"


Parse = Callable[[Any, Context], Any]
Format = Callable[[Any, Context], Any]


@dataclass(frozen=True)
class Column:
    key: str  # the record's field name
    label_zh_cn: str
    label_en: str
    label_zh_tw: str = ""
    parse: Parse = field(default=lambda v, ctx: text_value(v))
    format: Format = field(default=lambda v, ctx: v)
    required: bool = False  # the header must have it
    aliases: tuple[str, ...] = ()
    style: ColumnStyle = ColumnStyle()

    def label(self, lang: str) -> str:
        if lang.startswith("en"):
            return self.label_en
        if lang.startswith("zh_TW") or lang.startswith("zh_HK"):
            return self.label_zh_tw or self.label_zh_cn
        return self.label_zh_cn

    def header_names(self) -> set[str]:
        names = {self.key, self.label_zh_cn, self.label_en, self.label_zh_tw, *self.aliases}
        return {normalise(n) for n in names if n}


# ---------------------------------------------------------------- matching text

_DASHES = re.compile(r"[‐‑‒–—―−~～]")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=8192)  # a register repeats the same few labels in thousands of rows
def normalise(text: str) -> str:
    """For matching what people type against codes and labels: width, case, dashes, spaces."""
    t = unicodedata.normalize("NFKC", str(text))
    t = _DASHES.sub("-", t)
    return _SPACE.sub("", t).casefold()


def text_value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))  # Excel turns a typed number like 1203 into 1203.0
    return str(v).strip()


def is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


# ---------------------------------------------------------------- column kinds

def text(max_len: int | None = None) -> tuple[Parse, Format]:
    def parse(v, ctx):
        s = text_value(v)
        if max_len is not None and len(s) > max_len:
            raise CellError("too_long")
        return s

    return parse, lambda v, ctx: v or ""


class _CodeIndex:
    """Codes and labels of one category in every language, normalised, for fast lookups."""

    def __init__(self, refs: RefBook, category: str):
        self.by_text: dict[str, str] = {}
        for c in refs.options(category):
            for t in (c.label_en, c.label_zh_tw, c.label_zh_cn, c.code):  # codes win over labels
                self.by_text[normalise(t)] = c.code


_INDEX_CACHE: dict[tuple[int, str], _CodeIndex] = {}


def _index(refs: RefBook, category: str) -> _CodeIndex:
    key = (id(refs), category)
    idx = _INDEX_CACHE.get(key)
    if idx is None:
        if len(_INDEX_CACHE) > 256:
            _INDEX_CACHE.clear()
        idx = _INDEX_CACHE[key] = _CodeIndex(refs, category)
    return idx


def find_code(refs: RefBook, category: str, value: Any) -> str:
    """The code for a code or a label in any language; CellError('unknown_code') otherwise."""
    code = _index(refs, category).by_text.get(normalise(text_value(value)))
    if code is None:
        raise CellError("unknown_code")
    return code


def coded(category: str) -> tuple[Parse, Format]:
    def parse(v, ctx):
        return "" if is_blank(v) else find_code(ctx.refs, category, v)

    def fmt(v, ctx):
        return ctx.refs.label(category, v, ctx.lang) if v else ""

    return parse, fmt


# Several choices in one cell. Not "/" or spaces: labels such as 暂缓/拒绝办理 contain them.
_MULTI_SPLIT = re.compile(r"[、,，;；\n|]+")
MULTI_JOIN = "、"


def multi_coded(category: str) -> tuple[Parse, Format]:
    def parse(v, ctx):
        if is_blank(v):
            return ()
        codes: list[str] = []
        for part in _MULTI_SPLIT.split(text_value(v)):
            if not part.strip():
                continue
            try:
                found = [find_code(ctx.refs, category, part)]
            except CellError:
                # Codes as stored ("DISSUADE DEFER") are space-separated.
                found = [find_code(ctx.refs, category, p) for p in part.split()]
            codes.extend(c for c in found if c not in codes)
        return tuple(codes)

    def fmt(v, ctx):
        return MULTI_JOIN.join(ctx.refs.label(category, c, ctx.lang) for c in v)

    return parse, fmt


def amount() -> tuple[Parse, Format]:
    """Yuan in the file, integer fen in the record."""

    def parse(v, ctx):
        if is_blank(v):
            return None
        if isinstance(v, bool):
            raise CellError("not_a_number")
        if isinstance(v, float):
            # A typed 1234.5 comes back from Excel as a binary float: round to fen before checking.
            v = Decimal(repr(v))
            if v != v.quantize(Decimal("0.01")):
                raise CellError("too_many_decimals")
        try:
            return parse_amount(v)
        except AmountError as exc:
            raise CellError(exc.code) from None

    def fmt(v, ctx):
        return None if v is None else (Decimal(v) / 100).quantize(Decimal("0.01"))

    return parse, fmt


_DT_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y.%m.%d %H:%M",
    "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日%H:%M", "%Y年%m月%d日 %H时%M分",
    "%Y年%m月%d日%H时%M分",
)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_local_datetime(v: Any) -> datetime:
    """A branch wall-clock time (typed text or an Excel date cell) as an aware UTC datetime."""
    if isinstance(v, str) and (m := _ISO.fullmatch(v.strip())):
        # The common case (what we export), without strptime's cost on a 50,000-row file.
        try:
            naive = datetime(*(int(g) for g in m.groups(default="0")))
        except ValueError:
            raise CellError("bad_datetime") from None
        return naive.replace(tzinfo=LOCAL_TZ).astimezone(timezone.utc)
    if isinstance(v, datetime):
        naive = v.replace(tzinfo=None) if v.tzinfo is None else v.astimezone(LOCAL_TZ).replace(tzinfo=None)
    elif isinstance(v, date):
        naive = datetime.combine(v, time(0, 0))
    else:
        s = unicodedata.normalize("NFKC", text_value(v))
        s = _SPACE.sub(" ", s)
        naive = None
        for f in _DT_FORMATS + _DATE_FORMATS:
            try:
                naive = datetime.strptime(s, f)
                break
            except ValueError:
                continue
        if naive is None:
            raise CellError("bad_datetime")
    return naive.replace(tzinfo=LOCAL_TZ).astimezone(timezone.utc)


def local_datetime() -> tuple[Parse, Format]:
    def parse(v, ctx):
        return None if is_blank(v) else parse_local_datetime(v)

    def fmt(v, ctx):
        # Naive local time to the minute: Excel shows it as a real date cell; CSV as 2026-10-31 14:30.
        return v.astimezone(LOCAL_TZ).replace(tzinfo=None, second=0, microsecond=0) if v else None

    return parse, fmt


_TRUE = {normalise(t) for t in ("是", "是的", "有", "已报警", "已報警", "y", "yes", "true", "1", "√", "✓", "✔", "对", "對")}
_FALSE = {normalise(t) for t in ("否", "无", "無", "没有", "沒有", "未报警", "未報警", "n", "no", "false", "0", "×", "✗", "不")}
_BOOL_LABELS = {"zh_CN": ("是", "否"), "zh_TW": ("是", "否"), "en": ("Yes", "No")}


def boolean() -> tuple[Parse, Format]:
    def parse(v, ctx):
        if is_blank(v):
            return False
        if isinstance(v, bool):
            return v
        t = normalise(text_value(v))
        if t in _TRUE:
            return True
        if t in _FALSE:
            return False
        raise CellError("bad_bool")

    def fmt(v, ctx):
        yes, no = _BOOL_LABELS.get(ctx.lang[:5], _BOOL_LABELS["zh_CN"])
        return yes if v else no

    return parse, fmt


def column(key: str, zh_cn: str, en: str, zh_tw: str = "", kind: tuple[Parse, Format] | None = None, *,
           required: bool = False, aliases: tuple[str, ...] = (), width: int = 14,
           number_format: str | None = None) -> Column:
    parse, fmt = kind or text()
    return Column(key=key, label_zh_cn=zh_cn, label_en=en, label_zh_tw=zh_tw, parse=parse, format=fmt,
                  required=required, aliases=aliases, style=ColumnStyle(width, number_format))


def record_id() -> tuple[Parse, Format]:
    """A record's UUID as exported; blank for a new record."""
    import uuid

    def parse(v, ctx):
        s = text_value(v)
        if not s:
            return ""
        try:
            return str(uuid.UUID(s))
        except ValueError:
            raise CellError("bad_record_id") from None

    return parse, lambda v, ctx: v or ""
