"""The one path by which a record changes: row, history, outbox and audit in one transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.ids import ReferenceNo, new_id
from branchdesk.store import audit, settings
from branchdesk.store.models import OutboxEntry, RecordHistory, RefCounter
from branchdesk.store.types import utcnow


def next_reference(session: Session, kind: str, year: int) -> str:
    ident = settings.identity(session)
    row = session.get(RefCounter, (kind, ident.branch_code, ident.device_code, year))
    if row is None:
        row = RefCounter(kind=kind, branch_code=ident.branch_code, device_code=ident.device_code, year=year, last=0)
        session.add(row)
    row.last += 1
    session.flush()
    return str(ReferenceNo(kind, ident.branch_code, ident.device_code, year, row.last))


def keep_history(session: Session, *, kind: str, record_id: str, version: int, snapshot: dict, reason: str,
                 actor: str, at: datetime) -> None:
    session.add(RecordHistory(record_kind=kind, record_id=record_id, version=version, snapshot=snapshot,
                              reason=reason, changed_at=at, changed_by=actor))


def enqueue(session: Session, *, kind: str, record_id: str, op: str, payload: dict,
            changed_fields: list[str] | None = None, base_version: int | None = None,
            at: datetime | None = None) -> OutboxEntry:
    entry = OutboxEntry(
        op_id=new_id(), record_kind=kind, record_id=record_id, op=op, payload=payload,
        changed_fields=changed_fields or [], base_version=base_version, created_at=at or utcnow(),
        state="pending", attempts=0,
    )
    session.add(entry)
    return entry


def record_change(session: Session, *, kind: str, record_id: str, op: str, actor: str, payload: dict,
                  changed_fields: list[str] | None = None, base_version: int | None = None,
                  audit_detail: dict | None = None, at: datetime | None = None) -> None:
    """Outbox + audit for a change whose row the caller has already written in `session`."""
    at = at or utcnow()
    enqueue(session, kind=kind, record_id=record_id, op=op, payload=payload, changed_fields=changed_fields,
            base_version=base_version, at=at)
    ident = settings.identity(session)
    detail = {"fields": sorted(changed_fields)} if changed_fields else {}
    detail.update(audit_detail or {})
    audit.append(session, actor=actor, action=op, record_kind=kind, record_id=record_id, detail=detail,
                 device_id=ident.device_id, at=at)


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return session.execute(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")).scalar()
