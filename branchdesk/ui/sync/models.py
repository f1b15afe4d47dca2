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


class ConflictModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def load(self, store) -> None:
        from branchdesk.store import sync_repo

        self.beginResetModel()
        with store.read() as s:
            self.rows = sync_repo.open_conflicts(s)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(CONFLICT_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(CONFLICT_COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return c.ref_no or c.record_id
        if col == 1:
            return c.field
        if col == 2:
            return _show(c.local_value)
        if col == 3:
            return _show(c.server_value)
        if col == 4:
            return _tr(REASONS.get(c.reason, c.reason))
        from branchdesk.domain.timeutil import LOCAL_TZ

        return c.detected_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


class RejectedModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def load(self, store) -> None:
        from branchdesk.store import sync_repo

        self.beginResetModel()
        with store.read() as s:
            self.rows = sync_repo.rejected(s)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(REJECTED_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(REJECTED_COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        from branchdesk.domain.timeutil import LOCAL_TZ

        return (str(e.payload.get("ref_no") or e.record_id), e.op, e.last_error or "",
                e.created_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M"))[index.column()]
