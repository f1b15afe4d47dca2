"""The receipt handed to a complainant at intake (投诉受理回执), as a PDF.

It carries only masked personal data: the paper leaves the branch with the complainant and may be
lost. Free of Qt and SQL: the caller passes a ReceiptData built from the stored case.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from branchdesk.reports import pdfbase


@dataclass(frozen=True)
class ReceiptData:
    ticket_no: str
    received_at: datetime  # aware
    branch_name: str
    branch_code: str
    complainant_masked: str
    phone_masked: str
    intake_channel: str  # label
    demand_type: str  # label
    request: str
    due_on: date
    handler: str
    consent_notice_version: str
    hotline: str = "95528"


def build_receipt(target: str | os.PathLike | BinaryIO | None, data: ReceiptData, *, printed_by: str) -> bytes | None:
    from branchdesk.domain.timeutil import format_local

    pdfbase.register_font()
    info = pdfbase.PageInfo(title="投诉受理回执", branch_name=data.branch_name, branch_code=data.branch_code,
                            period=data.ticket_no, printed_by=printed_by)
    received = format_local(data.received_at)
    story = [
        pdfbase.para("投诉受理回执", "title"),
        pdfbase.kv_table([
            ("投诉编号", data.ticket_no),
            ("受理时间", received),
            ("受理机构", f"{data.branch_name}（{data.branch_code}）"),
            ("受理渠道", data.intake_channel),
            ("投诉人", data.complainant_masked),
            ("联系电话", data.phone_masked or "—"),
            ("诉求类型", data.demand_type),
            ("投诉请求", data.request),
            ("承办人", data.handler or "待指定"),
            ("答复期限", f"{data.due_on.isoformat()} 前（自受理之日起 15 日，遇节假日顺延）"),
        ]),
        pdfbase.para(""),
        pdfbase.para(
            "您的投诉我行已受理。我行将在上述期限内作出处理决定并告知您；情况复杂的，经批准可延长处理期限，"
            "届时将另行告知。需要外部鉴定、检测或评估的，相关期间不计入处理期限。", "body"),
        pdfbase.para(
            "对处理决定有异议的，您可自收到决定之日起 30 日内向上级机构书面申请核查，也可申请调解、仲裁或"
            f"依法提起诉讼。查询进度请致电 {data.hotline} 并提供投诉编号。", "body"),
        pdfbase.para(
            f"您的个人信息仅用于本次投诉的受理、调查、处理与回访，按《个人信息处理告知书》（版本 "
            f"{data.consent_notice_version}）处理并加密保存。", "small"),
        pdfbase.signature_block(("受理人签字：", "投诉人签字：", "（机构盖章）")),
    ]
    return pdfbase.build_pdf(target, story, info)


def receipt_from_case(case, refs, *, branch_name: str) -> ReceiptData:
    """ReceiptData from a stored case (any object with the complaint row's attributes)."""
    return ReceiptData(
        ticket_no=case.ref_no, received_at=case.received_at, branch_name=branch_name, branch_code=case.branch_code,
        complainant_masked=case.complainant_name_masked, phone_masked=case.complainant_phone_masked,
        intake_channel=refs.label("intake_channel", case.intake_channel, "zh_CN"),
        demand_type=refs.label("demand_type", case.demand_type, "zh_CN"), request=case.request,
        due_on=date.fromisoformat(case.due_on), handler=case.handler,
        consent_notice_version=case.consent_notice_version,
    )
