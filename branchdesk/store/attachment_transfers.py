"""Attachment files set aside by the sync, for people to see and send again.

The sync sets a file aside (`attachment_transfer` in state `refused`, with the reason) when head
office refuses it or it cannot be sent from here, and goes on with the others (sync/blobs.py). Here
they are listed with their case, and put back in line once the cause is fixed: a file attached on
this PC goes back to `upload`, a file pulled from head office back to `fetch`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from branchdesk.domain import complaints as dom
from branchdesk.store import audit, settings
from branchdesk.store.complaint_attachments import SYNC_KIND
from branchdesk.store.models import Attachment, OutboxEntry
from branchdesk.store.models_blobs import FETCH, REFUSED, UPLOAD, AttachmentTransfer
from branchdesk.store.models_complaints import ComplaintRow
from branchdesk.store.sync_repo import SEND_AGAIN  # the audit action of a change sent again, too
from branchdesk.store.types import utcnow


@dataclass(frozen=True)
class SetAsideFile:
    attachment_id: str
    ref_no: str  # the case's reference number ("" if the case is no longer here)
    filename: str
    size: int  # plain bytes
    reason: str  # head office's error code, or file_missing / blob_too_large from this PC
    since: datetime


def set_aside(session: Session) -> list[SetAsideFile]:
    q = (select(AttachmentTransfer.attachment_id, ComplaintRow.ref_no, Attachment.filename, Attachment.size,
                AttachmentTransfer.reason, AttachmentTransfer.updated_at)
         .join(Attachment, Attachment.id == AttachmentTransfer.attachment_id)
         .outerjoin(ComplaintRow, and_(Attachment.record_kind == dom.KIND, ComplaintRow.id == Attachment.record_id))
         .where(AttachmentTransfer.state == REFUSED)
         .order_by(AttachmentTransfer.updated_at, AttachmentTransfer.attachment_id))
    return [SetAsideFile(att_id, ref_no or "", name, size, reason, since)
            for att_id, ref_no, name, size, reason, since in session.execute(q)]


def count_set_aside(session: Session) -> int:
    return session.execute(select(func.count()).select_from(AttachmentTransfer)
                           .where(AttachmentTransfer.state == REFUSED)).scalar_one()


def _attached_here(session: Session, attachment_id: str) -> bool:
    """Only an attachment made on this PC has a `create` in its outbox; pulled ones arrive made."""
    return session.execute(select(exists().where(
        OutboxEntry.record_kind == SYNC_KIND, OutboxEntry.record_id == attachment_id,
        OutboxEntry.op == "create"))).scalar_one()


def send_again(session: Session, attachment_id: str, *, actor: str) -> bool:
    """Put a set-aside file back in line for the next sync (after its cause was fixed), audited.
    Returns False when the file is not set aside (any more)."""
    t = session.get(AttachmentTransfer, attachment_id)
    if t is None or t.state != REFUSED:
        return False
    was = t.reason
    t.state = UPLOAD if _attached_here(session, attachment_id) else FETCH
    t.reason, t.updated_at = "", utcnow()
    audit.append(session, actor=actor, action=SEND_AGAIN, record_kind=SYNC_KIND, record_id=attachment_id,
                 detail={"state": t.state, "reason": was}, device_id=settings.identity(session).device_id)
    return True
