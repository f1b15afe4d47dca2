"""Financial-education events on the command line.

`export education`, `import education` and `template education` are the generic transfer
commands (commands/transfer.py) working with `EducationKind` below, which the transfer registry
finds through transfer/kinds/education.py. This module adds `education-stats`: events,
attendees and online reach by target group and by campaign for a month, quarter or year.

File layout of an event row: codes as Chinese (or English) labels; several topics or groups in
one cell separated by 、; materials as 折页×200、手册×50; partners as 派出所/反诈中心:张江派出所;
staff names separated by 、.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain import education, messages
from branchdesk.domain.education import HELD, PLANNED, EducationEvent, EducationFilter, Material, Partner
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import local_date

messages.register({
    "bad_status": ("状态应为 计划中 或 已开展", "狀態應為 計劃中 或 已開展", "The status is planned or held"),
    "bad_material": ("资料应写成 折页×200、手册×50", "資料應寫成 摺頁×200、手冊×50",
                     "Materials look like Leaflet×200、Booklet×50"),
    "bad_partner": ("合作单位应写成 类型:名称,如 派出所/反诈中心:张江派出所",
                    "合作單位應寫成 類型:名稱,如 派出所/反詐中心:張江派出所",
                    "Partners look like type: name, e.g. Police station: Zhangjiang"),
    "cli.education_stats_head": ("{period} 已开展的金融教育宣传活动", "{period} 已開展的金融教育宣傳活動",
                                 "Education events held in {period}"),
    "cli.education_stats_line": ("{label}:{events} 场,现场 {attendees} 人,线上触达 {reach} 人次",
                                 "{label}:{events} 場,現場 {attendees} 人,線上觸達 {reach} 人次",
                                 "{label}: {events} event(s), {attendees} on site, {reach} reached online"),
    "cli.education_by_group": ("按目标人群:", "按目標人群:", "By target group:"),
    "cli.education_by_campaign": ("按活动:", "按活動:", "By campaign:"),
    "cli.education_total": ("合计", "合計", "Total"),
})

_STATUS_LABELS = {PLANNED: ("计划中", "計劃中", "Planned"), HELD: ("已开展", "已開展", "Held")}
_ITEM_SPLIT = re.compile(r"[、;；\n|]+")
_QTY = re.compile(r"^(?P<label>.+?)\s*[×xX*:：]\s*(?P<qty>\d[\d,]*)\s*(份|张|本|个|件|pcs)?$")
_PARTNER = re.compile(r"^(?P<type>[^:：]+)[:：](?P<name>.+)$")
_NAMES = re.compile(r"[、,，;；\s]+")


def _lang_index(lang: str) -> int:
    return 2 if lang.startswith("en") else 1 if lang.startswith(("zh_TW", "zh_HK")) else 0


def _columns():
    from branchdesk.transfer.columns import (CellError, coded, column, is_blank, local_datetime, multi_coded,
                                             normalise, record_id, text, text_value)

    def status():
        def parse(v, ctx):
            if is_blank(v):
                return ""  # decided in build(): held when figures are given
            t = normalise(text_value(v))
            for code, labels in _STATUS_LABELS.items():
                if t in {normalise(x) for x in (code, *labels)}:
                    return code
            raise CellError("bad_status")

        return parse, lambda v, ctx: _STATUS_LABELS[v][_lang_index(ctx.lang)] if v in _STATUS_LABELS else ""

    def count():
        def parse(v, ctx):
            if is_blank(v):
                return None
            if isinstance(v, bool):
                raise CellError("bad_integer")
            if isinstance(v, float):
                if not v.is_integer():
                    raise CellError("bad_integer")
                return int(v)
            if isinstance(v, int):
                return v
            t = text_value(v).replace(",", "").replace(",", "")
            if not re.fullmatch(r"-?\d+", t):
                raise CellError("bad_integer")
            return int(t)

        return parse, lambda v, ctx: v

    def materials():
        def parse(v, ctx):
            if is_blank(v):
                return ()
            out = []
            for part in _ITEM_SPLIT.split(text_value(v)):
                if not part.strip():
                    continue
                m = _QTY.match(part.strip())
                if not m:
                    raise CellError("bad_material")
                from branchdesk.transfer.columns import find_code

                out.append(Material(find_code(ctx.refs, "material_type", m["label"]), int(m["qty"].replace(",", ""))))
            return tuple(out)

        return parse, lambda v, ctx: "、".join(
            f"{ctx.refs.label('material_type', m.type, ctx.lang)}×{m.quantity}" for m in v)

    def partners():
        def parse(v, ctx):
            if is_blank(v):
                return ()
            out = []
            for part in _ITEM_SPLIT.split(text_value(v)):
                if not part.strip():
                    continue
                m = _PARTNER.match(part.strip())
                if not m:
                    raise CellError("bad_partner")
                from branchdesk.transfer.columns import find_code

                out.append(Partner(find_code(ctx.refs, "partner_type", m["type"].strip()), m["name"].strip()))
            return tuple(out)

        return parse, lambda v, ctx: "、".join(
            f"{ctx.refs.label('partner_type', p.type, ctx.lang)}:{p.name}" for p in v)

    def names():
        def parse(v, ctx):
            return tuple(n for n in _NAMES.split(text_value(v)) if n)

        return parse, lambda v, ctx: "、".join(v)

    dt = dict(width=18, number_format="yyyy-mm-dd hh:mm")
    return [
        column("id", "记录ID", "Record ID", "記錄ID", record_id(), aliases=("ID",), width=38),
        column("event_no", "编号", "Event number", "編號", text(40), aliases=("活动编号", "ref_no"), width=30),
        column("branch_code", "网点代码", "Branch code", "網點代碼", text(12), aliases=("网点", "branch")),
        column("status", "状态", "Status", "狀態", status(), width=10),
        column("starts_at", "开始时间", "Starts", "開始時間", local_datetime(), required=True,
               aliases=("日期", "活动时间", "时间", "date"), **dt),
        column("ends_at", "结束时间", "Ends", "結束時間", local_datetime(), **dt),
        column("campaign", "活动", "Campaign", "活動", coded("campaign"), required=True, aliases=("宣传活动",), width=28),
        column("slogan", "主题口号", "Theme slogan", "主題口號", text(education.SLOGAN_MAX), aliases=("主题",), width=30),
        column("topics", "宣传主题", "Topics", "宣傳主題", multi_coded("edu_topic"), required=True, width=28),
        column("location_type", "场所", "Place type", "場所", coded("location_type"), required=True, width=14),
        column("address", "地点", "Address", "地點", text(education.ADDRESS_MAX), aliases=("地址",), width=30),
        column("target_groups", "目标人群", "Target groups", "目標人群", multi_coded("target_group"), required=True,
               width=24),
        column("attendees", "现场人数", "Attendees", "現場人數", count(), aliases=("参与人数",), width=10,
               number_format="#,##0"),
        column("online_reach", "线上触达人次", "Online reach", "線上觸達人次", count(), aliases=("线上触达",), width=12,
               number_format="#,##0"),
        column("materials", "宣传资料", "Materials", "宣傳資料", materials(), width=26),
        column("partners", "合作单位", "Partners", "合作單位", partners(), width=30),
        column("organiser", "负责人", "Organiser", "負責人", text(education.NAME_MAX), aliases=("组织人",)),
        column("staff", "参与员工", "Staff", "參與員工", names(), width=20),
        column("summary", "活动小结", "Summary", "活動小結", text(education.SUMMARY_MAX), aliases=("小结",), width=50),
    ]


def _kind_base():
    from branchdesk.transfer.kind import TransferKind

    return TransferKind


class EducationKind(_kind_base()):
    name = education.KIND
    aliases = ("events", "edu", "金融教育", "金融教育宣传", "教育宣传", "宣传活动")
    title_zh_cn = "金融教育宣传活动"
    title_en = "Education events"
    id_key = "id"
    ref_key = "event_no"

    def __init__(self):
        self.columns = _columns()

    def build(self, values: dict[str, Any]) -> EducationEvent:
        data = {k: v for k, v in values.items() if v is not None or k in ("attendees", "online_reach")}
        if not data.get("status"):
            figures = data.get("attendees") is not None or data.get("online_reach") is not None
            data["status"] = HELD if figures else PLANNED
        if data.get("starts_at") and not data.get("ends_at"):
            data["ends_at"] = data["starts_at"]
        return EducationEvent(**data)

    def validate(self, record: EducationEvent, refs: RefBook) -> list[tuple[str, str]]:
        return [(e.field, e.code) for e in education.validate(record, refs)]

    def content_key(self, record: EducationEvent) -> str:
        return education.content_key(record)

    def existing(self, session: Session):
        from branchdesk.store.models_education import EducationEventRow as Row
        from branchdesk.transfer.kind import Existing

        ex = Existing()
        for rid, ref, key in session.execute(select(Row.id, Row.ref_no, Row.import_key)):
            ex.ids.add(rid)
            ex.ref_nos.add(ref)
            if key:
                ex.import_keys.add(key)
        return ex

    def save(self, session: Session, record: EducationEvent, refs: RefBook, *, actor: str,
             import_key: str | None) -> None:
        from branchdesk.store import education_repo

        if not record.organiser:
            record = record.with_changes(organiser=actor)
        education_repo.create(session, record, refs, actor=actor, import_key=import_key, keep_identity=True)

    def counter_key(self, record: EducationEvent) -> tuple:
        return (self.name, local_date(record.starts_at).year)

    def export_records(self, session: Session, *, date_from: date | None = None,
                       date_to: date | None = None) -> Iterable[EducationEvent]:
        from branchdesk.store import education_repo

        for row in education_repo.all_for_export(session, EducationFilter(date_from=date_from, date_to=date_to)):
            yield education_repo.to_domain(row)


KIND = EducationKind()


# ---------------------------------------------------------------- education-stats

def run_stats(cli) -> int:
    from branchdesk.store import education_repo

    g = cli.args.period
    day = date.fromisoformat(cli.args.day) if cli.args.day else date.today()
    start, end = education.period_bounds(day, g)
    f = EducationFilter(date_from=start, date_to=end, status=HELD)
    with cli.store.read() as s:
        st = education_repo.stats(s, f, g)
    refs, lang = cli.refs, cli.lang

    def line(label: str, t) -> None:
        cli.say("cli.education_stats_line", label=label, events=f"{t.events:,}", attendees=f"{t.attendees:,}",
                reach=f"{t.online_reach:,}")

    cli.say("cli.education_stats_head", period=education.period_key(start, g))
    line(cli.text("cli.education_total"), st.total)
    cli.say("cli.education_by_group")
    for c in refs.options("target_group"):
        if c.code in st.by_group:
            line("  " + c.label(lang), st.by_group[c.code])
    cli.say("cli.education_by_campaign")
    for c in refs.options("campaign"):
        if c.code in st.by_campaign:
            line("  " + c.label(lang), st.by_campaign[c.code])
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("education-stats", help="金融教育宣传统计:按目标人群与活动汇总场次、人数、触达",
                              description="已开展活动的场次、现场人数与线上触达人次,按目标人群和活动汇总。"
                                          "导入导出请用 import/export/template education。")
    p.add_argument("--period", choices=education.GRANULARITIES, default=education.QUARTER,
                   help="统计周期:month(月)、quarter(季,默认)、year(年)")
    p.add_argument("--day", metavar="日期", help="周期内的任一天,如 2026-09-15(默认今天)")
    p.set_defaults(func=run_stats)
