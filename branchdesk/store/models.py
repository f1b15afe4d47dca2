"""Tables of the local store.

Every record table keeps DESIGN.md's conventions through RecordMixin: a UUIDv7 id made on the
device, a human reference number, branch and device codes, UTC times, the author, the version
head office acknowledged, and a tombstone instead of a hard delete.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from branchdesk.store.types import JSONText, UTCDateTime


class Base(DeclarativeBase):
    pass


class RecordMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ref_no: Mapped[str] = mapped_column(String(40), unique=True)
    branch_code: Mapped[str] = mapped_column(String(12), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    deleted_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    delete_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class AppSetting(Base):
    """Device-wide settings that belong with the data (branch, device identity, preferences)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReferenceCode(Base):
    __tablename__ = "reference_code"
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_zh_cn: Mapped[str] = mapped_column(String(200))
    label_zh_tw: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="seed")  # seed | headoffice
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Holiday(Base):
    """Public holidays and make-up workdays (调休); replaceable by head office."""

    __tablename__ = "holiday"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # ISO date
    kind: Mapped[str] = mapped_column(String(8))  # holiday | workday
    name: Mapped[str] = mapped_column(String(64), default="")
    source: Mapped[str] = mapped_column(String(16), default="seed")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RefCounter(Base):
    """Per kind/branch/device/year counter behind human reference numbers."""

    __tablename__ = "ref_counter"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    device_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class FraudInterceptionRow(RecordMixin, Base):
    __tablename__ = "fraud_interception"
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    occurred_on: Mapped[str] = mapped_column(String(10))  # local calendar date, for filters and grouping
    detection_source: Mapped[str] = mapped_column(String(32))
    business_type: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    subject_role: Mapped[str] = mapped_column(String(32))
    customer_gender: Mapped[str] = mapped_column(String(4), default="U")
    age_band: Mapped[str] = mapped_column(String(8), default="")
    fraud_type: Mapped[str] = mapped_column(String(32))
    contact_vector: Mapped[str] = mapped_column(String(32), default="")
    amount_attempted: Mapped[int | None] = mapped_column(Integer, nullable=True)  # fen
    amount_protected: Mapped[int | None] = mapped_column(Integer, nullable=True)  # fen
    actions: Mapped[str] = mapped_column(String(200), default="")  # space-separated codes
    police_notified: Mapped[bool] = mapped_column(Boolean, default=False)
    police_attended: Mapped[bool] = mapped_column(Boolean, default=False)
    police_ref: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(32))
    narrative: Mapped[str] = mapped_column(Text, default="")
    recorder: Mapped[str] = mapped_column(String(64))
    reviewer: Mapped[str] = mapped_column(String(64), default="")
    # Content hash of an imported row: importing the same file twice adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)

    __table_args__ = (
        # The register orders by time: each index that a filter picks also delivers that order,
        # so the first page needs no sort of the matching rows; the amounts ride along so the
        # totals of a filtered list are read from the index alone.
        Index("ix_fraud_occurred_id", "occurred_at", "id"),
        Index("ix_fraud_on", "occurred_on"),
        Index("ix_fraud_type_time", "fraud_type", "occurred_at", "id", "deleted_at", "amount_protected",
              "amount_attempted"),
        Index("ix_fraud_outcome_time", "outcome", "occurred_at", "id", "deleted_at", "amount_protected",
              "amount_attempted"),
        Index("ix_fraud_recorder_time", "recorder", "occurred_at", "id", "deleted_at", "amount_protected",
              "amount_attempted"),
        # Covering index for the totals of what is shown (count and sums without touching the rows,
        # whose narratives make a table scan slow).
        Index("ix_fraud_totals", "deleted_at", "occurred_at", "fraud_type", "outcome", "recorder", "police_notified",
              "amount_protected", "amount_attempted"),
    )


class RecordHistory(Base):
    """Earlier versions of a record, kept on every amendment and delete, with the reason."""

    __tablename__ = "record_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict] = mapped_column(JSONText)
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_history_record", "record_kind", "record_id", "version"),)


class OutboxEntry(Base):
    """A change waiting to go to head office; written in the same transaction as the change."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))  # create | amend | delete | event
    base_version: Mapped[int | None] = mapped_column(Integer, nullable=True)  # server_version the change was made on
    changed_fields: Mapped[list] = mapped_column(JSONText, default=list)
    payload: Mapped[dict] = mapped_column(JSONText)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending | done | rejected | conflict
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    result_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    __table_args__ = (Index("ix_outbox_pending", "seq", sqlite_where=text("state = 'pending'")),
                      Index("ix_outbox_rejected", "seq", sqlite_where=text("state = 'rejected'")))


class AuditEntry(Base):
    """Append-only, hash-chained log of who did what. Holds no personal data."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    record_kind: Mapped[str] = mapped_column(String(16), default="")
    record_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[dict] = mapped_column(JSONText, default=dict)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_record", "record_kind", "record_id"),)


class Attachment(Base):
    """A file (scan, photo) attached to a record, kept in the data folder under its hash."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    server_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    __table_args__ = (
        Index("ix_attachment_record", "record_kind", "record_id"),
        UniqueConstraint("record_kind", "record_id", "sha256", name="uq_attachment_file"),
    )
