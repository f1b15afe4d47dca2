"""What is left to do with each synced attachment's sealed file (attachment_transfer).

An attachment's metadata travels as a record; its file goes separately (sync/blobs.py). A row here
says what this PC still owes or awaits for that file, and outlives crashes like the outbox does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.models import Base
from branchdesk.store.types import UTCDateTime

UPLOAD: Final = "upload"  # attached here: head office may lack the file
FETCH: Final = "fetch"  # pulled from head office: this PC may lack the file
DONE: Final = "done"
REFUSED: Final = "refused"  # head office refused the file (or it cannot be sent): set aside, with the reason


class AttachmentTransfer(Base):
    __tablename__ = "attachment_transfer"
    attachment_id: Mapped[str] = mapped_column(String(36), ForeignKey("attachment.id", ondelete="CASCADE"),
                                               primary_key=True)
    state: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_attachment_transfer_state", "state"),)
