"""Which local table each synced record kind lives in, and how a payload from head office lands there.

Generic over kinds: a payload's keys are the table's column names (fraud_repo.payload and its
siblings), so applying one is a column-by-column copy with a few type conversions; a kind adds
only what it derives (local calendar dates, index rows). A kind whose module has not landed on
this build is simply not registered.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import String, Text, delete
from sqlalchemy.orm import Session

from branchdesk.store.types import JSONText, UTCDateTime


@dataclass(frozen=True)
class LocalKind:
    kind: str
    model: type
    payload: Callable  # row -> dict, as the kind's repository builds it for the outbox
    derive: Callable[[Session, object, dict], None] | None = None  # (session, row, payload)


def _parse_time(text: str) -> datetime:
    return UTCDateTime().process_result_value(text, None)


def _fraud_derive(session: Session, row, payload: dict) -> None:
    from branchdesk.domain.timeutil import local_date

    row.occurred_on = local_date(row.occurred_at).isoformat()


def _education_derive(session: Session, row, payload: dict) -> None:
    from branchdesk.domain.timeutil import local_date
    from branchdesk.store.models_education import EducationEventGroupRow

    row.starts_on = local_date(row.starts_at).isoformat()
    session.flush()
    session.execute(delete(EducationEventGroupRow).where(EducationEventGroupRow.event_id == row.id))
    for g in dict.fromkeys((row.target_groups or "").split()):
        session.add(EducationEventGroupRow(event_id=row.id, target_group=g, starts_on=row.starts_on))


def _complaint_derive(session: Session, row, payload: dict) -> None:
    """The case's dates, its blind indexes where this PC's key opens its contacts (a PC of the branch
    sharing the key took it), and its append-only events that are new here (they travel in the payload)."""
    from branchdesk.domain.timeutil import local_date
    from branchdesk.security import keys
    from branchdesk.store import complaint_repo

    if row.received_at is not None:
        row.received_on = local_date(row.received_at).isoformat()
    protector = keys.session_protector(session)
    if protector is not None:
        complaint_repo.index_contacts(row, protector)
    session.flush()
    _add_complaint_events(session, row.id, payload.get("events"))


def _add_complaint_events(session: Session, complaint_id: str, events) -> None:
    """A case's append-only steps that travelled in a payload and are new here."""
    from branchdesk.store.models_complaints import ComplaintEvent

    for ev in events or []:
        if not isinstance(ev, dict) or not ev.get("id") or session.get(ComplaintEvent, ev["id"]) is not None:
            continue
        session.add(ComplaintEvent(id=ev["id"], complaint_id=complaint_id, at=_parse_time(ev["at"]),
                                   on=ev.get("on", ""), actor=ev.get("actor", ""), action=ev.get("action", ""),
                                   from_status=ev.get("from_status", ""), to_status=ev.get("to_status", ""),
                                   detail=ev.get("detail") or {}, reason=ev.get("reason", "")))


def _attachment_derive(session: Session, row, payload: dict) -> None:
    """A plain file name (another PC's payload may name a path: the file is opened under that name),
    the case's step that added the file (it travels with the attachment), and the file itself to
    fetch when the attachment is new here (sync/blobs.py looks whether this PC holds it already)."""
    from branchdesk.store.complaint_attachments import plain_name
    from branchdesk.store.models_blobs import FETCH, AttachmentTransfer
    from branchdesk.store.types import utcnow

    row.filename = plain_name(row.filename)
    session.flush()
    _add_complaint_events(session, row.record_id, payload.get("events"))
    if session.get(AttachmentTransfer, row.id) is None:
        session.add(AttachmentTransfer(attachment_id=row.id, state=FETCH, reason="", updated_at=utcnow()))


def _note_payload(r) -> dict:
    from branchdesk.store.types import utc_text

    return {"id": r.id, "complaint_id": r.complaint_id, "at": utc_text(r.at), "author": r.author, "text": r.text}


def _specs():
    yield "fraud", "branchdesk.store.models:FraudInterceptionRow", "branchdesk.store.fraud_repo:payload", _fraud_derive
    yield ("education", "branchdesk.store.models_education:EducationEventRow",
           "branchdesk.store.education_repo:payload", _education_derive)
    yield ("complaint", "branchdesk.store.models_complaints:ComplaintRow", "branchdesk.store.complaint_repo:payload",
           _complaint_derive)
    yield "complaint_note", "branchdesk.store.models_complaints:ComplaintNote", _note_payload, None
    yield ("attachment", "branchdesk.store.models:Attachment", "branchdesk.store.complaint_attachments:payload",
           _attachment_derive)


def _load(ref):
    if callable(ref):
        return ref
    mod, _, name = ref.partition(":")
    return getattr(importlib.import_module(mod), name)


_REGISTRY: dict[str, LocalKind] | None = None


def registry() -> dict[str, LocalKind]:
    global _REGISTRY
    if _REGISTRY is None:
        reg = {}
        for kind, model, payload, derive in _specs():
            try:
                reg[kind] = LocalKind(kind, _load(model), _load(payload), derive)
            except (ImportError, AttributeError):
                continue  # that kind's code is not part of this build
        _REGISTRY = reg
    return _REGISTRY


def get(kind: str) -> LocalKind | None:
    return registry().get(kind)


def _column_value(col, value):
    if value is None:
        return None
    if isinstance(col.type, UTCDateTime):
        return _parse_time(value) if isinstance(value, str) else value
    if isinstance(col.type, JSONText):
        return value
    if isinstance(value, list) and isinstance(col.type, (String, Text)):
        return " ".join(str(v) for v in value)  # space-separated code lists
    return value


def apply_payload(session: Session, kind: str, payload: dict, server_version: int | None) -> object:
    """Write head office's state of a record into its local row (inserting it when new)."""
    spec = registry()[kind]
    row = session.get(spec.model, payload["id"])
    if row is None:
        row = spec.model()
        session.add(row)
    cols = spec.model.__table__.columns
    for col in cols:
        if col.name in payload:
            setattr(row, col.name, _column_value(col, payload[col.name]))
    if "server_version" in cols:
        row.server_version = server_version
    if spec.derive:
        spec.derive(session, row, payload)
    session.flush()
    return row


def set_field(session: Session, kind: str, record_id: str, field: str, value) -> object | None:
    spec = registry()[kind]
    row = session.get(spec.model, record_id)
    if row is None:
        return None
    col = spec.model.__table__.columns.get(field)
    if col is None:
        return None
    setattr(row, field, _column_value(col, value))
    if spec.derive:
        spec.derive(session, row, {})
    return row
