"""Consumer complaints (消费投诉): intake record, workflow state machine, repeat detection.

Pure domain code: no Qt, no SQL. The deadline clock itself is in complaint_clock.py; this module
decides which steps a case may take, what each step needs, and who a repeat, frequent
complainant or suspicious agent is, over plain data (blind indexes, never plain personal data).

Workflow (domain.md §1.2): 登记 → 受理 → 调查核实 → 处理决定 → 告知 → (核查 / 调解) → 办结 → 回访 →
归档, with side exits 撤回, 合并, 不予处理.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Final

from branchdesk.domain import messages
from branchdesk.domain.personal_data import check_id_number, check_mobile, normalize_id_number, normalize_mobile
from branchdesk.domain.reference import RefBook
from branchdesk.domain.roles import Actor, Permission

KIND: Final = "complaint"

# The version of the personal-information notice (个人信息处理告知书) read to the complainant.
# Bump it when the text changes: each complaint records which version was consented to.
CONSENT_NOTICE_VERSION: Final = "2026.1"

FACTS_MAX: Final = 4000
TEXT_MAX: Final = 1000


class Status(StrEnum):
    REGISTERED = "registered"  # 登记
    ACCEPTED = "accepted"  # 受理
    INVESTIGATING = "investigating"  # 调查核实
    DECIDED = "decided"  # 处理决定
    NOTIFIED = "notified"  # 已告知
    REVIEW = "review"  # 核查
    MEDIATION = "mediation"  # 调解
    CLOSED = "closed"  # 办结
    CALLED_BACK = "called_back"  # 回访
    ARCHIVED = "archived"  # 归档
    WITHDRAWN = "withdrawn"  # 撤回
    MERGED = "merged"  # 合并
    NOT_HANDLED = "not_handled"  # 不予处理


# How far along a status is. Sync uses it: "status only moves forward" means a status with a
# lower rank never overwrites a higher one. Side exits rank with closing (they end the case).
STATUS_RANK: Final = {
    Status.REGISTERED: 0, Status.ACCEPTED: 1, Status.INVESTIGATING: 2, Status.DECIDED: 3,
    Status.NOTIFIED: 4, Status.REVIEW: 5, Status.MEDIATION: 5, Status.CLOSED: 6,
    Status.WITHDRAWN: 6, Status.MERGED: 6, Status.NOT_HANDLED: 6, Status.CALLED_BACK: 7, Status.ARCHIVED: 8,
}

# Cases still being handled: the deadline clock runs (or is paused) for these.
OPEN_STATUSES: Final = frozenset({Status.REGISTERED, Status.ACCEPTED, Status.INVESTIGATING, Status.DECIDED})
# Cases whose handling is over (closing work such as call-back may follow).
ENDED_STATUSES: Final = frozenset({Status.CLOSED, Status.CALLED_BACK, Status.ARCHIVED, Status.WITHDRAWN,
                                   Status.MERGED, Status.NOT_HANDLED})


class Action(StrEnum):
    """A workflow step a person takes on a case."""

    ACCEPT = "accept"
    INVESTIGATE = "investigate"
    DECIDE = "decide"
    NOTIFY = "notify"
    REVIEW = "review"  # the complainant applied for a review (核查)
    MEDIATE = "mediate"  # referred to mediation
    CLOSE = "close"
    CALL_BACK = "call_back"
    ARCHIVE = "archive"
    WITHDRAW = "withdraw"
    MERGE = "merge"
    DECLINE = "decline"  # 不予处理


TRANSITIONS: Final[dict[Action, tuple[frozenset[Status], Status]]] = {
    Action.ACCEPT: (frozenset({Status.REGISTERED}), Status.ACCEPTED),
    Action.INVESTIGATE: (frozenset({Status.ACCEPTED}), Status.INVESTIGATING),
    Action.DECIDE: (frozenset({Status.INVESTIGATING}), Status.DECIDED),
    Action.NOTIFY: (frozenset({Status.DECIDED}), Status.NOTIFIED),
    Action.REVIEW: (frozenset({Status.NOTIFIED}), Status.REVIEW),
    Action.MEDIATE: (frozenset({Status.NOTIFIED, Status.REVIEW}), Status.MEDIATION),
    Action.CLOSE: (frozenset({Status.NOTIFIED, Status.REVIEW, Status.MEDIATION}), Status.CLOSED),
    Action.CALL_BACK: (frozenset({Status.CLOSED}), Status.CALLED_BACK),
    Action.ARCHIVE: (frozenset({Status.CLOSED, Status.CALLED_BACK, Status.WITHDRAWN, Status.MERGED,
                                Status.NOT_HANDLED}), Status.ARCHIVED),
    Action.WITHDRAW: (frozenset({Status.REGISTERED, Status.ACCEPTED, Status.INVESTIGATING, Status.DECIDED}),
                      Status.WITHDRAWN),
    Action.MERGE: (frozenset({Status.REGISTERED, Status.ACCEPTED, Status.INVESTIGATING}), Status.MERGED),
    Action.DECLINE: (frozenset({Status.REGISTERED, Status.ACCEPTED}), Status.NOT_HANDLED),
}

# Actions that are not status changes but are recorded in the case history.
ASSIGN: Final = "assign"
CONFLICT_DECLARED: Final = "conflict_declared"
CONFLICT_CLEARED: Final = "conflict_cleared"
EXTENSION_REQUESTED: Final = "extension_requested"
EXTENSION_APPROVED: Final = "extension_approved"
EXTENSION_REFUSED: Final = "extension_refused"
PAUSE: Final = "pause"
RESUME: Final = "resume"
NEW_FACTS: Final = "new_facts"
ATTACHMENT_ADDED: Final = "attachment_added"
NOTE_ADDED: Final = "note_added"
UNMASKED: Final = "unmasked"

# ---- field ownership for sync (DESIGN.md "Conflict policy") ---------------------------------
# The branch owns what the complainant said at intake; head office owns assignment, supervision
# and the final classification; status only moves forward (STATUS_RANK); notes and events are
# append-only. A field in none of these sets is a conflict for a person to resolve.
BRANCH_OWNED_FIELDS: Final = frozenset({
    "received_at", "intake_channel", "complainant_name", "complainant_phone", "complainant_id_number",
    "complainant_address", "representation", "agent_name", "agent_phone", "agent_id_number",
    "respondent_org", "respondent_staff", "facts", "request", "demand_type", "is_group",
    "consent_given", "consent_notice_version", "consent_at", "decision", "grounds", "notify_method",
    "remedies_told", "notified_on", "review_body", "review_result", "mediation_org", "mediation_result",
    "root_cause", "rectification", "accountability", "satisfaction", "decline_reason",
})
HEADOFFICE_OWNED_FIELDS: Final = frozenset({
    "handler", "supervisor", "class_channel", "class_business", "class_cause", "priority",
})
FORWARD_ONLY_FIELDS: Final = frozenset({"status"})
APPEND_ONLY_TABLES: Final = frozenset({"complaint_note", "complaint_event"})

REPRESENTATIONS: Final = ("self", "agent", "heir")

# Long digit runs in free text are ID, phone or card numbers: they belong in the sealed fields.
_DIGIT_RUN: Final = re.compile(r"\d[\d\s-]{9,}\d|\d{10,}")


class ErrorCode(StrEnum):
    TRANSITION_NOT_ALLOWED = "complaint_transition_not_allowed"
    CLOSE_BEFORE_NOTIFY = "complaint_close_before_notify"
    NO_HANDLER = "complaint_no_handler"
    HANDLER_CONFLICT = "complaint_handler_conflict"
    CONFLICT_NOT_CHECKED = "complaint_conflict_not_checked"
    DECISION_REQUIRED = "complaint_decision_required"
    GROUNDS_REQUIRED = "complaint_grounds_required"
    REMEDIES_NOT_TOLD = "complaint_remedies_not_told"
    NOTIFY_METHOD_REQUIRED = "complaint_notify_method_required"
    REASON_REQUIRED = "reason_required"
    MERGE_TARGET_REQUIRED = "complaint_merge_target_required"
    MERGE_INTO_SELF = "complaint_merge_into_self"
    MERGE_TARGET_CLOSED = "complaint_merge_target_closed"
    NOT_PERMITTED = "complaint_not_permitted"
    CONSENT_REQUIRED = "complaint_consent_required"
    CONTACT_REQUIRED = "complaint_contact_required"
    AGENT_REQUIRED = "complaint_agent_required"
    CONTAINS_ID_NUMBER = "contains_id_number"
    BAD_MOBILE = "bad_mobile"
    BAD_ID_NUMBER = "bad_id_number"
    REVIEW_TOO_LATE = "complaint_review_too_late"
    RESULT_REQUIRED = "complaint_result_required"
    CASE_ENDED = "complaint_case_ended"
    EXTENSION_PENDING = "complaint_extension_pending"
    NO_PENDING_EXTENSION = "complaint_no_pending_extension"
    PROTECTION_UNAVAILABLE = "complaint_protection_unavailable"
    CLOCK = "complaint_clock_rule"


messages.register({
    ErrorCode.TRANSITION_NOT_ALLOWED: ("当前状态下不能进行此操作", "目前狀態下不能進行此操作",
                                       "This step is not allowed in the case's current state"),
    ErrorCode.CLOSE_BEFORE_NOTIFY: ("须先将处理决定告知投诉人,才能办结", "須先將處理決定告知投訴人,才能辦結",
                                    "Tell the complainant the decision before closing the case"),
    ErrorCode.NO_HANDLER: ("尚未指定承办人", "尚未指定承辦人", "No handler has been assigned"),
    ErrorCode.HANDLER_CONFLICT: ("承办人已声明存在利益冲突,须回避,请改派他人",
                                 "承辦人已聲明存在利益衝突,須迴避,請改派他人",
                                 "The handler declared a conflict of interest and must step aside; assign someone else"),
    ErrorCode.CONFLICT_NOT_CHECKED: ("承办人尚未确认无利益冲突(回避确认)", "承辦人尚未確認無利益衝突(迴避確認)",
                                     "The handler has not confirmed having no conflict of interest"),
    ErrorCode.DECISION_REQUIRED: ("请填写处理决定", "請填寫處理決定", "Enter the decision"),
    ErrorCode.GROUNDS_REQUIRED: ("请填写处理依据", "請填寫處理依據", "Enter the grounds of the decision"),
    ErrorCode.REMEDIES_NOT_TOLD: ("须告知投诉人可申请核查、调解、仲裁或诉讼", "須告知投訴人可申請核查、調解、仲裁或訴訟",
                                  "The complainant must be told of review, mediation, arbitration and litigation"),
    ErrorCode.NOTIFY_METHOD_REQUIRED: ("请选择告知方式", "請選擇告知方式", "Choose how the complainant was told"),
    ErrorCode.MERGE_TARGET_REQUIRED: ("请指定合并到的投诉编号", "請指定合併到的投訴編號", "Name the case to merge into"),
    ErrorCode.MERGE_INTO_SELF: ("不能合并到本件", "不能合併到本件", "A case cannot be merged into itself"),
    ErrorCode.MERGE_TARGET_CLOSED: ("目标投诉已结束,不能合并", "目標投訴已結束,不能合併",
                                    "The case to merge into is no longer open"),
    ErrorCode.NOT_PERMITTED: ("您的角色无权进行此操作", "您的角色無權進行此操作", "Your role may not do this"),
    ErrorCode.CONSENT_REQUIRED: ("须先向投诉人告知个人信息处理规则并取得同意",
                                 "須先向投訴人告知個人信息處理規則並取得同意",
                                 "Tell the complainant how their personal information is used and record consent"),
    ErrorCode.CONTACT_REQUIRED: ("请至少填写手机号码或身份证号码之一", "請至少填寫手機號碼或身分證號碼之一",
                                 "Enter a mobile number or an ID number"),
    ErrorCode.AGENT_REQUIRED: ("代理人或继承人须填写姓名和联系方式", "代理人或繼承人須填寫姓名和聯繫方式",
                               "An agent or heir needs a name and a contact"),
    ErrorCode.REVIEW_TOO_LATE: ("已超过收到决定后 30 日的核查申请期限", "已超過收到決定後 30 日的核查申請期限",
                                "More than 30 days have passed since the decision was received"),
    ErrorCode.RESULT_REQUIRED: ("请填写结果", "請填寫結果", "Enter the result"),
    ErrorCode.CASE_ENDED: ("本投诉已结束", "本投訴已結束", "This case has ended"),
    ErrorCode.EXTENSION_PENDING: ("已有一项延期申请待审批", "已有一項延期申請待審批",
                                  "An extension request is already waiting for approval"),
    ErrorCode.NO_PENDING_EXTENSION: ("没有待审批的延期申请", "沒有待審批的延期申請", "No extension is waiting for approval"),
    ErrorCode.PROTECTION_UNAVAILABLE: (
        "本机无法使用系统密钥库,个人信息无法加密保护,因此不能登记投诉。请联系系统管理员。",
        "本機無法使用系統密鑰庫,個人信息無法加密保護,因此不能登記投訴。請聯繫系統管理員。",
        "This PC has no working key store, so personal data cannot be protected here; "
        "complaints cannot be registered. Ask your administrator.",
    ),
    "attachment_not_selected": ("请先在处理记录中选中一个附件", "請先在處理記錄中選中一個附件",
                                "Select an attachment in the history first"),
    "attachment_empty": ("文件是空的", "檔案是空的", "The file is empty"),
    "attachment_too_large": ("文件过大(上限 20 MB)", "檔案過大(上限 20 MB)", "The file is too large (20 MB at most)"),
    "attachment_missing": ("附件文件不在数据文件夹中", "附件檔案不在資料夾中", "The attachment's file is missing"),
    "attachment_changed": ("附件文件已被改动,无法打开", "附件檔案已被改動,無法開啟",
                           "The attachment's file was changed and cannot be opened"),
    ErrorCode.CLOCK: ("不符合处理时限规则", "不符合處理時限規則", "This breaks a deadline rule"),
    # the clock's own codes (complaint_clock.DeadlineErrorCode)
    "event_before_receipt": ("日期早于受理日期", "日期早於受理日期", "The date is before the complaint was received"),
    "event_in_future": ("日期不能晚于今天", "日期不能晚於今天", "The date cannot be after today"),
    "event_after_stop": ("时限已停止(已告知或已撤回)", "時限已停止(已告知或已撤回)",
                         "The clock has stopped (decided or withdrawn)"),
    "extension_invalid_level": ("延期级别无效", "延期級別無效", "Not a valid extension level"),
    "extension_requires_level1": ("须先延期至 30 日", "須先延期至 30 日", "Extend to 30 days first"),
    "extension_requires_approver": ("延至 60 日须有审批人", "延至 60 日須有審批人", "Extending to 60 days needs an approver"),
    "extension_requires_reason": ("延期须说明理由", "延期須說明理由", "An extension needs a reason"),
    "extension_duplicate": ("该级别延期已批准", "該級別延期已批准", "This extension level was already granted"),
    "extension_after_due": ("已超过处理时限,不能再延期", "已超過處理時限,不能再延期",
                            "The deadline has passed: it can no longer be extended"),
    "pause_without_end_before_new_pause": ("上一次中止尚未恢复", "上一次中止尚未恢復", "The previous pause has not ended"),
    "pause_end_without_start": ("没有进行中的中止", "沒有進行中的中止", "No pause is open"),
    "pause_after_due": ("已超过处理时限,不能中止计时", "已超過處理時限,不能中止計時",
                        "The deadline has passed: the clock cannot be paused"),
    "new_facts_during_pause": ("请先恢复计时再登记新事实", "請先恢復計時再登記新事實",
                               "End the pause before recording new facts"),
})


# ---- the intake record ------------------------------------------------------------------------


@dataclass
class ComplaintIntake:
    """What is taken down when a complaint arrives (domain.md §1.2). Personal data in plain text
    here only; the store seals it before it reaches any table."""

    received_at: datetime | None = None  # UTC, aware
    intake_channel: str = ""
    complainant_name: str = ""
    complainant_phone: str = ""
    complainant_id_number: str = ""
    complainant_address: str = ""
    representation: str = "self"  # self | agent | heir
    agent_name: str = ""
    agent_phone: str = ""
    agent_id_number: str = ""
    respondent_org: str = ""
    respondent_staff: str = ""
    facts: str = ""
    request: str = ""
    demand_type: str = ""
    class_channel: str = ""  # JR/T 0169 A
    class_business: str = ""  # JR/T 0169 B
    class_cause: str = ""  # JR/T 0169 C
    priority: str = "NORMAL"
    is_group: bool = False
    consent_given: bool = False
    consent_notice_version: str = CONSENT_NOTICE_VERSION
    handler: str = ""
    parent_ref: str = ""  # a related (earlier) case

    def content_fields(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


CODED_FIELDS: Final = {
    "intake_channel": "intake_channel",
    "class_channel": "jrt_channel",
    "class_business": "jrt_business",
    "class_cause": "jrt_cause",
    "demand_type": "demand_type",
    "priority": "complaint_priority",
}
REQUIRED: Final = ("received_at", "intake_channel", "complainant_name", "facts", "request", "demand_type",
                   "class_channel", "class_business", "class_cause", "priority")


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str


def validate_intake(rec: ComplaintIntake, refs: RefBook, *, now: datetime | None = None) -> list[FieldError]:
    """Every problem of an intake, tied to its field so the form can show it inline."""
    now = now or datetime.now(timezone.utc)
    errs: list[FieldError] = []
    for name in REQUIRED:
        value = getattr(rec, name)
        if not (value.strip() if isinstance(value, str) else value):
            errs.append(FieldError(name, "required"))
    for name, category in CODED_FIELDS.items():
        value = getattr(rec, name)
        if value and not refs.is_valid(category, value):
            errs.append(FieldError(name, "unknown_code"))
    if rec.received_at is not None and rec.received_at > now + timedelta(minutes=1):
        errs.append(FieldError("received_at", "in_future"))
    if not rec.complainant_phone.strip() and not rec.complainant_id_number.strip():
        errs.append(FieldError("complainant_phone", ErrorCode.CONTACT_REQUIRED))
    if rec.complainant_phone.strip() and check_mobile(rec.complainant_phone):
        errs.append(FieldError("complainant_phone", ErrorCode.BAD_MOBILE))
    if rec.complainant_id_number.strip() and check_id_number(rec.complainant_id_number, now.date()):
        errs.append(FieldError("complainant_id_number", ErrorCode.BAD_ID_NUMBER))
    if rec.representation not in REPRESENTATIONS:
        errs.append(FieldError("representation", "unknown_code"))
    if rec.representation != "self":
        if not rec.agent_name.strip():
            errs.append(FieldError("agent_name", ErrorCode.AGENT_REQUIRED))
        if not rec.agent_phone.strip() and not rec.agent_id_number.strip():
            errs.append(FieldError("agent_phone", ErrorCode.AGENT_REQUIRED))
        if rec.agent_phone.strip() and check_mobile(rec.agent_phone):
            errs.append(FieldError("agent_phone", ErrorCode.BAD_MOBILE))
        if rec.agent_id_number.strip() and check_id_number(rec.agent_id_number, now.date()):
            errs.append(FieldError("agent_id_number", ErrorCode.BAD_ID_NUMBER))
    if not rec.consent_given:
        errs.append(FieldError("consent_given", ErrorCode.CONSENT_REQUIRED))
    if len(rec.facts) > FACTS_MAX:
        errs.append(FieldError("facts", "too_long"))
    for name in ("request", "respondent_org", "respondent_staff", "complainant_address"):
        if len(getattr(rec, name)) > TEXT_MAX:
            errs.append(FieldError(name, "too_long"))
    for name in ("facts", "request", "respondent_staff"):
        if contains_number(getattr(rec, name)):
            errs.append(FieldError(name, ErrorCode.CONTAINS_ID_NUMBER))
    return errs


def contains_number(text: str | None) -> bool:
    """True when free text holds what looks like an ID, phone or card number."""
    return bool(_DIGIT_RUN.search(text or ""))


# ---- the state machine -----------------------------------------------------------------------


@dataclass(frozen=True)
class CaseState:
    """What the guards need to know about a case, in plain values."""

    status: Status
    handler: str = ""
    conflict_checked: bool = False  # the handler confirmed having no conflict of interest
    conflict_declared: bool = False  # the handler declared a conflict: must step aside
    notified_on: date | None = None
    extension_pending: bool = False


@dataclass(frozen=True)
class StepInput:
    """What the person gives with a step (only the parts the step needs are looked at)."""

    reason: str = ""
    decision: str = ""
    grounds: str = ""
    notify_method: str = ""
    remedies_told: bool = False
    result: str = ""
    merge_target_ref: str = ""
    merge_target_open: bool = True
    self_ref: str = ""
    on: date | None = None


def allowed_actions(state: CaseState) -> list[Action]:
    """The workflow steps whose status precondition holds (guards may still refuse them)."""
    return [a for a, (sources, _) in TRANSITIONS.items() if state.status in sources]


def check_step(state: CaseState, action: Action, given: StepInput | None = None,
               actor: Actor | None = None) -> str | None:
    """The error code that refuses `action` on a case in `state`, or None if it may go ahead."""
    given = given or StepInput()
    sources, _target = TRANSITIONS[action]
    if state.status not in sources:
        if action is Action.CLOSE and state.status in (Status.DECIDED, Status.INVESTIGATING,
                                                       Status.ACCEPTED, Status.REGISTERED):
            return ErrorCode.CLOSE_BEFORE_NOTIFY
        if state.status in ENDED_STATUSES and action is not Action.ARCHIVE:
            return ErrorCode.CASE_ENDED
        return ErrorCode.TRANSITION_NOT_ALLOWED
    if actor is not None and not actor.can(Permission.RECORD):
        return ErrorCode.NOT_PERMITTED
    if action in (Action.INVESTIGATE, Action.DECIDE):
        if not state.handler:
            return ErrorCode.NO_HANDLER
        if state.conflict_declared:
            return ErrorCode.HANDLER_CONFLICT
        if not state.conflict_checked:
            return ErrorCode.CONFLICT_NOT_CHECKED
    if action is Action.DECIDE:
        if not given.decision.strip():
            return ErrorCode.DECISION_REQUIRED
        if not given.grounds.strip():
            return ErrorCode.GROUNDS_REQUIRED
    if action is Action.NOTIFY:
        if not given.notify_method.strip():
            return ErrorCode.NOTIFY_METHOD_REQUIRED
        if not given.remedies_told:
            return ErrorCode.REMEDIES_NOT_TOLD
    if action is Action.REVIEW and state.notified_on is not None and given.on is not None:
        if (given.on - state.notified_on).days > REVIEW_APPLY_DAYS:
            return ErrorCode.REVIEW_TOO_LATE
    if action in (Action.WITHDRAW, Action.DECLINE) and not given.reason.strip():
        return ErrorCode.REASON_REQUIRED
    if action in (Action.CALL_BACK,) and not given.result.strip():
        return ErrorCode.RESULT_REQUIRED
    if action is Action.MERGE:
        target = given.merge_target_ref.strip()
        if not target:
            return ErrorCode.MERGE_TARGET_REQUIRED
        if target == given.self_ref:
            return ErrorCode.MERGE_INTO_SELF
        if not given.merge_target_open:
            return ErrorCode.MERGE_TARGET_CLOSED
    for text in (given.reason, given.decision, given.grounds, given.result):
        if contains_number(text):
            return ErrorCode.CONTAINS_ID_NUMBER
    return None


REVIEW_APPLY_DAYS: Final = 30  # the complainant may apply for review within 30 days of the decision


def check_assign(state: CaseState) -> str | None:
    if state.status in ENDED_STATUSES or state.status is Status.NOTIFIED:
        return ErrorCode.CASE_ENDED
    return None


def check_extension_request(state: CaseState, level: int, reason: str, actor: Actor) -> str | None:
    if state.status not in OPEN_STATUSES:
        return ErrorCode.CASE_ENDED
    if state.extension_pending:
        return ErrorCode.EXTENSION_PENDING
    if not reason.strip():
        return "extension_requires_reason"
    if level not in (1, 2):
        return "extension_invalid_level"
    return None


def needs_approval(level: int, actor: Actor) -> bool:
    """Level 2 (to 60 days) is approved by someone with APPROVE_EXTENSION (domain.md §1.1)."""
    return level == 2 and not actor.can(Permission.APPROVE_EXTENSION)


# ---- repeat complaints, frequent complainants, suspicious agents ------------------------------

PHONE: Final = "phone"
ID_NUMBER: Final = "id_number"


def normalised_contact(kind: str, value: str | None) -> str:
    """The form a blind index is taken of, so 138 0013 8000 and +8613800138000 match."""
    if kind == PHONE:
        return normalize_mobile(value)
    return normalize_id_number(value)


@dataclass(frozen=True)
class PartySummary:
    """One complaint as the repeat detection sees it: blind indexes, never plain text."""

    complaint_id: str
    ref_no: str
    received_on: date
    status: str
    complainant_keys: frozenset[str]  # blind indexes of the complainant's phone and ID
    agent_keys: frozenset[str] = frozenset()
    masked_name: str = ""

    @property
    def is_open(self) -> bool:
        return self.status not in ENDED_STATUSES and self.status != Status.NOTIFIED


@dataclass(frozen=True)
class RepeatThresholds:
    repeat_window_days: int = 90
    frequent_count: int = 3
    frequent_window_days: int = 365
    agent_complainants: int = 3


def find_repeats(keys: Iterable[str], candidates: Iterable[PartySummary], today: date,
                 thresholds: RepeatThresholds = RepeatThresholds()) -> list[PartySummary]:
    """Earlier complaints of the same complainant that are still open or came in recently."""
    wanted = {k for k in keys if k}
    if not wanted:
        return []
    since = today - timedelta(days=thresholds.repeat_window_days)
    hits = [c for c in candidates
            if c.complainant_keys & wanted and (c.is_open or c.received_on >= since)]
    return sorted(hits, key=lambda c: (c.received_on, c.ref_no), reverse=True)


def _group_people(items: Sequence[PartySummary], attr: str) -> list[list[int]]:
    """Union-find: complaints sharing any key (phone or ID) belong to one person."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, item in enumerate(items):
        for key in getattr(item, attr):
            if key in first_with:
                parent[find(i)] = find(first_with[key])
            else:
                first_with[key] = i
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    return list(groups.values())


@dataclass(frozen=True)
class Flag:
    kind: str  # "frequent_complainant" | "suspicious_agent"
    masked_name: str
    count: int  # complaints (frequent) or distinct complainants (agent)
    refs: tuple[str, ...]


def frequent_complainants(items: Iterable[PartySummary], today: date,
                          thresholds: RepeatThresholds = RepeatThresholds()) -> list[Flag]:
    """People with ≥ frequent_count complaints in the window (12 months by default)."""
    since = today - timedelta(days=thresholds.frequent_window_days)
    recent = [c for c in items if c.received_on >= since and c.complainant_keys]
    flags = []
    for group in _group_people(recent, "complainant_keys"):
        if len(group) >= thresholds.frequent_count:
            cases = sorted((recent[i] for i in group), key=lambda c: c.received_on)
            flags.append(Flag("frequent_complainant", cases[-1].masked_name, len(cases),
                              tuple(c.ref_no for c in cases)))
    return sorted(flags, key=lambda f: (-f.count, f.refs))


def suspicious_agents(items: Iterable[PartySummary],
                      thresholds: RepeatThresholds = RepeatThresholds()) -> list[Flag]:
    """Agents whose phone or ID turns up for ≥ agent_complainants unrelated complainants (非法代理)."""
    with_agent = [c for c in items if c.agent_keys]
    flags = []
    for group in _group_people(with_agent, "agent_keys"):
        cases = [with_agent[i] for i in group]
        people = _group_people(cases, "complainant_keys")
        if len(people) >= thresholds.agent_complainants:
            flags.append(Flag("suspicious_agent", "", len(people),
                              tuple(sorted(c.ref_no for c in cases))))
    return sorted(flags, key=lambda f: (-f.count, f.refs))


@dataclass
class DeadlineBuckets:
    overdue: list = field(default_factory=list)
    due_soon: list = field(default_factory=list)
    awaiting_approval: list = field(default_factory=list)
