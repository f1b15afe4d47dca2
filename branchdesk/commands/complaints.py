"""Complaints on the command line.

`export complaints`, `import complaints` and `template complaints` are the generic transfer
commands (commands/transfer.py) working with `ComplaintKind` below, which the transfer registry
finds through transfer/kinds/complaints.py. Those exports always mask personal data.

This module adds:
* `complaints-export --out FILE [--unmask]`: the same file; with --unmask the personal data in
  clear, only for a signed-in account whose role may unmask (password asked, or read from stdin
  with --password-stdin), and recorded in the audit log.
* `complaints-deadlines`: overdue, due-soon and awaiting-approval cases, most urgent first.

An import registers the intake of each row (status 已登记, the clock starting at its receipt time)
with its personal data sealed on this PC; rows keep their id and ticket number, so importing a
file twice adds nothing. Masked values (138****5678) cannot be imported as personal data.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain import complaints as dom
from branchdesk.domain import messages
from branchdesk.domain.reference import RefBook

messages.register({
    "cli.complaints_unmask_needs_user": ("导出明文个人信息须用 --user 指定有权限的账号并验证密码",
                                         "匯出明文個人資訊須用 --user 指定有權限的帳號並驗證密碼",
                                         "Exporting personal data in clear needs --user with a permitted account and its password"),
    "cli.complaints_unmask_refused": ("该账号的角色无权导出明文个人信息", "該帳號的角色無權匯出明文個人資訊",
                                      "This account's role may not export personal data in clear"),
    "cli.complaints_password": ("请输入 {user} 的密码:", "請輸入 {user} 的密碼:", "Password for {user}: "),
    "cli.complaints_exported": ("已导出 {count} 件投诉到 {path}({mode})", "已匯出 {count} 件投訴到 {path}({mode})",
                                "Exported {count} complaint(s) to {path} ({mode})"),
    "cli.complaints_masked": ("个人信息已脱敏", "個人資訊已遮蔽", "personal data masked"),
    "cli.complaints_unmasked": ("含明文个人信息,已记入审计日志,请妥善保管文件",
                                "含明文個人資訊,已記入稽核日誌,請妥善保管檔案",
                                "personal data in clear; recorded in the audit log; keep the file safe"),
    "cli.complaints_settings_line": ("{name}:{value}", "{name}:{value}", "{name}: {value}"),
    "cli.complaints_settings_saved": ("已保存投诉提醒与识别阈值", "已儲存投訴提醒與識別閾值",
                                      "Saved the complaint reminder and detection thresholds"),
    "cli.complaints_settings_refused": ("该账号的角色无权修改设置", "該帳號的角色無權修改設定",
                                        "This account's role may not change settings"),
    "cli.complaints_settings_bad": ("阈值须为正整数(次数与人数至少为 2)", "閾值須為正整數(次數與人數至少為 2)",
                                    "Thresholds are positive whole numbers (counts at least 2)"),
    "cli.complaints_deadlines_head": ("已超期 {overdue} 件,即将到期 {soon} 件,待审批 {waiting} 件",
                                      "已超期 {overdue} 件,即將到期 {soon} 件,待審批 {waiting} 件",
                                      "{overdue} overdue, {soon} due soon, {waiting} awaiting approval"),
    "cli.complaints_deadline_line": ("{bucket}  {ref}  到期 {due}  {status}  承办人 {handler}",
                                     "{bucket}  {ref}  到期 {due}  {status}  承辦人 {handler}",
                                     "{bucket}  {ref}  due {due}  {status}  handler {handler}"),
})

_PERSONAL = ("complainant_name", "complainant_phone", "complainant_id_number", "complainant_address",
             "agent_name", "agent_phone", "agent_id_number")


@dataclass
class ComplaintRecord:
    """One complaint as a row of a file: the intake, plus its state for information."""

    id: str = ""
    ref_no: str = ""
    received_at: datetime | None = None
    intake_channel: str = ""
    complainant_name: str = ""
    complainant_phone: str = ""
    complainant_id_number: str = ""
    complainant_address: str = ""
    representation: str = "self"
    agent_name: str = ""
    agent_phone: str = ""
    agent_id_number: str = ""
    respondent_org: str = ""
    respondent_staff: str = ""
    facts: str = ""
    request: str = ""
    demand_type: str = ""
    class_channel: str = ""
    class_business: str = ""
    class_cause: str = ""
    priority: str = "NORMAL"
    is_group: bool = False
    consent_given: bool = False
    consent_notice_version: str = dom.CONSENT_NOTICE_VERSION
    handler: str = ""
    status: str = ""  # exported for information; an import always registers
    due_on: str = ""
    extra: dict = field(default_factory=dict)

    def intake(self) -> dom.ComplaintIntake:
        return dom.ComplaintIntake(**{k: getattr(self, k) for k in dom.ComplaintIntake().content_fields()
                                      if hasattr(self, k) and k != "parent_ref"})


_REPRESENTATION = {"self": ("本人", "本人", "Self"), "agent": ("代理人", "代理人", "Agent"),
                   "heir": ("继承人", "繼承人", "Heir")}
_STATUS_ZH = {
    "registered": "已登记", "accepted": "已受理", "investigating": "调查核实中", "decided": "已作出处理决定",
    "notified": "已告知投诉人", "review": "核查中", "mediation": "调解中", "closed": "已办结", "called_back": "已回访",
    "archived": "已归档", "withdrawn": "已撤回", "merged": "已合并", "not_handled": "不予处理",
}


def _columns():
    from branchdesk.transfer.columns import (CellError, boolean, coded, column, is_blank, local_datetime, normalise,
                                             record_id, text, text_value)

    def representation():
        def parse(v, ctx):
            if is_blank(v):
                return "self"
            t = normalise(text_value(v))
            for code, names in _REPRESENTATION.items():
                if t in {normalise(n) for n in (code, *names)}:
                    return code
            raise CellError("unknown_code")

        def fmt(v, ctx):
            i = 2 if ctx.lang.startswith("en") else 1 if ctx.lang.startswith("zh_TW") else 0
            return _REPRESENTATION.get(v or "self", _REPRESENTATION["self"])[i]

        return parse, fmt

    def status():
        return (lambda v, ctx: text_value(v)), (lambda v, ctx: _STATUS_ZH.get(v, v) if not ctx.lang.startswith("en") else v)

    return [
        column("id", "记录ID", "Record ID", "記錄ID", record_id(), aliases=("ID",), width=38),
        column("ref_no", "投诉编号", "Ticket number", "投訴編號", text(40), aliases=("编号", "ticket"), width=30),
        column("received_at", "受理时间", "Received at", "受理時間", local_datetime(), required=True,
               aliases=("时间", "日期"), width=18, number_format="yyyy-mm-dd hh:mm"),
        column("intake_channel", "受理渠道", "Intake channel", "受理渠道", coded("intake_channel"), required=True),
        column("complainant_name", "投诉人", "Complainant", "投訴人", text(60), required=True, aliases=("姓名",)),
        column("complainant_phone", "手机号码", "Mobile", "手機號碼", text(24), aliases=("联系电话", "电话")),
        column("complainant_id_number", "身份证号码", "ID number", "身分證號碼", text(24), aliases=("身份证号",), width=22),
        column("complainant_address", "地址", "Address", "地址", text(dom.TEXT_MAX), width=30),
        column("representation", "投诉提出人", "Lodged by", "投訴提出人", representation(), aliases=("代理",)),
        column("agent_name", "代理人姓名", "Agent name", "代理人姓名", text(60)),
        column("agent_phone", "代理人手机", "Agent mobile", "代理人手機", text(24)),
        column("agent_id_number", "代理人身份证号", "Agent ID number", "代理人身分證號", text(24), width=22),
        column("respondent_org", "被投诉机构", "Institution complained about", "被投訴機構", text(dom.TEXT_MAX), width=20),
        column("respondent_staff", "被投诉人员", "Staff complained about", "被投訴人員", text(dom.TEXT_MAX)),
        column("facts", "投诉事实", "Facts", "投訴事實", text(dom.FACTS_MAX), required=True, width=50),
        column("request", "投诉请求", "Request", "投訴請求", text(dom.TEXT_MAX), required=True, width=30),
        column("demand_type", "诉求类型", "Demand type", "訴求類型", coded("demand_type"), required=True),
        column("class_channel", "业务办理渠道", "Business channel (A)", "業務辦理渠道", coded("jrt_channel"), required=True),
        column("class_business", "业务类别", "Business category (B)", "業務類別", coded("jrt_business"), required=True),
        column("class_cause", "投诉原因", "Cause (C)", "投訴原因", coded("jrt_cause"), required=True, width=22),
        column("priority", "重要程度", "Priority", "重要程度", coded("complaint_priority"), width=10),
        column("is_group", "群体投诉", "Group complaint", "群體投訴", boolean(), width=10),
        column("consent_given", "已告知并同意", "Consent given", "已告知並同意", boolean(), required=True,
               aliases=("同意",), width=12),
        column("consent_notice_version", "告知书版本", "Notice version", "告知書版本", text(16), width=10),
        column("handler", "承办人", "Handler", "承辦人", text(64)),
        column("status", "状态(仅供参考)", "Status (information)", "狀態(僅供參考)", status(), width=14),
        column("due_on", "处理期限(仅供参考)", "Due (information)", "處理期限(僅供參考)", text(10), width=14),
    ]


def _actor_for(username: str):
    from branchdesk.domain.roles import Actor, Role

    return Actor(username, username, Role.TELLER)  # importing registers intake, which a teller may do


def _make_kind(protector=None, unmask_actor: str = ""):
    from branchdesk.transfer.kind import Existing, TransferKind

    class _ComplaintKind(TransferKind):
        name = dom.KIND
        aliases = ("complaints", "投诉", "消费投诉", "投訴", "消費投訴", "tousu")
        title_zh_cn = "消费投诉登记"
        title_en = "Complaints"
        columns = _columns()
        id_key = "id"
        ref_key = "ref_no"

        def build(self, values: dict[str, Any]) -> ComplaintRecord:
            data = {k: v for k, v in values.items() if v is not None and k in ComplaintRecord.__dataclass_fields__}
            if not data.get("priority"):
                data["priority"] = "NORMAL"
            if not data.get("consent_notice_version"):
                data["consent_notice_version"] = dom.CONSENT_NOTICE_VERSION
            return ComplaintRecord(**data)

        def validate(self, record: ComplaintRecord, refs: RefBook) -> list[tuple[str, str]]:
            return [(e.field, str(e.code)) for e in dom.validate_intake(record.intake(), refs)]

        def existing(self, session: Session) -> Existing:
            from branchdesk.store.models_complaints import ComplaintRow as Row

            ex = Existing()
            for rid, ref, key in session.execute(select(Row.id, Row.ref_no, Row.import_key)):
                ex.ids.add(rid)
                ex.ref_nos.add(ref)
                if key:
                    ex.import_keys.add(key)
            return ex

        def save(self, session: Session, record: ComplaintRecord, refs: RefBook, *, actor: str,
                 import_key: str | None) -> None:
            from branchdesk.store import complaint_repo as repo

            repo.create(session, record.intake(), refs, _protector(session), actor=_actor_for(actor),
                        import_key=import_key, keep_id=record.id, keep_ref=record.ref_no)

        def counter_key(self, record: ComplaintRecord) -> tuple | None:
            return None if record.ref_no else (self.name, record.received_at.year if record.received_at else 0)

        def export_records(self, session: Session, *, date_from: date | None = None,
                           date_to: date | None = None) -> Iterable[ComplaintRecord]:
            from branchdesk.store import complaint_repo as repo

            for row in repo.all_for_export(session, date_from=date_from, date_to=date_to):
                yield _record(row, protector)

    return _ComplaintKind()


def _record(row, protector) -> ComplaintRecord:
    """A stored case as a file row: masked personal data, or (with a protector) the plain data."""
    from branchdesk.store.complaint_repo import PERSONAL_FIELDS

    personal = {}
    for name, prefix, _masker, _kind in PERSONAL_FIELDS:
        if protector is not None:
            personal[name] = protector.open(getattr(row, f"{prefix}_sealed"), context=f"complaint.{prefix}") or ""
        else:
            personal[name] = getattr(row, f"{prefix}_masked")
    return ComplaintRecord(
        id=row.id, ref_no=row.ref_no, received_at=row.received_at, intake_channel=row.intake_channel,
        representation=row.representation, respondent_org=row.respondent_org, respondent_staff=row.respondent_staff,
        facts=row.facts, request=row.request, demand_type=row.demand_type, class_channel=row.class_channel,
        class_business=row.class_business, class_cause=row.class_cause, priority=row.priority, is_group=row.is_group,
        consent_given=row.consent_given, consent_notice_version=row.consent_notice_version, handler=row.handler,
        status=row.status, due_on=row.due_on if row.clock_state != "stopped" else "", **personal,
    )


def _protector(session: Session):
    from branchdesk.cli import EXIT_ENVIRONMENT, CliError
    from branchdesk.security.fieldcrypt import FieldProtector
    from branchdesk.security.secrets import KeyringUnavailable
    from branchdesk.store import settings

    try:
        return FieldProtector.from_keyring(settings.identity(session).device_id)
    except KeyringUnavailable:
        raise CliError(dom.ErrorCode.PROTECTION_UNAVAILABLE, exit_code=EXIT_ENVIRONMENT) from None


class _LazyKind:
    """The registry wants an instance at import time; the columns need the transfer package."""

    _kind = None

    def get(self):
        if self._kind is None:
            self._kind = _make_kind()
        return self._kind


_LAZY = _LazyKind()


def kind():
    return _LAZY.get()


# ---------------------------------------------------------------- commands

def run_export(cli) -> int:
    from branchdesk.cli import CliError
    from branchdesk.commands.transfer import _date, _out_path
    from branchdesk.domain.roles import Permission
    from branchdesk.store import audit, settings
    from branchdesk.transfer import exporter

    out, _fmt = _out_path(cli, cli.args.format)
    d_from, d_to = _date(cli, cli.args.date_from), _date(cli, cli.args.date_to)
    protector = None
    who = cli.actor
    if cli.args.unmask:
        actor = _signed_in(cli)
        if not actor.can(Permission.UNMASK):
            raise CliError("cli.complaints_unmask_refused")
        who = actor.username
        with cli.store.read() as s:
            protector = _protector(s)
    k = _make_kind(protector) if protector is not None else kind()
    try:
        n = exporter.export_file(cli.store, out, k, cli.refs, lang=cli.lang, date_from=d_from, date_to=d_to)
    except OSError as exc:
        raise CliError("cli.cannot_write", path=str(out), detail=exc.strerror or str(exc)) from None
    if protector is not None:
        with cli.store.write() as s:
            audit.append(s, actor=who, action="export_unmasked", record_kind=dom.KIND,
                         detail={"count": n, "file": out.name,
                                 "from": d_from.isoformat() if d_from else None, "to": d_to.isoformat() if d_to else None},
                         device_id=settings.identity(s).device_id)
    mode = cli.text("cli.complaints_unmasked" if protector is not None else "cli.complaints_masked")
    cli.say("cli.complaints_exported", count=n, path=str(out), mode=mode)
    return 0


def _signed_in(cli):
    from branchdesk.cli import CliError
    from branchdesk.security import accounts

    user = getattr(cli.args, "user", None)
    if not user:
        raise CliError("cli.complaints_unmask_needs_user")
    if cli.args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        import getpass

        password = getpass.getpass(cli.text("cli.complaints_password", user=user))
    try:
        return accounts.sign_in(cli.store, user, password, action="sign_in_cli").actor
    except accounts.AccountError as exc:
        raise CliError(exc.code) from None


def run_deadlines(cli) -> int:
    from branchdesk.domain.roles import Actor, Role
    from branchdesk.store import complaint_repo as repo

    actor = Actor(cli.actor, cli.actor, Role.MANAGER if cli.args.all else Role.TELLER)
    with cli.store.read() as s:
        d = repo.deadlines(s, actor)
    cli.say("cli.complaints_deadlines_head", overdue=len(d.overdue), soon=len(d.due_soon),
            waiting=len(d.awaiting_approval))
    names = {"overdue": ("已超期", "已超期", "OVERDUE"), "soon": ("即将到期", "即將到期", "due soon"),
             "waiting": ("待审批", "待審批", "approval")}
    i = 2 if cli.lang.startswith("en") else 1 if cli.lang.startswith("zh_TW") else 0
    for bucket, rows in (("overdue", d.overdue), ("soon", d.due_soon), ("waiting", d.awaiting_approval)):
        for r in rows:
            cli.say("cli.complaints_deadline_line", bucket=names[bucket][i], ref=r[1], due=r[3],
                    status=_STATUS_ZH.get(r[4], r[4]) if i < 2 else r[4], handler=r[6] or "—")
    return 0


_SETTING_NAMES = {
    "complaints.warn_days": ("到期前提醒(工作日)", "到期前提醒(工作日)", "Warn before due (working days)", "warn_days"),
    "complaints.repeat_window_days": ("重复投诉识别期(天)", "重複投訴識別期(天)", "Repeat window (days)", "repeat_days"),
    "complaints.frequent_count": ("频繁投诉次数", "頻繁投訴次數", "Frequent complainant: complaints", "frequent"),
    "complaints.frequent_window_days": ("频繁投诉统计期(天)", "頻繁投訴統計期(天)", "Frequent complainant: window (days)",
                                        "frequent_days"),
    "complaints.agent_complainants": ("疑似非法代理:无关投诉人数", "疑似非法代理:無關投訴人數",
                                      "Suspicious agent: unrelated complainants", "agent"),
}


def run_settings(cli) -> int:
    from branchdesk.cli import CliError
    from branchdesk.domain.roles import Permission
    from branchdesk.store import audit, settings
    from branchdesk.store import complaint_repo as repo

    wanted = {key: getattr(cli.args, arg) for key, (*_l, arg) in _SETTING_NAMES.items()
              if getattr(cli.args, arg) is not None}
    if wanted:
        # Repeat matching needs a key shared by two complaints, so thresholds below 2 mean nothing.
        minimum = {"complaints.warn_days": 0, "complaints.frequent_count": 2, "complaints.agent_complainants": 2}
        if any(v < minimum.get(k, 1) for k, v in wanted.items()):
            raise CliError("cli.complaints_settings_bad")
        actor = _signed_in(cli)
        if not actor.can(Permission.MANAGE_SETTINGS):
            raise CliError("cli.complaints_settings_refused")
        with cli.store.write() as s:
            for key, value in wanted.items():
                settings.put(s, key, str(value))
            audit.append(s, actor=actor.username, action="settings", detail={k: v for k, v in wanted.items()},
                         device_id=settings.identity(s).device_id)
        cli.say("cli.complaints_settings_saved")
    i = 2 if cli.lang.startswith("en") else 1 if cli.lang.startswith("zh_TW") else 0
    with cli.store.read() as s:
        for key, names in _SETTING_NAMES.items():
            cli.say("cli.complaints_settings_line", name=names[i], value=repo._int_setting(s, key))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("complaints-export", help="导出消费投诉(默认个人信息脱敏;--unmask 明文须授权并记审计)",
                              description="导出消费投诉为 CSV 或 Excel。个人信息默认脱敏;--unmask 导出明文,须用 --user "
                                          "指定有“查看明文”权限的账号并验证密码,导出记入审计日志。")
    p.add_argument("--out", required=True, metavar="文件", help="输出文件,如 投诉登记.xlsx")
    p.add_argument("--format", choices=("csv", "xlsx"), help="文件格式(默认按 --out 的后缀)")
    p.add_argument("--from", dest="date_from", metavar="日期", help="受理日期起(含),如 2026-01-01")
    p.add_argument("--to", dest="date_to", metavar="日期", help="受理日期止(含)")
    p.add_argument("--unmask", action="store_true", help="导出明文个人信息(须授权)")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码")
    p.set_defaults(func=run_export)

    p = subparsers.add_parser("complaints-deadlines", help="列出已超期、即将到期、待审批的投诉",
                              description="按紧急程度列出投诉处理时限提醒。")
    p.add_argument("--all", action="store_true", help="全网点(默认只列本人承办或登记的)")
    p.set_defaults(func=run_deadlines)

    p = subparsers.add_parser("complaints-settings", help="查看或修改投诉提醒与重复/频繁/非法代理识别阈值",
                              description="不带参数时显示当前阈值;修改须用 --user 指定有“系统设置”权限的账号并验证密码。")
    p.add_argument("--warn-days", dest="warn_days", type=int, metavar="N", help="到期前几个工作日提醒(默认 3)")
    p.add_argument("--repeat-days", dest="repeat_days", type=int, metavar="N", help="重复投诉识别期,天(默认 90)")
    p.add_argument("--frequent", dest="frequent", type=int, metavar="N", help="频繁投诉人:统计期内投诉次数(默认 3)")
    p.add_argument("--frequent-days", dest="frequent_days", type=int, metavar="N", help="频繁投诉统计期,天(默认 365)")
    p.add_argument("--agent", dest="agent", type=int, metavar="N", help="疑似非法代理:无关投诉人数(默认 3)")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码")
    p.set_defaults(func=run_settings)
