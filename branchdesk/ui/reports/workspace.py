"""The reports workspace: choose a report and its period (or ticket), preview it, save, print or export.

PDFs are built by branchdesk.reports (no Qt) in a QThreadPool task that reports back through
signals; no widget is touched from the worker. Every print and every saved file is written to the
audit log ("print" / "export", naming the report and its period or ticket, never personal data).
Registers need Permission.PRINT_REGISTER; without it the workspace says why and builds nothing.
"""

from __future__ import annotations

import logging
from itertools import count
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, QRunnable, QSize, Qt,
                            QThreadPool, QT_TRANSLATE_NOOP, Signal)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from branchdesk.domain import messages
from branchdesk.domain.timeutil import local_now
from branchdesk.reports import catalog
from branchdesk.ui.context import AppContext

log = logging.getLogger(__name__)

messages.register({
    "report_failed": ("生成报表时出错，未输出任何文件。详情已记入日志。", "產生報表時出錯，未輸出任何檔案。詳情已記入日誌。",
                      "The report could not be built; nothing was written. The log has the details."),
    "report_save_failed": ("无法保存文件：{detail}", "無法儲存檔案：{detail}", "The file could not be saved: {detail}"),
})

REPORT_TITLES = {
    "summary": QT_TRANSLATE_NOOP("ReportsWorkspace", "Branch summary"),
    "fraud-register": QT_TRANSLATE_NOOP("ReportsWorkspace", "Fraud interception register"),
    "education-log": QT_TRANSLATE_NOOP("ReportsWorkspace", "Education events log"),
    "complaint-sheet": QT_TRANSLATE_NOOP("ReportsWorkspace", "Complaint case sheet"),
    "decision-notice": QT_TRANSLATE_NOOP("ReportsWorkspace", "Complaint decision notice"),
}
GRANULARITIES = (
    ("month", QT_TRANSLATE_NOOP("ReportsWorkspace", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("ReportsWorkspace", "Quarter")),
    ("year", QT_TRANSLATE_NOOP("ReportsWorkspace", "Year")),
)
EXCEL_KINDS = ("fraud-register", "education-log")


def create(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ReportsWorkspace(ctx, parent)


# ---------------------------------------------------------------- background work

class _JobSignals(QObject):
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message code


class _Job(QRunnable):
    """Runs fn() in the pool; the outcome travels back as a signal, queued to the GUI thread."""

    def __init__(self, job_id: int, fn: Callable[[], object], signals: _JobSignals):
        super().__init__()
        self.job_id, self.fn, self.signals = job_id, fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except catalog.ReportError as e:
            self._emit(self.signals.failed, e.code)
        except Exception:  # a report must never take the window down; the log keeps the trace
            log.exception("report job failed")
            self._emit(self.signals.failed, "report_failed")
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(self.job_id, value)
        except RuntimeError:
            pass  # the workspace was closed while the report was being built: nobody is waiting


# ---------------------------------------------------------------- the workspace

class ReportsWorkspace(QWidget):
    sig_built = Signal()  # a preview is ready (tests and the status bar wait on it)
    sig_failed = Signal(str)  # message shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool.globalInstance()
        self._jobs = count(1)
        self._current_job = 0
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._handlers: dict[int, Callable[[object], None]] = {}
        self.built: catalog.Built | None = None

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("report_kind")
        for key in REPORT_TITLES:
            self.kind_combo.addItem("", key)
        self.granularity = QComboBox(self)
        self.granularity.setObjectName("report_granularity")
        for key, _ in GRANULARITIES:
            self.granularity.addItem("", key)
        today = local_now().date()
        self.year = QSpinBox(self)
        self.year.setObjectName("report_year")
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.sub_period = QComboBox(self)
        self.sub_period.setObjectName("report_sub_period")
        self.ticket = QLineEdit(self)
        self.ticket.setObjectName("report_ticket")
        self.ticket.setPlaceholderText("TK-310115-0007-2026-000123")
        self.ticket.returnPressed.connect(self.preview)

        period_box = QWidget(self)
        pl = QHBoxLayout(period_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.granularity)
        pl.addWidget(self.year)
        pl.addWidget(self.sub_period)
        self.subject_stack = QStackedWidget(self)
        self.subject_stack.addWidget(period_box)
        self.subject_stack.addWidget(self.ticket)
        self.subject_label = QLabel(self)

        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("report_preview")
        self.preview_button.setDefault(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("report_save")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("report_print")
        self.excel_button = QPushButton(self)
        self.excel_button.setObjectName("report_excel")
        self.status = QLabel(self)
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("report_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        # One row of choices and actions above the page preview, which gets all the rest.
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind_combo)
        self.subject_label.setBuddy(self.subject_stack)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ticket.setMinimumWidth(self.fontMetrics().horizontalAdvance("TK-310115-0007-2026-000123") + 24)
        row = QHBoxLayout()
        row.addWidget(self.kind_label)
        row.addWidget(self.kind_combo)
        row.addSpacing(12)
        row.addWidget(self.subject_label)
        row.addWidget(self.subject_stack)
        row.addSpacing(12)
        for b in (self.preview_button, self.save_button, self.print_button, self.excel_button):
            row.addWidget(b)
        row.addStretch(1)
        top = QVBoxLayout(self)
        top.addLayout(row)
        top.addWidget(self.status)
        top.addWidget(self.view, 1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.granularity.currentIndexChanged.connect(self._fill_sub_periods)
        self.year.valueChanged.connect(self._fill_sub_periods)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.excel_button.clicked.connect(self.export_excel)
        self.retranslate()
        self._fill_sub_periods()
        self._kind_changed()

    # ------------------------------------------------------------------ choosing
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, key: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(key))

    def set_period(self, granularity: str, year: int, index: int = 1) -> None:
        self.granularity.setCurrentIndex(self.granularity.findData(granularity))
        self.year.setValue(year)
        i = self.sub_period.findData(index)
        if i >= 0:
            self.sub_period.setCurrentIndex(i)

    def period_text(self) -> str:
        g, y, i = self.granularity.currentData(), self.year.value(), self.sub_period.currentData()
        if g == "month":
            return f"{y:04d}-{i:02d}"
        if g == "quarter":
            return f"{y:04d}-Q{i}"
        return f"{y:04d}"

    def _fill_sub_periods(self) -> None:
        g = self.granularity.currentData()
        keep = self.sub_period.currentData()
        self.sub_period.blockSignals(True)
        self.sub_period.clear()
        today = local_now().date()
        if g == "month":
            last = today.month if self.year.value() == today.year else 12
            for m in range(1, last + 1):
                self.sub_period.addItem(self.tr("Month %1").replace("%1", str(m)), m)
            default = today.month
        elif g == "quarter":
            last = (today.month - 1) // 3 + 1 if self.year.value() == today.year else 4
            for q in range(1, last + 1):
                self.sub_period.addItem(self.tr("Q%1").replace("%1", str(q)), q)
            default = (today.month - 1) // 3 + 1
        else:
            default = None
        i = self.sub_period.findData(keep if keep is not None else default)
        self.sub_period.setCurrentIndex(i if i >= 0 else self.sub_period.count() - 1)
        self.sub_period.setVisible(g != "year")
        self.sub_period.blockSignals(False)

    def _kind_changed(self) -> None:
        spec = catalog.REPORTS[self.kind]
        self.subject_stack.setCurrentIndex(0 if spec.needs == "period" else 1)
        self.subject_label.setText(self.tr("Period") if spec.needs == "period" else self.tr("Ticket number"))
        self.excel_button.setVisible(self.kind in EXCEL_KINDS)
        self._set_result(None)
        self.status.clear()

    # ------------------------------------------------------------------ building
    def _refusal(self) -> str | None:
        code = catalog.check_permission(self.ctx.actor, self.kind)
        return messages.message(code, self.ctx.lang) if code else None

    def preview(self) -> None:
        refusal = self._refusal()
        if refusal:
            self._say(refusal, error=True)
            return
        kind, period, ticket = self.kind, self.period_text(), self.ticket.text().strip()
        spec = catalog.REPORTS[kind]
        store, refs = self.ctx.store, self.ctx.refs
        printed_by = self.ctx.actor.display_name or self.ctx.actor.username

        def work():
            return catalog.build(store, kind, period=period if spec.needs == "period" else None,
                                 ticket=ticket if spec.needs == "ticket" else None, refs=refs, printed_by=printed_by)

        self._set_result(None)
        self._say(self.tr("Building the report…"))
        self._start(work, self._show_built)

    def _start(self, fn: Callable[[], object], on_done: Callable[[object], None]) -> None:
        job_id = next(self._jobs)
        self._current_job = job_id
        self._handlers[job_id] = on_done
        self.preview_button.setEnabled(False)
        self.excel_button.setEnabled(False)
        self.pool.start(_Job(job_id, fn, self._signals))

    def _on_finished(self, job_id: int, result: object) -> None:
        handler = self._handlers.pop(job_id, None)
        if job_id != self._current_job or handler is None:
            return  # an older request the person has since replaced
        self.preview_button.setEnabled(True)
        self.excel_button.setEnabled(True)
        handler(result)

    def _on_failed(self, job_id: int, code: str) -> None:
        self._handlers.pop(job_id, None)
        if job_id != self._current_job:
            return
        self.preview_button.setEnabled(True)
        self.excel_button.setEnabled(True)
        self._say(messages.message(code, self.ctx.lang), error=True)
        self.sig_failed.emit(code)

    def _show_built(self, built: catalog.Built) -> None:
        self._set_result(built)
        self._say(self.tr("%1 — %2 page(s). Save or print it with the buttons above.")
                  .replace("%1", self.tr(REPORT_TITLES[built.kind])).replace("%2", str(built.pages)))
        self.sig_built.emit()

    def _set_result(self, built: catalog.Built | None) -> None:
        self.built = built
        self.document.close()
        if built is not None:
            # The document reads from this buffer while it is shown; keep both alive together.
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(built.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self.save_button.setEnabled(built is not None)
        self.print_button.setEnabled(built is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #B42318;" if error else "")

    # ------------------------------------------------------------------ output
    def suggested_name(self, suffix: str = ".pdf") -> str:
        b = self.built
        subject = b.subject if b else (self.period_text() if catalog.REPORTS[self.kind].needs == "period" else "")
        return f"{self.kind}-{subject}{suffix}"

    def ask_save_path(self, suggested: str, file_filter: str) -> str:
        """Where to save (tests replace this); '' when the person cancels."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(Path.home() / suggested), file_filter)
        return path

    def exec_print_dialog(self, dialog: QPrintDialog) -> int:
        """Shows the print dialog (tests replace this)."""
        return dialog.exec()

    def save_pdf(self) -> None:
        if self.built is None:
            return
        path = self.ask_save_path(self.suggested_name(), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            catalog.write_atomically(path, self.built.pdf)
        except OSError as e:
            self._say(messages.message("report_save_failed", self.ctx.lang).format(detail=e.strerror or e), error=True)
            return
        catalog.record_output(self.ctx.store, actor=self.ctx.actor.username, action="export", built=self.built)
        self._say(self.tr("Saved to %1").replace("%1", path))

    def print_pdf(self) -> None:
        if self.built is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name(""))
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if self.exec_print_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        pages = print_document(self.document, printer)
        catalog.record_output(self.ctx.store, actor=self.ctx.actor.username, action="print", built=self.built,
                              pages=pages)
        self._say(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))

    def export_excel(self) -> None:
        refusal = self._refusal()
        if refusal:
            self._say(refusal, error=True)
            return
        path = self.ask_save_path(self.suggested_name(".xlsx"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        kind, period_text, store, refs = self.kind, self.period_text(), self.ctx.store, self.ctx.refs
        who = self.ctx.actor.display_name or self.ctx.actor.username

        def work():
            from branchdesk.reports import excel, queries
            from branchdesk.reports.period import PeriodError, parse_period
            from branchdesk.store import settings

            try:
                period = parse_period(period_text, today=local_now().date())
            except PeriodError as e:
                raise catalog.ReportError(e.code) from None
            with store.read() as s:
                ident = settings.identity(s)
                reg = (queries.fraud_register(s, period, refs) if kind == "fraud-register"
                       else queries.education_log(s, period, refs))
            if reg is None:
                raise catalog.ReportError("report_section_unavailable")
            rows = excel.register_to_xlsx(path, reg, header_rows=[
                f"{ident.branch_name}（机构号 {ident.branch_code}）", f"期间：{period.label}（{period.range_label}）",
                f"导出：{who}  {local_now():%Y-%m-%d %H:%M}", "客户个人信息已屏蔽"])
            return period.key, rows

        def done(result) -> None:
            subject, rows = result
            catalog.record_output(store, actor=self.ctx.actor.username, action="export", kind=kind, subject=subject,
                                  rows=rows)
            self._say(self.tr("Exported %1 row(s) to %2").replace("%1", str(rows)).replace("%2", path))
            self.sig_built.emit()

        self._say(self.tr("Exporting…"))
        self._start(work, done)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, self.tr(REPORT_TITLES[self.kind_combo.itemData(i)]))
        for i, (_, title) in enumerate(GRANULARITIES):
            self.granularity.setItemText(i, self.tr(title))
        self.kind_label.setText(self.tr("Report"))
        self.preview_button.setText(self.tr("&Preview"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.excel_button.setText(self.tr("Export to &Excel…"))
        self.ticket.setToolTip(self.tr("The complaint's ticket number"))
        if self.kind:
            spec = catalog.REPORTS[self.kind]
            self.subject_label.setText(self.tr("Period") if spec.needs == "period" else self.tr("Ticket number"))
        self._fill_sub_periods()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Render the chosen pages at the printer's resolution, one PDF page per sheet. Returns pages printed."""
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for n in range(first - 1, last):
            if printed:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            target.moveTo(0, 0)
            points = document.pagePointSize(n)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(n, size)
            painter.drawImage(QPointF(0, 0), image)
            printed += 1
    finally:
        painter.end()
    return printed
