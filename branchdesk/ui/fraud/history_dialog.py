"""Earlier versions of one interception: when, who, why, and what that version said."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from branchdesk.domain.fraud import CODED_FIELDS, FraudInterception
from branchdesk.domain.money import format_fen
from branchdesk.domain.timeutil import format_local
from branchdesk.store import fraud_repo
from branchdesk.store.types import utc_text
from branchdesk.ui.context import AppContext

CTX = "FraudHistory"

# Fields worth naming in "what changed", with their labels (English source, translated in CTX).
FIELD_TITLES = {
    "occurred_at": QT_TRANSLATE_NOOP("FraudHistory", "Time"), "detection_source": QT_TRANSLATE_NOOP("FraudHistory", "Detected by"),
    "business_type": QT_TRANSLATE_NOOP("FraudHistory", "Business"), "channel": QT_TRANSLATE_NOOP("FraudHistory", "Channel"),
    "subject_role": QT_TRANSLATE_NOOP("FraudHistory", "Subject"), "customer_gender": QT_TRANSLATE_NOOP("FraudHistory", "Gender"),
    "age_band": QT_TRANSLATE_NOOP("FraudHistory", "Age band"), "fraud_type": QT_TRANSLATE_NOOP("FraudHistory", "Fraud type"),
    "contact_vector": QT_TRANSLATE_NOOP("FraudHistory", "Contacted via"),
    "amount_attempted": QT_TRANSLATE_NOOP("FraudHistory", "Amount attempted"),
    "amount_protected": QT_TRANSLATE_NOOP("FraudHistory", "Amount protected"), "actions": QT_TRANSLATE_NOOP("FraudHistory", "Actions"),
    "police_notified": QT_TRANSLATE_NOOP("FraudHistory", "Police notified"),
    "police_attended": QT_TRANSLATE_NOOP("FraudHistory", "Police attended"),
    "police_ref": QT_TRANSLATE_NOOP("FraudHistory", "Police receipt no."), "outcome": QT_TRANSLATE_NOOP("FraudHistory", "Outcome"),
    "narrative": QT_TRANSLATE_NOOP("FraudHistory", "Narrative"), "reviewer": QT_TRANSLATE_NOOP("FraudHistory", "Reviewed by"),
    "deleted_at": QT_TRANSLATE_NOOP("FraudHistory", "Deleted"),
}
HEADERS = (QT_TRANSLATE_NOOP("FraudHistory", "Version"), QT_TRANSLATE_NOOP("FraudHistory", "Replaced on"),
           QT_TRANSLATE_NOOP("FraudHistory", "By"), QT_TRANSLATE_NOOP("FraudHistory", "Reason"),
           QT_TRANSLATE_NOOP("FraudHistory", "What this version said (changed later)"))


def _tr(text: str) -> str:
    """Texts marked with QT_TRANSLATE_NOOP("FraudHistory", ...) above."""
    return QCoreApplication.translate("FraudHistory", text)


def _current_payload(rec: FraudInterception) -> dict:
    """The live record in the shape of a history snapshot, to diff the newest version against."""
    return {
        "occurred_at": utc_text(rec.occurred_at), "detection_source": rec.detection_source,
        "business_type": rec.business_type, "channel": rec.channel, "subject_role": rec.subject_role,
        "customer_gender": rec.customer_gender, "age_band": rec.age_band, "fraud_type": rec.fraud_type,
        "contact_vector": rec.contact_vector, "amount_attempted": rec.amount_attempted,
        "amount_protected": rec.amount_protected, "actions": list(rec.actions),
        "police_notified": rec.police_notified, "police_attended": rec.police_attended, "police_ref": rec.police_ref,
        "outcome": rec.outcome, "narrative": rec.narrative, "reviewer": rec.reviewer,
        "deleted_at": utc_text(rec.deleted_at) if rec.deleted_at else None,
    }


class HistoryModel(QAbstractTableModel):
    """One row per earlier version, oldest first; the last column names what it said that later changed."""

    def __init__(self, ctx: AppContext, versions: list[dict], current: FraudInterception, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows = []
        snapshots = [v["snapshot"] for v in versions] + [_current_payload(current)]
        for v, after in zip(versions, snapshots[1:]):
            self._rows.append((v, [k for k in FIELD_TITLES if v["snapshot"].get(k) != after.get(k)]))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return _tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        v, changed = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return str(v["version"])
        if col == 1:
            at = v["changed_at"]
            return format_local(at) if isinstance(at, datetime) else str(at)
        if col == 2:
            return v["changed_by"]
        if col == 3:
            return v["reason"]
        if changed == ["deleted_at"]:
            return QCoreApplication.translate("FraudHistory", "(the record was deleted after this version)")
        return "; ".join(f"{_tr(FIELD_TITLES[k])}: {self._show(k, v['snapshot'].get(k))}"
                         for k in changed if k != "deleted_at")

    def _show(self, key: str, value) -> str:
        if key in CODED_FIELDS:
            return self.ctx.label(CODED_FIELDS[key], value)
        if key in ("amount_attempted", "amount_protected"):
            return format_fen(value)
        if key == "actions":
            return "、".join(self.ctx.label("fraud_action", a) for a in value or [])
        if key in ("police_notified", "police_attended"):
            return QCoreApplication.translate("FraudHistory", "Yes") if value else QCoreApplication.translate("FraudHistory", "No")
        if key in ("occurred_at", "deleted_at"):
            if not value:
                return "—"
            return format_local(datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc))
        text = str(value or "—")
        return text if len(text) <= 60 else text[:57] + "…"


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FraudHistoryDialog")
        with ctx.store.read() as s:
            current = fraud_repo.get(s, record_id)
            versions = fraud_repo.history(s, record_id)
        self.model = HistoryModel(ctx, versions, current, self)
        self.setWindowTitle(self.tr("History of %1").replace("%1", current.case_no))
        intro = QLabel(self)
        intro.setWordWrap(True)
        if versions:
            intro.setText(self.tr("Current version: %1, last changed %2 by %3.")
                          .replace("%1", str(current.version)).replace("%2", format_local(current.updated_at))
                          .replace("%3", current.recorder if current.version == 1 else versions[-1]["changed_by"]))
        else:
            intro.setText(self.tr("This record has not been changed since it was entered."))
        self.table = QTableView(self)
        self.table.setObjectName("fraud_history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 360)
