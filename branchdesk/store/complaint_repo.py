"""Complaints in the store: intake, workflow steps, the deadline clock, notes, lists, deadlines.

Every change writes the row, a complaint_event (who, when, what), an outbox entry and an audit
entry in the caller's one transaction (store.write()). Personal data is sealed with the
FieldProtector before it reaches any table, payload or snapshot; lists see only masked text.
The clock's result is recomputed from the events on every change and kept on the row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from branchdesk.domain import complaint_clock as clock
from branchdesk.domain import complaints as dom
from branchdesk.domain.complaints import Action, CaseState, ErrorCode, Status, StepInput
from branchdesk.domain.holiday_calendar import HolidayCalendar
from branchdesk.domain.ids import new_id
from branchdesk.domain.personal_data import mask_address, mask_id_number, mask_name, mask_phone
from branchdesk.domain.reference import RefBook
from branchdesk.domain.roles import Actor, Permission
from branchdesk.domain.timeutil import local_date, local_now
from branchdesk.security.fieldcrypt import DecryptionError, FieldProtector
from branchdesk.store import audit, settings
from branchdesk.store.changes import RecordNotFound, ValidationFailed, next_reference, record_change
from branchdesk.store.models import Holiday
from branchdesk.store.models_complaints import ComplaintEvent, ComplaintNote
from branchdesk.store.models_complaints import ComplaintRow as Row
from branchdesk.store.types import utc_text, utcnow

KIND: Final = dom.KIND
RETENTION_YEARS: Final = 3  # complaint files are kept ≥ 3 years after closing (domain.md §1.1)


class StepRefused(Exception):
    """A step the rules forbid; `code` is a message code (domain.messages)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = str(code)


# ---------------------------------------------------------------- personal data

# (intake field, row column prefix, masker, blind-index kind or None)
PERSONAL_FIELDS: Final = (
    ("complainant_name", "complainant_name", mask_name, None),
    ("complainant_phone", "complainant_phone", mask_phone, dom.PHONE),
    ("complainant_id_number", "complainant_id", mask_id_number, dom.ID_NUMBER),
    ("complainant_address", "complainant_address", mask_address, None),
    ("agent_name", "agent_name", mask_name, None),
    ("agent_phone", "agent_phone", mask_phone, dom.PHONE),
    ("agent_id_number", "agent_id", mask_id_number, dom.ID_NUMBER),
)


def _context(prefix: str) -> str:
    return f"complaint.{prefix}"


def _seal_personal(row: Row, rec: dom.ComplaintIntake, protector: FieldProtector) -> None:
    for name, prefix, masker, index_kind in PERSONAL_FIELDS:
        value = (getattr(rec, name) or "").strip()
        if index_kind is not None:
            value = dom.normalised_contact(index_kind, value)
        setattr(row, f"{prefix}_sealed", protector.seal(value, context=_context(prefix)) or "")
        setattr(row, f"{prefix}_masked", masker(value) if value else "")
        if index_kind is not None:
            setattr(row, f"{prefix}_bidx", protector.blind_index(value, kind=index_kind))


def index_contacts(row: Row, protector: FieldProtector) -> None:
    """Recompute a case's blind indexes from its sealed contacts, which travel without them.

    A case pulled from another PC of the branch opens here when the two PCs share the data key
    (security.key_share); a contact this key cannot open keeps no index rather than a stale one.
    """
    for _name, prefix, _masker, index_kind in PERSONAL_FIELDS:
        if index_kind is None:
            continue
        try:
            value = protector.open(getattr(row, f"{prefix}_sealed"), context=_context(prefix))
        except DecryptionError:
            value = None
        setattr(row, f"{prefix}_bidx", protector.blind_index(value, kind=index_kind))


def contact_keys(protector: FieldProtector, phone: str = "", id_number: str = "") -> set[str]:
    """Blind indexes of a phone and an ID number as typed (normalised first)."""
    keys = {protector.blind_index(dom.normalised_contact(dom.PHONE, phone), kind=dom.PHONE),
            protector.blind_index(dom.normalised_contact(dom.ID_NUMBER, id_number), kind=dom.ID_NUMBER)}
    return {k for k in keys if k}


def reveal(session: Session, protector: FieldProtector, complaint_id: str, actor: Actor,
           *, purpose: str = "view") -> dict[str, str]:
    """The plain personal data of a case, for a role allowed to unmask; every reveal is audited."""
    if not actor.can(Permission.UNMASK):
        raise StepRefused(ErrorCode.NOT_PERMITTED)
    row = _get_row(session, complaint_id)
    out = {name: protector.open(getattr(row, f"{prefix}_sealed"), context=_context(prefix)) or ""
           for name, prefix, _m, _k in PERSONAL_FIELDS}
    audit.append(session, actor=actor.username, action=dom.UNMASKED, record_kind=KIND, record_id=row.id,
                 detail={"ref_no": row.ref_no, "purpose": purpose}, device_id=settings.identity(session).device_id)
    return out


# ---------------------------------------------------------------- payload

_PAYLOAD_SKIP: Final = {"import_key"} | {f"{p}_bidx" for _n, p, _m, k in PERSONAL_FIELDS if k}


def payload(r: Row) -> dict:
    """The case as it travels (outbox, sync, history): sealed and masked forms only."""
    out = {}
    for col in Row.__table__.columns:
        if col.name in _PAYLOAD_SKIP:
            continue
        value = getattr(r, col.name)
        out[col.name] = utc_text(value) if isinstance(value, datetime) else value
    return out


# ---------------------------------------------------------------- calendar and clock

_calendar_cache: dict[tuple, HolidayCalendar] = {}


def load_calendar(session: Session) -> HolidayCalendar:
    """The holiday calendar in the store (the seed until head office replaces it).

    Rebuilt only when the table changed (row count or latest update differ), so the deadlines
    view does not parse the calendar on every refresh.
    """
    signature = tuple(session.execute(select(func.count(), func.max(Holiday.updated_at), func.max(Holiday.day),
                                             func.min(Holiday.day))).one())
    cached = _calendar_cache.get(signature)
    if cached is not None:
        return cached
    rows = session.execute(select(Holiday.day, Holiday.kind, Holiday.name)).all()
    calendar = HolidayCalendar.from_rows([tuple(r) for r in rows]) if rows else HolidayCalendar.default()
    if len(_calendar_cache) > 8:
        _calendar_cache.clear()
    _calendar_cache[signature] = calendar
    return calendar


def today_local() -> date:
    return local_now().date()


def _clock_events(session: Session, complaint_id: str) -> list[clock.ClockEvent]:
    events: list[clock.ClockEvent] = []
    q = select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id).order_by(ComplaintEvent.at)
    for e in session.execute(q).scalars():
        ev = _to_clock_event(e.action, date.fromisoformat(e.on), e.detail or {}, e.reason)
        if ev is not None:
            events.append(ev)
    return events


def _to_clock_event(action: str, on: date, detail: dict, reason: str) -> clock.ClockEvent | None:
    if action == dom.EXTENSION_APPROVED:
        told = detail.get("complainant_notified_on")
        return clock.Extension(level=int(detail["level"]), approver=detail.get("approver", ""), reason=reason,
                               approved_on=on, complainant_notified_on=date.fromisoformat(told) if told else None)
    if action == dom.PAUSE:
        told = detail.get("complainant_notified_on")
        return clock.PauseStart(on=on, reason=reason, complainant_notified_on=date.fromisoformat(told) if told else None)
    if action == dom.RESUME:
        return clock.PauseEnd(on=on)
    if action == dom.NEW_FACTS:
        return clock.NewFacts(on=on)
    if action == Action.WITHDRAW:
        return clock.Withdrawal(on=on)
    if action == Action.NOTIFY:
        return clock.Decided(on=on)
    return None


def clock_state(session: Session, row: Row, calendar: HolidayCalendar, today: date,
                warn_days: int | None = None) -> clock.ClockState:
    warn = warn_days if warn_days is not None else thresholds_warn_days(session)
    return clock.compute_deadline(date.fromisoformat(row.received_on), _clock_events(session, row.id),
                                  calendar, max(today, date.fromisoformat(row.received_on)), warn_days=warn)


def _recompute(session: Session, row: Row, calendar: HolidayCalendar, today: date) -> None:
    st = clock_state(session, row, calendar, today)
    row.due_on = st.due_on.isoformat()
    row.clock_status = st.status.value
    row.clock_started_on = st.clock_started_on.isoformat()
    row.extension_level = st.extension_level
    row.paused_days = st.paused_days
    row.decided_on_time = st.decided_on_time
    if st.stopped or row.status in (Status.MERGED, Status.NOT_HANDLED):
        row.clock_state = "stopped"
    elif st.is_paused:
        row.clock_state = "paused"
    else:
        row.clock_state = "running"


def _check_clock(session: Session, row: Row, event: clock.ClockEvent, calendar: HolidayCalendar,
                 today: date) -> None:
    code = clock.check_new_event(date.fromisoformat(row.received_on), _clock_events(session, row.id), event,
                                 calendar, today)
    if code:
        raise StepRefused(code)


# ---------------------------------------------------------------- settings

SETTING_DEFAULTS: Final = {
    "complaints.warn_days": clock.DEFAULT_WARN_DAYS,
    "complaints.repeat_window_days": 90,
    "complaints.frequent_count": 3,
    "complaints.frequent_window_days": 365,
    "complaints.agent_complainants": 3,
}


def _int_setting(session: Session, key: str) -> int:
    # Kept for the session's life: a batch of steps must not read the setting once per step.
    cached = session.info.get(key)
    if cached is not None:
        return cached
    session.info[key] = value = _read_int_setting(session, key)
    return value


def _read_int_setting(session: Session, key: str) -> int:
    raw = settings.get(session, key)
    try:
        return int(raw) if raw is not None else SETTING_DEFAULTS[key]
    except ValueError:
        return SETTING_DEFAULTS[key]


def thresholds_warn_days(session: Session) -> int:
    return _int_setting(session, "complaints.warn_days")


def thresholds(session: Session) -> dom.RepeatThresholds:
    return dom.RepeatThresholds(
        repeat_window_days=_int_setting(session, "complaints.repeat_window_days"),
        frequent_count=_int_setting(session, "complaints.frequent_count"),
        frequent_window_days=_int_setting(session, "complaints.frequent_window_days"),
        agent_complainants=_int_setting(session, "complaints.agent_complainants"),
    )


def put_thresholds(session: Session, t: dom.RepeatThresholds, warn_days: int | None = None) -> None:
    for key in SETTING_DEFAULTS:
        session.info.pop(key, None)
    settings.put(session, "complaints.repeat_window_days", str(t.repeat_window_days))
    settings.put(session, "complaints.frequent_count", str(t.frequent_count))
    settings.put(session, "complaints.frequent_window_days", str(t.frequent_window_days))
    settings.put(session, "complaints.agent_complainants", str(t.agent_complainants))
    if warn_days is not None:
        settings.put(session, "complaints.warn_days", str(warn_days))


# ---------------------------------------------------------------- changes

def _get_row(session: Session, complaint_id: str) -> Row:
    row = session.get(Row, complaint_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(complaint_id)
    return row


def find_by_ref(session: Session, ref_no: str) -> Row | None:
    return session.execute(select(Row).where(Row.ref_no == ref_no.strip(), Row.deleted_at.is_(None))).scalar()


_UNSENT_EVENTS: Final = "complaint_events_unsent"


def _event(session: Session, row: Row, action: str, actor: str, *, on: date, now: datetime,
           from_status: str = "", to_status: str = "", detail: dict | None = None, reason: str = "") -> ComplaintEvent:
    ev = ComplaintEvent(id=new_id(), complaint_id=row.id, at=now, on=on.isoformat(), actor=actor, action=action,
                        from_status=from_status, to_status=to_status, detail=detail or {}, reason=reason)
    session.add(ev)
    # The change that follows carries its new events to head office (the history is append-only).
    session.info.setdefault(_UNSENT_EVENTS, {}).setdefault(row.id, []).append(ev)
    return ev


def event_payload(ev: ComplaintEvent) -> dict:
    return {"id": ev.id, "complaint_id": ev.complaint_id, "at": utc_text(ev.at), "on": ev.on, "actor": ev.actor,
            "action": ev.action, "from_status": ev.from_status, "to_status": ev.to_status, "detail": ev.detail,
            "reason": ev.reason}


def take_events(session: Session, complaint_id: str) -> list[dict]:
    """The events added to a case in this transaction and not yet put in an outbox payload."""
    return [event_payload(e) for e in session.info.get(_UNSENT_EVENTS, {}).pop(complaint_id, [])]


def _save(session: Session, row: Row, op: str, actor: str, now: datetime, changed: list[str],
          calendar: HolidayCalendar, today: date, extra: dict | None = None) -> None:
    """Recompute the clock, bump the version and write outbox + audit (same transaction)."""
    _recompute(session, row, calendar, today)
    if op != "create":
        row.version += 1
        row.updated_at, row.updated_by = now, actor
    session.flush()
    detail = {"ref_no": row.ref_no, "status": row.status}
    detail.update(extra or {})
    body = payload(row)
    body["events"] = take_events(session, row.id)
    record_change(session, kind=KIND, record_id=row.id, op=op, actor=actor, payload=body,
                  changed_fields=changed, base_version=row.server_version if op != "create" else None,
                  at=now, audit_detail=detail)


def create(session: Session, rec: dom.ComplaintIntake, refs: RefBook, protector: FieldProtector, *,
           actor: Actor, calendar: HolidayCalendar | None = None, now: datetime | None = None,
           merge_into: str = "", import_key: str | None = None, keep_id: str = "", keep_ref: str = "") -> Row:
    """Register a complaint: ticket number at once, personal data sealed, the clock started.

    merge_into: the ref_no of an open case this submission repeats; it is registered (so the
    intake is kept) and merged into that case in the same transaction.
    keep_id / keep_ref: an import of an exported file keeps the case's id and ticket number.
    """
    now = now or utcnow()
    if not actor.can(Permission.RECORD):
        raise StepRefused(ErrorCode.NOT_PERMITTED)
    errors = dom.validate_intake(rec, refs, now=now)
    if errors:
        raise ValidationFailed(errors)
    calendar = calendar or load_calendar(session)
    received_on = local_date(rec.received_at)
    today = max(local_date(now), received_on)
    ident = settings.identity(session)
    row = Row(
        id=keep_id or new_id(), ref_no=keep_ref or next_reference(session, KIND, received_on.year),
        branch_code=ident.branch_code,
        device_id=ident.device_id, created_at=now, created_by=actor.username, updated_at=now,
        updated_by=actor.username, version=1, import_key=import_key,
        received_at=rec.received_at, received_on=received_on.isoformat(), intake_channel=rec.intake_channel,
        representation=rec.representation, respondent_org=rec.respondent_org.strip(),
        respondent_staff=rec.respondent_staff.strip(), facts=rec.facts.strip(), request=rec.request.strip(),
        demand_type=rec.demand_type, class_channel=rec.class_channel, class_business=rec.class_business,
        class_cause=rec.class_cause, priority=rec.priority or "NORMAL", is_group=rec.is_group,
        parent_ref=rec.parent_ref.strip(), consent_given=rec.consent_given,
        consent_notice_version=rec.consent_notice_version, consent_at=now, handler=rec.handler.strip(),
        status=Status.REGISTERED.value, merged_into="",
    )
    _seal_personal(row, rec, protector)
    keys = {k for k in (row.complainant_phone_bidx, row.complainant_id_bidx) if k}
    if keys:
        earlier = repeats_for_keys(session, keys, today)
        row.is_repeat = bool(earlier)
        if earlier and not row.parent_ref:
            row.parent_ref = earlier[0].ref_no
    session.add(row)
    session.flush()
    _event(session, row, "register", actor.username, on=received_on, now=now, to_status=row.status,
           detail={"consent_notice_version": rec.consent_notice_version, "is_repeat": row.is_repeat})
    _save(session, row, "create", actor.username, now, sorted(dom.ComplaintIntake().content_fields()), calendar,
          today)
    if merge_into:
        step(session, row.id, Action.MERGE, StepInput(merge_target_ref=merge_into), actor=actor,
             calendar=calendar, now=now, today=today)
    return row


def all_for_export(session: Session, *, date_from: date | None = None, date_to: date | None = None) -> list[Row]:
    conds = [Row.deleted_at.is_(None)]
    if date_from:
        conds.append(Row.received_on >= date_from.isoformat())
    if date_to:
        conds.append(Row.received_on <= date_to.isoformat())
    return list(session.execute(select(Row).where(*conds).order_by(Row.received_at, Row.id)).scalars())


def _case_state(row: Row) -> CaseState:
    return CaseState(status=Status(row.status), handler=row.handler, conflict_checked=row.conflict_checked,
                     conflict_declared=row.conflict_declared,
                     notified_on=date.fromisoformat(row.notified_on) if row.notified_on else None,
                     extension_pending=row.pending_extension_level is not None)


def case_state(row: Row) -> CaseState:
    return _case_state(row)


def step(session: Session, complaint_id: str, action: Action, given: StepInput | None = None, *, actor: Actor,
         calendar: HolidayCalendar | None = None, now: datetime | None = None, today: date | None = None) -> Row:
    """Take one workflow step, or raise StepRefused with the reason."""
    now = now or utcnow()
    today = today or local_date(now)
    given = given or StepInput()
    row = _get_row(session, complaint_id)
    given = replace(given, self_ref=row.ref_no, on=given.on or today)
    target_row = None
    if action is Action.MERGE and given.merge_target_ref.strip():
        target_row = find_by_ref(session, given.merge_target_ref)
        target_open = target_row is not None and Status(target_row.status) in dom.OPEN_STATUSES
        given = replace(given, merge_target_open=target_open)
    code = dom.check_step(_case_state(row), action, given, actor)
    if code:
        raise StepRefused(code)
    calendar = calendar or load_calendar(session)
    on = given.on
    clock_event = _to_clock_event(action, on, {}, given.reason)
    if clock_event is not None:
        _check_clock(session, row, clock_event, calendar, today)
    elif on > today:
        raise StepRefused("event_in_future")
    elif on < date.fromisoformat(row.received_on):
        raise StepRefused("event_before_receipt")

    before = row.status
    target = dom.TRANSITIONS[action][1]
    changed = ["status"]
    detail: dict = {}
    if action is Action.DECIDE:
        row.decision, row.grounds = given.decision.strip(), given.grounds.strip()
        changed += ["decision", "grounds"]
    elif action is Action.NOTIFY:
        row.notify_method, row.remedies_told, row.notified_on = given.notify_method, True, on.isoformat()
        changed += ["notify_method", "remedies_told", "notified_on"]
        detail["notify_method"] = given.notify_method
    elif action is Action.REVIEW:
        changed.append("review_result")
    elif action is Action.MEDIATE:
        row.mediation_org = given.result.strip() or row.mediation_org
        changed.append("mediation_org")
    elif action is Action.CLOSE:
        if before == Status.REVIEW and given.result.strip():
            row.review_result = given.result.strip()
        if before == Status.MEDIATION and given.result.strip():
            row.mediation_result = given.result.strip()
        row.closed_on = on.isoformat()
        row.archive_until = _plus_years(on, RETENTION_YEARS).isoformat()
        changed += ["closed_on", "archive_until"]
    elif action is Action.CALL_BACK:
        row.satisfaction = given.result.strip()
        changed.append("satisfaction")
    elif action is Action.WITHDRAW:
        row.withdrawn_on = on.isoformat()
        changed.append("withdrawn_on")
    elif action is Action.DECLINE:
        row.decline_reason = given.reason.strip()
        changed.append("decline_reason")
    elif action is Action.MERGE:
        assert target_row is not None
        row.merged_into = target_row.ref_no
        changed.append("merged_into")
        detail["merged_into"] = target_row.ref_no
        _event(session, target_row, "merged_in", actor.username, on=on, now=now,
               detail={"from_ref": row.ref_no})
        _save(session, target_row, "amend", actor.username, now, [], calendar, today, {"action": "merged_in"})
    if action in (Action.WITHDRAW, Action.MERGE, Action.DECLINE) and not row.closed_on:
        row.closed_on = on.isoformat()
        row.archive_until = _plus_years(on, RETENTION_YEARS).isoformat()
    row.status = target.value
    # What the person wrote with the step: a result for the closing steps, else a reason.
    said = given.result if action in (Action.CLOSE, Action.CALL_BACK, Action.REVIEW, Action.MEDIATE) else given.reason
    if action is Action.DECIDE:
        said = row.decision
    _event(session, row, action.value, actor.username, on=on, now=now, from_status=before, to_status=row.status,
           detail=detail, reason=said.strip())
    if action in (Action.WITHDRAW, Action.MERGE, Action.DECLINE, Action.NOTIFY):
        row.pending_extension_level = None  # a request on a stopped clock can no longer be approved
    _save(session, row, "amend", actor.username, now, changed, calendar, today, {"action": action.value})
    return row


def _plus_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return date(d.year + years, 3, 1)


def assign(session: Session, complaint_id: str, handler: str, *, actor: Actor,
           calendar: HolidayCalendar | None = None, now: datetime | None = None) -> Row:
    """Name the handler; the new handler must confirm having no conflict of interest again."""
    now = now or utcnow()
    row = _get_row(session, complaint_id)
    code = dom.check_assign(_case_state(row))
    if code:
        raise StepRefused(code)
    if not handler.strip():
        raise StepRefused(ErrorCode.NO_HANDLER)
    row.handler = handler.strip()
    row.conflict_checked = False
    row.conflict_declared = False
    _event(session, row, dom.ASSIGN, actor.username, on=local_date(now), now=now, detail={"handler": row.handler})
    _save(session, row, "amend", actor.username, now, ["handler", "conflict_checked", "conflict_declared"],
          calendar or load_calendar(session), local_date(now), {"action": dom.ASSIGN})
    return row


def declare_conflict(session: Session, complaint_id: str, has_conflict: bool, *, actor: Actor,
                     reason: str = "", calendar: HolidayCalendar | None = None, now: datetime | None = None) -> Row:
    """The handler states whether they have a conflict of interest (回避确认)."""
    now = now or utcnow()
    row = _get_row(session, complaint_id)
    if not row.handler:
        raise StepRefused(ErrorCode.NO_HANDLER)
    if has_conflict and not reason.strip():
        raise StepRefused(ErrorCode.REASON_REQUIRED)
    row.conflict_declared = has_conflict
    row.conflict_checked = not has_conflict
    action = dom.CONFLICT_DECLARED if has_conflict else dom.CONFLICT_CLEARED
    _event(session, row, action, actor.username, on=local_date(now), now=now, detail={"handler": row.handler},
           reason=reason.strip())
    _save(session, row, "amend", actor.username, now, ["conflict_checked", "conflict_declared"],
          calendar or load_calendar(session), local_date(now), {"action": action})
    return row


def request_extension(session: Session, complaint_id: str, level: int, reason: str, *, actor: Actor,
                      approver: str = "", complainant_notified_on: date | None = None,
                      calendar: HolidayCalendar | None = None, now: datetime | None = None,
                      today: date | None = None) -> Row:
    """Extend the time limit. Level 2 asked for by someone without APPROVE_EXTENSION waits for a
    manager's approval (the deadlines view lists it); otherwise it takes effect at once."""
    now = now or utcnow()
    today = today or local_date(now)
    row = _get_row(session, complaint_id)
    code = dom.check_extension_request(_case_state(row), level, reason, actor)
    if code:
        raise StepRefused(code)
    calendar = calendar or load_calendar(session)
    if dom.needs_approval(level, actor):
        _check_clock(session, row, clock.Extension(level=level, approver="pending", reason=reason,
                                                   approved_on=today), calendar, today)
        row.pending_extension_level = level
        _event(session, row, dom.EXTENSION_REQUESTED, actor.username, on=today, now=now, detail={"level": level},
               reason=reason.strip())
        _save(session, row, "amend", actor.username, now, ["pending_extension_level"], calendar, today,
              {"action": dom.EXTENSION_REQUESTED})
        return row
    return _approve(session, row, level, reason, approver or actor.display_name or actor.username, actor,
                    complainant_notified_on, calendar, now, today)


def _approve(session, row, level, reason, approver, actor, notified_on, calendar, now, today) -> Row:
    ext = clock.Extension(level=level, approver=approver, reason=reason.strip(), approved_on=today,
                          complainant_notified_on=notified_on)
    _check_clock(session, row, ext, calendar, today)
    row.pending_extension_level = None
    _event(session, row, dom.EXTENSION_APPROVED, actor.username, on=today, now=now,
           detail={"level": level, "approver": approver,
                   "complainant_notified_on": notified_on.isoformat() if notified_on else None},
           reason=reason.strip())
    _save(session, row, "amend", actor.username, now, ["due_on", "extension_level", "pending_extension_level"],
          calendar, today, {"action": dom.EXTENSION_APPROVED, "level": level})
    return row


def decide_extension(session: Session, complaint_id: str, approve: bool, *, actor: Actor,
                     complainant_notified_on: date | None = None, reason: str = "",
                     calendar: HolidayCalendar | None = None, now: datetime | None = None,
                     today: date | None = None) -> Row:
    """A manager approves or refuses a waiting extension request."""
    now = now or utcnow()
    today = today or local_date(now)
    row = _get_row(session, complaint_id)
    if row.pending_extension_level is None:
        raise StepRefused(ErrorCode.NO_PENDING_EXTENSION)
    if not actor.can(Permission.APPROVE_EXTENSION):
        raise StepRefused(ErrorCode.NOT_PERMITTED)
    calendar = calendar or load_calendar(session)
    level = row.pending_extension_level
    if approve:
        asked = session.execute(
            select(ComplaintEvent.reason).where(ComplaintEvent.complaint_id == row.id,
                                                ComplaintEvent.action == dom.EXTENSION_REQUESTED)
            .order_by(ComplaintEvent.at.desc()).limit(1)).scalar() or reason
        return _approve(session, row, level, asked, actor.display_name or actor.username, actor,
                        complainant_notified_on, calendar, now, today)
    if not reason.strip():
        raise StepRefused(ErrorCode.REASON_REQUIRED)
    row.pending_extension_level = None
    _event(session, row, dom.EXTENSION_REFUSED, actor.username, on=today, now=now, detail={"level": level},
           reason=reason.strip())
    _save(session, row, "amend", actor.username, now, ["pending_extension_level"], calendar, today,
          {"action": dom.EXTENSION_REFUSED})
    return row


def _clock_change(session, complaint_id, action, event_factory, *, actor, on, reason="", detail=None,
                  calendar=None, now=None, today=None) -> Row:
    now = now or utcnow()
    today = today or local_date(now)
    on = on or today
    row = _get_row(session, complaint_id)
    if Status(row.status) not in dom.OPEN_STATUSES:
        raise StepRefused(ErrorCode.CASE_ENDED)
    calendar = calendar or load_calendar(session)
    _check_clock(session, row, event_factory(on), calendar, today)
    _event(session, row, action, actor.username, on=on, now=now, detail=detail or {}, reason=reason.strip())
    _save(session, row, "amend", actor.username, now, ["due_on", "clock_state"], calendar, today,
          {"action": action})
    return row


def pause(session: Session, complaint_id: str, *, actor: Actor, reason: str, on: date | None = None,
          complainant_notified_on: date | None = None, **kw) -> Row:
    """External appraisal, testing or evaluation begins: the clock stops counting."""
    if not reason.strip():
        raise StepRefused(ErrorCode.REASON_REQUIRED)
    told = complainant_notified_on.isoformat() if complainant_notified_on else None
    return _clock_change(session, complaint_id, dom.PAUSE,
                         lambda d: clock.PauseStart(on=d, reason=reason, complainant_notified_on=complainant_notified_on),
                         actor=actor, on=on, reason=reason, detail={"complainant_notified_on": told}, **kw)


def resume(session: Session, complaint_id: str, *, actor: Actor, on: date | None = None, **kw) -> Row:
    return _clock_change(session, complaint_id, dom.RESUME, lambda d: clock.PauseEnd(on=d), actor=actor, on=on, **kw)


def new_facts(session: Session, complaint_id: str, *, actor: Actor, summary: str, on: date | None = None,
              **kw) -> Row:
    """New facts or reasons received: the clock restarts from that day."""
    if not summary.strip():
        raise StepRefused(ErrorCode.REASON_REQUIRED)
    if dom.contains_number(summary):
        raise StepRefused(ErrorCode.CONTAINS_ID_NUMBER)
    return _clock_change(session, complaint_id, dom.NEW_FACTS, lambda d: clock.NewFacts(on=d), actor=actor,
                         on=on, reason=summary, **kw)


def add_note(session: Session, complaint_id: str, text: str, *, actor: Actor, now: datetime | None = None) -> ComplaintNote:
    """Append a note (never edited afterwards)."""
    now = now or utcnow()
    row = _get_row(session, complaint_id)
    text = text.strip()
    if not text:
        raise StepRefused("required")
    if len(text) > dom.FACTS_MAX:
        raise StepRefused("too_long")
    if dom.contains_number(text):
        raise StepRefused(ErrorCode.CONTAINS_ID_NUMBER)
    note = ComplaintNote(id=new_id(), complaint_id=row.id, at=now, author=actor.username, text=text)
    session.add(note)
    session.flush()
    record_change(session, kind="complaint_note", record_id=note.id, op="create", actor=actor.username,
                  payload={"id": note.id, "complaint_id": row.id, "at": utc_text(now), "author": note.author,
                           "text": text},
                  changed_fields=["text"], at=now, audit_detail={"ref_no": row.ref_no})
    return note


# ---------------------------------------------------------------- reading

def get(session: Session, complaint_id: str) -> Row:
    row = session.get(Row, complaint_id)
    if row is None:
        raise RecordNotFound(complaint_id)
    return row


def events(session: Session, complaint_id: str) -> list[ComplaintEvent]:
    q = select(ComplaintEvent).where(ComplaintEvent.complaint_id == complaint_id).order_by(ComplaintEvent.at,
                                                                                          ComplaintEvent.id)
    return list(session.execute(q).scalars())


def notes(session: Session, complaint_id: str) -> list[ComplaintNote]:
    q = select(ComplaintNote).where(ComplaintNote.complaint_id == complaint_id).order_by(ComplaintNote.at)
    return list(session.execute(q).scalars())


def visibility(actor: Actor) -> list:
    """A manager sees the whole branch; others see the cases they handle or registered."""
    if actor.can(Permission.SEE_ALL_CASES):
        return []
    return [or_(Row.handler == actor.username, Row.created_by == actor.username)]


@dataclass(frozen=True)
class ComplaintFilter:
    statuses: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""  # ticket number or respondent
    handler: str = ""
    open_only: bool = False
    include_deleted: bool = False


def _where(f: ComplaintFilter, actor: Actor) -> list:
    conds = visibility(actor)
    if not f.include_deleted:
        conds.append(Row.deleted_at.is_(None))
    if f.statuses:
        conds.append(Row.status.in_(f.statuses))
    if f.open_only:
        conds.append(Row.status.in_([s.value for s in dom.OPEN_STATUSES]))
    if f.date_from:
        conds.append(Row.received_on >= f.date_from.isoformat())
    if f.date_to:
        conds.append(Row.received_on <= f.date_to.isoformat())
    if f.handler:
        conds.append(Row.handler == f.handler)
    text = f.text.strip().replace("%", "").replace("_", "")
    if text:
        like = f"%{text}%"
        conds.append(or_(Row.ref_no.like(like), Row.respondent_org.like(like), Row.respondent_staff.like(like)))
    return conds


LIST_COLUMNS: Final = (Row.id, Row.ref_no, Row.received_on, Row.complainant_name_masked, Row.intake_channel,
                       Row.class_business, Row.priority, Row.status, Row.handler, Row.due_on, Row.clock_state,
                       Row.clock_status, Row.is_repeat, Row.pending_extension_level)


def count(session: Session, f: ComplaintFilter, actor: Actor) -> int:
    return session.execute(select(func.count()).select_from(Row).where(and_(True, *_where(f, actor)))).scalar()


SORT_COLUMNS: Final = {"received_on": Row.received_on, "ref_no": Row.ref_no, "due_on": Row.due_on,
                       "status": Row.status, "handler": Row.handler, "priority": Row.priority,
                       "intake_channel": Row.intake_channel, "class_business": Row.class_business}


def page(session: Session, f: ComplaintFilter, actor: Actor, *, offset: int, limit: int,
         sort: str = "received_on", descending: bool = True) -> list[tuple]:
    col = SORT_COLUMNS.get(sort, Row.received_on)
    order = (col.desc(), Row.id.desc()) if descending else (col.asc(), Row.id.asc())
    q = (select(*LIST_COLUMNS).where(and_(True, *_where(f, actor)))
         .order_by(*order).offset(offset).limit(limit))
    return [tuple(r) for r in session.execute(q)]


DEADLINE_COLUMNS: Final = (Row.id, Row.ref_no, Row.received_on, Row.due_on, Row.status, Row.priority,
                           Row.handler, Row.complainant_name_masked, Row.class_business, Row.extension_level,
                           Row.pending_extension_level, Row.clock_state)


@dataclass(frozen=True)
class Deadlines:
    today: date
    due_soon_until: date
    overdue: list[tuple]
    due_soon: list[tuple]
    awaiting_approval: list[tuple]

    @property
    def urgent_count(self) -> int:
        return len(self.overdue) + len(self.due_soon)


def due_soon_cutoff(calendar: HolidayCalendar, today: date, warn_days: int) -> date:
    """The last due date still "due soon": at most `warn_days` working days after today (as the
    clock counts it), found once so the query compares an indexed date column."""
    d, seen = today, 0
    while True:
        d += timedelta(days=1)
        if calendar.is_working_day(d):
            seen += 1
            if seen > warn_days:
                return d - timedelta(days=1)


def deadlines(session: Session, actor: Actor, *, today: date | None = None,
              calendar: HolidayCalendar | None = None, warn_days: int | None = None) -> Deadlines:
    """Overdue cases, cases due within the warning period and cases waiting for an extension
    approval, most urgent first (earliest due date, then major priority)."""
    today = today or today_local()
    calendar = calendar or load_calendar(session)
    warn = warn_days if warn_days is not None else thresholds_warn_days(session)
    cutoff = due_soon_cutoff(calendar, today, warn)
    vis = visibility(actor)
    q = (select(*DEADLINE_COLUMNS)
         .where(Row.clock_state == "running", Row.due_on <= cutoff.isoformat(), Row.deleted_at.is_(None), *vis)
         .order_by(Row.due_on, (Row.priority != "MAJOR"), Row.ref_no))
    overdue, soon = [], []
    iso_today = today.isoformat()
    for r in session.execute(q):
        (overdue if r.due_on < iso_today else soon).append(tuple(r))
    waiting = [tuple(r) for r in session.execute(
        select(*DEADLINE_COLUMNS)
        .where(Row.pending_extension_level > 0, Row.deleted_at.is_(None), *vis)  # a range the index serves
        .order_by(Row.due_on, Row.ref_no))]
    return Deadlines(today, cutoff, overdue, soon, waiting)


# ---------------------------------------------------------------- repeats and flags

def _summaries(session: Session, conds: list) -> list[dom.PartySummary]:
    q = select(Row.id, Row.ref_no, Row.received_on, Row.status, Row.complainant_phone_bidx, Row.complainant_id_bidx,
               Row.agent_phone_bidx, Row.agent_id_bidx, Row.complainant_name_masked).where(
        Row.deleted_at.is_(None), *conds)
    return [
        dom.PartySummary(complaint_id=r[0], ref_no=r[1], received_on=date.fromisoformat(r[2]), status=r[3],
                         complainant_keys=frozenset(k for k in (r[4], r[5]) if k),
                         agent_keys=frozenset(k for k in (r[6], r[7]) if k), masked_name=r[8])
        for r in session.execute(q)
    ]


def repeats_for_keys(session: Session, keys: set[str], today: date) -> list[dom.PartySummary]:
    if not keys:
        return []
    cands = _summaries(session, [or_(Row.complainant_phone_bidx.in_(keys), Row.complainant_id_bidx.in_(keys))])
    return dom.find_repeats(keys, cands, today, thresholds(session))


def find_repeats(session: Session, protector: FieldProtector, *, phone: str = "", id_number: str = "",
                 today: date | None = None) -> list[dom.PartySummary]:
    """Open or recent complaints of the complainant with this phone or ID (matched blind)."""
    return repeats_for_keys(session, contact_keys(protector, phone, id_number), today or today_local())


@dataclass(frozen=True)
class Flags:
    frequent: list[dom.Flag]
    agents: list[dom.Flag]


def _shared_keys(column):
    """Keys (blind indexes) found on at least two complaints: only those can link complaints into
    one person (or one agent), so only their rows need loading. Counted over all time so the
    query reads the key's index alone; the caller narrows to the window."""
    return select(column).where(column.is_not(None)).group_by(column).having(func.count() >= 2)


def flags(session: Session, *, today: date | None = None) -> Flags:
    """Frequent complainants and possible illegal complaint agents (thresholds from settings)."""
    today = today or today_local()
    t = thresholds(session)
    since = (today - timedelta(days=max(t.frequent_window_days, 1))).isoformat()
    window = [Row.received_on >= since]
    people = _summaries(session, window + [or_(Row.complainant_phone_bidx.in_(_shared_keys(Row.complainant_phone_bidx)),
                                               Row.complainant_id_bidx.in_(_shared_keys(Row.complainant_id_bidx)))])
    agents = _summaries(session, window + [or_(Row.agent_phone_bidx.in_(_shared_keys(Row.agent_phone_bidx)),
                                               Row.agent_id_bidx.in_(_shared_keys(Row.agent_id_bidx)))])
    return Flags(dom.frequent_complainants(people, today, t), dom.suspicious_agents(agents, t))
