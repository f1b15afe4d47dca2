"""The one path by which a record changes: row, history, outbox and audit in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.domain.fraud import FieldError
from branchdesk.domain.ids import ReferenceNo, new_id
from branchdesk.store import audit, settings
from branchdesk.store.models import OutboxEntry, RecordHistory, RefCounter
from branchdesk.store.types import utc_text, utcnow


class ValidationFailed(Exception):
    """A record (or a change to it) broke a rule: each error names its field and a message code."""

    def __init__(self, errors: list[FieldError]):
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors


class RecordNotFound(Exception):
    pass


def next_reference(session: Session, kind: str, year: int) -> str:
    ident = settings.identity(session)
    row = session.get(RefCounter, (kind, ident.branch_code, ident.device_code, year))
    if row is None:
        row = RefCounter(kind=kind, branch_code=ident.branch_code, device_code=ident.device_code, year=year, last=0)
        session.add(row)
    row.last += 1
    session.flush()
    return str(ReferenceNo(kind, ident.branch_code, ident.device_code, year, row.last))


def record_payload(r) -> dict:
    """The fields every record carries (RecordMixin), as they travel: plain JSON types, times in UTC text."""
    return {
        "id": r.id, "ref_no": r.ref_no, "branch_code": r.branch_code, "device_id": r.device_id,
        "created_at": utc_text(r.created_at), "created_by": r.created_by,
        "updated_at": utc_text(r.updated_at), "updated_by": r.updated_by, "version": r.version,
        "deleted_at": utc_text(r.deleted_at) if r.deleted_at else None, "deleted_by": r.deleted_by,
        "delete_reason": r.delete_reason,
    }


def new_row(session: Session, row_cls, rec, *, number: str, kind: str, year: int, actor: str, at: datetime,
            import_key: str | None = None, keep_identity: bool = False):
    """A new record's row with its identity: a fresh id and number, or (keep_identity: an import of an
    exported list) the record's own id, number, branch, device and creation time where it has them."""
    ident = settings.identity(session)
    keep = keep_identity
    return row_cls(
        id=rec.id if keep and rec.id else new_id(),
        ref_no=number if keep and number else next_reference(session, kind, year),
        branch_code=rec.branch_code if keep and rec.branch_code else ident.branch_code,
        device_id=rec.device_id if keep and rec.device_id else ident.device_id,
        created_at=rec.created_at if keep and rec.created_at else at, created_by=actor,
        updated_at=at, updated_by=actor, version=1, import_key=import_key,
    )


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


def amend_row(session: Session, row, before: dict, *, kind: str, content: list[str], payload: Callable[..., dict],
              actor: str, reason: str, at: datetime, audit_extra: Callable[..., dict] | None = None) -> list[str]:
    """After the caller applied a change to `row`: keep `before` in history, bump the version, outbox and audit.

    Returns the content fields that changed; when none did, nothing is written (no empty version).
    """
    after = payload(row)
    changed = [k for k in after if k in content and after[k] != before[k]]
    if not changed:
        return changed
    keep_history(session, kind=kind, record_id=row.id, version=row.version, snapshot=before, reason=reason,
                 actor=actor, at=at)
    row.version += 1
    row.updated_at = at
    row.updated_by = actor
    session.flush()
    detail = {"ref_no": row.ref_no, "version": row.version, **(audit_extra(row) if audit_extra else {})}
    record_change(session, kind=kind, record_id=row.id, op="amend", actor=actor, payload=payload(row),
                  changed_fields=changed, base_version=row.server_version, at=at, audit_detail=detail)
    return changed


def tombstone(session: Session, row, *, kind: str, payload: Callable[..., dict], actor: str, reason: str,
              at: datetime) -> None:
    """Mark `row` deleted (it stays, readable, with who, when and why); the last version goes to history."""
    keep_history(session, kind=kind, record_id=row.id, version=row.version, snapshot=payload(row), reason=reason,
                 actor=actor, at=at)
    row.deleted_at, row.deleted_by, row.delete_reason = at, actor, reason
    row.version += 1
    row.updated_at, row.updated_by = at, actor
    session.flush()
    record_change(session, kind=kind, record_id=row.id, op="delete", actor=actor, payload=payload(row),
                  changed_fields=["deleted_at"], base_version=row.server_version, at=at,
                  audit_detail={"ref_no": row.ref_no})


def delete_record(session: Session, model, record_id: str, *, kind: str, payload: Callable[..., dict], actor: str,
                  reason: str, at: datetime) -> object:
    """Tombstone a live record of `model` with a reason; the reason is required."""
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "reason_required")])
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise RecordNotFound(record_id)
    tombstone(session, row, kind=kind, payload=payload, actor=actor, reason=reason, at=at)
    return row


def history_of(session: Session, kind: str, record_id: str) -> list[dict]:
    """The earlier versions of a record, oldest first, each with why and by whom it was changed."""
    q = select(RecordHistory).where(RecordHistory.record_kind == kind, RecordHistory.record_id == record_id)
    return [
        {"version": h.version, "snapshot": h.snapshot, "reason": h.reason, "changed_at": h.changed_at,
         "changed_by": h.changed_by}
        for h in session.execute(q.order_by(RecordHistory.version)).scalars()
    ]


def pending_count(session: Session) -> int:
    from sqlalchemy import func

    return session.execute(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")).scalar()
