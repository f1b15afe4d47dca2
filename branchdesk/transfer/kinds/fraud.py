"""The fraud interception register (涉诈拦截登记) as a table: columns, identity, saving."""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain import fraud
from branchdesk.domain.fraud import FraudFilter, FraudInterception
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import local_date
from branchdesk.transfer.columns import (
    amount, boolean, coded, column, local_datetime, multi_coded, record_id, text,
)
from branchdesk.transfer.kind import Existing, TransferKind

COLUMNS = [
    column("id", "记录ID", "Record ID", "記錄ID", record_id(), aliases=("ID",), width=38),
    column("case_no", "编号", "Case number", "編號", text(40), aliases=("案件编号", "拦截编号", "ref_no"), width=30),
    column("branch_code", "网点代码", "Branch code", "網點代碼", text(12), aliases=("网点", "branch")),
    column("occurred_at", "发生时间", "Occurred at", "發生時間", local_datetime(), required=True,
           aliases=("时间", "日期", "拦截时间", "date", "time"), width=18, number_format="yyyy-mm-dd hh:mm"),
    column("detection_source", "发现途径", "Detection source", "發現途徑", coded("detection_source"), required=True),
    column("business_type", "业务类型", "Business type", "業務類型", coded("business_type"), required=True),
    column("channel", "渠道", "Channel", "渠道", coded("fraud_channel"), required=True),
    column("subject_role", "对象", "Subject role", "對象", coded("subject_role"), aliases=("对象类型",), width=22),
    column("customer_gender", "性别", "Gender", "性別", coded("gender"), aliases=("客户性别",), width=8),
    column("age_band", "年龄段", "Age band", "年齡段", coded("age_band"), width=12),
    column("fraud_type", "诈骗类型", "Fraud type", "詐騙類型", coded("fraud_type"), required=True, width=24),
    column("contact_vector", "接触方式", "Contact vector", "接觸方式", coded("contact_vector")),
    column("amount_attempted", "拟转金额(元)", "Amount attempted (CNY)", "擬轉金額(元)", amount(), required=True,
           aliases=("拟转金额", "涉及金额"), number_format="#,##0.00"),
    column("amount_protected", "避免损失金额(元)", "Amount protected (CNY)", "避免損失金額(元)", amount(),
           aliases=("避免损失金额", "止损金额"), width=16, number_format="#,##0.00"),
    column("actions", "处置措施", "Actions", "處置措施", multi_coded("fraud_action"), required=True, width=30),
    column("police_notified", "是否报警", "Police notified", "是否報警", boolean(), aliases=("报警",), width=10),
    column("police_attended", "民警到场", "Police attended", "民警到場", boolean(), aliases=("是否到场",), width=10),
    column("police_ref", "回执号", "Police reference", "回執號", text(64), aliases=("报警回执号",), width=18),
    column("outcome", "结果", "Outcome", "結果", coded("fraud_outcome"), required=True, aliases=("处置结果",)),
    column("narrative", "经过", "Narrative", "經過", text(fraud.NARRATIVE_MAX), aliases=("经过描述", "情况描述"), width=60),
    column("recorder", "登记柜员", "Recorder", "登記櫃員", text(64), aliases=("登记人",)),
    column("reviewer", "复核主管", "Reviewer", "複核主管", text(64), aliases=("复核人",)),
]

# Blank cells of optional coded fields take the form's defaults.
_DEFAULTS = {"subject_role": "VICTIM", "customer_gender": "U"}


class FraudKind(TransferKind):
    name = fraud.KIND
    aliases = ("interception", "interceptions", "涉诈", "涉诈拦截", "涉詐攔截", "拦截")
    title_zh_cn = "涉诈拦截登记"
    title_en = "Fraud interceptions"
    columns = COLUMNS
    id_key = "id"
    ref_key = "case_no"

    def build(self, values: dict[str, Any]) -> FraudInterception:
        data = {k: v for k, v in values.items() if v is not None or k.startswith("amount_")}
        for key, default in _DEFAULTS.items():
            if not data.get(key):
                data[key] = default
        return FraudInterception(**data)

    def validate(self, record: FraudInterception, refs: RefBook) -> list[tuple[str, str]]:
        return [(e.field, e.code) for e in fraud.validate(record, refs)]

    def existing(self, session: Session) -> Existing:
        from branchdesk.store.models import FraudInterceptionRow as Row

        ex = Existing()
        for rid, ref, key in session.execute(select(Row.id, Row.ref_no, Row.import_key)):
            ex.ids.add(rid)
            ex.ref_nos.add(ref)
            if key:
                ex.import_keys.add(key)
        return ex

    def save(self, session: Session, record: FraudInterception, refs: RefBook, *, actor: str,
             import_key: str | None) -> None:
        from branchdesk.store import fraud_repo

        if not record.recorder:
            record = record.with_changes(recorder=actor)  # who imported it stands for the recorder
        fraud_repo.create(session, record, refs, actor=actor, import_key=import_key, keep_identity=True)

    def save_many(self, session: Session, items, refs: RefBook, *, actor: str, progress=None) -> None:
        from branchdesk.store.fraud_bulk import create_many

        items = [(r if r.recorder else r.with_changes(recorder=actor), key) for r, key in items]
        create_many(session, items, refs, actor=actor, keep_identity=True, progress=progress)

    def counter_key(self, record: FraudInterception) -> tuple:
        return (self.name, local_date(record.occurred_at).year)

    def export_records(self, session: Session, *, date_from: date | None = None,
                       date_to: date | None = None) -> Iterable[FraudInterception]:
        from branchdesk.store import fraud_repo

        for row in fraud_repo.all_for_export(session, FraudFilter(date_from=date_from, date_to=date_to)):
            yield fraud_repo.to_domain(row)


KIND = FraudKind()
