"""Head-office tables. Portable between PostgreSQL (production) and SQLite (a trial)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

_FMT = "%Y-%m-%dT%H:%M:%S.%fZ"
Json = JSON().with_variant(JSONB(), "postgresql")


class UTCText(TypeDecorator):
    """UTC instants as fixed-width text: the same on both databases, text order is time order."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else value.astimezone(timezone.utc).strftime(_FMT)

    def process_result_value(self, value, dialect):
        return None if value is None else datetime.strptime(value, _FMT).replace(tzinfo=timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class SeqCounter(Base):
    """Per-branch (and one global) change counter. Its row is locked by every writing transaction
    of that scope, so sequence order equals commit order and a pull can never skip a row."""

    __tablename__ = "ho_seq_counter"
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    last: Mapped[int] = mapped_column(BigInteger, default=0)


class Branch(Base):
    __tablename__ = "ho_branch"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")


class Device(Base):
    __tablename__ = "ho_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(12), index=True)
    device_code: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of a 256-bit random token
    token_expires_at: Mapped[datetime] = mapped_column(UTCText)
    # A renewed token not yet used: valid beside the current one until the device first uses it.
    next_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    next_token_expires_at: Mapped[datetime | None] = mapped_column(UTCText, nullable=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCText)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCText, nullable=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCText, nullable=True)
    audit_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)
    audit_status: Mapped[str] = mapped_column(String(40), default="unverified")  # ok | broken:<seq> | unverified


class EnrolCode(Base):
    __tablename__ = "ho_enrol_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UTCText)
    expires_at: Mapped[datetime] = mapped_column(UTCText)
    used_at: Mapped[datetime | None] = mapped_column(UTCText, nullable=True)
    used_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Record(Base):
    """Every branch record of every kind, as the latest merged payload."""

    __tablename__ = "ho_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    branch_code: Mapped[str] = mapped_column(String(12))
    seq: Mapped[int] = mapped_column(BigInteger)
    server_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict] = mapped_column(Json)
    sources: Mapped[dict] = mapped_column(Json, default=dict)  # field -> [server_version, writer]
    device_versions: Mapped[dict] = mapped_column(Json, default=dict)  # device -> last local version applied
    origin_device: Mapped[str] = mapped_column(String(36))
    last_writer: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCText)
    updated_at: Mapped[datetime] = mapped_column(UTCText)
    __table_args__ = (Index("ix_ho_record_branch_seq", "branch_code", "seq"),
                      Index("ix_ho_record_kind_branch", "kind", "branch_code"))


class OpResult(Base):
    """(device, op_id) -> the answer given: a replay gets the same answer and changes nothing."""

    __tablename__ = "ho_op_result"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(12))
    result: Mapped[dict] = mapped_column(Json)
    at: Mapped[datetime] = mapped_column(UTCText)


class Conflict(Base):
    __tablename__ = "ho_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    branch_code: Mapped[str] = mapped_column(String(12), index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[dict] = mapped_column(Json)  # {"v": value}: JSON null stays distinguishable
    kept_by: Mapped[str] = mapped_column(String(36))
    lost_value: Mapped[dict] = mapped_column(Json)
    lost_by: Mapped[str] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(String(24))
    server_version: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCText)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCText, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")


class ReferenceCode(Base):
    __tablename__ = "ho_reference_code"
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label_zh_cn: Mapped[str] = mapped_column(String(200))
    label_zh_tw: Mapped[str] = mapped_column(String(200), default="")
    label_en: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCText)


class Holiday(Base):
    __tablename__ = "ho_holiday"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday | workday
    name: Mapped[str] = mapped_column(String(64), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    seq: Mapped[int] = mapped_column(BigInteger, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCText)


class AuditCopy(Base):
    """Each device's audit entries, as received and verified against the chain."""

    __tablename__ = "ho_audit"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    entry: Mapped[dict] = mapped_column(Json)
    hash: Mapped[str] = mapped_column(String(64))


class Blob(Base):
    """A branch's sealed attachment file (scan, photo), as the first device of the branch sent it.

    Named by the sha256 of the plain content, which only the branch's PCs can check (head office never
    holds their key); `sealed_sha256` is what head office checked on arrival and hands on with it."""

    __tablename__ = "ho_blob"
    branch_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sealed_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)  # bytea on PostgreSQL
    device_id: Mapped[str] = mapped_column(String(36))
    stored_at: Mapped[datetime] = mapped_column(UTCText)
