"""export_model_to_xlsx over the real, lazily paged register models: every row, as filtered, masked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from branchdesk.domain.fraud import FraudFilter
from branchdesk.domain.roles import Actor, Role
from branchdesk.reports.sample_data import fill
from branchdesk.security.fieldcrypt import FieldProtector
from branchdesk.store import fraud_repo, settings
from branchdesk.ui.app import build_context
from branchdesk.ui.export_excel import UNMASKED_ROLE, export_header_rows, export_model_to_xlsx

MANAGER = Actor("wang", "王经理", Role.MANAGER)


def sheet_rows(path):
    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_all_pages_of_a_filtered_fraud_list_with_amounts_as_numbers(qtbot, store, refs, tmp_path):
    from branchdesk.ui.fraud.list_model import FraudListModel

    fill(store, refs, year=2026, fraud=230, seed=11, until=date(2026, 10, 31))
    ctx = build_context(store, MANAGER)
    model = FraudListModel(ctx)
    model.PAGE_SIZE = 25  # many pages, more than the cache holds: the export must still see every row
    f = FraudFilter(date_from=date(2026, 4, 1), date_to=date(2026, 9, 30))
    model.set_filter(f)
    out = tmp_path / "list.xlsx"
    n = export_model_to_xlsx(model, out, title="涉诈拦截登记", header_rows=export_header_rows(ctx, "期间：2026-04-01 至 2026-09-30"))
    with store.read() as s:
        totals = fraud_repo.totals(s, f)
    assert n == totals.count > model.PAGE_SIZE * model.CACHE_PAGES // 3
    rows = sheet_rows(out)
    assert rows[0][0] == "涉诈拦截登记"
    assert any(r and r[0] == "客户个人信息已屏蔽" for r in rows[:8])
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == model.headerData(0, Qt.Orientation.Horizontal))
    body = rows[header_at + 1:]
    assert len(body) == n
    assert len({r[0] for r in body}) == n  # no page twice, none left out
    protected_col = model.column_index("amount_protected")
    assert all(isinstance(r[protected_col], (int, float)) for r in body)
    assert int(sum(Decimal(str(r[protected_col])) for r in body) * 100) == totals.amount_protected


def test_complaint_list_is_exported_masked(qtbot, store, refs, tmp_path):
    from branchdesk.ui.complaints.list_model import ComplaintListModel

    with store.read() as s:
        protector = FieldProtector.from_keyring(settings.identity(s).device_id)
    data = fill(store, refs, year=2026, complaints=12, seed=2, protector=protector, until=date(2026, 10, 31))
    model = ComplaintListModel(build_context(store, MANAGER))
    out = tmp_path / "c.xlsx"
    assert export_model_to_xlsx(model, out, title="投诉登记", unmask=False) == 12
    cells = [str(c) for r in sheet_rows(out) for c in r if c is not None]
    assert "张某" in cells and not any("张三丰" in c for c in cells)
    for secret in data.phones + data.id_numbers:
        assert not any(secret in c for c in cells)


class _People(QAbstractTableModel):
    """A list whose model can give the full value of a masked cell (as a permitted role would see it)."""

    ROWS = [("张某", "张三丰", "139****5678", "13912345678")]  # (masked, full) per column

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.ROWS)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("姓名", "电话")[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        full = self.ROWS[index.row()][2 * index.column() + 1]
        masked = self.ROWS[index.row()][2 * index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return masked
        if role == UNMASKED_ROLE:
            return full
        return None


@pytest.mark.parametrize("unmask, expected", [(False, ("张某", "139****5678")), (True, ("张三丰", "13912345678"))])
def test_unmask_only_when_asked(qtbot, tmp_path, unmask, expected):
    out = tmp_path / "p.xlsx"
    export_model_to_xlsx(_People(), out, title="t", unmask=unmask)
    assert sheet_rows(out)[-1] == expected


def test_formula_like_text_stays_text(qtbot, tmp_path):
    from branchdesk.reports.excel import write_xlsx

    out = tmp_path / "f.xlsx"
    write_xlsx(out, title="t", header=["备注", "金额"], rows=[["=HYPERLINK(\"http://x\")", "1,234.50"], ["-5", "-5"]],
               number_columns=[1])
    rows = sheet_rows(out)
    assert rows[-2] == ("'=HYPERLINK(\"http://x\")", 1234.5)
    assert rows[-1] == ("-5", -5)


def test_export_list_checks_unmask_and_audits(qtbot, store, refs, tmp_path):
    from branchdesk.reports.catalog import ReportError
    from branchdesk.store.models import AuditEntry
    from branchdesk.ui.export_excel import export_list

    teller = build_context(store, Actor("li", "李柜员", Role.TELLER))
    with pytest.raises(ReportError) as e:
        export_list(teller, _People(), tmp_path / "no.xlsx", title="t", kind="people", unmask=True)
    assert "权限" in e.value.message() and not (tmp_path / "no.xlsx").exists()

    assert export_list(teller, _People(), tmp_path / "masked.xlsx", title="t", kind="people") == 1
    assert sheet_rows(tmp_path / "masked.xlsx")[-1] == ("张某", "139****5678")
    manager = build_context(store, MANAGER)
    export_list(manager, _People(), tmp_path / "full.xlsx", title="t", kind="people", unmask=True)
    assert sheet_rows(tmp_path / "full.xlsx")[-1] == ("张三丰", "13912345678")
    with store.read() as s:
        entries = s.query(AuditEntry).filter_by(action="export").order_by(AuditEntry.seq).all()
    assert [(e.actor, e.detail) for e in entries] == [
        ("li", {"report": "people-list", "subject": "", "rows": 1}),
        ("wang", {"report": "people-list", "subject": "", "rows": 1, "unmasked": True}),
    ]
    assert not any("13912345678" in str(e.detail) or "张三丰" in str(e.detail) for e in entries)
