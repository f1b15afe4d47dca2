"""Local tables of sync: its state (server, cursor, last result) and the conflict list."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.models import Base
from branchdesk.store.types import JSONText, UTCDateTime


class SyncState(Base):
    """Key/value: server address, CA file, pull cursor, last sync and its outcome, audit entries sent."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A value that lost at head office (or was overwritten here by head office's): kept for a person."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(36))
    ref_no: Mapped[str] = mapped_column(String(40), default="")
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[dict] = mapped_column(JSONText)  # {"v": value}
    server_value: Mapped[dict] = mapped_column(JSONText)
    kept_by: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(String(24))
    op_id: Mapped[str] = mapped_column(String(36), default="")
    server_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    resolution: Mapped[str] = mapped_column(String(16), default="")  # kept_server | reapplied_mine
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "detected_at"),
                      Index("ix_sync_conflict_record", "record_kind", "record_id"))
