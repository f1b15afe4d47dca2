"""The fraud interception workspace: register with search and filters, totals, form, history, statistics.

Public API (for the main window and other areas):
    create(ctx, parent) -> FraudWorkspace
    FraudWorkspace.new_record() / open_record(id) / delete_selected() / show_history(id)
    FraudWorkspace.model (FraudListModel), .filter_bar (FraudFilterBar), .stats (FraudStatsPanel)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from branchdesk.domain.fraud import FraudFilter, Totals
from branchdesk.domain.money import format_fen
from branchdesk.domain.roles import Permission
from branchdesk.store.errors import StoreError, classify_operational_error, is_operational_error
from branchdesk.ui.context import AppContext
from branchdesk.ui.errors import store_error_text
from branchdesk.ui.fraud.filter_bar import FraudFilterBar
from branchdesk.ui.fraud.list_model import FraudListModel
from branchdesk.ui.fraud.stats_panel import FraudStatsPanel

if TYPE_CHECKING:
    from branchdesk.ui.fraud.form import FraudForm


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    """A reason typed by the person, or None if they cancelled (tests replace this)."""
    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(prompt)
    dlg.setInputMode(QInputDialog.InputMode.TextInput)
    if dlg.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dlg.textValue()


def tell(parent: QWidget, title: str, text: str) -> None:
    """A refusal or failure the person must read (tests replace this)."""
    QMessageBox.information(parent, title, text)


class FraudWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("FraudWorkspace")

        self.model = FraudListModel(ctx, self)
        look = None if ctx.store_is_open else ctx.first_look
        if look is not None:
            # Painted before the store opened: totals and first page from the start-up's plain read.
            self.totals = Totals(look.fraud_count, look.fraud_protected, look.fraud_attempted)
            self.model.refresh(known_count=look.fraud_count, first_page=look.fraud_first_page)
        else:
            # Count once, with the totals, before the view asks the model for its row count.
            self.totals = self._read_totals(self.model.filter)
            self.model.refresh(known_count=self.totals.count)
        self.filter_bar = FraudFilterBar(ctx, self)
        self.search: QLineEdit = self.filter_bar.search

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("fraud_new")
        self.new_button.setDefault(False)
        self.new_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 14px; }")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("fraud_open")
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("fraud_history")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("fraud_delete")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("fraud_export")
        self.new_button.setEnabled(ctx.actor.can(Permission.RECORD))

        self.table = QTableView(self)
        self.table.setObjectName("fraud_register")
        self.table.setModel(self.model)
        # The indicator first: enabling sorting sorts by it, and it already matches the model's order
        # (the other way round, the model would sort by the first column and back, reading twice).
        self.table.horizontalHeader().setSortIndicator(self.model.column_index("occurred_at"),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        # Fixed row heights: the view never measures 200,000 rows, so it never reads them all.
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, col in enumerate(self.model.COLUMNS):
            if col.width:
                self.table.setColumnWidth(i, col.width)
        # The fraud type (the longest labels) takes whatever width is left, so every column fits.
        header.setSectionResizeMode(self.model.column_index("fraud_type"), QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_record(self.model.record_id(index.row())))

        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("fraud_totals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        for b in (self.new_button, self.open_button, self.history_button, self.delete_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.search, 1)
        actions.addWidget(self.filter_bar.show_deleted)
        actions.addWidget(self.filter_bar.clear_button)

        # Search, filters and totals belong to the register tab: the statistics do not follow them.
        register_page = QWidget(self)
        rl = QVBoxLayout(register_page)
        rl.setContentsMargins(0, 8, 0, 0)
        rl.setSpacing(8)
        rl.addLayout(actions)
        rl.addWidget(self.filter_bar)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.totals_label)

        self.stats = FraudStatsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(register_page, "")
        self.tabs.addTab(self.stats, "")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 6)
        outer.addWidget(self.tabs, 1)

        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(lambda: self.open_record(self.selected_id()))
        self.history_button.clicked.connect(lambda: self.show_history(self.selected_id()))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_excel)
        self.filter_bar.sig_filter_changed.connect(self.apply_filter)
        self.search.returnPressed.connect(self.filter_bar.flush)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ctx.signals.sig_records_changed.connect(self._on_records_changed)
        ctx.signals.sig_reference_changed.connect(self._retranslate)

        # Workspace-wide keys work wherever the focus is inside the workspace; Delete only in the
        # register itself, so it never fires while someone edits the search text.
        shortcuts = ((self, "Ctrl+F", self.focus_search), (self, "Ctrl+N", self.new_record),
                     (self, "Ctrl+H", lambda: self.show_history(self.selected_id())),
                     (self.table, "Delete", self.delete_selected))
        self._shortcuts = []
        for owner, seq, slot in shortcuts:
            sc = QShortcut(QKeySequence(seq), owner)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self._shortcuts.append(sc)

        self._retranslate()
        self._update_buttons()

    # ------------------------------------------------------------------ list
    def apply_filter(self, f: FraudFilter) -> None:
        f = self.model.effective_filter(f)
        if f == self.model.filter:
            return
        # One query gives both the totals line and the row count (a second COUNT would scan again).
        t = self._read_totals(f)
        self.model.set_filter(f, known_count=t.count)
        self._show_totals(t)

    def _read_totals(self, f: FraudFilter) -> Totals:
        from branchdesk.store import fraud_repo  # here, not at the top: the first paint does without the store

        with self.ctx.store.read() as s:
            return fraud_repo.totals(s, f)

    def refresh_totals(self) -> None:
        self._show_totals(self._read_totals(self.model.filter))

    def _show_totals(self, t: Totals) -> None:
        self.totals = t
        self.totals_label.setText(
            self.tr("%1 interception(s) shown · amount protected ¥%2 · amount attempted ¥%3")
            .replace("%1", f"{t.count:,}").replace("%2", format_fen(t.amount_protected))
            .replace("%3", format_fen(t.amount_attempted)))

    def _on_records_changed(self, kind: str) -> None:
        if kind != "fraud":
            return
        keep = self.selected_id()
        t = self._read_totals(self.model.filter)
        self.model.refresh(known_count=t.count)
        self.filter_bar.reload_recorders()
        self._show_totals(t)
        if keep:
            self.select_record(keep)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            # Not in a page read so far: look in the first pages (a new record sorts near the top).
            for r in range(min(self.model.rowCount(), self.model.PAGE_SIZE * 2)):
                if self.model.record_id(r) == record_id:
                    row = r
                    break
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_buttons(self, *_args) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.history_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # ------------------------------------------------------------------ actions
    def new_record(self) -> FraudForm | None:
        if not self.ctx.actor.can(Permission.RECORD):
            tell(self, self.tr("Not allowed"), self.tr("Your role cannot record interceptions."))
            return None
        from branchdesk.ui.fraud.form import FraudForm

        form = FraudForm(self.ctx, None, self)
        form.sig_saved.connect(self.select_record)
        self._show_form(form)
        return form

    def open_record(self, record_id: str | None) -> FraudForm | None:
        """Open the record in the form: to amend if allowed, else read-only with the reason why."""
        if not record_id:
            return None
        from branchdesk.store import fraud_repo
        from branchdesk.ui.fraud.form import FraudForm

        with self.ctx.store.read() as s:
            rec = fraud_repo.get(s, record_id)
        form = FraudForm(self.ctx, rec, self)
        form.sig_saved.connect(self.select_record)
        self._show_form(form)
        return form

    def _show_form(self, form: FraudForm) -> None:
        # open(), not exec(): the window keeps its event loop and tests can drive the form.
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_form = form
        form.open()
        first = form.cancel_button if form.read_only else form.fields["occurred_at"]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> bool:
        record_id = self.selected_id()
        if not record_id:
            return False
        if not self.ctx.actor.can(Permission.DELETE):
            tell(self, self.tr("Not allowed"), self.tr("Only a branch manager can delete an interception record."))
            return False
        from branchdesk.store import fraud_repo

        with self.ctx.store.read() as s:
            rec = fraud_repo.get(s, record_id)
        if rec.deleted_at is not None:
            tell(self, self.tr("Already deleted"), self.tr("This record is already deleted."))
            return False
        reason = ask_reason(self, self.tr("Delete %1").replace("%1", rec.case_no),
                            self.tr("Why is this record being deleted? It stays in the history and can be seen by managers."))
        if reason is None:
            return False
        if not reason.strip():
            tell(self, self.tr("Not deleted"), self.tr("A reason is required to delete a record."))
            return False
        try:
            with self.ctx.store.write() as s:
                fraud_repo.delete(s, record_id, actor=self.ctx.actor.username, reason=reason.strip())
        except fraud_repo.RecordNotFound:
            tell(self, self.tr("Not deleted"), self.tr("This record is already deleted."))
            return False
        except StoreError as exc:
            tell(self, self.tr("Not deleted"), store_error_text(exc.code))
            return False
        except Exception as exc:
            if not is_operational_error(exc):
                raise
            tell(self, self.tr("Not deleted"), store_error_text(classify_operational_error(getattr(exc, "orig", None) or exc).code))
            return False
        self.ctx.signals.sig_records_changed.emit("fraud")
        return True

    def show_history(self, record_id: str | None):
        if not record_id:
            return None
        from branchdesk.ui.fraud.history_dialog import HistoryDialog

        dlg = HistoryDialog(self.ctx, record_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current_history = dlg
        dlg.open()
        return dlg

    def showEvent(self, event) -> None:  # noqa: N802
        # Arriving at the workspace puts the keyboard in the register, so Ctrl+N, Ctrl+F and the
        # arrow keys work at once.
        super().showEvent(event)
        focus = self.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def export_excel(self) -> int | None:
        """The register as filtered and sorted on screen, masked, to an Excel workbook (audited)."""
        from branchdesk.ui.export_excel import ask_and_export

        return ask_and_export(self.ctx, self, self.model, title=self.tr("Fraud interception register"), kind="fraud",
                              lines=[self.totals_label.text()])

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("&New interception  Ctrl+N"))
        self.open_button.setText(self.tr("&Open / amend"))
        self.history_button.setText(self.tr("&History"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.export_button.setText(self.tr("Export to &Excel…"))
        self.new_button.setToolTip(self.tr("Record a new interception (Ctrl+N)"))
        self.open_button.setToolTip(self.tr("Open the selected record to read or amend it (Enter or double-click)"))
        self.history_button.setToolTip(self.tr("Earlier versions of the selected record, with reasons (Ctrl+H)"))
        self.delete_button.setToolTip(self.tr("Delete the selected record, giving a reason; managers only (Del)"))
        self.tabs.setTabText(0, self.tr("Register"))
        self.tabs.setTabText(1, self.tr("Statistics"))
        self.model.retranslate()
        self._show_totals(self.totals)


def create(ctx: AppContext, parent: QWidget | None = None) -> FraudWorkspace:
    return FraudWorkspace(ctx, parent)
