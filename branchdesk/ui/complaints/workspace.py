"""The complaints workspace: deadlines, register, intake and the open case, as tabs.

Public API (for the main window, the start-up reminder and tests):
    create(ctx, parent) -> ComplaintsWorkspace
    ComplaintsWorkspace.show_deadlines() / new_complaint() / open_case(id)
    .deadlines (DeadlinesView), .register (table over ComplaintListModel), .intake (IntakeForm),
    .case (CaseView), .protector (FieldProtector | None: None when the OS key store does not work)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from branchdesk.domain import complaints as dom
from branchdesk.store import complaint_repo as repo
from branchdesk.ui.complaints import texts
from branchdesk.ui.complaints.case_view import CaseView
from branchdesk.ui.complaints.deadlines_view import DeadlinesView
from branchdesk.ui.complaints.intake_form import IntakeForm
from branchdesk.ui.complaints.list_model import ComplaintListModel
from branchdesk.ui.complaints.protection import try_protector
from branchdesk.ui.context import AppContext


class ComplaintsWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ComplaintsWorkspace")
        self.protector = try_protector(ctx.store)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("complaint_tabs")
        self.deadlines = DeadlinesView(ctx, self)
        self.deadlines.sig_open.connect(self.open_case)

        self.register_page = QWidget(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("complaint_search")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("complaint_status_filter")
        self.open_only = QCheckBox(self)
        self.open_only.setObjectName("complaint_open_only")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("complaint_new")
        self.new_button.clicked.connect(self.new_complaint)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("complaint_export")
        self.export_button.clicked.connect(self.export_excel)
        self.model = ComplaintListModel(ctx, self)
        self.register = QTableView(self)
        self.register.setObjectName("complaint_register")
        self.register.setModel(self.model)
        self.register.setSortingEnabled(True)
        self.register.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register.setAlternatingRowColors(True)
        self.register.verticalHeader().setVisible(False)
        for i, col in enumerate(self.model.COLUMNS):
            if col.width:
                self.register.setColumnWidth(i, col.width)
        self.register.doubleClicked.connect(self._open_register_row)
        self.register.activated.connect(self._open_register_row)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.open_only)
        bar.addWidget(self.new_button)
        bar.addWidget(self.export_button)
        rl = QVBoxLayout(self.register_page)
        rl.addLayout(bar)
        rl.addWidget(self.register, 1)
        self.search.textChanged.connect(self.apply_filter)
        self.open_only.toggled.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)

        self.intake = IntakeForm(ctx, self.protector, self)
        self.intake.sig_saved.connect(self._after_intake)
        self.case = CaseView(ctx, self.protector, self)

        self.tabs.addTab(self.deadlines, "")
        self.tabs.addTab(self.register_page, "")
        self.tabs.addTab(self.intake, "")
        self.tabs.addTab(self.case, "")
        self.tabs.setTabEnabled(3, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.tabs)
        # Only while the focus is inside this workspace: other workspaces use the same keys.
        self._shortcuts = []
        for key, slot in ((QKeySequence.StandardKey.New, self.new_complaint),
                          (QKeySequence.StandardKey.Find, self._focus_search)):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self._shortcuts.append(sc)
        ctx.signals.sig_records_changed.connect(self._on_records_changed)
        ctx.signals.sig_reference_changed.connect(self._retranslate)
        self._retranslate()
        self.deadlines.refresh()

    # ------------------------------------------------------------------ navigation
    def show_deadlines(self) -> DeadlinesView:
        self.deadlines.refresh()
        self.tabs.setCurrentWidget(self.deadlines)
        return self.deadlines

    def export_excel(self) -> int | None:
        """The register as filtered on screen, personal data masked, to an Excel workbook (audited)."""
        from branchdesk.ui.export_excel import ask_and_export

        return ask_and_export(self.ctx, self, self.model, title=self.tr("Complaint register"), kind="complaint")

    def new_complaint(self) -> IntakeForm:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.intake_channel.setFocus()
        return self.intake

    def open_case(self, case_id: str) -> CaseView:
        self.case.load(case_id)
        self.tabs.setTabEnabled(3, True)
        self.tabs.setCurrentWidget(self.case)
        return self.case

    def _after_intake(self, case_id: str) -> None:
        self.open_case(case_id)

    def _open_register_row(self, index) -> None:
        row = self.model.row_at(index.row())
        if row:
            self.open_case(row[0])

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.register_page)
        self.search.setFocus()
        self.search.selectAll()

    def apply_filter(self, *_args) -> None:
        status = self.status_filter.currentData()
        self.model.set_filter(repo.ComplaintFilter(text=self.search.text(), open_only=self.open_only.isChecked(),
                                                   statuses=(status,) if status else ()))

    def _on_records_changed(self, kind: str) -> None:
        if kind == dom.KIND:
            self.model.refresh()
            self.deadlines.refresh()

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Deadlines"))
        self.tabs.setTabText(1, self.tr("Register"))
        self.tabs.setTabText(2, self.tr("New complaint"))
        self.tabs.setTabText(3, self.tr("Case"))
        self.search.setPlaceholderText(self.tr("Search ticket number or institution (Ctrl+F)"))
        self.open_only.setText(self.tr("Open cases only"))
        self.new_button.setText(self.tr("New complaint (Ctrl+N)"))
        self.export_button.setText(self.tr("Export to &Excel…"))
        keep = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for st in dom.Status:
            self.status_filter.addItem(texts.status_text(st.value), st.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(keep)))
        self.status_filter.blockSignals(False)
        self.model.retranslate()


def create(ctx: AppContext, parent: QWidget | None = None) -> ComplaintsWorkspace:
    return ComplaintsWorkspace(ctx, parent)
