"""Tables of the complaints workspace: the case, its append-only events and notes.

Personal data (C2) is never stored in plain text: each such field has a sealed form
(FieldProtector, AES-GCM), a masked display form and, for phone and ID numbers, a blind index
(keyed hash of the normalised value) for repeat matching.

The deadline clock's result (due date, clock state) is stored on the case and recomputed on
every event, so the lists and the deadlines view filter and sort on indexed columns.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.models import Base, RecordMixin
from branchdesk.store.types import JSONText, UTCDateTime


class ComplaintRow(RecordMixin, Base):
    __tablename__ = "complaint"
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_on: Mapped[str] = mapped_column(String(10))  # local calendar date: the clock starts here
    intake_channel: Mapped[str] = mapped_column(String(32))
    representation: Mapped[str] = mapped_column(String(8), default="self")  # self | agent | heir

    complainant_name_sealed: Mapped[str] = mapped_column(Text, default="")
    complainant_name_masked: Mapped[str] = mapped_column(String(40), default="")
    complainant_phone_sealed: Mapped[str] = mapped_column(Text, default="")
    complainant_phone_masked: Mapped[str] = mapped_column(String(24), default="")
    complainant_phone_bidx: Mapped[str | None] = mapped_column(String(64), nullable=True)
    complainant_id_sealed: Mapped[str] = mapped_column(Text, default="")
    complainant_id_masked: Mapped[str] = mapped_column(String(24), default="")
    complainant_id_bidx: Mapped[str | None] = mapped_column(String(64), nullable=True)
    complainant_address_sealed: Mapped[str] = mapped_column(Text, default="")
    complainant_address_masked: Mapped[str] = mapped_column(String(80), default="")
    agent_name_sealed: Mapped[str] = mapped_column(Text, default="")
    agent_name_masked: Mapped[str] = mapped_column(String(40), default="")
    agent_phone_sealed: Mapped[str] = mapped_column(Text, default="")
    agent_phone_masked: Mapped[str] = mapped_column(String(24), default="")
    agent_phone_bidx: Mapped[str | None] = mapped_column(String(64), nullable=True)
    agent_id_sealed: Mapped[str] = mapped_column(Text, default="")
    agent_id_masked: Mapped[str] = mapped_column(String(24), default="")
    agent_id_bidx: Mapped[str | None] = mapped_column(String(64), nullable=True)

    respondent_org: Mapped[str] = mapped_column(Text, default="")
    respondent_staff: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[str] = mapped_column(Text, default="")
    demand_type: Mapped[str] = mapped_column(String(32), default="")
    class_channel: Mapped[str] = mapped_column(String(32), default="")
    class_business: Mapped[str] = mapped_column(String(32), default="")
    class_cause: Mapped[str] = mapped_column(String(32), default="")
    priority: Mapped[str] = mapped_column(String(16), default="NORMAL")
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    parent_ref: Mapped[str] = mapped_column(String(40), default="")

    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_notice_version: Mapped[str] = mapped_column(String(16), default="")
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    handler: Mapped[str] = mapped_column(String(64), default="")
    supervisor: Mapped[str] = mapped_column(String(64), default="")
    conflict_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_declared: Mapped[bool] = mapped_column(Boolean, default=False)

    status: Mapped[str] = mapped_column(String(16), default="registered")
    decision: Mapped[str] = mapped_column(Text, default="")
    grounds: Mapped[str] = mapped_column(Text, default="")
    notify_method: Mapped[str] = mapped_column(String(32), default="")
    remedies_told: Mapped[bool] = mapped_column(Boolean, default=False)
    notified_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    review_result: Mapped[str] = mapped_column(Text, default="")
    mediation_org: Mapped[str] = mapped_column(Text, default="")
    mediation_result: Mapped[str] = mapped_column(Text, default="")
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    withdrawn_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    merged_into: Mapped[str] = mapped_column(String(40), default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    rectification: Mapped[str] = mapped_column(Text, default="")
    accountability: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    archive_until: Mapped[str | None] = mapped_column(String(10), nullable=True)

    # The clock as last computed (complaint_clock.compute_deadline), refreshed on every event.
    clock_state: Mapped[str] = mapped_column(String(8), default="running")  # running | paused | stopped
    clock_status: Mapped[str] = mapped_column(String(16), default="on_track")  # ClockStatus value
    clock_started_on: Mapped[str] = mapped_column(String(10), default="")
    due_on: Mapped[str] = mapped_column(String(10), default="")
    extension_level: Mapped[int] = mapped_column(Integer, default=0)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    decided_on_time: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    pending_extension_level: Mapped[int | None] = mapped_column(Integer, nullable=True)

    import_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)

    __table_args__ = (
        Index("ix_complaint_clock", "clock_state", "due_on"),
        Index("ix_complaint_received", "received_on"),
        Index("ix_complaint_status", "status"),
        Index("ix_complaint_handler", "handler"),
        Index("ix_complaint_creator", "created_by"),
        Index("ix_complaint_pending_ext", "pending_extension_level"),
        Index("ix_complaint_cphone", "complainant_phone_bidx"),
        Index("ix_complaint_cid", "complainant_id_bidx"),
        Index("ix_complaint_aphone", "agent_phone_bidx"),
        Index("ix_complaint_aid", "agent_id_bidx"),
    )


class ComplaintEvent(Base):
    """One step of a case: who, when and what. Append-only; the clock is replayed from these."""

    __tablename__ = "complaint_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(String(36), ForeignKey("complaint.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    on: Mapped[str] = mapped_column(String(10))  # the local date the step took effect
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16), default="")
    detail: Mapped[dict] = mapped_column(JSONText, default=dict)  # no personal data
    reason: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_complaint_event_case", "complaint_id", "at"),)


class ComplaintNote(Base):
    """A note on a case. Append-only: a note is never edited or removed."""

    __tablename__ = "complaint_note"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(String(36), ForeignKey("complaint.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_complaint_note_case", "complaint_id", "at"),)
