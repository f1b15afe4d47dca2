"""Fraud interceptions in the store: create, amend, tombstone, list, totals, statistics."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import Select, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from branchdesk.domain import fraud
from branchdesk.domain.fraud import FieldError, FraudFilter, FraudInterception, FraudStats, Totals
from branchdesk.domain.reference import RefBook
from branchdesk.domain.timeutil import local_date
from branchdesk.store.changes import (RecordNotFound, ValidationFailed, amend_row, delete_record, history_of, new_row,
                                      record_change, record_payload)
from branchdesk.store.models import FraudInterceptionRow as Row
from branchdesk.store.types import utc_text, utcnow

KIND = fraud.KIND
CONTENT = [f for f in FraudInterception().content_fields()]


# ---------------------------------------------------------------- conversion

def to_domain(r: Row) -> FraudInterception:
    return FraudInterception(
        occurred_at=r.occurred_at, detection_source=r.detection_source, business_type=r.business_type,
        channel=r.channel, subject_role=r.subject_role, customer_gender=r.customer_gender, age_band=r.age_band,
        fraud_type=r.fraud_type, contact_vector=r.contact_vector, amount_attempted=r.amount_attempted,
        amount_protected=r.amount_protected, actions=tuple(a for a in r.actions.split() if a),
        police_notified=r.police_notified, police_attended=r.police_attended, police_ref=r.police_ref,
        outcome=r.outcome, narrative=r.narrative, recorder=r.recorder, reviewer=r.reviewer,
        id=r.id, case_no=r.ref_no, branch_code=r.branch_code, device_id=r.device_id, created_at=r.created_at,
        updated_at=r.updated_at, deleted_at=r.deleted_at, version=r.version, server_version=r.server_version,
    )


def _apply(row: Row, rec: FraudInterception) -> None:
    row.occurred_at = rec.occurred_at
    row.occurred_on = local_date(rec.occurred_at).isoformat()
    for name in ("detection_source", "business_type", "channel", "subject_role", "customer_gender", "age_band",
                 "fraud_type", "contact_vector", "amount_attempted", "amount_protected", "police_notified",
                 "police_attended", "police_ref", "outcome", "narrative", "recorder", "reviewer"):
        setattr(row, name, getattr(rec, name))
    row.actions = " ".join(rec.actions)


def payload(r: Row) -> dict:
    """The record as it travels (outbox, sync, history): plain JSON types, times in UTC text."""
    return {
        **record_payload(r),
        "occurred_at": utc_text(r.occurred_at), "detection_source": r.detection_source,
        "business_type": r.business_type, "channel": r.channel, "subject_role": r.subject_role,
        "customer_gender": r.customer_gender, "age_band": r.age_band, "fraud_type": r.fraud_type,
        "contact_vector": r.contact_vector, "amount_attempted": r.amount_attempted,
        "amount_protected": r.amount_protected, "actions": r.actions.split(), "police_notified": r.police_notified,
        "police_attended": r.police_attended, "police_ref": r.police_ref, "outcome": r.outcome,
        "narrative": r.narrative, "recorder": r.recorder, "reviewer": r.reviewer,
    }


# ---------------------------------------------------------------- changes

def create(session: Session, rec: FraudInterception, refs: RefBook, *, actor: str,
           import_key: str | None = None, keep_identity: bool = False, now: datetime | None = None) -> Row:
    """Validate and save a new interception with its outbox and audit entries (caller's transaction).

    keep_identity: an import of an exported register keeps the record's id and case number.
    """
    errors = fraud.validate(rec, refs)
    if errors:
        raise ValidationFailed(errors)
    now = now or utcnow()
    row = new_row(session, Row, rec, number=rec.case_no, kind=KIND, year=local_date(rec.occurred_at).year,
                  actor=actor, at=now, import_key=import_key, keep_identity=keep_identity)
    _apply(row, rec)
    session.add(row)
    session.flush()
    record_change(session, kind=KIND, record_id=row.id, op="create", actor=actor, payload=payload(row),
                  changed_fields=CONTENT, at=now, audit_detail={"ref_no": row.ref_no})
    return row


def amend(session: Session, record_id: str, rec: FraudInterception, refs: RefBook, *, actor: str, reason: str,
          now: datetime | None = None) -> Row:
    """Change a record; the earlier version goes to history with the reason."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "reason_required")])
    errors = fraud.validate(rec, refs)
    if errors:
        raise ValidationFailed(errors)
    row = session.get(Row, record_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(record_id)
    before = payload(row)
    _apply(row, rec)
    amend_row(session, row, before, kind=KIND, content=CONTENT, payload=payload, actor=actor, reason=reason,
              at=now or utcnow())
    return row


def delete(session: Session, record_id: str, *, actor: str, reason: str, now: datetime | None = None) -> Row:
    return delete_record(session, Row, record_id, kind=KIND, payload=payload, actor=actor, reason=reason,
                         at=now or utcnow())


def get(session: Session, record_id: str) -> FraudInterception:
    row = session.get(Row, record_id)
    if row is None:
        raise RecordNotFound(record_id)
    return to_domain(row)


def history(session: Session, record_id: str) -> list[dict]:
    return history_of(session, KIND, record_id)


# ---------------------------------------------------------------- queries

_BRANCH_REF_PREFIX = re.compile(r"^TS-(\d{1,6}-?)?$")


def _local_midnight_utc(day) -> datetime:
    from datetime import time as dtime, timezone

    from branchdesk.domain.timeutil import LOCAL_TZ

    return datetime.combine(day, dtime(0), LOCAL_TZ).astimezone(timezone.utc)


def _where(f: FraudFilter) -> list:
    conds = []
    if not f.include_deleted:
        conds.append(Row.deleted_at.is_(None))
    # Local calendar dates become a UTC time range, so the time index both filters and orders.
    if f.date_from:
        conds.append(Row.occurred_at >= _local_midnight_utc(f.date_from))
    if f.date_to:
        conds.append(Row.occurred_at < _local_midnight_utc(f.date_to + timedelta(days=1)))
    if f.fraud_types:
        conds.append(Row.fraud_type.in_(f.fraud_types))
    if f.outcomes:
        conds.append(Row.outcome.in_(f.outcomes))
    if f.amount_min is not None:
        conds.append(Row.amount_protected >= f.amount_min)
    if f.amount_max is not None:
        conds.append(Row.amount_protected <= f.amount_max)
    if f.police_notified is not None:
        conds.append(Row.police_notified.is_(f.police_notified))
    if f.recorder:
        conds.append(Row.recorder == f.recorder)
    text = f.text.strip()
    if _BRANCH_REF_PREFIX.match(text.upper()):
        # The start of a case number that every record of this branch shares ("TS-", "TS-310115-"):
        # it narrows nothing, and searching 200,000 matches for it would only make the typing lag.
        text = ""
    if len(text) >= 3:
        # Trigram full-text index (migration 0002): any substring of 3+ characters, Chinese included.
        phrase = '"' + text.replace('"', '""') + '"'
        conds.append(literal_column("fraud_interception.rowid").in_(
            select(literal_column("rowid")).select_from(table("fraud_search"))
            .where(literal_column("fraud_search").op("MATCH")(phrase))
        ))
    elif text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        conds.append(or_(Row.ref_no.like(like), Row.narrative.like(like), Row.police_ref.like(like)))
    return conds


SORT_COLUMNS = {
    "occurred_at": Row.occurred_at, "ref_no": Row.ref_no, "fraud_type": Row.fraud_type,
    "amount_attempted": Row.amount_attempted, "amount_protected": Row.amount_protected,
    "outcome": Row.outcome, "recorder": Row.recorder, "police_notified": Row.police_notified,
    "age_band": Row.age_band, "channel": Row.channel, "business_type": Row.business_type,
}

# What the list shows: a narrow tuple per row, never the whole ORM object.
LIST_COLUMNS = (Row.id, Row.ref_no, Row.occurred_at, Row.fraud_type, Row.business_type, Row.channel,
                Row.age_band, Row.amount_attempted, Row.amount_protected, Row.police_notified, Row.outcome,
                Row.recorder, Row.deleted_at)


def totals(session: Session, f: FraudFilter) -> Totals:
    q = select(func.count(), func.coalesce(func.sum(Row.amount_protected), 0),
               func.coalesce(func.sum(Row.amount_attempted), 0)).where(*_where(f))
    c, p, a = session.execute(q).one()
    return Totals(c, p, a)


def list_query(f: FraudFilter, sort: str = "occurred_at", descending: bool = True) -> Select:
    col = SORT_COLUMNS.get(sort, Row.occurred_at)
    order = [col.desc() if descending else col.asc(), Row.id.desc() if descending else Row.id.asc()]
    return select(*LIST_COLUMNS).where(*_where(f)).order_by(*order)


def page(session: Session, f: FraudFilter, *, offset: int, limit: int, sort: str = "occurred_at",
         descending: bool = True) -> list[tuple]:
    return [tuple(r) for r in session.execute(list_query(f, sort, descending).offset(offset).limit(limit))]


def stats(session: Session, f: FraudFilter) -> FraudStats:
    q = select(func.substr(Row.occurred_on, 1, 7), Row.fraud_type, Row.amount_protected, Row.age_band,
               Row.police_notified).where(*_where(f))
    return fraud.compute_stats(session.execute(q))


def recorders(session: Session) -> list[str]:
    return [r for (r,) in session.execute(select(Row.recorder).distinct().order_by(Row.recorder))]


def all_for_export(session: Session, f: FraudFilter) -> list[Row]:
    q = select(Row).where(*_where(f)).order_by(Row.occurred_at, Row.id)
    return list(session.execute(q).scalars())
