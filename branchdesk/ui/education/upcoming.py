"""The "coming up" panel: planned events from today on, soonest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP

from branchdesk.domain.education import EducationEvent
from branchdesk.domain.timeutil import format_local, local_now
from branchdesk.store import education_repo as repo
from branchdesk.ui.context import AppContext

CTX = "EducationUpcomingModel"
HEADERS = (QT_TRANSLATE_NOOP("EducationUpcomingModel", "Date"), QT_TRANSLATE_NOOP("EducationUpcomingModel", "Campaign"), QT_TRANSLATE_NOOP("EducationUpcomingModel", "Place"))


class UpcomingModel(QAbstractTableModel):
    LIMIT = 30

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._events: list[EducationEvent] = []

    def refresh(self) -> None:
        with self.ctx.store.read() as s:
            events = repo.upcoming(s, local_now().date(), limit=self.LIMIT)
        self.beginResetModel()
        self._events = events
        self.endResetModel()

    def event_at(self, row: int) -> EducationEvent | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ev = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return format_local(ev.starts_at, "%m-%d %H:%M")
            if index.column() == 1:
                return self.ctx.label("campaign", ev.campaign)
            place = self.ctx.label("location_type", ev.location_type)
            return f"{place} · {ev.address}" if ev.address else place
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{ev.event_no}\n{ev.slogan}\n{ev.address}"
        if role == Qt.ItemDataRole.UserRole:
            return ev.id
        return None
