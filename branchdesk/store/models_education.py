"""Tables of financial-education events.

Target groups are filtered on constantly (the list, the statistics by group), so each event's
groups are also kept as rows of `education_event_group` with an index on (group, day): a filter
by group is an indexed EXISTS instead of a LIKE over every event. Materials and partners are
only shown and exported, so they stay JSON text on the event row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from branchdesk.store.models import Base, RecordMixin
from branchdesk.store.types import JSONText, UTCDateTime


class EducationEventRow(RecordMixin, Base):
    __tablename__ = "education_event"
    status: Mapped[str] = mapped_column(String(8))  # planned | held
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    starts_on: Mapped[str] = mapped_column(String(10))  # local calendar date, for filters and grouping
    campaign: Mapped[str] = mapped_column(String(32))
    slogan: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(String(300), default="")  # space-separated codes
    location_type: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[str] = mapped_column(String(300), default="")  # space-separated, for display
    attendees: Mapped[int | None] = mapped_column(Integer, nullable=True)
    online_reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    materials: Mapped[list] = mapped_column(JSONText, default=list)  # [{"type":..., "quantity":...}]
    partners: Mapped[list] = mapped_column(JSONText, default=list)  # [{"type":..., "name":...}]
    organiser: Mapped[str] = mapped_column(String(64))
    staff: Mapped[list] = mapped_column(JSONText, default=list)  # names of the staff who took part
    summary: Mapped[str] = mapped_column(Text, default="")
    # Content hash of an imported row: importing the same file twice adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)

    # Every list query has "deleted_at IS NULL" and most order by start time: leading with
    # deleted_at lets the list's count and first page come from the index alone, and carrying the
    # two figures lets the totals line be summed without reading the rows.
    __table_args__ = (
        Index("ix_education_live_starts", "deleted_at", "starts_at", "id", "attendees", "online_reach"),
        Index("ix_education_on", "starts_on"),
        Index("ix_education_campaign_live", "campaign", "deleted_at", "starts_at", "attendees", "online_reach"),
        Index("ix_education_location_live", "location_type", "deleted_at", "starts_at"),
        Index("ix_education_status_live", "status", "deleted_at", "starts_on"),
    )


class EducationEventGroupRow(Base):
    """One target group of one event (the indexed copy of education_event.target_groups)."""

    __tablename__ = "education_event_group"
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("education_event.id", ondelete="CASCADE"),
                                          primary_key=True)
    target_group: Mapped[str] = mapped_column(String(32), primary_key=True)
    starts_on: Mapped[str] = mapped_column(String(10))

    __table_args__ = (Index("ix_education_group_on", "target_group", "starts_on", "event_id"),)
