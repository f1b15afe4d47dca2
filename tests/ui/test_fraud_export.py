"""Export to Excel from the register: the rows as filtered on screen, masked, audited."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from branchdesk.store.models import AuditEntry
from tests.ui.test_fraud_form import open_window, zh  # noqa: F401 (zh: fixture)
from tests.ui.test_fraud_samples import fill_register


def test_export_writes_the_filtered_rows_and_audits(qtbot, store, refs, tmp_path, monkeypatch, zh):
    fill_register(store, refs, 40, seed=5)
    win, ws = open_window(qtbot, store)
    menu = {a.data(): a for a in ws.filter_bar.fraud_types.menu().actions() if a.isCheckable()}
    menu["F06"].trigger()
    shown = ws.model.rowCount()
    assert 0 < shown < 40

    out = tmp_path / "register.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    ws.export_button.click()

    assert told and str(shown) in told[0]
    sheet = load_workbook(out).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    case_nos = {ws.model.index(r, 0).data() for r in range(shown)}
    exported = {v for row in values for v in row if isinstance(v, str) and v.startswith("TS-")}
    assert exported == case_nos
    with store.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalar_one()
    assert entry.detail.get("rows") == shown
