"""Table models of the Sync workspace: the conflict list, the set-aside changes and attachment files.

A file's name is shown as the case's history shows it (it names the scan, and is no masked field).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QT_TRANSLATE_NOOP, Qt

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

# Why head office refused a change (headoffice/service.py _check_op), in the user's language.
CHANGE_REASONS = {
    "unknown_kind": QT_TRANSLATE_NOOP("SyncModels", "Head office does not take this kind of record yet"),
    "unknown_op": QT_TRANSLATE_NOOP("SyncModels", "Head office does not take this kind of change yet"),
    "bad_id": QT_TRANSLATE_NOOP("SyncModels", "The record's identifier is not valid"),
    "id_mismatch": QT_TRANSLATE_NOOP("SyncModels", "The change names another record than it carries"),
    "other_branch": QT_TRANSLATE_NOOP("SyncModels", "The record belongs to another branch"),
    "bad_version": QT_TRANSLATE_NOOP("SyncModels", "The record's version number is not valid"),
    "kind_mismatch": QT_TRANSLATE_NOOP("SyncModels", "Head office holds a different kind of record under this identifier"),
    "bad_attachment": QT_TRANSLATE_NOOP("SyncModels", "The attachment's file name, size or checksum is not valid"),
}
CHANGE_KINDS = {
    "create": QT_TRANSLATE_NOOP("SyncModels", "New record"),
    "amend": QT_TRANSLATE_NOOP("SyncModels", "Amendment"),
    "delete": QT_TRANSLATE_NOOP("SyncModels", "Deletion"),
    "event": QT_TRANSLATE_NOOP("SyncModels", "Case step"),
}

FILE_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncModels", "Ticket"),
    QT_TRANSLATE_NOOP("SyncModels", "File"),
    QT_TRANSLATE_NOOP("SyncModels", "Size"),
    QT_TRANSLATE_NOOP("SyncModels", "Reason"),
    QT_TRANSLATE_NOOP("SyncModels", "Set aside at"),
)
# Why a file was set aside (sync/blobs.py: this PC's own checks, then head office's error codes).
FILE_REASONS = {
    "file_missing": QT_TRANSLATE_NOOP("SyncModels", "The file is no longer in this PC's data folder"),
    "blob_too_large": QT_TRANSLATE_NOOP("SyncModels", "Larger than head office accepts (20 MB)"),
    "size_mismatch": QT_TRANSLATE_NOOP("SyncModels", "Not the size its attachment says: damaged on this PC?"),
    "digest_mismatch": QT_TRANSLATE_NOOP("SyncModels", "Damaged on the way to head office"),
    "digest_required": QT_TRANSLATE_NOOP("SyncModels", "Sent without its checksum"),
    "unknown_attachment": QT_TRANSLATE_NOOP("SyncModels", "Head office has no attachment that names this file"),
    "bad_blob_name": QT_TRANSLATE_NOOP("SyncModels", "Head office does not accept the file's name"),
    "refused": QT_TRANSLATE_NOOP("SyncModels", "Refused by head office"),
}


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

        col = index.column()
        if col == 0:
            return str(e.payload.get("ref_no") or e.record_id)
        if col == 1:
            return _tr(CHANGE_KINDS[e.op]) if e.op in CHANGE_KINDS else e.op
        if col == 2:
            reason = e.last_error or ""
            if reason in CHANGE_REASONS:
                return _tr(CHANGE_REASONS[reason])
            # A reason this version does not know: its code, so support can still tell what it was.
            return QCoreApplication.translate("SyncModels", "Refused by head office: %1").replace("%1", reason)
        return e.created_at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


class SetAsideFileModel(_SyncRowsModel):
    """Attachment files the sync set aside (store/attachment_transfers.py), oldest first."""

    COLUMNS = FILE_COLUMNS

    @staticmethod
    def _fetch(session) -> list:
        from branchdesk.store import attachment_transfers

        return attachment_transfers.set_aside(session)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        f = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return f.ref_no
        if col == 1:
            return f.filename
        if col == 2:
            return QLocale().formattedDataSize(f.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        if col == 3:
            if f.reason in FILE_REASONS:
                return _tr(FILE_REASONS[f.reason])
            # An answer this version does not know: its code, so support can still tell what it was.
            return QCoreApplication.translate("SyncModels", "Refused by head office: %1").replace("%1", f.reason)
        from branchdesk.domain.timeutil import LOCAL_TZ

        return f.since.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
