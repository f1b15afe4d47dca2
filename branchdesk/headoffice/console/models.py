"""The console's own tables: its accounts, sessions and audit log, and the fact table the overview reads.

The fact table holds one narrow row per branch record (and one per target group of an education
event), derived from ho_record's JSON payloads by console.facts.refresh. The overview aggregates
these plain columns instead of unpacking millions of JSON documents on every request.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.headoffice.models import Base, Json, UTCText

ROLES = ("staff", "auditor", "admin")


class ConsoleUser(Base):
    __tablename__ = "ho_console_user"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(16))  # staff | auditor | admin
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCText)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsoleSession(Base):
    __tablename__ = "ho_console_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie value
    username: Mapped[str] = mapped_column(String(64), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCText)
    last_seen_at: Mapped[datetime] = mapped_column(UTCText)
    expires_at: Mapped[datetime] = mapped_column(UTCText)  # absolute end; idle end is last_seen + idle


class ConsoleAudit(Base):
    __tablename__ = "ho_console_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCText, index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="ok")  # ok | refused | invalid
    detail: Mapped[dict] = mapped_column(Json, default=dict)


class FactWatermark(Base):
    """Per branch: the highest record sequence number already folded into the fact table."""

    __tablename__ = "ho_console_watermark"
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Fact(Base):
    __tablename__ = "ho_console_fact"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    part: Mapped[str] = mapped_column(String(32), primary_key=True, default="")  # "" or a target group
    kind: Mapped[str] = mapped_column(String(16))  # complaint | fraud | education | edu_group
    branch_code: Mapped[str] = mapped_column(String(12))
    day: Mapped[str] = mapped_column(String(10))  # local date: received / occurred / started
    month: Mapped[str] = mapped_column(String(7))
    ref_no: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    cat: Mapped[str] = mapped_column(String(32), default="")  # JR/T business | fraud type | campaign | group
    cause: Mapped[str] = mapped_column(String(32), default="")  # JR/T cause
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)
    due_on: Mapped[str] = mapped_column(String(10), default="")
    decided_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    person: Mapped[str] = mapped_column(String(80), default="")  # masked name|masked phone
    handler: Mapped[str] = mapped_column(String(64), default="")
    amount: Mapped[int] = mapped_column(BigInteger, default=0)  # fen protected
    attendees: Mapped[int] = mapped_column(BigInteger, default=0)
    reach: Mapped[int] = mapped_column(BigInteger, default=0)
    __table_args__ = (
        Index("ix_console_fact_kind_day", "kind", "day"),
        Index("ix_console_fact_kind_branch_day", "kind", "branch_code", "day"),
        Index("ix_console_fact_open_due", "kind", "is_open", "due_on"),
        Index("ix_console_fact_person", "person"),
    )



class Rollup(Base):
    """Bank-wide sums per kind, month and category (and complaint cause): the whole-bank overview
    reads these few thousand rows instead of millions of facts. Kept by facts.refresh in the same
    transaction as the facts (old contributions subtracted, new ones added)."""

    __tablename__ = "ho_console_rollup"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    cat: Mapped[str] = mapped_column(String(32), primary_key=True)
    cause: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
    closed: Mapped[int] = mapped_column(BigInteger, default=0)
    decided_n: Mapped[int] = mapped_column(BigInteger, default=0)
    decided_sum: Mapped[int] = mapped_column(BigInteger, default=0)
    amount: Mapped[int] = mapped_column(BigInteger, default=0)
    attendees: Mapped[int] = mapped_column(BigInteger, default=0)
    reach: Mapped[int] = mapped_column(BigInteger, default=0)


class BranchMonth(Base):
    """Per kind, branch and month: counts and sums for the by-branch tables of the whole bank."""

    __tablename__ = "ho_console_branch_month"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
    amount: Mapped[int] = mapped_column(BigInteger, default=0)


class PersonCount(Base):
    """Complaints per (masked) complainant, all time: the few people with several complaints are
    the only candidates the frequent-complainant queries look up."""

    __tablename__ = "ho_console_person"
    person: Mapped[str] = mapped_column(String(80), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
