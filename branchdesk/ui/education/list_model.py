"""The event list as a lazily paged table model over education_repo.page."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from branchdesk.domain.education import PLANNED, EducationFilter
from branchdesk.domain.roles import Permission
from branchdesk.domain.timeutil import format_local
from branchdesk.store import education_repo as repo
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.paged_table_model import ALIGN_CENTER, ALIGN_RIGHT, Column, PagedTableModel

CTX = "EducationListModel"

# Positions in education_repo.LIST_COLUMNS (a narrow tuple per row).
(E_ID, E_REF, E_STATUS, E_STARTS, E_ENDS, E_CAMPAIGN, E_SLOGAN, E_LOCATION, E_ADDRESS, E_GROUPS, E_ATTENDEES,
 E_REACH, E_ORGANISER, E_DELETED) = range(14)

DELETED_COLOR = QColor("#9e9e9e")
PLANNED_COLOR = QColor("#2f6fb3")


def _number(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


class EducationListModel(PagedTableModel):
    TR_CONTEXT = CTX
    DEFAULT_SORT = ("starts_at", True)
    COLUMNS = (
        Column("event_no", QT_TRANSLATE_NOOP("EducationListModel", "Event no."), "ref_no", width=200),
        Column("status", QT_TRANSLATE_NOOP("EducationListModel", "Status"), "status", ALIGN_CENTER, 70),
        Column("starts_at", QT_TRANSLATE_NOOP("EducationListModel", "Date"), "starts_at", width=150),
        Column("campaign", QT_TRANSLATE_NOOP("EducationListModel", "Campaign"), "campaign", width=190),
        Column("slogan", QT_TRANSLATE_NOOP("EducationListModel", "Theme"), None, width=200),
        Column("location_type", QT_TRANSLATE_NOOP("EducationListModel", "Place"), "location_type", width=110),
        Column("address", QT_TRANSLATE_NOOP("EducationListModel", "Address"), None, width=180),
        Column("target_groups", QT_TRANSLATE_NOOP("EducationListModel", "Target groups"), None, width=170),
        Column("attendees", QT_TRANSLATE_NOOP("EducationListModel", "Attendees"), "attendees", ALIGN_RIGHT, 80),
        Column("online_reach", QT_TRANSLATE_NOOP("EducationListModel", "Online reach"), "online_reach", ALIGN_RIGHT, 90),
        Column("organiser", QT_TRANSLATE_NOOP("EducationListModel", "Organiser"), "organiser", width=90),
    )

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._filter = EducationFilter()
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    @property
    def filter(self) -> EducationFilter:
        return self._filter

    def set_filter(self, f: EducationFilter) -> None:
        # Only a person who may see deleted records ever gets them, whatever the filter asks.
        if f.include_deleted and not self.ctx.actor.can(Permission.SEE_DELETED):
            f = replace(f, include_deleted=False)
        if f != self._filter:
            self._filter = f
            self.refresh()

    def _count(self) -> int:
        with self.ctx.store.read() as s:
            return repo.count(s, self._filter)

    def _fetch(self, offset: int, limit: int) -> list[tuple]:
        with self.ctx.store.read() as s:
            return repo.page(s, self._filter, offset=offset, limit=limit, sort=self.sort_key,
                             descending=self.descending)

    def record_id(self, row: int) -> str | None:
        r = self.row_at(row)
        return r[E_ID] if r else None

    def row_of(self, record_id: str) -> int:
        for page_no, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r[E_ID] == record_id:
                    return page_no * self.PAGE_SIZE + i
        return -1

    def cell(self, row: tuple, column, role: int):
        deleted = row[E_DELETED] is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column.key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if deleted:
                return DELETED_COLOR
            if column.key == "status" and row[E_STATUS] == PLANNED:
                return PLANNED_COLOR
        if role == Qt.ItemDataRole.FontRole and deleted:
            return self._struck
        if role == Qt.ItemDataRole.ToolTipRole:
            if deleted:
                return QCoreApplication.translate(CTX, "Deleted on %1").replace("%1", format_local(row[E_DELETED]))
            if column.key in ("slogan", "address", "target_groups"):
                return self._display(row, column.key)
        if role == Qt.ItemDataRole.UserRole:
            return row[E_ID]
        return None

    def _display(self, row: tuple, key: str) -> str:
        if key == "event_no":
            return row[E_REF]
        if key == "status":
            return QCoreApplication.translate(CTX, "Planned" if row[E_STATUS] == PLANNED else "Held")
        if key == "starts_at":
            return f"{format_local(row[E_STARTS])}–{format_local(row[E_ENDS], '%H:%M')}"
        if key == "campaign":
            return self.ctx.label("campaign", row[E_CAMPAIGN])
        if key == "slogan":
            return row[E_SLOGAN]
        if key == "location_type":
            return self.ctx.label("location_type", row[E_LOCATION])
        if key == "address":
            return row[E_ADDRESS]
        if key == "target_groups":
            return "、".join(self.ctx.label("target_group", g) for g in (row[E_GROUPS] or "").split())
        if key == "attendees":
            return _number(row[E_ATTENDEES])
        if key == "online_reach":
            return _number(row[E_REACH])
        if key == "organiser":
            return row[E_ORGANISER]
        return ""


# Keep lupdate aware of the status texts used through translate() above.
_STATUS_TEXTS = (QT_TRANSLATE_NOOP("EducationListModel", "Planned"), QT_TRANSLATE_NOOP("EducationListModel", "Held"))
