"""Table models of the Sync workspace: the conflict list and the set-aside changes."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, QCoreApplication, Qt

CONFLICT_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncModels", "Record"),
    QT_TRANSLATE_NOOP("SyncModels", "Field"),
    QT_TRANSLATE_NOOP("SyncModels", "My value"),
    QT_TRANSLATE_NOOP("SyncModels", "Head office's value"),
    QT_TRANSLATE_NOOP("SyncModels", "Why"),
    QT_TRANSLATE_NOOP("SyncModels", "Found"),
)
REASONS = {
    "concurrent_edit": QT_TRANSLATE_NOOP("SyncModels", "Changed at the same time elsewhere"),
    "headoffice_owned": QT_TRANSLATE_NOOP("SyncModels", "Decided by head office"),
    "moved_backward": QT_TRANSLATE_NOOP("SyncModels", "Status cannot move back"),
    "local_clash": QT_TRANSLATE_NOOP("SyncModels", "Clashes with a record made on this PC"),
}
# The fields that most often meet in a conflict, named as the forms name them; others show their key.
FIELD_LABELS = {
    "narrative": QT_TRANSLATE_NOOP("SyncModels", "Narrative"),
    "reviewer": QT_TRANSLATE_NOOP("SyncModels", "Reviewer"),
    "outcome": QT_TRANSLATE_NOOP("SyncModels", "Outcome"),
    "amount_attempted": QT_TRANSLATE_NOOP("SyncModels", "Amount attempted"),
    "amount_protected": QT_TRANSLATE_NOOP("SyncModels", "Amount protected"),
    "fraud_type": QT_TRANSLATE_NOOP("SyncModels", "Fraud type"),
    "handler": QT_TRANSLATE_NOOP("SyncModels", "Handler"),
    "supervisor": QT_TRANSLATE_NOOP("SyncModels", "Supervisor"),
    "status": QT_TRANSLATE_NOOP("SyncModels", "Status"),
    "facts": QT_TRANSLATE_NOOP("SyncModels", "Facts"),
    "request": QT_TRANSLATE_NOOP("SyncModels", "Request"),
    "decision": QT_TRANSLATE_NOOP("SyncModels", "Decision"),
    "class_channel": QT_TRANSLATE_NOOP("SyncModels", "Classification: channel"),
    "class_business": QT_TRANSLATE_NOOP("SyncModels", "Classification: business"),
    "class_cause": QT_TRANSLATE_NOOP("SyncModels", "Classification: cause"),
    "priority": QT_TRANSLATE_NOOP("SyncModels", "Priority"),
    "summary": QT_TRANSLATE_NOOP("SyncModels", "Summary"),
    "attendees": QT_TRANSLATE_NOOP("SyncModels", "Attendees"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncModels", "Deleted"),
}
REJECTED_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncModels", "Record"),
    QT_TRANSLATE_NOOP("SyncModels", "Change"),
    QT_TRANSLATE_NOOP("SyncModels", "Reason"),
    QT_TRANSLATE_NOOP("SyncModels", "Made at"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncModels", text)


def _show(value) -> str:
    v = value.get("v") if isinstance(value, dict) else value
    if v is None:
        return ""
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


class _SyncRowsModel(QAbstractTableModel):
    """A read-only list of rows the sync store gives (`_fetch`), with the headers in COLUMNS."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    @staticmethod
    def _fetch(session) -> list:
        raise NotImplementedError

    def load(self, store) -> None:
        self.beginResetModel()
        with store.read() as s:
            self.rows = self._fetch(s)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None


class ConflictModel(_SyncRowsModel):
    COLUMNS = CONFLICT_COLUMNS

    @staticmethod
    def _fetch(session) -> list:
        from branchdesk.store import sync_repo

        return sync_repo.open_conflicts(session)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return c.ref_no or c.record_id
        if col == 1:
            return _tr(FIELD_LABELS[c.field]) if c.field in FIELD_LABELS else c.field
        if col == 2:
            return _show(c.local_value)
        if col == 3:
            return _show(c.server_value)
        if col == 4:
            return _tr(REASONS.get(c.reason, c.reason))
        from branchdesk.domain.timeutil import LOCAL_TZ

        return c.detected_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


class RejectedModel(_SyncRowsModel):
    COLUMNS = REJECTED_COLUMNS

    @staticmethod
    def _fetch(session) -> list:
        from branchdesk.store import sync_repo

        return sync_repo.rejected(session)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        from branchdesk.domain.timeutil import LOCAL_TZ

        return (str(e.payload.get("ref_no") or e.record_id), e.op, e.last_error or "",
                e.created_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M"))[index.column()]
