"""The fraud interception register as a lazily paged table model over fraud_repo.page."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from branchdesk.domain.fraud import CODED_FIELDS, FraudFilter
from branchdesk.domain.money import format_fen
from branchdesk.domain.timeutil import format_local
from branchdesk.ui.context import AppContext
from branchdesk.ui.widgets.paged_table_model import ALIGN_CENTER, ALIGN_RIGHT, Column, PagedTableModel

CTX = "FraudListModel"

# Positions in fraud_repo.LIST_COLUMNS (a narrow tuple per row).
(F_ID, F_REF, F_OCCURRED, F_TYPE, F_BUSINESS, F_CHANNEL, F_AGE, F_ATTEMPTED, F_PROTECTED, F_POLICE, F_OUTCOME,
 F_RECORDER, F_DELETED) = range(13)

DELETED_COLOR = QColor("#9e9e9e")


class FraudListModel(PagedTableModel):
    TR_CONTEXT = CTX
    DEFAULT_SORT = ("occurred_at", True)
    COLUMNS = (
        Column("case_no", QT_TRANSLATE_NOOP("FraudListModel", "Case no."), "ref_no", width=186),
        Column("occurred_at", QT_TRANSLATE_NOOP("FraudListModel", "Time"), "occurred_at", width=122),
        Column("fraud_type", QT_TRANSLATE_NOOP("FraudListModel", "Fraud type"), "fraud_type", width=150),
        Column("business_type", QT_TRANSLATE_NOOP("FraudListModel", "Business"), "business_type", width=100),
        Column("channel", QT_TRANSLATE_NOOP("FraudListModel", "Channel"), "channel", width=92),
        Column("age_band", QT_TRANSLATE_NOOP("FraudListModel", "Age band"), "age_band", width=84),
        Column("amount_attempted", QT_TRANSLATE_NOOP("FraudListModel", "Attempted (¥)"), "amount_attempted", ALIGN_RIGHT, 100),
        Column("amount_protected", QT_TRANSLATE_NOOP("FraudListModel", "Protected (¥)"), "amount_protected", ALIGN_RIGHT, 100),
        Column("police_notified", QT_TRANSLATE_NOOP("FraudListModel", "Police"), "police_notified", ALIGN_CENTER, 44),
        Column("outcome", QT_TRANSLATE_NOOP("FraudListModel", "Outcome"), "outcome", width=80),
        Column("recorder", QT_TRANSLATE_NOOP("FraudListModel", "Recorded by"), "recorder", width=76),
    )

    # Which tuple position and reference category each coded column shows.
    _CODED = {
        "fraud_type": (F_TYPE, CODED_FIELDS["fraud_type"]),
        "business_type": (F_BUSINESS, CODED_FIELDS["business_type"]),
        "channel": (F_CHANNEL, CODED_FIELDS["channel"]),
        "age_band": (F_AGE, CODED_FIELDS["age_band"]),
        "outcome": (F_OUTCOME, CODED_FIELDS["outcome"]),
    }

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._filter = FraudFilter()
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # ------------------------------------------------------------------ filter
    @property
    def filter(self) -> FraudFilter:
        return self._filter

    def effective_filter(self, f: FraudFilter) -> FraudFilter:
        """Only a person who may see deleted records ever gets them, whatever the filter asks."""
        if f.include_deleted and not self._may_see_deleted():
            return replace(f, include_deleted=False)
        return f

    def set_filter(self, f: FraudFilter, *, known_count: int | None = None) -> None:
        f = self.effective_filter(f)
        if f != self._filter:
            self._filter = f
            self.refresh(known_count)

    def _may_see_deleted(self) -> bool:
        from branchdesk.domain.roles import Permission

        return self.ctx.actor.can(Permission.SEE_DELETED)

    # ------------------------------------------------------------------ rows
    def _count(self) -> int:
        from branchdesk.store import fraud_repo  # here, not at the top: the first paint does without the store

        with self.ctx.store.read() as s:
            return fraud_repo.totals(s, self._filter).count

    def _fetch(self, offset: int, limit: int) -> list[tuple]:
        from branchdesk.store import fraud_repo

        with self.ctx.store.read() as s:
            return fraud_repo.page(s, self._filter, offset=offset, limit=limit, sort=self.sort_key,
                                   descending=self.descending)

    def record_id(self, row: int) -> str | None:
        r = self.row_at(row)
        return r[F_ID] if r else None

    def is_deleted(self, row: int) -> bool:
        r = self.row_at(row)
        return bool(r and r[F_DELETED])

    def row_of(self, record_id: str) -> int:
        """Position of a record among the cached pages (-1 if not loaded): used to keep it selected."""
        for page_no, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r[F_ID] == record_id:
                    return page_no * self.PAGE_SIZE + i
        return -1

    def cell(self, row: tuple, column: Column, role: int):
        deleted = row[F_DELETED] is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column.key)
        if role == Qt.ItemDataRole.ForegroundRole and deleted:
            return DELETED_COLOR
        if role == Qt.ItemDataRole.FontRole and deleted:
            return self._struck
        if role == Qt.ItemDataRole.ToolTipRole and deleted:
            return QCoreApplication.translate("FraudListModel", "Deleted on %1").replace("%1", format_local(row[F_DELETED]))
        if role == Qt.ItemDataRole.UserRole:
            return row[F_ID]
        return None

    def _display(self, row: tuple, key: str) -> str:
        if key in self._CODED:
            pos, category = self._CODED[key]
            return self.ctx.label(category, row[pos])
        if key == "case_no":
            return row[F_REF]
        if key == "occurred_at":
            return format_local(row[F_OCCURRED])
        if key == "amount_attempted":
            return format_fen(row[F_ATTEMPTED])
        if key == "amount_protected":
            return format_fen(row[F_PROTECTED])
        if key == "police_notified":
            return QCoreApplication.translate("FraudListModel", "Yes") if row[F_POLICE] else QCoreApplication.translate("FraudListModel", "No")
        if key == "recorder":
            return row[F_RECORDER]
        return ""
