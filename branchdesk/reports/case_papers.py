"""Papers of one complaint: the case sheet (everything recorded, full history) and the decision notice.

The decision notice follows domain.md §1.2: it states the findings and the grounds and lists the
remedies — review by the upper-level institution within 30 days, mediation, arbitration and
litigation. Personal data appears masked only (张某, 138****1234).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from branchdesk.domain import messages
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import format_local
from branchdesk.reports.pdfbase import data_table, frame_width, kv_table, para, section_note, signature_block
from branchdesk.reports.queries import CaseFile, scrub_numbers

messages.register({
    "report_ticket_not_found": ("找不到该投诉编号", "找不到該投訴編號", "No complaint has this ticket number"),
    "report_no_decision": (
        "该投诉尚未作出处理决定，不能出具处理决定告知书",
        "該投訴尚未作出處理決定，不能出具處理決定告知書",
        "No decision has been made on this complaint yet, so there is no decision notice to print",
    ),
})

STATUS_ZH = {
    "registered": "登记", "accepted": "受理", "investigating": "调查核实", "decided": "处理决定", "notified": "已告知",
    "review": "核查", "mediation": "调解", "closed": "办结", "called_back": "回访", "archived": "归档",
    "withdrawn": "撤回", "merged": "合并", "not_handled": "不予处理",
}
ACTION_ZH = {
    "create": "登记", "register": "登记", "merged_in": "并入关联件", "accept": "受理", "investigate": "调查核实", "decide": "作出处理决定", "notify": "告知投诉人",
    "review": "申请核查", "mediate": "转调解", "close": "办结", "call_back": "回访", "archive": "归档",
    "withdraw": "撤回", "merge": "合并", "decline": "不予处理", "assign": "分派承办人",
    "conflict_declared": "申报回避", "conflict_cleared": "回避确认", "extension_requested": "申请延期",
    "extension_approved": "延期获批", "extension_refused": "延期未获批", "pause": "中止计时（鉴定）",
    "resume": "恢复计时", "new_facts": "补充新事实", "attachment_added": "添加附件", "note_added": "添加备注",
    "unmasked": "查看完整个人信息",
}
REPRESENTATION_ZH = {"self": "本人", "agent": "代理人", "heir": "继承人"}
NOTIFY_METHOD_ZH = {"PHONE": "电话", "LETTER": "信函", "SMS": "短信", "IN_PERSON": "当面", "EMAIL": "电子邮件"}


def _t(text: str | None) -> str:
    return scrub_numbers(text) or "—"


def sheet_story(case: CaseFile, refs: RefBook, *, branch_name: str, lang: str = "zh_CN") -> list:
    r = case.row
    lab = lambda cat, code: refs.label(cat, code, lang) or "—"  # noqa: E731
    party = [
        ("投诉编号", case.ticket_no),
        ("受理时间", format_local(r.received_at)),
        ("受理渠道", lab("intake_channel", r.intake_channel)),
        ("投诉人", r.complainant_name_masked or "—"),
        ("身份", REPRESENTATION_ZH.get(r.representation, r.representation)),
        ("联系电话", r.complainant_phone_masked or "—"),
        ("证件号码", r.complainant_id_masked or "—"),
        ("地址", r.complainant_address_masked or "—"),
    ]
    if r.representation != "self":
        party += [("代理人/继承人", r.agent_name_masked or "—"), ("其电话", r.agent_phone_masked or "—"),
                  ("其证件号码", r.agent_id_masked or "—")]
    matter = [
        ("被投诉机构", _t(r.respondent_org)), ("被投诉人员", _t(r.respondent_staff)),
        ("投诉事实", _t(r.facts)), ("投诉请求", _t(r.request)), ("诉求类型", lab("demand_type", r.demand_type)),
        ("业务办理渠道（A）", lab("jrt_channel", r.class_channel)), ("业务类别（B）", lab("jrt_business", r.class_business)),
        ("投诉原因（C）", lab("jrt_cause", r.class_cause)), ("优先级", lab("complaint_priority", r.priority)),
        ("群体/重复", f"群体投诉：{'是' if r.is_group else '否'}；重复投诉：{'是' if r.is_repeat else '否'}"
                     + (f"；关联件 {r.parent_ref}" if r.parent_ref else "")),
    ]
    handling = [
        ("状态", STATUS_ZH.get(r.status, r.status)), ("承办人", r.handler or "—"), ("主管", r.supervisor or "—"),
        ("回避确认", "已确认无利害关系" if r.conflict_checked else ("已申报回避" if r.conflict_declared else "未确认")),
        ("计时起算日", r.clock_started_on or "—"), ("处理时限", r.due_on or "—"),
        ("延期", f"{r.extension_level} 次" if r.extension_level else "无"),
        ("鉴定中止天数", f"{r.paused_days} 天" if r.paused_days else "无"),
        ("处理决定", _t(r.decision)), ("决定依据", _t(r.grounds)),
        ("告知日期/方式", f"{r.notified_on or '—'} / {NOTIFY_METHOD_ZH.get((r.notify_method or '').upper(), r.notify_method or '—')}"),
        ("已告知救济途径", "是" if r.remedies_told else "否"),
        ("核查结果", _t(r.review_result)), ("调解", f"{_t(r.mediation_org)}：{_t(r.mediation_result)}"
                                             if r.mediation_org else "—"),
        ("不予处理理由", _t(r.decline_reason)), ("撤回日期", r.withdrawn_on or "—"),
        ("合并至", r.merged_into or "—"),
        ("溯源整改", _t(r.rectification)), ("问题根源", _t(r.root_cause)), ("责任追究", _t(r.accountability)),
        ("回访", _t(r.satisfaction)), ("办结日期", r.closed_on or "—"), ("归档保存至", r.archive_until or "—"),
    ]
    out: list = [
        para(f"{branch_name}消费投诉案件处理单", "title"),
        para("一、投诉人", "h1"), kv_table(party),
        para("二、投诉事项", "h1"), kv_table(matter),
        para("三、处理情况", "h1"), kv_table(handling),
        para("四、处理经过", "h1"),
    ]
    if case.events:
        w = frame_width()
        out.append(data_table(
            ["时间", "经办人", "事项", "状态变化", "说明"],
            [[format_local(e.at), e.actor, ACTION_ZH.get(e.action, e.action),
              _status_change(e.from_status, e.to_status), e.reason]
             for e in case.events],
            col_widths=[w * 0.17, w * 0.12, w * 0.16, w * 0.2, w * 0.35], wrap=(4,)))
    else:
        out.append(section_note("尚无处理记录。"))
    if case.notes:
        out.append(para("五、备注", "h1"))
        w = frame_width()
        out.append(data_table(["时间", "记录人", "内容"], [[format_local(at), who, text] for at, who, text in case.notes],
                              col_widths=[w * 0.17, w * 0.12, w * 0.71], wrap=(2,)))
    out.append(signature_block(("承办人签字：", "复核人签字：", "日期：", "（部门盖章）")))
    return out


def _status_change(before: str, after: str) -> str:
    if not after or after == before:
        return ""
    if not before:
        return STATUS_ZH.get(after, after)
    return f"{STATUS_ZH.get(before, before)} → {STATUS_ZH.get(after, after)}"


def has_decision(case: CaseFile) -> bool:
    return bool((case.row.decision or "").strip())


def notice_story(case: CaseFile, refs: RefBook, *, branch_name: str, today: date, lang: str = "zh_CN") -> list:
    """The decision notice to the complainant. Caller checks has_decision() first."""
    r = case.row
    who = r.complainant_name_masked or "投诉人"
    channel = refs.label("intake_channel", r.intake_channel, lang)
    received = format_local(r.received_at, "%Y年%m月%d日")
    out: list = [
        para("投诉处理决定告知书", "title"),
        para(f"编号：{case.ticket_no}", "small"),
        Spacer(1, 3 * mm),
        para(f"{who}：", "body"),
        para(f"您于{received}通过{channel or '我行渠道'}提出的投诉（编号 {case.ticket_no}），我行已依法受理，"
             "并指定与该事项无利害关系的人员进行了调查核实。现将处理决定告知如下：", "body"),
        para("一、您的投诉请求", "h2"), para(_t(r.request)),
        para("二、调查核实情况及处理决定", "h2"), para(_t(r.decision)),
        para("三、处理依据", "h2"), para(_t(r.grounds)),
        para("四、您享有的救济途径", "h2"),
        para("如您对本处理决定有异议，可以选择以下途径："),
        para("1. 申请核查：自收到本告知书之日起 30 日内，向我行上级机构书面提出核查申请；"),
        para("2. 申请调解：向上海银行业保险业纠纷调解中心等依法设立的调解组织申请调解；"),
        para("3. 申请仲裁：依据双方的仲裁协议，向仲裁机构申请仲裁；"),
        para("4. 提起诉讼：向有管辖权的人民法院（如上海金融法院）提起诉讼。"),
        Spacer(1, 2 * mm),
        para("感谢您对我行工作的监督与支持。"),
    ]
    out.append(signature_block(("经办人：", "（机构盖章）"), before=[
        Spacer(1, 6 * mm), para(branch_name, "body"), para(f"{today.year}年{today.month}月{today.day}日", "body")]))
    return out
