"""Table models of the complaints workspace: the register (paged) and the deadlines list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from branchdesk.domain.roles import Actor
from branchdesk.store import complaint_repo as repo
from branchdesk.ui.complaints import texts
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.paged_table_model import Column, PagedTableModel

OVERDUE_BG = QColor("#fde0dc")
DUE_SOON_BG = QColor("#fff3cd")
WAITING_BG = QColor("#e3f2fd")


class ComplaintListModel(PagedTableModel):
    """The register: one row per case, newest first; filter and visibility applied by the store."""

    TR_CONTEXT = "ComplaintListModel"
    COLUMNS = (
        Column("ref_no", QT_TRANSLATE_NOOP("ComplaintListModel", "Ticket"), sort_key="ref_no", width=220),
        Column("received_on", QT_TRANSLATE_NOOP("ComplaintListModel", "Received"), sort_key="received_on", width=95),
        Column("complainant", QT_TRANSLATE_NOOP("ComplaintListModel", "Complainant"), width=80),
        Column("channel", QT_TRANSLATE_NOOP("ComplaintListModel", "Intake channel"), sort_key="intake_channel"),
        Column("business", QT_TRANSLATE_NOOP("ComplaintListModel", "Business"), sort_key="class_business"),
        Column("priority", QT_TRANSLATE_NOOP("ComplaintListModel", "Priority"), sort_key="priority"),
        Column("status", QT_TRANSLATE_NOOP("ComplaintListModel", "Status"), sort_key="status"),
        Column("handler", QT_TRANSLATE_NOOP("ComplaintListModel", "Handler"), sort_key="handler"),
        Column("due_on", QT_TRANSLATE_NOOP("ComplaintListModel", "Due"), sort_key="due_on", width=95),
        Column("clock", QT_TRANSLATE_NOOP("ComplaintListModel", "Time limit"), width=90),
    )
    DEFAULT_SORT = ("received_on", True)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = repo.ComplaintFilter()
        self._today = repo.today_local().isoformat()
        self._due_soon_until = self._today

    def set_filter(self, f: repo.ComplaintFilter) -> None:
        self.filter = f
        self.refresh()

    def _count(self) -> int:
        with self.ctx.store.read() as s:
            return repo.count(s, self.filter, self.ctx.actor)

    def _fetch(self, offset: int, limit: int) -> list[tuple]:
        today = repo.today_local()
        self._today = today.isoformat()
        with self.ctx.store.read() as s:
            # The stored clock status dates from the case's last event; "due soon" and "overdue"
            # depend on today, so they are worked out here from the stored due date.
            self._due_soon_until = repo.due_soon_cutoff(repo.load_calendar(s), today,
                                                        repo.thresholds_warn_days(s)).isoformat()
            return repo.page(s, self.filter, self.ctx.actor, offset=offset, limit=limit, sort=self.sort_key,
                             descending=self.descending)

    def cell(self, row: tuple, column: Column, role: int):
        (cid, ref, received, name, channel, business, priority, status, handler, due, clock_state,
         clock_status, is_repeat, pending) = row
        if role == Qt.ItemDataRole.UserRole:
            return cid
        today = self._today
        running = clock_state == "running"
        if role == Qt.ItemDataRole.BackgroundRole and column.key in ("due_on", "clock") and running:
            if due < today:
                return QBrush(OVERDUE_BG)
            if due <= self._due_soon_until:
                return QBrush(DUE_SOON_BG)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        key = column.key
        if key == "ref_no":
            return ref + (" ↺" if is_repeat else "")
        if key == "received_on":
            return received
        if key == "complainant":
            return name
        if key == "channel":
            return self.ctx.label("intake_channel", channel)
        if key == "business":
            return self.ctx.label("jrt_business", business)
        if key == "priority":
            return self.ctx.label("complaint_priority", priority)
        if key == "status":
            return texts.status_text(status)
        if key == "handler":
            return handler
        if key == "due_on":
            return due if clock_state != "stopped" else ""
        if key == "clock":
            if running and due < today:
                return texts.clock_text("overdue")
            if running:
                return texts.clock_text("due_soon" if due <= self._due_soon_until else "on_track")
            return texts.clock_text("paused" if clock_state == "paused" else clock_status)
        return None


OVERDUE, DUE_SOON, WAITING = "overdue", "due_soon", "waiting"
BUCKET_TEXT = {
    OVERDUE: QT_TRANSLATE_NOOP("DeadlinesModel", "Overdue"),
    DUE_SOON: QT_TRANSLATE_NOOP("DeadlinesModel", "Due soon"),
    WAITING: QT_TRANSLATE_NOOP("DeadlinesModel", "Awaiting approval"),
}


class DeadlinesModel(QAbstractTableModel):
    """Overdue, due-soon and awaiting-approval cases in one list, most urgent first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DeadlinesModel", "Urgency"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Ticket"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Due"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Days left"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Status"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Complainant"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Business"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Handler"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Priority"),
        QT_TRANSLATE_NOOP("DeadlinesModel", "Extension"),
    )

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[tuple[str, tuple]] = []
        self.today = date.today()
        self.deadlines: repo.Deadlines | None = None

    def load(self, today: date | None = None, actor: Actor | None = None) -> repo.Deadlines:
        today = today or repo.today_local()
        with self.ctx.store.read() as s:
            d = repo.deadlines(s, actor or self.ctx.actor, today=today)
        self.beginResetModel()
        self.today = today
        self.deadlines = d
        self._rows = ([(OVERDUE, r) for r in d.overdue] + [(DUE_SOON, r) for r in d.due_soon]
                      + [(WAITING, r) for r in d.awaiting_approval])
        self.endResetModel()
        return d

    def record_id(self, row: int) -> str | None:
        return self._rows[row][1][0] if 0 <= row < len(self._rows) else None

    def bucket(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DeadlinesModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        bucket, r = self._rows[index.row()]
        (cid, ref, received, due, status, priority, handler, name, business, ext_level, pending, clock_state) = r
        if role == Qt.ItemDataRole.UserRole:
            return cid
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush({OVERDUE: OVERDUE_BG, DUE_SOON: DUE_SOON_BG, WAITING: WAITING_BG}[bucket])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return QCoreApplication.translate("DeadlinesModel", BUCKET_TEXT[bucket])
        if col == 1:
            return ref
        if col == 2:
            return due
        if col == 3:
            return str((date.fromisoformat(due) - self.today).days) if due and clock_state == "running" else ""
        if col == 4:
            return texts.status_text(status)
        if col == 5:
            return name
        if col == 6:
            return self.ctx.label("jrt_business", business)
        if col == 7:
            return handler
        if col == 8:
            return self.ctx.label("complaint_priority", priority)
        if col == 9:
            if pending:
                return QCoreApplication.translate("DeadlinesModel", "Level %1 requested").replace("%1", str(pending))
            return {0: "15", 1: "30", 2: "60"}.get(ext_level, "")
        return None
