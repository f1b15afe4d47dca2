"""Export to Excel from the complaints and education lists: the rows shown, personal data masked, audited."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from branchdesk import demo
from branchdesk.domain.roles import Actor, Role
from branchdesk.store.models import AuditEntry
from branchdesk.ui import i18n
from branchdesk.ui.app import build_context
from branchdesk.ui.main_window import MainWindow

MANAGER = Actor("manager", "王经理", Role.MANAGER)
FULL_MOBILE = re.compile(r"1[3-9]\d{9}")
FULL_ID = re.compile(r"\d{17}[\dXx]")


@pytest.mark.parametrize("key,kind", [("complaints", "complaint"), ("education", "education")])
def test_list_export(qtbot, store, tmp_path, monkeypatch, key, kind):
    i18n.set_language("zh_CN")
    demo.fill(store, records=60, seed=3)
    win = MainWindow(build_context(store, MANAGER))
    qtbot.addWidget(win)
    ws = win.show_workspace(key)
    shown = ws.model.rowCount()
    assert shown > 0

    out = tmp_path / f"{kind}.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    ws.export_button.click()

    assert told and str(shown) in told[0]
    cells = [str(v) for row in load_workbook(out).active.iter_rows(values_only=True) for v in row if v is not None]
    text = "\n".join(cells)
    assert not FULL_MOBILE.search(text) and not FULL_ID.search(text)
    with store.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalar_one()
    assert entry.detail.get("rows") == shown and entry.actor == "manager"
