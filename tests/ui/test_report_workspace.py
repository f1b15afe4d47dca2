"""The reports workspace as a manager and a teller use it: preview, save, print, export, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from branchdesk.domain.roles import Actor, Role
from branchdesk.reports.sample_data import fill
from branchdesk.store.models import AuditEntry
from branchdesk.ui import fonts, i18n
from branchdesk.ui.app import build_context
from branchdesk.ui.reports.workspace import ReportsWorkspace

MANAGER = Actor("wang", "王经理", Role.MANAGER)
TELLER = Actor("li", "李柜员", Role.TELLER)


@pytest.fixture
def filled(store, refs):
    return fill(store, refs, year=2026, fraud=60, events=8, seed=5, until=date(2026, 10, 31))


def make(qtbot, store, actor):
    fonts.load_bundled_font(QApplication.instance())
    i18n.set_language("zh_CN")
    w = ReportsWorkspace(build_context(store, actor))
    qtbot.addWidget(w)
    w.resize(1000, 800)
    w.show()
    return w


def audit(store, action):
    with store.read() as s:
        return [e for e in s.query(AuditEntry).filter_by(action=action).order_by(AuditEntry.seq)]


def test_preview_a_quarter_summary_then_save_it(qtbot, store, filled, tmp_path):
    w = make(qtbot, store, MANAGER)
    w.set_kind("summary")
    w.set_period("quarter", 2026, 3)
    assert w.period_text() == "2026-Q3"
    assert not w.save_button.isEnabled()
    with qtbot.waitSignal(w.sig_built, timeout=30000):
        qtbot.mouseClick(w.preview_button, Qt.MouseButton.LeftButton)
    assert w.document.status() == QPdfDocument.Status.Ready
    assert w.document.pageCount() == w.built.pages >= 2
    assert "汇总" in w.document.getAllText(0).text()

    target = tmp_path / "q3.pdf"
    w.ask_save_path = lambda suggested, _filter: (suggested == "summary-2026-Q3.pdf") and str(target) or ""
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == w.built.pdf
    [entry] = audit(store, "export")
    assert entry.actor == "wang" and entry.detail["report"] == "summary" and entry.detail["subject"] == "2026-Q3"


def test_print_sends_every_page_and_is_audited(qtbot, store, filled, tmp_path):
    w = make(qtbot, store, MANAGER)
    w.set_kind("fraud-register")
    w.set_period("year", 2026)
    with qtbot.waitSignal(w.sig_built, timeout=30000):
        w.preview()
    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    w.exec_print_dialog = accept
    qtbot.mouseClick(w.print_button, Qt.MouseButton.LeftButton)
    assert out.exists() and out.stat().st_size > 10_000
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == w.built.pages
    [entry] = audit(store, "print")
    assert entry.detail == {"report": "fraud-register", "subject": "2026", "pages": w.built.pages}


def test_teller_is_told_why_a_register_is_refused(qtbot, store, filled):
    w = make(qtbot, store, TELLER)
    w.set_kind("fraud-register")
    qtbot.mouseClick(w.preview_button, Qt.MouseButton.LeftButton)
    assert "打印登记簿" in w.status.text() and "权限" in w.status.text()
    assert w.built is None and not w.print_button.isEnabled()
    # A summary holds totals only: a teller may preview it.
    w.set_kind("summary")
    with qtbot.waitSignal(w.sig_built, timeout=30000):
        w.preview()


def test_unknown_ticket_is_explained(qtbot, store, filled):
    w = make(qtbot, store, MANAGER)
    w.set_kind("complaint-sheet")
    qtbot.keyClicks(w.ticket, "TK-310115-0000-2026-999999")
    with qtbot.waitSignal(w.sig_failed, timeout=30000):
        qtbot.keyClick(w.ticket, Qt.Key.Key_Return)
    assert "找不到该投诉编号" in w.status.text()
    assert w.built is None


def test_register_to_excel(qtbot, store, filled, tmp_path):
    w = make(qtbot, store, MANAGER)
    w.set_kind("fraud-register")
    w.set_period("year", 2026)
    target = tmp_path / "reg.xlsx"
    w.ask_save_path = lambda suggested, _filter: str(target)
    with qtbot.waitSignal(w.sig_built, timeout=30000):
        qtbot.mouseClick(w.excel_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert sorted(r[0] for r in rows if r and str(r[0]).startswith("TS-")) == sorted(filled.fraud)
    [entry] = audit(store, "export")
    assert entry.detail == {"report": "fraud-register", "subject": "2026", "rows": len(filled.fraud)}


def test_report_is_built_off_the_gui_thread(qtbot, store, filled, monkeypatch):
    import threading

    from branchdesk.reports import catalog

    threads = []
    real_build = catalog.build

    def watched(*args, **kwargs):
        threads.append(threading.get_ident())
        return real_build(*args, **kwargs)

    monkeypatch.setattr(catalog, "build", watched)
    w = make(qtbot, store, MANAGER)
    w.set_kind("summary")
    w.set_period("month", 2026, 10)
    with qtbot.waitSignal(w.sig_built, timeout=30000):
        w.preview()
    assert threads and threads[0] != threading.get_ident()
    assert w.built.subject == "2026-10"


def test_language_switch_retitles_the_choices(qtbot, store, filled):
    w = make(qtbot, store, MANAGER)
    try:
        i18n.set_language("en")
        qtbot.waitUntil(lambda: w.preview_button.text() == "&Preview")
        assert w.kind_combo.itemText(0) == "Branch summary"
        w.set_kind("complaint-sheet")
        assert w.subject_label.text() == "Ticket number"
        assert not w.excel_button.isVisible()
    finally:
        i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: w.preview_button.text() != "&Preview")
